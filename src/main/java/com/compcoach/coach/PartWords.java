package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which part a figure is: the component words of a message, and which figure each names. */
final class PartWords {

  /** "120k retention rsus": a grant to stay, stock and never one-time money. */
  private static final java.util.Set<String> STOCK_NEXT = java.util.Set.of("rsu", "rsus", "stock", "stocks", "equity",
      "shares", "grant", "options");

  private PartWords() {}

  /** "one-time", "one off" right before "bonus": money paid once. */
  private static final Pattern ONCE_BEFORE = Pattern.compile("(?i)\\bone[- ]?(?:time|off)\\s+(?:\\$?\\d[\\d,.]*k?\\s+)?$");

  /** Right after "bonus": paid for signing or accepting ("if i sign", "on top for signing", "when she accepts"). */
  private static final Pattern FOR_SIGNING = Pattern.compile("(?i)\\s*(?:on top\\s+)?(?:if|when|once|for|on|to|upon)\\s+"
      + "(?:(?:i|you|we|she|he|they)\\s+)?(?:sign|signs|signing|accept|accepts|accepting|join|joins|joining)\\b");
  /** "12.5% annual target", "8% target": a percent, maybe "annual", right before "target" is the bonus's (s28). */
  private static final Pattern PERCENT_TARGET = Pattern.compile("(?i)\\d\\s*(?:%|percent|pct)(?:\\s+(?:annual|yearly))?\\s*$");

  /** "15% ", "15 percent " right before "bonus": a share of base, so the yearly bonus. */
  private static final Pattern PERCENT_BEFORE = Pattern.compile("(?i)\\d\\s*(?:%|percent|pct)\\s*$");

  /** One component word and where it stands. */
  record Keyword(int start, int end, Component component) {}

