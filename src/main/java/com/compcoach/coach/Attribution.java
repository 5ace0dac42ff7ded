package com.compcoach.coach;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose figures a clause gives, from the company it names as their maker: "Globex put 240k on the table",
 * "Stripe's offer is 300k", "an offer from Initech of 250k". A name that is this offer's company (the guide's) keeps
 * the figures on this offer; any other makes them a competing offer. Read by hand over the clause's words.
 */
final class Attribution {

  /** Capitalized words that open sentences or name components, never a company. */
  private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i've", "i'd", "im", "they", "they're", "theyre",
      "the", "my", "we", "we're", "it", "it's", "its", "their", "our", "he", "she", "you", "your", "recruiter", "hr",
      "sorry", "actually", "also", "then", "and", "but", "so", "ok", "okay", "base", "salary", "total", "stock",
      "bonus", "rsu", "rsus", "tc", "equity", "sign-on", "signing", "hi", "hey", "hello", "thanks", "what", "how",
      "should", "is", "can", "do", "just", "now", "this", "that", "a", "an", "offer", "update", "plus", "new", "oh",
      "well", "yes", "no", "yeah", "wait", "correction", "instead", "hmm", "fyi", "btw", "final",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "usd", "gbp", "eur", "cad",
      "aud", "inr", "jpy", "ceo", "cto", "vp", "ml", "ai", "us", "uk", "nyc", "sf", "l4", "l5", "l6", "e5", "ic",
      "other", "another", "both", "if", "when", "after", "before", "per", "annual", "target",
      "competing", "walk-away", "walkaway", "minimum", "lever", "why", "start", "compare", "there", "here",
      "anyway", "first", "second", "not", "only", "still", "hiring", "manager", "team", "company", "bank");
  private static final List<String> VERBS = List.of("offered", "offers", "is offering", "are offering",
      "has offered", "have offered", "put", "puts", "came in", "comes in", "came back", "come back", "gave", "gives",
      "countered", "matched", "quoted", "proposed", "pays", "will pay", "would pay", "is paying", "wants to pay",
      "want to pay", "bid", "tabled", "sent", "offer", "is at", "are at", "at");

  /** How people name the company they're negotiating with without naming it. */
  private static final List<String> HOME_SUBJECTS = List.of("they", "the recruiter", "recruiter", "hr",
      "the company", "the bank", "the hiring manager", "this company", "this offer", "their offer", "the offer");

  private final List<String> home;

  /** @param home the names of this offer's company ("Ally Financial", "Ally"), in any case */
  Attribution(List<String> home) {
    this.home = home.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }

  /** Who a clause's figures belong to. */
  sealed interface Owner {}

  /** This offer's company, named. */
  record Home() implements Owner {}

  /** Another company: its figures are a competing offer. */
  record Other(String name) implements Owner {}

  /** The company a clause names as its figures' maker, or null when it names none. */
  Owner of(String clause) {
    String opening = clause.stripLeading().toLowerCase(Locale.ROOT);
    for (String subject : HOME_SUBJECTS) {
      // "…, and they offered 190k base": the company being negotiated with, after another's figures.
      if (opening.startsWith(subject + " ") && makes(opening, subject.length())) {
        return new Home();
      }
    }
    int n = clause.length();
    int i = 0;
    boolean first = true;
    while (i < n) {
      char c = clause.charAt(i);
      if (!Character.isLetter(c)) {
        if (Character.isDigit(c)) {
          first = false;
        }
        i++;
        continue;
      }
      int runStart = i;
      int runEnd = -1;
      int j = i;
      // A run of capitalized words: "Globex", "Acme Bank", "JP Morgan"; stops at the first lower-case word.
      while (j < n && Character.isUpperCase(clause.charAt(j))) {
        int wordEnd = j;
        while (wordEnd < n && (Character.isLetterOrDigit(clause.charAt(wordEnd)) || clause.charAt(wordEnd) == '&'
            || clause.charAt(wordEnd) == '.' && wordEnd + 1 < n && Character.isLetter(clause.charAt(wordEnd + 1)))) {
          wordEnd++;
        }
        String word = clause.substring(j, wordEnd).toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(word)) {
          if (runEnd < 0) {
            runStart = wordEnd;
          } else {
            break;
          }
        } else {
          runEnd = wordEnd;
        }
        j = wordEnd;
        if (j < n && clause.charAt(j) == ' ' && j + 1 < n && Character.isUpperCase(clause.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      if (runEnd > 0) {
        String name = clause.substring(runStart, runEnd).trim();
        if (!name.isEmpty() && (first && figureFollows(clause, runEnd) || makes(clause, runEnd)
            || after(clause, runStart, "from"))) {
          return isHome(name) ? new Home() : new Other(name);
        }
      }
      first = false;
      i = Math.max(j, i + 1);
      while (i < n && Character.isLetterOrDigit(clause.charAt(i))) {
        i++;
      }
    }
    return null;
  }

  /**
   * Whether an opening name is followed straight by its figures ("Globex: 240k", "Globex 240k base"): a capitalised
   * word that opens a sentence and goes on in words ("Package from Ally: …") is just the sentence's first word.
   */
  private static boolean figureFollows(String clause, int end) {
    int i = end;
    while (i < clause.length() && (clause.charAt(i) == ' ' || clause.charAt(i) == ':' || clause.charAt(i) == ',')) {
      i++;
    }
    if (i >= clause.length()) {
      return false;
    }
    char c = clause.charAt(i);
    return Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  private boolean isHome(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String h : home) {
      if (lower.equals(h) || h.startsWith(lower + " ") || lower.startsWith(h + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words after a name say it made the figures: "offered", "put", "'s offer". */
  private static boolean makes(String clause, int end) {
    if (end < clause.length() && (clause.startsWith("'s", end) || clause.startsWith("’s", end))) {
      return true;
    }
    String rest = clause.substring(end, Math.min(clause.length(), end + 24)).toLowerCase(Locale.ROOT).stripLeading();
    for (String verb : VERBS) {
      if (rest.startsWith(verb) && (rest.length() == verb.length() || !Character.isLetter(rest.charAt(verb.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean after(String clause, int start, String word) {
    String before = clause.substring(Math.max(0, start - word.length() - 2), start).toLowerCase(Locale.ROOT).trim();
    return before.endsWith(word) && (before.length() == word.length()
        || !Character.isLetter(before.charAt(before.length() - word.length() - 1)));
  }
}
