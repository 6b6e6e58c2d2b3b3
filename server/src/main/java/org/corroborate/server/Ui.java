package org.corroborate.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * The web UI: one page ({@code /}) and its two bundled assets, read from the classpath by fixed name
 * (no request path reaches a file). The page's script builds every view from the JSON API with
 * {@code textContent} only, so article text is never parsed as markup; views live at hash URLs
 * ({@code #/events/ID}, {@code #/claims/ID}, {@code #/articles/ID?s=STATEMENT}). The policy allows
 * only the page's own script, style and API: no inline script, no other origin.
 */
final class Ui {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
      + " img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Map<String, String[]> ASSETS = Map.of(
      "/", new String[] {"ui/index.html", "text/html; charset=utf-8"},
      "/assets/app.js", new String[] {"ui/app.js", "text/javascript; charset=utf-8"},
      "/assets/app.css", new String[] {"ui/app.css", "text/css; charset=utf-8"});

  private Ui() {}

  static void register(Router router) {
    ASSETS.forEach((path, asset) -> {
      byte[] bytes = load(asset[0]);
      router.add("GET", path, req -> {
        req.params().allow(Set.of());
        return new Response(200, asset[1], bytes);
      });
    });
  }

  private static byte[] load(String name) {
    try (InputStream in = Ui.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("UI asset missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
