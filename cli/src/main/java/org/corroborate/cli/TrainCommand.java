package org.corroborate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate train ...}: retrains a shipped model from gold data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains a model from gold data.",
    subcommands = {TrainAttributionCommand.class})
public final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }
}
