package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code corroborate} command. Each subcommand is a class implementing {@code Callable<Integer>};
 * exit codes: 0 ok, 1 failure, 2 bad usage. Register a new subcommand in the list below.
 */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    version = "corroborate 0.1.0",
    description = "Reads news from many outlets and shows, per event, who claims what and who agrees.",
    subcommands = {
      IngestCommand.class,
      AnalyzeCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      ServeCommand.class,
    })
public final class Main implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  /** Builds the command line with its output streams; tests call this and read the writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("corroborate: " + ex.getMessage());
      return 1;
    });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