  /** Words before "options" that make them choices: "two options", "both options", "other options". */
  private static final java.util.regex.Pattern CHOICES_BEFORE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:two|three|2|3|both|several|other|few)\\s+$");

  /**
   * Every component word in the text, from its words: "base", "base salary", "salary", "rsu(s)", "stock",
   * "equity", "shares", "grant", "options", "lti", "bonus", "variable (pay)", "incentive", "sti", "annual/target bonus",
   * "sign-on (bonus)", "signing (bonus)", "joining/welcome bonus", "tc", "total (comp/compensation)", "package", "comp", "all in".
   */
  static List<Keyword> keywords(String text, List<String> slips) {
    List<int[]> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Character.isLetter(text.charAt(i))) {
        int start = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
          i++;
        }
        words.add(new int[] {start, i});
      } else {
        i++;
      }
    }
    List<Keyword> out = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      int[] span = words.get(w);
      String word = text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
      String next = w + 1 < words.size() && adjacent(text, span, words.get(w + 1))
          ? text.substring(words.get(w + 1)[0], words.get(w + 1)[1]).toLowerCase(Locale.ROOT) : "";
      Component component = null;
      boolean takesNext = false;
      String meant = partSlip(word);
      if (meant != null) {
        slips.add("\"" + text.substring(span[0], span[1]) + "\" as " + (meant.equals("signon") ? "sign-on" : meant));
        word = meant;
      }
      switch (word) {
        case "sign-on", "signon", "signing" -> {
          component = Component.SIGN_ON;
          takesNext = next.equals("bonus");
        }
        case "sob" -> {
          // "$25K SOB": a recruiter's shorthand for a sign-on bonus, in capitals or right after its figure (never
          // "a sob story").
          if (text.startsWith("SOB", span[0]) || afterFigure(text, span[0])) {
            component = Component.SIGN_ON;
          }
        }
        case "sign" -> {
          if (next.equals("on")) {
            component = Component.SIGN_ON;
            takesNext = true;
          }
        }
        case "to" -> {
          // "plus 20k to sign": money paid for signing, right after its figure, is a sign-on ("ready to sign" is not).
          if (next.equals("sign") && afterFigure(text, span[0])) {
            component = Component.SIGN_ON;
            takesNext = true;
          } else if (next.equals("join") && afterFigure(text, span[0])
              && ONCE_BEFORE.matcher(text.substring(Math.max(0, span[0] - 24), span[0])).find()) {
            // "a one-time 15k to join": money paid once for joining is a sign-on (s29); "190k to join" alone may be
            // the base, so the one-time word is what says it.
            component = Component.SIGN_ON;
            takesNext = true;
          }
        }
        case "joining", "welcome", "retention", "stay" -> {
          if (next.equals("bonus")) {
            component = Component.SIGN_ON;
            takesNext = true;
          } else if (word.equals("retention") && afterFigure(text, span[0]) && !STOCK_NEXT.contains(next)) {
            // "190 base + 20k retention": a sum paid once to stay, as a sign-on is paid once to join.
            component = Component.SIGN_ON;
          }
        }
        case "base" -> {
          component = Component.BASE;
          takesNext = next.equals("salary") || next.equals("pay");
        }
        case "salary" -> component = Component.BASE;
        case "rsu", "rsus", "stock", "stocks", "equity", "shares", "grant", "lti", "ltip", "ownership", "stake" ->
            component = Component.STOCK;
        case "options" -> {
          // "they gave me two options: contract … or full time …": choices, not stock options.
          if (!CHOICES_BEFORE.matcher(text.substring(Math.max(0, span[0] - 12), span[0])).find()) {
            component = Component.STOCK;
          }
        }
        case "fully" -> {
          // "0.4% fully diluted": a share of the company, counted on every share there will be.
          if (next.equals("diluted")) {
            component = Component.STOCK;
            takesNext = true;
          }
        }
        case "bonus" -> {
          // "a $3,000 bonus if i sign this week", "a one-time bonus of 5k": money paid once for signing is a sign-on,
          // never the yearly bonus it would replace. "15% bonus if i accept by friday": a percent of base is the
          // yearly bonus whatever it hangs on (a sign-on is an amount), so the condition is only a condition.
          component = !PERCENT_BEFORE.matcher(text.substring(Math.max(0, span[0] - 12), span[0])).find()
              && (ONCE_BEFORE.matcher(text.substring(Math.max(0, span[0] - 24), span[0])).find()
              || FOR_SIGNING.matcher(text.substring(span[1], Math.min(n, span[1] + 30))).lookingAt())
              ? Component.SIGN_ON : Component.BONUS;
        }
        case "variable", "incentive", "sti" -> {
          // A sales offer's "15% variable", "variable pay 30k", "target incentive": its bonus.
          component = Component.BONUS;
          takesNext = next.equals("pay") || next.equals("comp") || next.equals("bonus") || next.equals("plan");
        }
        case "annual", "target", "tgt" -> {
          if (next.equals("bonus")) {
            component = Component.BONUS;
            takesNext = true;
          } else if (!word.equals("annual") && PERCENT_TARGET.matcher(text.substring(Math.max(0, span[0] - 24), span[0]))
              .find()) {
            // "bonus eligible, 8% target", "12.5% annual target": a percent target is the bonus's.
            component = Component.BONUS;
          }
        }
        case "tc", "package", "comp", "all-in", "ote" -> component = Component.TOTAL;
        case "on-target" -> {
          if (next.equals("earnings")) {
            component = Component.TOTAL;
            takesNext = true;
          }
        }
        case "all" -> {
          // "pays 190 all in": everything together, a total.
          if (next.equals("in")) {
            component = Component.TOTAL;
            takesNext = true;
          }
        }
        case "total" -> {
          component = Component.TOTAL;
          takesNext = next.equals("comp") || next.equals("compensation");
        }
        default -> {
          // not a component word
        }
      }
      if (component != null && negated(text, words, w)) {
        // "i make 158 with no bonus": a part said to be absent names no figure beside it (AbsentParts reads it).
        w += takesNext ? 1 : 0;
        component = null;
      }
      if (component != null) {
        int end = takesNext ? words.get(w + 1)[1] : span[1];
        out.add(new Keyword(span[0], end, component));
        w += takesNext ? 1 : 0;
      }
    }
    return out;
  }

  /** The part words a slip of one letter still finds: long or distinct enough that a slip is rarely another word. */
  private static final List<String> SLIPPED_PARTS = List.of("base", "bonus", "stock", "equity", "salary", "signon",
      "signing");

  /** English words one letter off a part word ("based", "stuck", "bogus"): a real word is never a slip. */
  private static final java.util.Set<String> NEAR_PART_WORDS = java.util.Set.of("babe", "bade", "bake", "bale", "bane",
      "bare", "based", "basel", "baser", "bases", "bash", "basie", "bask", "bass", "bast", "baste", "bate", "bose",
      "bogus", "bonds", "bones", "bongs", "shock", "smock", "sock", "spock", "stack", "stick", "stocks", "stocky",
      "stork", "stuck", "siphon", "simon", "sign-on", "sign-ons", "signons", "sigh", "sign", "singing", "sighing",
      "signings", "sinning", "sipping");

  /** The part word {@code word} is a one-letter slip of ("bse", "bouns", "stok", "equty"), or null. */
  static String partSlip(String word) {
    return word.length() < 3 ? null : TypedSlips.slipOf(word, SLIPPED_PARTS, NEAR_PART_WORDS);
  }

  /** Whether a figure ("20k", "$20,000") ends right before {@code at}, blanks apart. */
  private static boolean afterFigure(String text, int at) {
    String before = text.substring(Math.max(0, at - 12), at).stripTrailing();
    return before.matches("(?s).*\\d[kK]?");
  }

  /** Whether the word at {@code w} follows "no", "without" or "without a(ny)", blanks apart. */
  private static boolean negated(String text, List<int[]> words, int w) {
    for (int back = 1; back <= 2 && w - back >= 0; back++) {
      int[] prior = words.get(w - back);
      if (!adjacent(text, prior, words.get(w - back + 1))) {
        return false;
      }
      String word = text.substring(prior[0], prior[1]).toLowerCase(Locale.ROOT);
      if (back == 1 && word.equals("no") || word.equals("without")) {
        return true;
      }
      if (!word.equals("a") && !word.equals("any")) {
        return false;
      }
    }
    return false;
  }

  /** Whether two words are separated by blanks only. */
  private static boolean adjacent(String text, int[] first, int[] second) {
    for (int i = first[1]; i < second[0]; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static final int NEAR = 24;

  /** The part word right after a figure, within {@link #NEAR}; null when none. */
  static Keyword keywordAfter(List<Keyword> keywords, int from, int limit) {
    for (Keyword k : keywords) {
      if (k.start() >= from && k.end() <= limit) {
        return k.start() - from <= NEAR ? k : null;
      }
    }
    return null;
  }

  /**
   * The part word before a figure, within {@link #NEAR}; null when none, or when the word "zero" stands right before
   * it ("200 base zero bonus 30k/yr": "bonus" is the zero's, never the 30k's; a "0" is a figure of its own, for
   * {@link #oneFigureEach}).
   */
  static Keyword keywordBefore(String text, List<Keyword> keywords, int from, int limit) {
    Keyword last = null;
    for (Keyword k : keywords) {
      if (k.start() >= from && k.end() <= limit) {
        last = k;
      }
    }
    return last != null && limit - last.end() <= NEAR && !zeroBefore(text, last.start()) ? last : null;
  }

  /** Whether the word "zero" stands right before {@code at}, blanks apart. */
  private static boolean zeroBefore(String text, int at) {
    String before = text.substring(Math.max(0, at - 8), at).stripTrailing().toLowerCase(Locale.ROOT);
    return before.matches("(?s)(?:.*\\W)?zero");
  }

  /**
   * One word names one figure: where words follow figures ("225 base 0 bonus 90k/yr"), the word after a figure is
   * never also the next figure's word before it ("bonus" is the zero's, never the 90k's); where words lead ("base 150
   * stock 0 bonus 15k"), the word before a figure is never the one before it's word after it ("stock" is the zero's).
   */
  static void oneFigureEach(Keyword[] after, Keyword[] before, boolean[] suffixed) {
    for (int i = 1; i < after.length; i++) {
      if (before[i] != null && before[i] == after[i - 1]) {
        if (suffixed[i] && suffixed[i - 1]) {
          before[i] = null;
        } else if (!suffixed[i] && !suffixed[i - 1]) {
          after[i - 1] = null;
        }
      }
    }
  }

  /** The component of each word found, null where none. */
  static Component[] components(Keyword[] words) {
    Component[] out = new Component[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i] == null ? null : words[i].component();
    }
    return out;
  }

  /**
   * Whether each figure's word comes after it ("200 base 60 rsu") or before it ("base 180, rsu 45"), decided
   * sentence by sentence (the clauses' own sentence ends): a message may give the offer one way and a competing offer
   * the other. A sentence whose figures carry no word either way takes the message's style.
   */
  static boolean[] sentenceStyles(List<int[]> clauses, int[] clauseIndex, Component[] after,
      Component[] before, boolean messageStyle) {
    boolean[] out = new boolean[clauseIndex.length];
    int from = 0;
    while (from < clauseIndex.length) {
      int end = clauseIndex[from];
      while (clauses.get(end)[2] == 0) {
        end++;
      }
      int to = from;
      int afterCount = 0;
      int beforeCount = 0;
      while (to < clauseIndex.length && clauseIndex[to] <= end) {
        afterCount += after[to] == null ? 0 : 1;
        beforeCount += before[to] == null ? 0 : 1;
        to++;
      }
      boolean style = afterCount + beforeCount == 0 ? messageStyle : afterCount >= beforeCount;
      java.util.Arrays.fill(out, from, to, style);
      from = to;
    }
    return out;
  }

  /** The part word that names a figure: the one after it where words follow figures, else the one before it. */
  static Component named(boolean suffixed, Component after, Component before) {
    return suffixed ? (after != null ? after : before) : (before != null ? before : after);
  }

  /** How many bare amounts a component word names, in the message's pairing direction. */
  static int bareParts(List<OfferAmount> amounts, Component[] after, Component[] before, boolean suffixStyle) {
    int count = 0;
    for (int i = 0; i < amounts.size(); i++) {
      Component c = named(suffixStyle, after[i], before[i]);
      count += c != null && amounts.get(i).bare() ? 1 : 0;
    }
    return count;
  }

  /** One part named for every figure of a message: "(all base)", "all are base", "both base". */
  private static final Pattern ALL_PART = Pattern.compile("\\b(?:all|both)(?: of them| of those| are| were| is)?"
      + "\\s+(base|bases|base salary|salary|salaries|tc|total comp|total)\\b");

  /** The part a message names for all its figures at once, or null. */
  static Component allPart(String lower) {
    if (!lower.contains("all ") && !lower.contains("both ")) {
      return null;
    }
    Matcher m = ALL_PART.matcher(lower);
    return !m.find() ? null : m.group(1).startsWith("t") ? Component.TOTAL : Component.BASE;
  }
}
