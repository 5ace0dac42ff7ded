package com.compcoach.coach;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate's ask told by the company's side, in any clause of a message and whatever else the message holds:
 * "he came in at 210 base; we can do 195 max", "HM approved 190; candidate asked 205", "Candidate's ask: 205 base",
 * "our offer was 180, he wants 200 and a 15k sign-on", "jordan's asking 196 and they want a 15k sign-on too". Each
 * such clause is written as "candidate is asking for …" before the message is read, so its figures are her ask,
 * never the company's offer, and the clauses beside it keep their own side.
 *
 * <p>Whose clause it is comes from its own words first: "the candidate", "cand" or a name before "is asking" always
 * speak of the candidate in a channel; "she", "he" (and "they" after her ask) only once the message or the thread
 * speaks for the company, since in a DM "she came back at 195" is the recruiter's new figure.
 */
final class CandidateAsk {

  /** The figure right after the verb: "210", "$205k", "~162", "a 20k sign-on". */
  private static final String FIGURE = "(?=(?:an?\\s+)?~?[$£€]?\\d)";

  /** The verbs of an ask or a counter, up to its figure: "came in at", "countered", "asked for", "also wants". */
  private static final String VERB = "(?:(?:came|has\\s+come|['’]s\\s+come)\\s+(?:back|in)\\s+(?:to\\s+us\\s+)?(?:at|with)"
      + "|countered(?:\\s+(?:at|with))?|(?:is\\s+|['’]s\\s+)?countering(?:\\s+(?:at|with))?"
      + "|counter-?offered(?:\\s+(?:at|with))?|asked(?:\\s+(?:us\\s+)?for)?|asks(?:\\s+for)?"
      + "|(?:is|['’]s|are|['’]re)\\s+asking(?:\\s+(?:us\\s+)?for)?|(?:also\\s+|now\\s+|still\\s+)?wants?"
      + "|(?:is|['’]s)\\s+looking\\s+for)"
      + "(?:\\s+(?:about|around|roughly))?\\s+";

  /** The candidate named as such: always the candidate's clause in a channel. */
  private static final Pattern NAMED_CANDIDATE = Pattern.compile("(?i)\\b(?:the\\s+candidate|candidate|the\\s+cand|cand)"
      + "\\s+" + VERB + FIGURE + "(?![^.;!?\\n]*\\boffer)");

  /** The candidate's ask said as a noun: "Candidate's ask: 205", "her counter is 210", "his number was 200". */
  private static final Pattern HER_ASK = Pattern.compile("(?i)\\b(?:her|his|the\\s+candidate['’]s|candidate['’]s"
      + "|cand['’]s)\\s+(?:ask|counter|counteroffer|number)\\s*(?:is|was|:|=|-|–)?\\s*" + FIGURE);

  /** A first name before a plain ask verb: "jordan's asking 196", "Priya is asking for 190". */
  private static final Pattern NAME_ASKS = Pattern.compile("(?i)(^|[.!?;:,]\\s*|\\n)(\\p{L}{2,15})(?:\\s+is|['’]s)\\s+"
      + "asking(?:\\s+(?:us\\s+)?for)?(?:\\s+(?:about|around|roughly))?\\s+" + FIGURE + "(?![^.;!?\\n]*\\boffer)");

  /** "she", "he": the candidate only where the company speaks. */
  private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(she|he)\\s+" + VERB + FIGURE
      + "(?![^.;!?\\n]*\\boffer)");

  /** "and they want a 15k sign-on too", after her ask in the same message: more of it. */
  private static final Pattern MORE = Pattern.compile("(?i)\\b(?:they|she|he)\\s+(?:also\\s+)?(?:want|wants|need|needs"
      + "|(?:are|is|['’]re|['’]s)\\s+(?:also\\s+)?asking\\s+for)\\s+" + FIGURE);

  /** The company's own words in the message: "we", "our", "HM", "finance", "approved". */
  private static final Pattern OURS = Pattern.compile("(?i)\\b(?:we|we['’]re|we['’]ve|we['’]ll|our|us|hm|hiring\\s+manager"
      + "|finance|comp|approved|budget|budgeted|offer\\s+went\\s+out|offer\\s+(?:is\\s+)?out)\\b");

  /** The company speaking as itself: "we", "our", "us". */
  private static final Pattern WE = Pattern.compile("(?i)\\b(?:we|we['’]re|we['’]ve|we['’]ll|our|us)\\b");

  /** Words that open a clause before "is asking" and name no candidate. */
  private static final Set<String> NOT_NAMES = Set.of("she", "he", "they", "we", "i", "it", "this", "that", "who",
      "finance", "comp", "hm", "manager", "recruiter", "company", "stripe", "everyone", "team", "candidate", "cand",
      "what", "which", "there", "here", "also", "and", "but", "so", "now");

  private static final String ASK = "candidate is asking for ";

  /** Her ask as written here, after which "they want" is more of it. */
  private static final Pattern HERS = Pattern.compile("(?i)\\b(?:candidate|she|he)\\s+is\\s+asking\\s+for\\s+");

  /** A figure of the message: only a message with two holds both sides. */
  private static final Pattern FIGURES = Pattern.compile("\\d[\\d,.]*");

  private CandidateAsk() {}

  /**
   * The message with each clause of the candidate's ask written as {@link #ASK}, or the message as it was.
   *
   * @param companySide whether the thread already speaks for the company
   */
  static String asAsk(String message, boolean companySide) {
    return asAsk(message, companySide, false);
  }

  /**
   * The message with each clause of the candidate's ask written as {@link #ASK}; in a candidate's own thread (their
   * offer kept, the company not spoken for) only "we", "our" or "us" make "she came back at" the candidate's, since a
   * candidate says "the budget tops out at 195" of the recruiter's side too.
   *
   * @param companySide whether the thread already speaks for the company
   * @param candidatesThread whether the thread is the candidate's own
   */
  static String asAsk(String message, boolean companySide, boolean candidatesThread) {
    if (FIGURES.matcher(message).results().limit(2).count() < 2) {
      return message; // one figure is one side's: the readers of "she came back at 210" place it whole
    }
    String out = NAMED_CANDIDATE.matcher(message).replaceAll(ASK);
    out = HER_ASK.matcher(out).replaceAll(ASK);
    out = names(out);
    if (companySide || !out.equals(message) || (candidatesThread ? WE : OURS).matcher(out).find()) {
      // "she" kept: what is said of her later ("paid to the employee who referred her") names her so.
      out = PRONOUN.matcher(out).replaceAll("$1 is asking for ");
    }
    Matcher ask = HERS.matcher(out);
    if (ask.find()) {
      // "candidate is asking for 196 and they want a 15k sign-on too": the rest is her ask as well.
      out = out.substring(0, ask.end()) + MORE.matcher(out.substring(ask.end())).replaceAll("");
    }
    return out;
  }

  private static String names(String text) {
    Matcher m = NAME_ASKS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2).toLowerCase(Locale.ROOT);
      m.appendReplacement(out, Matcher.quoteReplacement(NOT_NAMES.contains(name) ? m.group() : m.group(1) + ASK));
    }
    m.appendTail(out);
    return out.toString();
  }
}
