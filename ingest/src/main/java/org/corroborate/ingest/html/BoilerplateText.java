package org.corroborate.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the words of a block say about it: furniture phrases ("Advertisement", "Read more"),
 * promotion of the outlet, timestamps and bylines, captions and credits, and a few properties of
 * text (capitals, script) the block filter needs. All patterns are anchored or bounded so that
 * they are judged on short blocks only.
 */
final class BoilerplateText {
  /** How sentences and quoted lines end: a short block ending so is text, not a label. */
  static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…\"”’)\\]]$");
  /** Whole-block furniture phrases: widget headers, ad labels, share buttons, timestamps, credits. */
  static final Pattern BOILER_TEXT = Pattern.compile(
      "(?i)^(advertisement|advertising|ad|sponsored( content)?|story continues below( advertisement)?|"
          + "continue reading( below)?|read more|read more:.*|related( \\w+)?:.*|related (stories|articles|coverage)|"
          + "don.?t miss:?|must read:?|editor.?s picks?|trending( now)?|most (read|popular|viewed)|top stories|"
          + "more (stories|news|videos)|latest (news|stories)|you may also like|around the web|from the web|"
          + "promoted( stories| content)?|(also|further) read(ing)?(:.*)?|"
          + "filed (under|in):? [^.]{1,60}|posted (on|in|by) [^.]{1,60}|tags?:.*|categor(y|ies):.*|"
          + "see also:?.*|more:.*|more from [^.]{1,50}|sign up\\b.*|subscribe\\b.*|click here\\b.*|follow us\\b.*|"
          + "share this\\b.*|share|tweet|email|print|comments?|photo:.*|image:.*|credit:.*|getty images|ap photo\\b.*|"
          + "copyright ?([©@]|\\(c\\))? ?\\d{4}.*|copyright ?([©@]|\\(c\\)).*|©.*|all rights reserved.*|this (article|story) (was|has been|originally) .*|"
          + "loading\\.*|please enable javascript.*|you (might|may) also like.*|"
          + "recommended( for you| stories| articles| reading| videos)?:?|watch:.*|listen:.*|"
          + "more great .{1,40} stories|popular on .{1,40}|more:?|leave a (comment|reply)|comments? \\(\\d+\\)|"
          + "(image|photo|slide|picture) \\d+ (of|/) \\d+|\\d+ (of|/) \\d+|"
          + "(last )?(updated|published|posted)(:.*| \\d.{0,40}| (on|at) .{1,40})?|"
          + "tell us what you think.*|(photo|image|video|picture)s?)$");
  /** A bare byline: "By" and up to five capitalised names. Case-sensitive, so sentences do not match. */
  static final Pattern BARE_BYLINE = Pattern.compile(
      "^(By|BY|by) \\p{Lu}[\\p{L}'.-]*( (\\p{Lu}[\\p{L}'.-]*|and|&|de|da|van|von|der|al|bin))"
          + "{0,5}( and \\p{Lu}[\\p{L}'.-]*( \\p{Lu}[\\p{L}'.-]*){0,3})?,?$");
  /** Promotion and self-reference: short blocks that sell the outlet rather than tell the story. */
  static final Pattern PROMO = Pattern.compile(
      "(?iu)(sign up (for|to|here|now)|subscribe (now|here|today|to (our|my|this) )|subscribe to .{0,40}\\b(newsletters?|channel|podcast|feed|updates|alerts|edition)\\b|newsletters?\\b.*\\b(inbox|sign(ing)? up|subscribe)\\b|"
          + "(inbox|sign up|subscribe)\\b.*\\bnewsletters?|click here|follow (us|him|her|me|them) on (twitter|facebook|instagram|tiktok|linkedin|youtube|social)|"
          + "(delivered|straight|right|directly) (to|in|into) your inbox|meet your inbox|\\[/[a-z_]+\\]|\\[[a-z_]+ [^\\]]*=[^\\]]*\\]|"
          + "(on|at) (twitter|facebook|instagram) @|join (our|the) .{0,40}(forum|conversation|community)|"
          + "©|\\bcopyright ?([©@]|\\(c\\))? ?\\d{4}|\\bcopyright ?([©@]|\\(c\\))|all rights reserved|"
          + "^listen (to|back|live)\\b|listen back here|download (our|the) app|"
          + "\\((image|photo|picture|pic|credit)s?:[^)]*\\)\\s*$|\\| ?getty images\\s*$|getty images\\s*$|"
          + "^(photo|image|picture|credit|foto|фото|bild|imagem|imagen|crédito|credito|quelle|текст)s?( credit)?\\s*:|"
          + "^\\(?((additional )?reporting|writing|editing|compiled) by\\b|share it with (a|your) friends?|"
          + "if you (enjoyed|liked) this (article|story)|contributed to this (report|article|story)\\.?$|"
          + "contributed reporting\\b|full coverage (of|at)\\b)");
  /** A date or time as bylines and timestamps write it. */
  static final Pattern DATE_LIKE = Pattern.compile(
      "(?i)(\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\s*([ap]\\.?m\\.?|[ap]m)?\\b|"
          + "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}\\b|"
          + "\\b\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \\d{4}\\b)");
  static final Pattern BYLINE_START = Pattern.compile("(?i)^(by|written by|posted by|von|par|por)\\s");

  /** Whether a text is written in capitals (an agency-style subhead: "TRADE TALKS STALL"). */
  static boolean isCapitalised(String t) {
    int upper = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 6 && t.indexOf(' ') > 0;
  }

  /** Whether a text is written mostly in Latin letters (so spaces separate its words). */
  static boolean isMostlyLatin(String t) {
    int latin = 0;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    return letters == 0 || latin * 2 >= letters;
  }

  /**
   * Whether a short text reads as a sentence (ends with a full stop, question or exclamation mark,
   * not a clock time's "p.m."): such text is the article's, even when it holds a date or starts
   * with "By".
   */
  static boolean isSentence(String t) {
    return SENTENCE_STOP.matcher(t).find() && !CLOCK_END.matcher(t).find();
  }

  private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?][\"”’)]?$");
  private static final Pattern CLOCK_END = Pattern.compile("(?i)\\b[ap]\\.m\\.$");

  /** Lower-cased letters and digits, single-spaced: for comparing a heading with the title. */
  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private BoilerplateText() {}
}
