package org.corroborate.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.support.Dates;

/**
 * Finds the parts of a saved plain-text article. It knows these shapes, which may mix:
 * <ul>
 *   <li>"Title\n\nbody..." (the simplest);</li>
 *   <li>header lines "Title:", "Date:"/"Published:", "Source:"/"Outlet:"/"Publisher:", "URL:"/"Link:",
 *       "Author:"/"By:", "Language:" before the body;</li>
 *   <li>page furniture ("Skip to content") and a date line before the title, and the outlet name
 *       alone on the last line;</li>
 *   <li>the title repeated, a "/ Outlet" line, and a "By Outlet May 22, 2023" line;</li>
 *   <li>a browser title "Headline | Outlet".</li>
 * </ul>
 * Paragraphs are blank-line separated (lines of one block joined), or one per line when the body has
 * no blank line.
 */
final class TextLayout {
  private static final Pattern HEADER = Pattern.compile(
      "^(title|headline|date|published|updated|source|outlet|publisher|url|link|author|authors|by|byline|language|lang)\\s*:\\s*(.*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BY = Pattern.compile("^by[:\\s]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASH_OUTLET = Pattern.compile("^/\\s*(\\S.{0,79})$");
  private static final Pattern URL = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
  private static final Set<String> FURNITURE = Set.of("skip to content", "skip to main content", "skip to navigation",
      "menu", "advertisement", "share", "search", "sign in", "log in", "subscribe", "home", "close", "open menu",
      "jump to content", "main menu", "navigation");
  /** Header-zone lines that are page furniture, not a title: relative times, reading times, captions. */
  private static final Pattern FURNITURE_LINE = Pattern.compile(
      "(?i)^(?:(?:last\\s+)?(?:updated|published|posted|modified)\\b.{0,40}|\\d+\\s*(?:min|mins|minute|minutes)\\s+read"
          + "|listen to (?:this )?(?:article|story).*|reading time.*|(?:image|photo|photograph|picture)\\s*(?::|by|credit).{0,200})$");

  /** Whole lines inside a body that a browser copy brings along and no article says. */
  private static final Set<String> BODY_FURNITURE = Set.of("advertisement", "skip advertisement", "story continues below advertisement",
      "continue reading the main story", "share this article", "share", "share on facebook", "share on twitter",
      "read more", "related", "related articles", "sign up", "subscribe", "click here to subscribe", "scroll to continue");
  private static final Pattern DATE_FILLER = Pattern.compile(
      "(?i)\\b(published|updated|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|"
          + "mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?)\\b|\\d{1,2}[:.]\\d{2}|[|,·•\\-–—:()]");
  private static final int MAX_HEADER_LINES = 15;

  record Parsed(String title, String outletName, String byline, Dates.When date, String dateOrigin, String url,
      String language, List<String> paragraphs) {}

  private TextLayout() {}

  static Parsed parse(String text) {
    String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> lines = new ArrayList<>(raw.length);
    for (String l : raw) {
      lines.add(l.replace('\u00a0', ' ').replace('\t', ' ').strip());
    }
    // a Markdown heading as the first text line: "# Title"
    for (int k = 0; k < lines.size(); k++) {
      if (!lines.get(k).isEmpty()) {
        if (lines.get(k).matches("#{1,3}\\s+\\S.*")) {
          lines.set(k, lines.get(k).replaceFirst("^#{1,3}\\s+", ""));
        }
        break;
      }
    }
    String title = null;
    String outlet = null;
    String byline = null;
    Dates.When date = null;
    String dateOrigin = null;
    String url = null;
    String language = null;
    int i = 0;
    int headerLines = 0;
    int bodyStart = lines.size();
    for (; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isEmpty()) {
        continue;
      }
      if (headerLines++ >= MAX_HEADER_LINES) {
        bodyStart = i;
        break;
      }
      Matcher m = HEADER.matcher(l);
      if (m.matches() && l.length() <= 300) {
        String key = m.group(1).toLowerCase(Locale.ROOT);
        String v = m.group(2).strip();
        switch (key) {
          case "title", "headline" -> title = v.isEmpty() ? title : v;
          case "date", "published", "updated" -> {
            Dates.When w = Dates.parse(v);
            if (w != null && date == null) {
              date = w;
              dateOrigin = "text:header";
            }
          }
          case "source", "outlet", "publisher" -> {
            if (URL.matcher(v).matches()) {
              url = url == null ? v : url;
            } else if (!v.isEmpty()) {
              outlet = v;
            }
          }
          case "url", "link" -> url = URL.matcher(v).matches() ? v : url;
          case "language", "lang" -> language = v;
          default -> byline = v.isEmpty() ? byline : v;
        }
        continue;
      }
      if (FURNITURE.contains(l.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (URL.matcher(l).matches()) {
        url = url == null ? l : url;
        continue;
      }
      if (title != null && l.equals(title)) {
        continue;  // the title repeated
      }
      Dates.Found df = Dates.find(l);
      if (df != null && isOnlyDate(l, df)) {
        if (date == null) {
          date = df.when();
          dateOrigin = "text:dateline";
        }
        continue;
      }
      if (FURNITURE_LINE.matcher(l).matches()) {
        continue;
      }
      m = SLASH_OUTLET.matcher(l);
      if (m.matches() && outlet == null) {
        outlet = m.group(1).strip();
        continue;
      }
      m = BY.matcher(l);
      if (m.matches() && l.length() <= 160 && !endsSentence(l)) {
        String who = m.group(1);
        if (df != null) {
          who = (l.substring(0, df.start()) + " " + l.substring(df.end())).strip();
          who = BY.matcher(who).replaceFirst("$1");
        }
        who = who.replaceAll("^[\\s|,·•\\-–—]+|[\\s|,·•\\-–—]+$", "");
        // "By Jane Roe", "By Outlet May 22, 2023"; not a headline such as "By the numbers: ..."
        boolean isByline = who.split("\\s+").length <= 6 && who.indexOf(':') < 0 && !who.endsWith("?");
        if (isByline) {
          if (df != null && date == null) {
            date = df.when();
            dateOrigin = "text:byline";
          }
          if (!who.isEmpty()) {
            byline = byline == null ? who : byline;
          }
          continue;
        }
      }
      if (title == null && isTitleLike(l)) {
        title = l;
        continue;
      }
      bodyStart = i;
      break;
    }
    List<String> body = new ArrayList<>();
    for (String l : lines.subList(Math.min(bodyStart, lines.size()), lines.size())) {
      if (!BODY_FURNITURE.contains(l.toLowerCase(Locale.ROOT))) {
        body.add(l);
      }
    }
    List<List<String>> blocks = blocks(body);
    // The outlet alone on the last line, as its own block.
    if (blocks.size() >= 2) {
      List<String> last = blocks.get(blocks.size() - 1);
      if (last.size() == 1 && isOutletLike(last.get(0)) && (outlet == null || outlet.equalsIgnoreCase(last.get(0)))) {
        outlet = last.get(0);
        blocks.remove(blocks.size() - 1);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    boolean oneBlock = blocks.size() == 1;
    for (List<String> b : blocks) {
      if (oneBlock) {
        paragraphs.addAll(b);
      } else {
        paragraphs.add(String.join(" ", b));
      }
    }
    // "Headline | Outlet", as browsers title saved pages
    if (title != null && outlet == null) {
      int bar = title.lastIndexOf(" | ");
      if (bar > 0) {
        String head = title.substring(0, bar).strip();
        String tail = title.substring(bar + 3).strip();
        if (head.split("\\s+").length >= 3 && !tail.isEmpty() && tail.length() <= 40 && tail.split("\\s+").length <= 5
            && Character.isUpperCase(tail.charAt(0)) && isOutletLike(tail)) {
          title = head;
          outlet = tail;
        }
      }
    }
    return new Parsed(title == null ? "" : title, outlet, byline, date, dateOrigin, url, language, paragraphs);
  }

  private static List<List<String>> blocks(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String l : lines) {
      if (l.isEmpty()) {
        if (!cur.isEmpty()) {
          blocks.add(cur);
          cur = new ArrayList<>();
        }
      } else {
        cur.add(l);
      }
    }
    if (!cur.isEmpty()) {
      blocks.add(cur);
    }
    return blocks;
  }

  private static boolean isOnlyDate(String line, Dates.Found df) {
    String rest = line.substring(0, df.start()) + " " + line.substring(df.end());
    return DATE_FILLER.matcher(rest).replaceAll(" ").isBlank();
  }

  private static boolean endsSentence(String l) {
    return l.endsWith(".") && !l.endsWith("Jr.") && l.split("\\s+").length > 12;
  }

  static boolean isTitleLike(String l) {
    int words = l.split("\\s+").length;
    if (l.length() > 250 || words > 40) {
      return false;
    }
    return !l.endsWith(".") || words <= 15;
  }

  static boolean isOutletLike(String l) {
    if (l.length() > 60 || l.split("\\s+").length > 6) {
      return false;
    }
    char first = l.charAt(0);
    char lastC = l.charAt(l.length() - 1);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || Character.isLowerCase(first) && l.split("\\s+").length > 1)) {
      return false;
    }
    if (".!?:;,\"”’)".indexOf(lastC) >= 0) {
      return false;
    }
    return Dates.find(l) == null;
  }
}
