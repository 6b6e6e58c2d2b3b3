package org.corroborate.analysis.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.analysis.entities.Lexicon;
import org.corroborate.model.Channel;
import org.corroborate.model.Span;

/**
 * Finds where a statement was made or through whom it reached the outlet, with a normalised name:
 * "on Telegram" (Telegram), "in a video posted on his Telegram channel" (Telegram), "on social media",
 * "on state television" (television), "told Ukrainian media" (Ukrainian media), "according to TASS",
 * "the state-run RIA Novosti news agency reported" (RIA Novosti), "news agencies reported" (news
 * agencies), "in a statement" (statement), "at a press conference" (press conference).
 *
 * <p>Agency and platform names come from the {@link Lexicon}. Immutable and thread-safe.
 */
public final class ChannelFinder {

  private record Rule(Pattern pattern, int nameGroup, boolean lookup) {}

  private final Lexicon lex;
  private final List<Rule> rules;
  private final Pattern agencyPattern;

  public ChannelFinder(Lexicon lex) {
    this.lex = Objects.requireNonNull(lex, "lex");
    String agency = alternation(lex.agencyForms());
    String platform = alternation(lex.platformForms());
    int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    List<Rule> r = new ArrayList<>();
    r.add(new Rule(Pattern.compile("\\b(?:on|via|to|in)\\s+(?:(?:his|her|its|their|the|an?)\\s+)?(?:official\\s+)?"
        + "(?:" + platform + ")(?:\\s+(?:channel|account|page|feed|post|video|message))?\\b"), 1, true));
    r.add(new Rule(Pattern.compile("\\b(?:on|to|via)\\s+(social media|social networks?)\\b", ci), 1, false));
    r.add(new Rule(Pattern.compile("\\b(?:on|via)\\s+((?:[\\p{L}-]+\\s+){0,2}(?:messaging|Telegram|news|social)\\s+"
        + "(?:channels?|apps?|groups?|sites?))\\b", ci), 1, false));
    r.add(new Rule(Pattern.compile("\\bon\\s+(?:state|national|local|Russian|Ukrainian|public)?\\s*"
        + "(television|TV|radio)\\b", ci), 1, false));
    r.add(new Rule(Pattern.compile("\\btold\\s+(?:the\\s+)?((?:[A-Z][\\p{L}’'-]*\\s+){0,3}"
        + "(?:media|reporters|journalists|television|TV|radio|broadcasters?|newspapers?|news agency|outlets?|press))\\b"),
        1, false));
    r.add(new Rule(Pattern.compile("\\b(?i:told|according to|citing|quoted by|cited by|in an interview with|speaking to)\\s+"
        + "(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(" + agency + ")\\b"), 1, true));
    r.add(new Rule(Pattern.compile("\\b(" + agency + ")(?:\\s+(?:news\\s+agency|agency|news))?\\s+"
        + "(?:reported|reports|said|says|quoted|cited|wrote)\\b"), 1, true));
    r.add(new Rule(Pattern.compile("\\b(news agencies|local media|state media|Russian media|Ukrainian media|media reports)"
        + "(?:\\s+(?:reported|said|say|report))?\\b", ci), 1, false));
    r.add(new Rule(Pattern.compile("\\b(?:in|during)\\s+an?\\s+((?:(?:written|televised|video|joint|short)\\s+)?"
        + "(?:statement|video address|address|video|interview|post|message|press release|speech))\\b", ci), 1, false));
    r.add(new Rule(Pattern.compile("\\b(?:at|during)\\s+an?\\s+((?:press|news)\\s+conference|briefing|news briefing)\\b", ci),
        1, false));
    this.rules = List.copyOf(r);
    this.agencyPattern = Pattern.compile("\\b" + agency + "\\b");
  }

  private static String alternation(List<String> forms) {
    StringBuilder sb = new StringBuilder("(");
    for (String f : forms) {
      if (sb.length() > 1) {
        sb.append('|');
      }
      if (f.length() <= 3) {
        sb.append(Pattern.quote(f.toUpperCase(Locale.ROOT)));
      } else {
        sb.append("(?i:").append(Pattern.quote(f)).append(')');
      }
    }
    return sb.append(')').toString();
  }

  /** Channel expressions inside {@code region} of {@code text}, in text order, without overlaps. */
  public List<Channel> find(String text, Span region) {
    Objects.requireNonNull(text, "text");
    List<Channel> found = new ArrayList<>();
    String sub = region.of(text);
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(sub);
      while (m.find()) {
        String written = m.group(rule.nameGroup());
        String name = rule.lookup() ? canonical(written) : normalise(written);
        Span span = new Span(region.start() + m.start(), region.start() + m.end());
        found.add(new Channel(span, span.of(text), name));
      }
    }
    found.sort(Comparator.comparing((Channel c) -> c.span().start()).thenComparing(c -> -c.span().length()));
    List<Channel> out = new ArrayList<>();
    for (Channel c : found) {
      if (!out.isEmpty() && out.get(out.size() - 1).span().overlaps(c.span())) {
        continue;
      }
      // "in a video posted on its Telegram channel": the platform says more than "video"
      if (!out.isEmpty()) {
        Channel prev = out.get(out.size() - 1);
        boolean named = lex.platform(c.name()) != null || lex.agency(c.name()) != null || c.name().equals("social media");
        if (named && GENERIC.contains(prev.name()) && c.span().start() - prev.span().end() <= 30) {
          out.remove(out.size() - 1);
        }
      }
      out.add(c);
    }
    return out;
  }

  private static final java.util.Set<String> GENERIC = java.util.Set.of("statement", "video", "video address",
      "address", "interview", "post", "message", "press release", "speech", "written statement", "televised address");

  /** The channel name for a source that is itself an outlet ("the state-run TASS news agency"), or null. */
  public String outletName(String sourceText) {
    Matcher m = agencyPattern.matcher(sourceText);
    if (m.find()) {
      return lex.agency(m.group(1));
    }
    String l = sourceText.toLowerCase(Locale.ROOT).replaceAll("^(the|a|an)\\s+", "")
        .replaceAll("\\s+\\b(on|in|at|via|from|of|to)\\b.*$", "").strip();
    if (l.matches(".*\\b(agency|agencies|media|newspaper|newspapers|outlet|outlets|broadcaster|television|tv|news)$")
        && !l.equals("social media")) {
      return normalise(sourceText.replaceAll("^(?i)(the|a|an)\\s+", ""));
    }
    return null;
  }

  private String canonical(String written) {
    String a = lex.agency(written);
    if (a != null) {
      return a;
    }
    String p = lex.platform(written);
    return p != null ? p : written;
  }

  private static final java.util.Set<String> COMMON = java.util.Set.of("media", "reporters", "journalists",
      "television", "tv", "radio", "broadcaster", "broadcasters", "newspaper", "newspapers", "news", "agency",
      "agencies", "outlet", "outlets", "press", "statement", "video", "address", "interview", "post", "message",
      "release", "speech", "conference", "briefing", "written", "televised", "joint", "short", "social", "network",
      "networks", "local", "state", "national", "public", "state-run", "state-owned", "reports");

  private static String normalise(String written) {
    String[] words = written.strip().split("\\s+");
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(COMMON.contains(l) ? l : w);
    }
    String out = sb.toString();
    return switch (out) {
      case "tv" -> "television";
      case "social network", "social networks" -> "social media";
      case "media reports" -> "media";
      default -> out;
    };
  }
}
