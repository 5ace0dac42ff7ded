package com.compcoach.guide;

import com.compcoach.guide.LeverAmount.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies each figure in a lever's wording by the words just before it in its sentence: the nearest
 * keyword wins ("RSUs at $65K–$68K and a sign-on bonus of $25K–$35K" gives STOCK then SIGN_ON). A figure in
 * parentheses is a market reference ("a Staff Platform Engineer ($280K–$350K)").
 */
final class LeverAmounts {

  /** A keyword found in a text: what it says a figure refers to, and where the keyword ends. */
  record Keyword(Reference reference, int end) {}

  private LeverAmounts() {}

  static List<LeverAmount> of(String text) {
    return of(text, com.compcoach.money.DecimalMark.POINT);
  }

  /** As {@link #of(String)}, for a guide that declares its decimal mark. */
  static List<LeverAmount> of(String text, com.compcoach.money.DecimalMark decimal) {
    List<LeverAmount> out = new ArrayList<>();
    // Lowercased once for all its figures; where lowercasing changes the length ("İ"), each clause on its own.
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() != text.length()) {
      lower = null;
    }
    for (Figures.Figure f : Figures.inProse(text, decimal)) {
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
    Reference last = null;
    int p = 0;
    int n = clause.length();
    while (p < n) {
      // Keywords start at a word start with one of a few letters: skip every other position cheaply.
      if (!isFirstLetter(clause.charAt(p))) {
        p++;
        continue;
      }
      Keyword k = keywordAt(clause, p);
      if (k != null) {
        last = k.reference();
        p = k.end();
      } else {
        p++;
      }
    }
    return last;
  }

  private static boolean isFirstLetter(char c) {
    return switch (c) {
      case 's', 'r', 'y', 'o', 'w', 'c', 'b', 'e', 'm', 't', 'p' -> true;
      default -> false;
    };
  }

  /**
   * The keyword starting at {@code p} of a lowercased text, at a word start, or null. Where several start there,
   * the first in this table wins, which puts longer phrases first ("competing offer" before "offer", "total comp"
   * before "total"). Most keywords may run on into a longer word ("market" in "marketing"); those marked
   * {@code \b} may not. Written by hand rather than as one regular expression: it runs for every figure of every
   * lever while the JIT is still warming up, and the expression cost far more to run and to compile.
   *
   * <pre>
   * SIGN_ON sign[- ]?on( bonus)? | signing bonus
   * OTHER   refresh(es| grants?)? | year\s*\d+ | within | step-ups? | stipend | relocation | milestone
   * MARKET  competing offers? | offers? (in|from)\b | current (offer|package|pay|comp\w*)
   *         | best (coastal |competing )?offers? | evaluating offers | offers\b | market | benchmark\w*
   *         | comparable | equivalent | closest analog
   * BASE    base( salary)?
   * STOCK   rsus? | stock | equity
   * BONUS   bonus(es)?
   * TOTAL   total comp(ensation)? | tc\b | total | targeting | target | package | offer\b
   * </pre>
   */
  static Keyword keywordAt(String s, int p) {
    if (!isFirstLetter(s.charAt(p)) || !WordBoundary.startsWord(s, p)) {
      return null;
    }
    // By first letter, each letter's keywords in table order (keywords with different first letters never compete).
    int end;
    switch (s.charAt(p)) {
      case 's' -> {
        if ((end = signOn(s, p)) >= 0 || (end = word(s, p, "signing bonus")) >= 0) {
          return new Keyword(Reference.SIGN_ON, end);
        }
        if ((end = optional(s, word(s, p, "step-up"), "s")) >= 0 || (end = word(s, p, "stipend")) >= 0) {
          return new Keyword(Reference.OTHER, end);
        }
        return keyword(Reference.STOCK, word(s, p, "stock"));
      }
      case 'r' -> {
        if ((end = refresh(s, p)) >= 0 || (end = word(s, p, "relocation")) >= 0) {
          return new Keyword(Reference.OTHER, end);
        }
        return keyword(Reference.STOCK, optional(s, word(s, p, "rsu"), "s"));
      }
      case 'y' -> {
        return keyword(Reference.OTHER, year(s, p));
      }
      case 'w' -> {
        return keyword(Reference.OTHER, word(s, p, "within"));
      }
      case 'm' -> {
        if ((end = word(s, p, "milestone")) >= 0) {
          return new Keyword(Reference.OTHER, end);
        }
        return keyword(Reference.MARKET, word(s, p, "market"));
      }
      case 'c' -> {
        if ((end = optional(s, word(s, p, "competing offer"), "s")) >= 0 || (end = current(s, p)) >= 0
            || (end = word(s, p, "comparable")) >= 0 || (end = word(s, p, "closest analog")) >= 0) {
          return new Keyword(Reference.MARKET, end);
        }
        return null;
      }
      case 'o' -> {
        if ((end = offerInOrFrom(s, p)) >= 0 || (end = bounded(s, word(s, p, "offers"))) >= 0) {
          return new Keyword(Reference.MARKET, end);
        }
        return keyword(Reference.TOTAL, bounded(s, word(s, p, "offer")));
      }
      case 'b' -> {
        if ((end = best(s, p)) >= 0 || (end = wordChars(s, word(s, p, "benchmark"))) >= 0) {
          return new Keyword(Reference.MARKET, end);
        }
        if ((end = optional(s, word(s, p, "base"), " salary")) >= 0) {
          return new Keyword(Reference.BASE, end);
        }
        return keyword(Reference.BONUS, optional(s, word(s, p, "bonus"), "es"));
      }
      case 'e' -> {
        if ((end = word(s, p, "evaluating offers")) >= 0 || (end = word(s, p, "equivalent")) >= 0) {
          return new Keyword(Reference.MARKET, end);
        }
        return keyword(Reference.STOCK, word(s, p, "equity"));
      }
      case 't' -> {
        if ((end = optional(s, word(s, p, "total comp"), "ensation")) >= 0 || (end = bounded(s, word(s, p, "tc"))) >= 0
            || (end = word(s, p, "total")) >= 0 || (end = word(s, p, "targeting")) >= 0) {
          return new Keyword(Reference.TOTAL, end);
        }
        return keyword(Reference.TOTAL, word(s, p, "target"));
      }
      default -> {
        return keyword(Reference.TOTAL, word(s, p, "package"));
      }
    }
  }

