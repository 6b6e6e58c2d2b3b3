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

  /**
   * A looser key that one outlet's name and its domain share, to join articles of one outlet read
   * from different formats: the domain's registrable label ("theguardian.com", "www.bbc.co.uk":
   * "theguardian", "bbc") or the name, lower-cased, letters and digits only, a leading "the"
   * dropped. "The Guardian" and "theguardian.com" give "guardian"; "BBC News" and "bbc.co.uk" do not
   * meet (the name says more than the domain).
   */
  public String brand() {
    String base = name;
    if (domain != null) {
      String[] labels = domain.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "").split("\\.");
      int n = labels.length;
      int i = n >= 3 && labels[n - 1].length() == 2 && labels[n - 2].length() <= 3 ? n - 3 : Math.max(0, n - 2);
      base = labels[i];
    }
    String b = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    if (b.startsWith("the") && b.length() >= 6) {
      b = b.substring(3);
    }
    return b.isEmpty() ? key() : b;
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
