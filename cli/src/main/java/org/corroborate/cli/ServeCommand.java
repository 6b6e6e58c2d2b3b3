package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corroborate.server.Server;
import org.corroborate.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate serve --data DIR [--port 8080] [--bind 127.0.0.1] [--aliases FILE]}: the ledger as a live service. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store's ledger over HTTP (JSON under /api, described at /api/openapi.json)",
      "and analyses uploaded articles in the background (POST /api/articles, with",
      "'Authorization: Bearer TOKEN', the token in DATA/serve-token). Stored articles not yet in",
      "an event are analysed at start, so a stopped server resumes where it stopped."})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "Data folder (the store; created if missing).")
  Path data;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--aliases", paramLabel = "FILE", description = "Actor aliases, as for analyze.")
  Path aliases;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("corroborate: --port must be 0 to 65535, got " + port);
      return 2;
    }
    if (aliases != null && !Files.isRegularFile(aliases)) {
      err.println("corroborate: alias file not found: " + aliases);
      return 2;
    }
    ServerConfig config = new ServerConfig(data, bind, port, aliases, ServerConfig.DEFAULT_MAX_BODY);
    CountDownLatch stop = new CountDownLatch(1);
    try (Server server = Server.start(config, err)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      out.println("serving " + server.url() + " (web UI; JSON API under " + server.url() + "api/, described at "
          + server.url() + "api/openapi.json)");
      out.println("write token: " + server.tokenFile().toAbsolutePath() + " (send as 'Authorization: Bearer TOKEN')");
      out.flush();
      stop.await();
    }
    return 0;
  }
}
