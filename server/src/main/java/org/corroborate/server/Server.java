package org.corroborate.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.corroborate.analysis.AnalyzerConfig;
import org.corroborate.analysis.Analyzer;
import org.corroborate.ledger.Aliases;
import org.corroborate.pipeline.ArticleAnalyzer;
import org.corroborate.pipeline.Ledgers;
import org.corroborate.store.SqliteArticleStore;

/**
 * {@code serve}: one process with the article store, the background pipeline ({@link LiveLedger}), the
 * read model and the JDK's HTTP server ({@code com.sun.net.httpserver}, requests on virtual threads).
 * The API is JSON under {@code /api}; errors are {@code {error, detail}}; a POST needs
 * {@code Authorization: Bearer TOKEN}, the token read from {@value #TOKEN_FILE} in the data folder
 * (random, made on first start, mode 600). Bodies past {@link ServerConfig#maxBodyBytes()} are refused
 * unread (413).
 */
public final class Server implements AutoCloseable {
  public static final String TOKEN_FILE = "serve-token";

  private final ServerConfig config;
  private final SqliteArticleStore store;
  private final ReadModel model;
  private final LiveLedger live;
  private final HttpServer http;
  private final ExecutorService executor;
  private final Router router = new Router();
  private final Updates updates = new Updates();
  private final byte[] token;
  private final Path tokenFile;
  private final PrintWriter log;

  private Server(ServerConfig config, Supplier<? extends ArticleAnalyzer> analyzer, LiveLedger.LedgerFactory ledgers,
      PrintWriter log) throws IOException {
    this.config = config;
    this.log = log;
    Files.createDirectories(config.data());
    this.tokenFile = config.data().resolve(TOKEN_FILE);
    this.token = loadOrCreateToken(tokenFile).getBytes(StandardCharsets.UTF_8);
    Aliases aliases = config.aliases() == null ? Aliases.none() : Aliases.load(config.aliases());
    this.store = SqliteArticleStore.open(config.data());
    this.model = ReadModel.open(config.data());
    this.live = new LiveLedger(store, model, analyzer, ledgers, aliases, log);
    new Api(model, store, live).register(router, new Uploads(store, live));
    router.add("GET", "/api/stream", updates::handle);
    live.onUpdate(updates::publish);
    Ui.register(router);
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.http = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 128);
    http.setExecutor(executor);
    http.createContext("/", this::handle);
  }

  /** Starts with the standard analyser and ledger. */
  public static Server start(ServerConfig config, PrintWriter log) throws IOException {
    return start(config, () -> ArticleAnalyzer.of(Analyzer.standard(AnalyzerConfig.DEFAULT)), Ledgers::build, log);
  }

  /** Starts with the given analyser and ledger builder (tests give light ones). */
  public static Server start(ServerConfig config, Supplier<? extends ArticleAnalyzer> analyzer,
      LiveLedger.LedgerFactory ledgers, PrintWriter log) throws IOException {
    Server s = new Server(config, analyzer, ledgers, log);
    s.live.start();
    s.http.start();
    return s;
  }

  public URI url() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  public Path tokenFile() {
    return tokenFile;
  }

  public LiveLedger live() {
    return live;
  }

  Router router() {
    return router;
  }

  static String loadOrCreateToken(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      String t = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (t.length() >= 32) {
        return t;
      }
    }
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    String t = HexFormat.of().formatHex(b);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(tmp);
    }
    Files.writeString(tmp, t + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return t;
  }

  private void handle(HttpExchange ex) throws IOException {
    Response resp;
    try {
      resp = dispatch(ex);
    } catch (ApiException e) {
      resp = error(e.status(), e.error(), e.getMessage());
    } catch (RuntimeException e) {
      log.println("corroborate serve: " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " failed: " + e);
      log.flush();
      resp = error(500, "internal", "the server failed on this request; it is logged");
    }
    var h = ex.getResponseHeaders();
    h.set("Content-Type", resp.contentType());
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", resp.contentType().startsWith("text/event-stream") ? "no-cache" : "no-store");
    if (resp.status() == 401) {
      h.set("WWW-Authenticate", "Bearer");
    }
    if (resp.contentType().startsWith("text/html")) {
      h.set("Content-Security-Policy", Ui.CSP);
    }
    if (resp.streamer() != null) {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        resp.streamer().stream(out);
      } catch (IOException e) {
        // the client went away
      }
      ex.close();
      return;
    }
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(resp.status(), head || resp.body().length == 0 ? -1 : resp.body().length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(resp.body());
      }
    }
    ex.close();
  }

  static Response error(int status, String error, String detail) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", error);
    m.put("detail", detail);
    return Response.json(status, m);
  }

  private Response dispatch(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    URI uri = ex.getRequestURI();
    String path = uri.getRawPath();
    if (path.contains("%")) {
      throw ApiException.badRequest("percent-encoded characters are not allowed in paths");
    }
    Router.Match m = router.match(method, path);
    byte[] body = new byte[0];
    if (method.equals("POST")) {
      authorize(ex.getRequestHeaders().getFirst("Authorization"));
      body = readBody(ex);
    }
    Request req = new Request(method, path, m.vars(), Params.parse(uri.getRawQuery()),
        ex.getRequestHeaders().getFirst("Content-Type"), body);
    return m.route().handler().handle(req);
  }

  void authorize(String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      throw new ApiException(401, "unauthorized", "a write needs 'Authorization: Bearer TOKEN'; the token is in "
          + TOKEN_FILE + " in the data folder");
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw new ApiException(401, "unauthorized", "wrong token");
    }
  }

  private byte[] readBody(HttpExchange ex) throws IOException {
    String len = ex.getRequestHeaders().getFirst("Content-Length");
    if (len != null) {
      try {
        if (Long.parseLong(len.strip()) > config.maxBodyBytes()) {
          drain(ex);
          throw tooLarge();
        }
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("malformed Content-Length");
      }
    }
    try (InputStream in = ex.getRequestBody()) {
      byte[] b = in.readNBytes(config.maxBodyBytes() + 1);
      if (b.length > config.maxBodyBytes()) {
        drain(ex);
        throw tooLarge();
      }
      return b;
    }
  }

  /**
   * Reads and drops what is left of a refused body (at most four times the limit), so the client, still
   * sending, gets the 413 instead of a reset connection.
   */
  private void drain(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      long left = 4L * config.maxBodyBytes();
      byte[] buf = new byte[8192];
      int n;
      while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
        left -= n;
      }
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, "too-large", "the body is larger than " + config.maxBodyBytes() + " bytes");
  }

  @Override
  public void close() {
    updates.close();
    http.stop(0);
    executor.shutdownNow();
    live.close();
    model.close();
    store.close();
  }
}
