package org.corroborate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code corroborate train ...}: retrains a shipped model from gold data. {@code train encoder}
 * (fine-tuning the attribution encoder) is not here: the launcher script runs it from the train
 * module's own class path, so DJL and PyTorch never reach the analysis' class path.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {"Trains a model from gold data.",
        "  train encoder TRAIN_DIR --out DIR   fine-tunes the attribution encoder (module train; "
            + "run 'corroborate train encoder --help')"},
    subcommands = {TrainAttributionCommand.class})
public final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }
}