  private static Keyword keyword(Reference reference, int end) {
    return end < 0 ? null : new Keyword(reference, end);
  }

  /** End of {@code w} written at {@code p}, or -1 (also when {@code p} is -1, so look-ups chain). */
  private static int word(String s, int p, String w) {
    return p >= 0 && s.startsWith(w, p) ? p + w.length() : -1;
  }

  /** Takes an optional {@code more} after a match ending at {@code end}. */
  private static int optional(String s, int end, String more) {
    return end < 0 ? -1 : s.startsWith(more, end) ? end + more.length() : end;
  }

  /** A match that must end at a word boundary. */
  private static int bounded(String s, int end) {
    return end >= 0 && WordBoundary.at(s, end) ? end : -1;
  }

  /** Runs a match on over letters, digits and underscores ("benchmarks", "compensation"). */
  private static int wordChars(String s, int end) {
    if (end < 0) {
      return -1;
    }
    int q = end;
    while (q < s.length() && isAsciiWordChar(s.charAt(q))) {
      q++;
    }
    return q;
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static int signOn(String s, int p) {
    int q = word(s, p, "sign");
    if (q < 0) {
      return -1;
    }
    if (q < s.length() && (s.charAt(q) == '-' || s.charAt(q) == ' ')) {
      q++;
    }
    return optional(s, word(s, q, "on"), " bonus");
  }

  private static int refresh(String s, int p) {
    int q = word(s, p, "refresh");
    if (q < 0) {
      return -1;
    }
    if (s.startsWith("es", q)) {
      return q + 2;
    }
    return s.startsWith(" grant", q) ? optional(s, q + 6, "s") : q;
  }

  private static int year(String s, int p) {
    int q = word(s, p, "year");
    if (q < 0) {
      return -1;
    }
    while (q < s.length() && isSpace(s.charAt(q))) {
      q++;
    }
    int digits = q;
    while (q < s.length() && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
      q++;
    }
    return q > digits ? q : -1;
  }

  private static int offerInOrFrom(String s, int p) {
    int q = word(s, optional(s, word(s, p, "offer"), "s"), " ");
    if (q < 0) {
      return -1;
    }
    int end = bounded(s, word(s, q, "in"));
    return end >= 0 ? end : bounded(s, word(s, q, "from"));
  }

  private static int current(String s, int p) {
    int q = word(s, p, "current ");
    if (q < 0) {
      return -1;
    }
    int end;
    if ((end = word(s, q, "offer")) >= 0 || (end = word(s, q, "package")) >= 0 || (end = word(s, q, "pay")) >= 0) {
      return end;
    }
    return wordChars(s, word(s, q, "comp"));
  }

  private static int best(String s, int p) {
    int q = word(s, p, "best ");
    if (q < 0) {
      return -1;
    }
    int adjective = word(s, q, "coastal ");
    if (adjective < 0) {
      adjective = word(s, q, "competing ");
    }
    return optional(s, word(s, adjective >= 0 ? adjective : q, "offer"), "s");
  }

  /** What \s matches. */
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
