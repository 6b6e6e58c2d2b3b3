package org.corroborate.model;

/**
 * A news outlet: its name as the source presents it ("The Guardian") and its web domain
 * ("theguardian.com") where known. Either may be null, not both.
 */
public record Outlet(String name, String domain) {
  public static final Outlet UNKNOWN = new Outlet("unknown", null);

  public Outlet {
    if (name == null && domain == null) {
      throw new IllegalArgumentException("an outlet needs a name or a domain");
    }
    if (name == null) {
      name = domain;
    }
  }

  /** A stable key for grouping: the domain without "www." where known, else the lower-cased name. */
  public String key() {
    if (domain != null) {
      String d = domain.toLowerCase(java.util.Locale.ROOT);
      return d.startsWith("www.") ? d.substring(4) : d;
    }
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("^the\\s+", "").trim();
  }
}
