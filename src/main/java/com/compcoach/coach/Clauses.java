package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;

/** A message's clauses and sentences, and where its words start. */
final class Clauses {

  private Clauses() {}

  /**
   * Clause spans as {start, end, 1 when a sentence ends there}: split at commas (not thousands separators), ";",
   * "+", line breaks, sentence ends, and/but.
   */
  static List<int[]> clauses(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    boolean aside = false;
    while (i < n) {
      char c = text.charAt(i);
      int breakLength = 0;
      boolean sentence = false;
      if (c == '(' && ASIDE.matcher(text).region(i, n).lookingAt()) {
        // "175 base (i'm on 160 now), bonus 10%": an aside about someone's pay today is a clause of its own, and what
        // it says of whose the figures are ends at its bracket, as a sentence's does.
        breakLength = 1;
        aside = true;
      } else if (c == ')' && aside) {
        breakLength = 1;
        sentence = true;
        aside = false;
      } else if (c == ';' || c == '\n') {
        breakLength = 1;
        sentence = true;
      } else if (c == '+' || c == '→' || c == '⇒') {
        breakLength = 1;
      } else if ((c == '-' || c == '=') && i + 1 < n && text.charAt(i + 1) == '>') {
        // "current 160 -> offer 185": an arrow from one package to the next.
        breakLength = 2;
      } else if (c == ',') {
        // A comma between digits is inside a figure, as the money grammar reads it: "180,000", and "178,5k" written
        // with a decimal comma; a clause split there would cut the figure in two.
        boolean inFigure = i > 0 && i + 1 < n && Character.isDigit(text.charAt(i - 1))
            && Character.isDigit(text.charAt(i + 1));
        breakLength = inFigure ? 0 : 1;
      } else if (c == '.' || c == '!' || c == '?') {
        breakLength = (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) && !(c == '.' && dotted(text, i))
            ? 1 : 0;
        sentence = breakLength > 0;
      } else if (c == 'o' && i > 0 && text.charAt(i - 1) == ' ' && text.startsWith("or ", i)
          && ClausePurpose.EMPLOYMENT_FORM.matcher(text).region(i + 3, n).lookingAt()) {
        // "contract at $110/hr or full time at 175 base": two forms of the job offered, each with its own figures.
        breakLength = 2;
      } else if (c == 'o' && i > 0 && text.charAt(i - 1) == ' ' && text.startsWith("or ", i)
          && OTHER_MOVE.matcher(text).region(i + 3, n).lookingAt()) {
        // "take 190 or push on sign-on": two moves the user weighs; the figure of one is never the other's part.
        breakLength = 2;
      } else if (Character.isLetter(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        for (String word : CLAUSE_WORDS) {
          int end = i + word.length();
          if (text.regionMatches(true, i, word, 0, word.length()) && (end >= n || !isWordChar(text.charAt(end)))) {
            breakLength = word.length();
            break;
          }
        }
      }
      if (breakLength > 0) {
        out.add(new int[] {start, i, sentence ? 1 : 0});
        start = i + breakLength;
        i = start;
      } else {
        i++;
      }
    }
    out.add(new int[] {start, n, 1});
    return out;
  }

  /** A bracket opening on someone's pay today: "(i'm on 160 now)", "(she makes 150 today)", "(currently 140)". */
  private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("(?i)\\(\\s*(?:i'm|im|i am|"
      + "i make|i earn|i was|i currently|currently|she's|shes|he's|hes|she is|he is|she makes|he makes|she earns|"
      + "he earns|she currently|he currently|my current|her current|his current|current|was at|was on|making|earning)"
      + "\\b");

  /** A move in a negotiation after "or": "or push on sign-on", "or should i ask for more", "or just counter". */
  private static final java.util.regex.Pattern OTHER_MOVE = java.util.regex.Pattern.compile("(?i)(?:should i |do i |"
      + "just |i could |i should |we |i |do we |should we |would we |will we )?(?:push|ask|counter|negotiate|go for"
      + "|try|hold out|hold|take|accept|keep|wait|walk|press|request|fight|decline|say|tell|email"
      // "can we close her at 168 or do we need a sign-on too?": the company's other move, whose part is not 168's.
      + "|need|add|throw in|have to)\\b");

  /** Words between clauses; "vs" sets one package against another ("offer 185 vs stripe 200"). */
  private static final List<String> CLAUSE_WORDS = List.of("and", "but", "plus", "while", "vs", "versus");

  /** Where the sentence holding a clause ends. */
  /** Where the sentence of clause {@code from} starts. */
  static int sentenceStart(List<int[]> clauses, int from) {
    int k = from;
    while (k > 0 && clauses.get(k - 1)[2] == 0) {
      k--;
    }
    return clauses.get(k)[0];
  }

  static int sentenceEnd(List<int[]> clauses, int from) {
    int k = from;
    while (k < clauses.size() - 1 && clauses.get(k)[2] == 0) {
      k++;
    }
    return clauses.get(k)[1];
  }

  /**
   * Whether the dot at {@code at} closes a dotted abbreviation ("$150,000 p.a. base", "e.g. 180k", "i.e."), which
   * ends no sentence: one letter, a dot, one letter before it.
   */
  private static boolean dotted(String text, int at) {
    return at >= 3 && Character.isLetter(text.charAt(at - 1)) && text.charAt(at - 2) == '.'
        && Character.isLetter(text.charAt(at - 3)) && (at == 3 || !Character.isLetter(text.charAt(at - 4)));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  static boolean holdsDigit(String text, int[] clause) {
    for (int i = clause[0]; i < clause[1]; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where the next word after {@code at} starts. */
  static int firstLetter(String lower, int at) {
    int i = at;
    while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
      i++;
    }
    return i;
  }
}
