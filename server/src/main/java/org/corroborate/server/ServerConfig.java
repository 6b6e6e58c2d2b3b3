package org.corroborate.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of {@code serve}.
 *
 * @param data         the data folder: the article store, the read model ({@value ReadModel#FILE_NAME}) and
 *                     the write token ({@value Server#TOKEN_FILE}, made on first start, mode 600)
 * @param bind         address to listen on; loopback (127.0.0.1) unless told otherwise
 * @param port         port; 0 picks a free one (tests)
 * @param aliases      actor alias file as for {@code analyze}, or null
 * @param maxBodyBytes largest request body accepted (default 16 MiB; larger is a 413)
 */
public record ServerConfig(Path data, String bind, int port, Path aliases, int maxBodyBytes) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_MAX_BODY = 16 * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
  }

  public static ServerConfig defaults(Path data) {
    return new ServerConfig(data, DEFAULT_BIND, DEFAULT_PORT, null, DEFAULT_MAX_BODY);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(data, bind, p, aliases, maxBodyBytes);
  }
}
