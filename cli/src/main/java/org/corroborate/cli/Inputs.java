package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** Checks the input paths a user named: a path that does not exist is a usage error, said up front. */
final class Inputs {
  private Inputs() {}

  /** Prints one line per missing path to {@code err}; true if all exist. */
  static boolean allExist(List<Path> inputs, PrintWriter err) {
    boolean ok = true;
    for (Path p : inputs) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        err.println("corroborate: no such file or directory: " + p);
        ok = false;
      }
    }
    return ok;
  }
}
