package com.compcoach.guide;

import com.compcoach.guide.LeverAmount.Reference;
import com.compcoach.money.RulesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies each figure in a lever's wording by the words just before it in its sentence: the nearest
 * keyword wins ("RSUs at $65K–$68K and a sign-on bonus of $25K–$35K" gives STOCK then SIGN_ON). A figure in
 * parentheses is a market reference ("a Staff Platform Engineer ($280K–$350K)").
 */
final class LeverAmounts {

  /** A keyword found in a text: what it says a figure refers to, and where the keyword ends. */
  record Keyword(Reference reference, int end) {}

  private LeverAmounts() {}

  /**
   * The amounts a lever's wording names and what each refers to, scanned with the guide's own figures (its decimal
   * mark and its one money scanner).
   */
  static List<LeverAmount> of(String text, GuideFigures figures) {
    List<Figures.Figure> marked = figures.inProse(text);
    if (marked.isEmpty()) {
      // Most of a lever's wording states no amount: nothing to lowercase or classify.
      return List.of();
    }
    List<LeverAmount> out = new ArrayList<>();
    // Lowercased once for all its figures; where lowercasing changes the length ("İ"), each clause on its own.
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() != text.length()) {
      lower = null;
    }
    for (Figures.Figure f : marked) {
      Range range = f.range();
      if (range == null) {
        continue;
      }
      out.add(new LeverAmount(f.written(), f.start(), f.end(), classify(text, lower, f), range, f.percent()));
    }
    return List.copyOf(out);
  }

  private static Reference classify(String text, String lower, Figures.Figure f) {
    int from = sentenceStart(text, f.start());
    String clause = lower != null ? lower.substring(from, f.start())
        : text.substring(from, f.start()).toLowerCase(java.util.Locale.ROOT);
    if (insideParentheses(text, f.start(), f.end())) {
      return Reference.MARKET;
    }
    Reference nearest = nearest(clause);
    if (nearest == null) {
      // "$255K TC": the word right after the figure can say what it is.
      String after = text.substring(f.end(), Math.min(text.length(), f.end() + 16)).stripLeading()
          .toLowerCase(java.util.Locale.ROOT);
      Keyword k = after.isEmpty() ? null : keywordAt(after, 0);
      nearest = k == null ? null : k.reference();
    }
    if (f.percent()) {
      // A percent is a bonus target only when it is about the bonus; "within 10%" is not money.
      boolean aboutBonus = nearest == Reference.BONUS
          || clause.contains("bonus") && nearest != Reference.OTHER && nearest != Reference.MARKET;
      return aboutBonus ? Reference.BONUS : Reference.OTHER;
    }
    return nearest == null ? Reference.OTHER : nearest;
  }

  /** The reference of the last keyword in a lowercased clause, keywords read left to right without overlap. */
  static Reference nearest(String clause) {
    Keywords keywords = Keywords.RULES;
    Matcher m = keywords.pattern().matcher(clause).useTransparentBounds(true).useAnchoringBounds(false);
    Reference last = null;
    int from = 0;
    while (keywords.find(m, clause, from)) {
      last = keywords.reference(m);
      from = m.end();
    }
    return last;
  }

  /**
   * The keyword starting at {@code p} of a lowercased text, at a word start, or null. The keywords and their order
   * are data: {@code lever-keywords:} in {@code guide-rules.yml}.
   */
  static Keyword keywordAt(String s, int p) {
    // Transparent bounds so that \b sees the character before p: a keyword must start a word of the whole text.
    Matcher m = Keywords.RULES.pattern().matcher(s).region(p, s.length()).useTransparentBounds(true);
    return m.lookingAt() ? new Keyword(Keywords.RULES.reference(m), m.end()) : null;
  }

  /**
   * The lever keywords of the rules file as one pattern, {@code \b(?:(a|b)|(c)|…)}: a group per reference in the
   * file's order, so that the alternation's order is the table's priority; {@code groups} holds the group number
   * of each reference's group. Compiled once, on first use.
   */
  private record Keywords(Pattern pattern, String starts, List<String> prefixes, List<Reference> references,
      List<Integer> groups) {
    static final Keywords RULES = compile(RulesResource.rules().get("lever-keywords"));

    /**
     * What {@code m.find(from)} finds (m with transparent, non-anchoring bounds), the pattern tried only at a word
     * start holding one of the keywords' first letters: find() tried it at every character of every clause before
     * each lever figure, 7% of reading a guide. Both tests are ones the pattern's own {@code \b(?=[…])} makes.
     * Then only where a keyword's literal beginning is written ("sign" of {@code sign[- ]?on}): no keyword can match
     * elsewhere, and most words that share a keyword's first letter are no keyword.
     */
    boolean find(Matcher m, String s, int from) {
      if (starts == null) {
        return from <= s.length() && m.region(from, s.length()).find();
      }
      for (int i = from; i < s.length(); i++) {
        if (starts.indexOf(s.charAt(i)) >= 0 && (i == 0 || !isWordChar(s.charAt(i - 1))) && beginsAKeyword(s, i)
            && m.region(i, s.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }

    private boolean beginsAKeyword(String s, int i) {
      for (String prefix : prefixes) {
        if (s.startsWith(prefix, i)) {
          return true;
        }
      }
      return false;
    }

    /** A char {@code \b} counts as a word's: a letter, a digit or "_". */
    private static boolean isWordChar(char c) {
      return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Which reference's group took part in a match. */
    Reference reference(Matcher m) {
      for (int i = 0; i < groups.size(); i++) {
        if (m.start(groups.get(i)) >= 0) {
          return references.get(i);
        }
      }
      throw new IllegalStateException("a lever keyword matched no reference");
    }

    private static Keywords compile(Object node) {
      if (!(node instanceof List<?> entries) || entries.isEmpty()) {
        throw new IllegalStateException("guide-rules.yml has no lever-keywords");
      }
      List<Reference> references = new ArrayList<>();
      List<Integer> groups = new ArrayList<>();
      StringBuilder regex = new StringBuilder("\\b(?:");
      int group = 1;
      for (Object entry : entries) {
        if (!(entry instanceof Map<?, ?> one) || one.size() != 1) {
          throw new IllegalStateException("lever-keywords: each entry is one reference and its phrases: " + entry);
        }
        Map.Entry<?, ?> e = one.entrySet().iterator().next();
        if (!(e.getValue() instanceof List<?> phrases) || phrases.isEmpty()) {
          throw new IllegalStateException("lever-keywords: " + e.getKey() + " has no phrases");
        }
        references.add(Reference.valueOf(String.valueOf(e.getKey()).toUpperCase(Locale.ROOT)));
        groups.add(group++);
        regex.append(groups.size() == 1 ? "(" : "|(");
        for (int i = 0; i < phrases.size(); i++) {
          String phrase = String.valueOf(phrases.get(i));
          // A phrase's own groups (written plainly in the file for readability) shift the next reference's number.
          group += Pattern.compile(phrase).matcher("").groupCount();
          // Each phrase in its own non-capturing group: a "|" inside one cannot leak into its neighbours.
          regex.append(i == 0 ? "(?:" : "|(?:").append(phrase).append(')');
        }
        regex.append(')');
      }
      String alternation = regex.append(')').toString();
      String starts = literalStarts(entries);
      // At each word start the alternation is tried only where a keyword's first letter is: most words are none.
      String guarded = starts == null ? alternation : "\\b(?=[" + starts + "])" + alternation.substring(2);
      return new Keywords(Pattern.compile(guarded), starts, starts == null ? List.of() : literalPrefixes(entries),
          List.copyOf(references), List.copyOf(groups));
    }

    /**
     * What each keyword phrase's every match starts with: its characters up to the first one the regex gives a
     * meaning ("sign" of {@code sign[- ]?on( bonus)?}, "rsu" of {@code rsus?}: a letter a quantifier follows may be
     * left out). Each holds at least the phrase's first letter, as {@link #literalStarts} requires.
     */
    private static List<String> literalPrefixes(List<?> entries) {
      List<String> prefixes = new ArrayList<>();
      for (Object entry : entries) {
        for (Object p : (List<?>) ((Map<?, ?>) entry).values().iterator().next()) {
          String phrase = String.valueOf(p);
          int end = 0;
          while (end < phrase.length() && (Character.isLetterOrDigit(phrase.charAt(end)) || phrase.charAt(end) == ' '
              || phrase.charAt(end) == '-')) {
            end++;
          }
          if (end < phrase.length() && "?*{".indexOf(phrase.charAt(end)) >= 0) {
            end--;
          }
          prefixes.add(phrase.substring(0, Math.max(end, 1)));
        }
      }
      return List.copyOf(prefixes);
    }

    /**
     * The letters the keyword phrases start with, or null when one does not start with a plain letter or digit
     * (a group, a class, an escape, an alternation of its own, a quantified first letter): then no guard can be
     * built.
     */
    private static String literalStarts(List<?> entries) {
      StringBuilder starts = new StringBuilder();
      for (Object entry : entries) {
        for (Object p : (List<?>) ((Map<?, ?>) entry).values().iterator().next()) {
          String phrase = String.valueOf(p);
          char first = phrase.charAt(0);
          if (!Character.isLetterOrDigit(first) || alternates(phrase)
              || phrase.length() > 1 && "?*+{".indexOf(phrase.charAt(1)) >= 0) {
            return null;
          }
          starts.append(first);
        }
      }
      return starts.toString();
    }

    /**
     * Whether a phrase is itself an alternation ({@code a|b}), whose branches may start with other letters; a
     * "|" inside parentheses ({@code offers? (in|from)}) is not. A phrase with a class and a "|" counts as one.
     */
    private static boolean alternates(String phrase) {
      if (phrase.indexOf('|') < 0) {
        return false;
      }
      if (phrase.indexOf('[') >= 0) {
        return true;
      }
      int depth = 0;
      for (int i = 0; i < phrase.length(); i++) {
        char c = phrase.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** What {@code \s} matches: the one test of white space the reader's hand-written scans share. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Start of the sentence holding {@code at}: after the last ". ", "? ", "! " or an opening quote. */
  static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = text.charAt(i);
      char prev = text.charAt(i - 1);
      if (Character.isWhitespace(c) && (prev == '.' || prev == '?' || prev == '!')) {
        return i + 1;
      }
    }
    return 0;
  }

  static boolean insideParentheses(String text, int start, int end) {
    int open = text.lastIndexOf('(', start);
    int close = text.lastIndexOf(')', start);
    if (open < 0 || close > open) {
      return false;
    }
    int closing = text.indexOf(')', end);
    return closing >= 0 && text.indexOf('(', end) < 0 || closing >= 0 && closing < text.indexOf('(', end);
  }
}
