package org.corroborate.ingest.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL helpers that never throw on bad input. */
public final class Urls {
  private Urls() {}

  /** The host of an http(s) URL, lower-cased, without a leading "www.", or null. */
  public static String domain(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String host = uri.getHost();
      if (host == null || !host.contains(".")) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;  // not a URL: no domain, which the caller treats as unknown
    }
  }

  /** The URL stripped, if it is an absolute http(s) URL; else null. */
  public static String httpUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://")) && domain(u) != null ? u : null;
  }
}
