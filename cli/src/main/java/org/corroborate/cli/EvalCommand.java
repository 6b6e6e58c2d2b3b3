package org.corroborate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate eval ...}: quality figures on gold data. Each ends in one line of figures. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on gold data; each prints one closing line of figures.",
    subcommands = {ExtractionEvalCommand.class, DuplicatesEvalCommand.class, EventsEvalCommand.class, AttributionEvalCommand.class,
      HostileEvalCommand.class, ClaimsEvalCommand.class})
public final class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }
}
