package org.corroborate.eval.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.model.Rejection;
import org.corroborate.model.Span;

/**
 * Reads PolNeAR's brat stand-off annotation ({@code .ann}) into {@link Attribution}s.
 *
 * <p>Text-bound lines {@code T1<TAB>Source 89 106<TAB>text} (fragments {@code 10 20;30 40}) give
 * spans; event lines {@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1} tie them into a
 * relation. Content2, Content3, ... roles join the content. Each fragment is trimmed of
 * surrounding white space. Relations with neither cue nor content, lines that cannot be parsed,
 * offsets outside the text and references to unknown ids are not relations: they are returned as
 * {@link Rejection}s with a reason code, never dropped silently. Notes ({@code #}) and other
 * text-bound types (Discard, Discuss) are ignored by design.
 */
public final class BratReader {
  private BratReader() {}

  /** The relations of one file and what could not be read. */
  public record Result(List<Attribution> relations, List<Rejection> rejections) {
    public Result {
      relations = List.copyOf(relations);
      rejections = List.copyOf(rejections);
    }
  }

  public static Result read(String name, String ann, String text) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    String[] lines = ann.split("\r?\n");
    for (int ln = 0; ln < lines.length; ln++) {
      String line = lines[ln];
      String where = name + ":" + (ln + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (line.startsWith("T")) {
        if (cols.length < 2) {
          rejections.add(new Rejection(where, "malformed-line", "text-bound line without type and offsets"));
          continue;
        }
        int sp = cols[1].indexOf(' ');
        if (sp < 0) {
          rejections.add(new Rejection(where, "malformed-line", "no offsets in '" + cols[1] + "'"));
          continue;
        }
        List<Span> frags = new ArrayList<>();
        boolean ok = true;
        for (String frag : cols[1].substring(sp + 1).split(";")) {
          String[] se = frag.trim().split(" ");
          try {
            int s = Integer.parseInt(se[0]);
            int e = Integer.parseInt(se[1]);
            if (se.length != 2 || s < 0 || e < s || e > text.length()) {
              ok = false;
              break;
            }
            Span t = trim(new Span(s, e), text);
            if (t.length() > 0) {
              frags.add(t);
            }
          } catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
            ok = false;
            break;
          }
        }
        if (!ok) {
          rejections.add(new Rejection(where, "bad-offsets", "offsets '" + cols[1] + "' do not fit the text ("
              + text.length() + " characters)"));
          continue;
        }
        spans.put(cols[0], normalize(frags));
      } else if (line.startsWith("E")) {
        if (cols.length < 2) {
          rejections.add(new Rejection(where, "malformed-line", "event line without arguments"));
          continue;
        }
        events.add(new String[] {where, cols[1]});
      } else if (!line.startsWith("A") && !line.startsWith("R") && !line.startsWith("N")) {
        rejections.add(new Rejection(where, "malformed-line", "unknown line kind"));
      }
    }
    List<Attribution> relations = new ArrayList<>();
    for (String[] ev : events) {
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      boolean ok = true;
      for (String arg : ev[1].trim().split(" +")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        String id = arg.substring(colon + 1);
        if (role.startsWith("Attribution")) {
          continue;
        }
        List<Span> s = spans.get(id);
        if (s == null) {
          rejections.add(new Rejection(ev[0], "unknown-id", "argument " + arg + " names no text-bound annotation"));
          ok = false;
          break;
        }
        if (role.equals("Source")) {
          source.addAll(s);
        } else if (role.equals("Cue")) {
          cue.addAll(s);
        } else if (role.startsWith("Content")) {
          content.addAll(s);
        } else {
          rejections.add(new Rejection(ev[0], "unknown-role", "role " + role + " is not Source, Cue or Content"));
        }
      }
      if (!ok) {
        continue;
      }
      if (cue.isEmpty() && content.isEmpty()) {
        rejections.add(new Rejection(ev[0], "empty-relation", "relation with neither cue nor content"));
        continue;
      }
      List<Span> c = normalize(content);
      boolean direct = false;
      for (Span s : c) {
        direct |= s.of(text).chars().anyMatch(ch -> ch == '"' || ch == '“' || ch == '”');
      }
      relations.add(new Attribution(normalize(source), normalize(cue), c, direct, -1));
    }
    relations.sort((a, b) -> {
      Span x = a.cue().isEmpty() ? a.content().get(0) : a.cue().get(0);
      Span y = b.cue().isEmpty() ? b.content().get(0) : b.cue().get(0);
      return x.compareTo(y);
    });
    return new Result(relations, rejections);
  }

  /** {@code s} without leading and trailing white space. */
  public static Span trim(Span s, String text) {
    int a = s.start();
    int b = s.end();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  /** Sorted, with overlapping or touching fragments merged. */
  public static List<Span> normalize(List<Span> frags) {
    List<Span> sorted = new ArrayList<>(frags);
    sorted.sort(null);
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
        Span prev = out.remove(out.size() - 1);
        out.add(new Span(prev.start(), Math.max(prev.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
