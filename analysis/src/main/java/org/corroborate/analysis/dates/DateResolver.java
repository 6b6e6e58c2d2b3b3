package org.corroborate.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Confidence;
import org.corroborate.model.DateMention;
import org.corroborate.model.Span;

/**
 * Finds date expressions and resolves them to calendar days against the publication date.
 *
 * <p>Absolute dates ("22 May 2023", "May 22, 2023", "2023-05-22", "March 2023", "in 2014") resolve
 * without a publication date and get {@link Confidence#HIGH}. Relative ones ("on Monday", "late on
 * Monday", "yesterday", "last week", "earlier this month", "two days ago", "in March", "May 22")
 * resolve against the publication date: a weekday is the most recent such day on or before it (the
 * next one when the sentence speaks of the future: "will", "is due to"); a month without a year is
 * in the publication year, or the year before when it would lie after the publication month.
 * Their confidence is {@link Confidence#MEDIUM}, or {@link Confidence#LOW} when the publication
 * date itself is a guess or the expression is inside a quotation (the speaker's "today" is the day
 * they spoke). <b>Without a publication date relative expressions are left unresolved
 * and not returned</b>: a made-up anchor would put a wrong date on the ledger.
 *
 * <p>Stateless and thread-safe.
 */
public final class DateResolver {

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:18|19|20)\\d{2})";
  private static final String CI = "(?i:";

  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!\\s*,?\\s*\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "\\b(?!\\s*,?\\s*\\d)");
  private static final Pattern PREP_YEAR = Pattern.compile(
      "\\b" + CI + "in|since|by|until|from|before|after|during|early|late|mid-|of)\\s*" + YEAR + "\\b(?![-/]\\d)");
  private static final Pattern PREP_MONTH = Pattern.compile(
      "\\b" + CI + "(?:earlier|later)\\s+in|in|since|by|until|from|before|after|during|early|late|mid-|last|this|next)\\s*"
      + MONTH + "\\b(?!\\s*,?\\s*\\d)");
  private static final Pattern MONTH_REL_YEAR = Pattern.compile(
      "\\b(?:" + CI + "in|since|by|until|from|before|after|during|early|late)\\s+)?" + MONTH
      + "\\s+" + CI + "(last|this|next)\\s+year)\\b");
  private static final Pattern WEEKDAY_EXPR = Pattern.compile(
      "\\b(?:(late|early)\\s+)?(?:on\\s+)?(?:(last|this|next|past)\\s+)?" + WEEKDAY
      + "(?:\\s+(morning|afternoon|evening|night))?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_WORDS = Pattern.compile(
      "\\b" + CI + "(the day before yesterday|yesterday|today|tonight|last night|this morning|this afternoon|this evening"
      + "|overnight))\\b");
  private static final Pattern PERIOD = Pattern.compile(
      "\\b" + CI + "(?:(earlier|later)\\s+)?(this|last|next|past)\\s+(week|month|year))\\b");
  private static final Pattern AGO = Pattern.compile(
      "\\b" + CI + "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(days?|weeks?|months?|years?)\\s+ago)\\b");

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:will|'ll|is due|are due|is expected to|are expected to|plans? to|scheduled|upcoming|next)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * The date mentions of {@code text}, in text order, without overlaps.
   *
   * @param published        publication day, or null when unknown
   * @param pubConfidence    how sure the publication day is (ignored when {@code published} is null)
   * @param sentences        sentence spans, used to see whether a weekday is spoken of in the future; may be empty
   */
  public List<DateMention> resolve(String text, LocalDate published, Confidence pubConfidence, List<Span> sentences) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    Confidence rel = published == null ? null
        : pubConfidence == Confidence.LOW ? Confidence.LOW : Confidence.MEDIUM;
    List<DateMention> found = new ArrayList<>();
    each(ISO, text, m -> {
      LocalDate d = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) {
        found.add(day(m, text, d, Confidence.HIGH));
      }
    });
    each(MONTH_DAY_YEAR, text, m -> {
      LocalDate d = safeDate(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      if (d != null) {
        found.add(day(m, text, d, Confidence.HIGH));
      }
    });
    each(DAY_MONTH_YEAR, text, m -> {
      LocalDate d = safeDate(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      if (d != null) {
        found.add(day(m, text, d, Confidence.HIGH));
      }
    });
    each(MONTH_YEAR, text, m -> {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
      found.add(mention(m, text, ym.atDay(1), ym.atEndOfMonth(), "month", Confidence.HIGH));
    });
    each(PREP_YEAR, text, m -> {
      int y = Integer.parseInt(m.group(1));
      found.add(mention(m, text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year", Confidence.HIGH));
    });
    if (published != null) {
      each(MONTH_DAY, text, m -> addDayOfYear(found, m, text, month(m.group(1)), Integer.parseInt(m.group(2)), published, rel));
      each(DAY_MONTH, text, m -> addDayOfYear(found, m, text, month(m.group(2)), Integer.parseInt(m.group(1)), published, rel));
      each(MONTH_REL_YEAR, text, m -> {
        String which = m.group(2).toLowerCase(Locale.ROOT);
        int year = published.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
        YearMonth ym = YearMonth.of(year, month(m.group(1)));
        found.add(mention(m, text, ym.atDay(1), ym.atEndOfMonth(), "month", rel));
      });
      each(PREP_MONTH, text, m -> {
        String prep = m.group().toLowerCase(Locale.ROOT);
        Month mo = Month.of(month(m.group(1)));
        int year = published.getYear();
        if (prep.startsWith("next")) {
          year = mo.getValue() > published.getMonthValue() ? year : year + 1;
        } else if (prep.startsWith("last")) {
          year = mo.getValue() < published.getMonthValue() ? year : year - 1;
        } else if (mo.getValue() > published.getMonthValue() && !FUTURE.matcher(sentenceOf(text, m.start(), sentences)).find()) {
          year--;
        }
        YearMonth ym = YearMonth.of(year, mo);
        found.add(mention(m, text, ym.atDay(1), ym.atEndOfMonth(), "month", rel));
      });
      each(WEEKDAY_EXPR, text, m -> {
        DayOfWeek dow = DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT));
        String mod = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        boolean future = mod.equals("next")
            || mod.isEmpty() && FUTURE.matcher(sentenceOf(text, m.start(), sentences)).find();
        LocalDate d;
        if (future) {
          d = published.with(TemporalAdjusters.next(dow));
        } else if (mod.equals("last") || mod.equals("past")) {
          d = published.with(TemporalAdjusters.previous(dow));
        } else {
          d = published.with(TemporalAdjusters.previousOrSame(dow));
        }
        found.add(day(m, text, d, rel));
      });
      each(DAY_WORDS, text, m -> {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        LocalDate d = switch (w) {
          case "the day before yesterday" -> published.minusDays(2);
          case "yesterday", "last night", "overnight" -> published.minusDays(1);
          default -> published;
        };
        found.add(day(m, text, d, rel));
      });
      each(PERIOD, text, m -> found.add(period(m, text, published, rel)));
      each(AGO, text, m -> {
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int k = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL.get(n);
        String unit = m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
        LocalDate d = switch (unit) {
          case "day" -> published.minusDays(k);
          case "week" -> published.minusWeeks(k);
          case "month" -> published.minusMonths(k);
          default -> published.minusYears(k);
        };
        found.add(switch (unit) {
          case "day" -> day(m, text, d, rel);
          case "week" -> mention(m, text, d.with(DayOfWeek.MONDAY), d.with(DayOfWeek.SUNDAY), "week", rel);
          case "month" -> mention(m, text, d.withDayOfMonth(1), YearMonth.from(d).atEndOfMonth(), "month", rel);
          default -> mention(m, text, d.withDayOfYear(1), LocalDate.of(d.getYear(), 12, 31), "year", rel);
        });
      });
    }
    // a relative date inside a quotation counts from when the speaker spoke, which may not be the publication day
    for (int i = 0; i < found.size(); i++) {
      DateMention d = found.get(i);
      if (d.confidence() != Confidence.HIGH && insideQuote(text, d.span().start())) {
        found.set(i, new DateMention(d.span(), d.text(), d.start(), d.end(), d.granularity(), Confidence.LOW));
      }
    }
    found.sort(Comparator.comparing((DateMention d) -> d.span().start()).thenComparing(d -> -d.span().length()));
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : found) {
      if (!out.isEmpty() && out.get(out.size() - 1).span().overlaps(d.span())) {
        continue;
      }
      out.add(d);
    }
    return out;
  }

  private static void addDayOfYear(List<DateMention> found, Matcher m, String text, int month, int day,
      LocalDate published, Confidence rel) {
    LocalDate d = safeDate(published.getYear(), month, day);
    if (d == null) {
      return;
    }
    if (d.isAfter(published.plusMonths(2))) {
      d = d.minusYears(1);
    }
    found.add(day(m, text, d, rel));
  }

  private static DateMention period(Matcher m, String text, LocalDate pub, Confidence rel) {
    String edge = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String which = m.group(2).toLowerCase(Locale.ROOT);
    String unit = m.group(3).toLowerCase(Locale.ROOT);
    int shift = switch (which) {
      case "last", "past" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    LocalDate start;
    LocalDate end;
    switch (unit) {
      case "week" -> {
        LocalDate ref = pub.plusWeeks(shift);
        start = ref.with(DayOfWeek.MONDAY);
        end = ref.with(DayOfWeek.SUNDAY);
      }
      case "month" -> {
        YearMonth ym = YearMonth.from(pub).plusMonths(shift);
        start = ym.atDay(1);
        end = ym.atEndOfMonth();
      }
      default -> {
        int y = pub.getYear() + shift;
        start = LocalDate.of(y, 1, 1);
        end = LocalDate.of(y, 12, 31);
      }
    }
    if (shift == 0 && edge.equals("earlier")) {
      end = pub;
    } else if (shift == 0 && edge.equals("later")) {
      start = pub;
    }
    return mention(m, text, start, end, unit, rel);
  }

  /** Whether {@code offset} lies inside a quotation opened earlier in its paragraph. */
  static boolean insideQuote(String text, int offset) {
    int p = text.lastIndexOf("\n\n", offset);
    int start = p < 0 ? 0 : p + 2;
    boolean open = false;
    for (int i = start; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«') {
        open = true;
      } else if (c == '”' || c == '»') {
        open = false;
      } else if (c == '"') {
        open = i == start || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
      }
    }
    return open;
  }

  private static String sentenceOf(String text, int offset, List<Span> sentences) {
    for (Span s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s.of(text);
      }
    }
    return "";
  }

  private static void each(Pattern p, String text, Consumer<Matcher> action) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      action.accept(m);
    }
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month mo : Month.values()) {
      if (mo.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
        return mo.getValue();
      }
    }
    throw new IllegalStateException("not a month: " + name);
  }

  private static LocalDate safeDate(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static DateMention day(Matcher m, String text, LocalDate d, Confidence c) {
    return mention(m, text, d, d, "day", c);
  }

  private static DateMention mention(Matcher m, String text, LocalDate start, LocalDate end, String granularity, Confidence c) {
    Span span = new Span(m.start(), m.end());
    return new DateMention(span, span.of(text), start, end, granularity, c);
  }
}
