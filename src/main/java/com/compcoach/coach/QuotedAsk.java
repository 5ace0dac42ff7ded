package com.compcoach.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate's own words quoted on the company's side ("she wrote back: “I was hoping for 178k base and a 10k
 * signing bonus”", "candidate's email: \"I'd be ready to sign at 205k base\""): the "I" in the quote is the candidate,
 * so the figures it names are her ask, written out as "candidate is asking for …" before the message is read, never
 * the user's own ask or the company's offer. Her counter told after a colon with no quote marks ("she sent: base 200,
 * sign-on 25k", a screenshot described) is read the same way, unless it names an offer.
 */
final class QuotedAsk {

  /**
   * Who is quoted and how, up to the opening quote: "she wrote back:", "his reply:", "candidate's email:", "cand
   * said", "her response was".
   */
  private static final Pattern QUOTE = Pattern.compile("(?i)\\b(?:(?:she|he|they|the candidate|candidate|cand)\\s+"
      + "(?:wrote|wrote back|replied|emailed|emailed back|responded|said|texted|messaged|sent(?: us| me)?(?: this)?)"
      + "|(?:her|his|their|the candidate's|candidate's|candidate’s|cand's)\\s+(?:reply|email|response|message|note"
      + "|text|answer|counter)(?:\\s+(?:was|is|says|said))?)(?:\\s*[:,-]?\\s*(?:\\n\\s*)?(?:[\"“”]|>)"
      // "she sent: base 200, sign-on 25k": a screenshot or a counter told after a colon, with no quote marks.
      + "|\\s*:\\s*(?=[^\"“”\\n]*\\d)(?![^\"“”\\n]*\\boffer))"
      + "([^\"“”]*?\\d[^\"“”]*)(?:[\"“”]|$)");

  /** The first figure the quote names, with a currency sign before it if any. */
  private static final Pattern FIGURE = Pattern.compile("[$£€]?\\d");

  /** Where the quote's figures end: the end of their sentence, or a reason given after them. */
  private static final Pattern AFTER = Pattern.compile("(?i)[.!?](?=\\s|$)|\\s(?:given|because|since|as|so|to cover"
      + "|which|if|but|thanks|thank)\\b");

  /** A quote that names another offer: its figures are that offer's, never her ask. */
  private static final Pattern ANOTHER_OFFER = Pattern.compile("(?i)\\b(?:offer\\s+from|competing|other\\s+offer"
      + "|another\\s+offer)\\b");

  private QuotedAsk() {}

  /**
   * "she came back with an offer from Stripe at 210", "he came back with a competing offer of 250k tc": on the company's
   * side, another company's offer she brought back, never her ask or ours.
   */
  private static final Pattern CAME_BACK_WITH_OFFER = Pattern.compile("(?i)\\b(she|he|they|the candidate|candidate"
      + "|cand)\\s+(?:came|has\\s+come|['’]s\\s+come)\\s+back\\s+(?:to\\s+us\\s+)?with\\s+(?=(?:an?|another)\\s+"
      + "(?:competing\\s+|other\\s+|new\\s+|outside\\s+|written\\s+|verbal\\s+)?offer\\s+(?:from|of|at)\\b)");

  /**
   * Her counter with its verb and more than one figure on the company's side: "she came back at 195 + 20k sign-on", "they
   * came back with 200 base and 25k signing". "They" is the candidate there unless the clause keeps her at today's job.
   */
  private static final Pattern CAME_BACK_HERS = Pattern.compile("(?i)\\b(?:she|he|they|the candidate|candidate|cand)"
      + "\\s+(?:came\\s+back|has\\s+come\\s+back|['’]s\\s+come\\s+back|countered|counter-?offered)\\s+"
      + "(?:to\\s+us\\s+)?(?:at|with)\\s+(?=[$£€]?\\d)(?![^.;!?\\n]*\\b(?:offer|employer|company|retention|to\\s+stay"
      + "|to\\s+keep)\\b)");

  /** Two amounts or more in a message: one alone is the company facts' reading of her ask. */
  private static final Pattern TWO_AMOUNTS = Pattern.compile("\\d[\\d,.]*\\s*k?\\b.*?\\D\\d");

  /**
   * On the company's side, her counter told with more than one figure written as her ask, and an offer she came back
   * with written as one she has (s31: on `main` "she came back at 195 + 20k sign-on" became our offer, and "she came back
   * with an offer from Stripe at 210" her ask).
   */
  static String cameBackOnOurSide(String message) {
    if (!message.toLowerCase(java.util.Locale.ROOT).contains("back") && !message.contains("counter")) {
      return message;
    }
    String withOffer = CAME_BACK_WITH_OFFER.matcher(message).replaceAll("$1 has ");
    return TWO_AMOUNTS.matcher(withOffer).find() ? CAME_BACK_HERS.matcher(withOffer).replaceAll("candidate is asking for ")
        : withOffer;
  }

  /** The message with the quoted figures written as the candidate's ask, or the message as it was. */
  static String asAsk(String message) {
    Matcher quote = QUOTE.matcher(message);
    if (!quote.find()) {
      return message;
    }
    String said = quote.group(1);
    Matcher figure = FIGURE.matcher(said);
    if (!figure.find()) {
      return message;
    }
    String figures = said.substring(figure.start());
    Matcher end = AFTER.matcher(figures);
    // A stop inside a figure ("7.5k") ends nothing: the lookahead wants a space or the quote's end after it.
    int stop = end.find() ? end.start() : figures.length();
    String asked = figures.substring(0, stop);
    // "I have an offer from Stripe at 215k base": another company's figures quoted, kept as they are read. After her
    // own ask ("…the base to 198k. I also have another offer at 205k base") the rest of the quote is read as written.
    Matcher other = ANOTHER_OFFER.matcher(said);
    boolean otherAfter = other.find();
    if (otherAfter && other.start() < figure.start() + stop) {
      return message;
    }
    String quotedRest = otherAfter ? said.substring(figure.start() + stop).replaceFirst("^[.!?]", "").strip() : "";
    String rest = (quotedRest.isEmpty() ? "" : quotedRest + " ") + message.substring(quote.end()).strip();
    return message.substring(0, quote.start()) + "candidate is asking for " + asked.strip() + ". " + rest.strip();
  }
}
