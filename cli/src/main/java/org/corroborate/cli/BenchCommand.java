package org.corroborate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate bench ...}: speed and memory figures. Each ends in one line of figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures speed and memory; each prints one closing line of figures.",
    subcommands = {IngestBenchCommand.class, AnalysisBenchCommand.class, EventsBenchCommand.class, ServeBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }
}
