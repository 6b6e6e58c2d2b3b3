package org.corroborate.ingest.support;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.encoding.Mojibake;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Rejection;
import org.corroborate.model.SourceRef;

/**
 * The last step of every reader: checks that there is text, that it is within
 * {@code maxTextChars}, repairs mojibake in every field, guesses the language when the source
 * states none ({@link Languages}), and emits the article or a rejection.
 */
public final class Emit {
  private Emit() {}

  /** The fields a reader found; {@code paragraphs} may be empty (then it is a "no-text" rejection). */
  public record Found(Outlet outlet, String title, String byline, Published published, String language,
      List<String> paragraphs, String url) {}

  /**
   * Emits an article built from {@code f}, or a rejection for {@code source.location()}.
   *
   * @param rejectSource the name used in a rejection (file path, with "!/record" for a member)
   * @return true when an article was emitted
   */
  public static boolean article(ReadContext ctx, SourceRef source, String rejectSource, Found f, ReadSink sink) {
    List<String> paras = new ArrayList<>();
    long chars = 0;
    for (String p : f.paragraphs()) {
      if (p == null) {
        continue;
      }
      String t = clean(p);
      if (!t.isEmpty()) {
        paras.add(t);
        chars += t.length() + 2;
      }
    }
    if (paras.isEmpty()) {
      sink.reject(new Rejection(rejectSource, "no-text", "no article text found"
          + (f.title() == null || f.title().isBlank() ? "" : " (title: \"" + shorten(clean(f.title())) + "\")")));
      return false;
    }
    if (chars > ctx.config().maxTextChars()) {
      sink.reject(new Rejection(rejectSource, "too-large",
          "the article text has " + chars + " characters, more than " + ctx.config().maxTextChars() + " (maxTextChars)"));
      return false;
    }
    Outlet outlet = f.outlet();
    if (outlet != null) {
      String name = outlet.name() == null ? null : clean(outlet.name());
      outlet = new Outlet(name == null || name.isEmpty() ? null : name, outlet.domain());
    }
    String lang = f.language() == null || f.language().isBlank() ? "und" : normLanguage(f.language());
    if (lang.equals("und")) {
      lang = Languages.guess(String.join(" ", paras));
    }
    SourceRef src = source.outlet() == null && outlet != null
        ? new SourceRef(source.kind(), source.path(), source.url(), source.recordId(), outlet, source.seenAt())
        : source;
    sink.accept(Article.of(outlet, f.title() == null ? "" : clean(f.title()), blankToNull(f.byline()),
        f.published(), lang, paras, f.url(), src));
    return true;
  }

  /** Mojibake repaired, white space folded, NBSP as space, stripped. */
  public static String clean(String s) {
    String r = Mojibake.repair(s);
    StringBuilder out = new StringBuilder(r.length());
    boolean space = true;  // drops leading white space
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff' || c == '\u2007' || c == '\u202f') {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(c);
        space = false;
      }
    }
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = clean(s);
    return t.isEmpty() ? null : t;
  }

  /** "en-US" to "en"; anything that is not a language code to "und". */
  static String normLanguage(String l) {
    String t = l.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    int dash = t.indexOf('-');
    if (dash > 0) {
      t = t.substring(0, dash);
    }
    return t.matches("[a-z]{2,3}") ? t : "und";
  }

  public static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
