package com.compcoach.letter;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what binds the candidate around leaving: a non-compete ("for 9 months after your employment ends you will not
 * work for a competing business"), a non-solicitation ("a non-solicitation covenant of eighteen (18) months") and
 * garden leave ("may place you on garden leave for up to 3 months"), each with its length where the letter writes one.
 */
final class Restrictions {

  /** A length after no other figure's digits: "6 months", "twelve (12) months". */
  private static final Pattern LENGTH = Pattern.compile("(?<![\\p{L}\\d.,])" + ContractTerms.LENGTH);
  /** "non-compete", "non-competition covenant", "not work for a competing business", "not to join a competitor". */
  private static final Pattern NON_COMPETE = Pattern.compile(
      "\\bnon[- ]?compet\\w*|\\bnot\\s+(?:to\\s+)?(?:\\w+\\s+){0,2}?(?:work|be\\s+employed|engage|join)\\s+(?:for|with|in|by)?"
          + "\\s*(?:a\\s+|any\\s+)?compet\\w+|\\bcompetition\\s+(?:clause|covenant|restriction)s?\\b|\\bwettbewerbsverbot\\b"
          + "|\\bnon-concurrence\\b");
  /** "non-solicitation", "not solicit clients or staff". */
  private static final Pattern NON_SOLICIT = Pattern.compile("\\bnon[- ]?solicit\\w*|\\bnot\\s+(?:to\\s+)?solicit\\b");
  /** "garden leave", "gardening leave". */
  private static final Pattern GARDEN_LEAVE = Pattern.compile("\\bgarden(?:ing)?\\s+leave\\b");
  /** Garden leave's own length: "garden leave for up to 3 months", "up to three months' garden leave". */
  private static final List<Pattern> GARDEN_LENGTH = List.of(
      Pattern.compile("\\bgarden(?:ing)?\\s+leave\\s+(?:of|for)\\s+(?:up\\s+to\\s+|a\\s+maximum\\s+of\\s+)?"
          + ContractTerms.LENGTH),
      Pattern.compile(LENGTH.pattern() + "(?:'s|’s|'|’)?\\s+(?:of\\s+)?garden(?:ing)?\\s+leave\\b"));
  /** Where one clause of a sentence ends and the next begins: "…, and for 12 months you will not solicit …". */
  private static final Pattern CLAUSES = Pattern.compile(";|,\\s*(?:and|but)\\b|\\band\\s+(?=an?\\s)");
  /** A restriction the letter says there is none of: "there is no non-compete", "not subject to a non-compete". */
  // A few words may stand between: "we do not have a non-compete", "does not include any", "will not be placed on".
  private static final Pattern NONE_BEFORE = Pattern.compile(
      "\\b(?:no|not|never|without|n't|nor)\\b(?:\\s+[\\w']+){0,4}?\\s*$");
  /** A rule only while employed ("While employed by …, you may not engage in any competing business"): no non-compete. */
  private static final Pattern WHILE_EMPLOYED = Pattern.compile(
      "\\b(?:while\\s+(?:you\\s+are\\s+)?employed|during\\s+(?:your|the)\\s+employment)\\b");

  /** "… of joining", "… of your start date": a length counted from the start, a deadline. */
  private static final Pattern SINCE_START = Pattern.compile(
      "\\s+(?:of|after|from)\\s+(?:joining|starting|signing|your\\s+start|the\\s+start|your\\s+first\\s+day)");

  private Restrictions() {}

  /** The non-compete, the non-solicitation and the garden leave, each once, in that order. */
  static List<Quote<Term>> of(List<String> sentences, List<String> lowers) {
    Quote<Term> compete = null;
    Quote<Term> solicit = null;
    Quote<Term> garden = null;
    for (int i = 0; i < lowers.size(); i++) {
      String lower = lowers.get(i);
      Matcher gardenSaid = GARDEN_LEAVE.matcher(lower);
      if (garden == null && gardenSaid.find() && !NONE_BEFORE.matcher(lower.substring(0, gardenSaid.start())).find()) {
        Term t = null;
        for (Pattern p : GARDEN_LENGTH) {
          Matcher m = p.matcher(lower);
          t = t == null && m.find() ? ContractTerms.term("garden leave", m) : t;
        }
        garden = new Quote<>(t != null ? t : new Term("garden leave", null, null, null, false), sentences.get(i));
      }
      for (String clause : CLAUSES.split(lower)) {
        if (compete == null) {
          Term t = restriction("non-compete", NON_COMPETE, clause);
          compete = t == null ? null : new Quote<>(t, sentences.get(i));
        }
        if (solicit == null) {
          Term t = restriction("non-solicitation", NON_SOLICIT, clause);
          solicit = t == null ? null : new Quote<>(t, sentences.get(i));
        }
      }
    }
    return Stream.of(compete, solicit, garden).filter(Objects::nonNull).toList();
  }

  /** The restriction its cue names in the clause, with the clause's first length; null where none is named. */
  private static Term restriction(String what, Pattern cue, String clause) {
    Matcher named = cue.matcher(clause);
    if (!named.find() || NONE_BEFORE.matcher(clause.substring(0, named.start())).find()
        || WHILE_EMPLOYED.matcher(clause).find()) {
      return null;
    }
    Matcher length = LENGTH.matcher(clause);
    Term t = null;
    while (t == null && length.find()) {
      // "within 30 days of joining you must sign our non-compete": a deadline to sign, never how long it runs.
      boolean deadline = clause.substring(Math.max(0, length.start() - 8), length.start()).contains("within")
          || SINCE_START.matcher(clause).region(length.end(), clause.length()).lookingAt();
      t = deadline ? null : ContractTerms.term(what, length);
    }
    return t != null ? t : new Term(what, null, null, null, false);
  }
}
