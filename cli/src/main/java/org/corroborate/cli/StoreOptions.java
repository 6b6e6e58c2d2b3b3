package org.corroborate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that use the store. */
final class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "Folder of the article store (created if missing; default: ${DEFAULT-VALUE}).")
  Path data;
}
