package org.corroborate.ingest.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Text-level repairs of feed XML before it is parsed. */
final class XmlRepair {
  private static final Pattern AMPERSAND =
      Pattern.compile("&(?:([A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)?");

  private XmlRepair() {}

  /**
   * Repairs the two commonest faults of hand-made feeds before parsing, outside CDATA sections only:
   * HTML named entities (&amp;nbsp;, &amp;eacute;) used without a DTD become numeric references, and
   * a bare "&amp;" ("AT&amp;T") becomes "&amp;amp;". The five XML entities and numeric references stay.
   */
  static String repairAmpersands(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int i = 0;
    while (i < text.length()) {
      int cdata = text.indexOf("<![CDATA[", i);
      int stop = cdata < 0 ? text.length() : cdata;
      repairRegion(text, i, stop, out);
      if (cdata < 0) {
        break;
      }
      int close = text.indexOf("]]>", cdata);
      int after = close < 0 ? text.length() : close + 3;
      out.append(text, cdata, after);
      i = after;
    }
    return out.toString();
  }

  private static void repairRegion(String text, int from, int to, StringBuilder out) {
    Matcher m = AMPERSAND.matcher(text).region(from, to);
    int copied = from;
    while (m.find()) {
      out.append(text, copied, m.start());
      String name = m.group(1);
      if (name == null) {
        out.append("&amp;");
      } else if (name.startsWith("#") || name.equals("amp") || name.equals("lt") || name.equals("gt")
          || name.equals("quot") || name.equals("apos")) {
        out.append(m.group());
      } else {
        String u = Parser.unescapeEntities(m.group(), false);
        if (u.equals(m.group())) {
          out.append("&amp;").append(name).append(';');  // an unknown name: kept as text
        } else {
          u.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        }
      }
      copied = m.end();
    }
    out.append(text, copied, to);
  }
}
