package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written offer and the figure agreed told apart on the company's side ("the offer letter says 185 but we agreed
 * 188, which goes?"): what was agreed goes, so it is the base on record, and the letter is put right before it is
 * signed. Said back with both figures, never the letter's figure kept in silence.
 */
final class LetterMismatch {

  private static final String AMOUNT = "\\$?(\\d{2,3}(?:\\.\\d+)?\\s*k?|\\d{1,3}(?:,\\d{3})+)";

  /**
   * "the offer letter says 185 but we agreed 188", "letter has 185, we agreed on 188 on the call", "we said 188". A
   * figure the candidate "said" ("she said 195 would get her to sign") is her ask, not an agreement: only the team's
   * word is what was agreed, so "said" needs "we" or "I" and "agreed" never follows the candidate.
   */
  private static final Pattern MISMATCH = Pattern.compile("\\b(?:letter|written\\s+offer|offer\\s+doc(?:ument)?"
      + "|paperwork|contract)\\s+(?:says|shows|has|lists|reads|states|went\\s+out\\s+with)\\s+" + AMOUNT
      + "(?:\\s*base)?[^\\d]{0,40}?(?:\\b(?:we|i)\\s+(?:verbally\\s+)?(?:agreed|said)"
      + "|(?<!\\b(?:she|he|they|candidate)\\s)(?<!\\b(?:she|he|they|candidate)\\sverbally\\s)"
      + "\\b(?:verbally\\s+)?agreed)\\s+(?:on\\s+|to\\s+)?" + AMOUNT);

  /** "letter says 185 base but she said 195 would get her to sign", "letter says 185 but he said 200 on the call". */
  private static final Pattern HER_FIGURE = Pattern.compile("\\b(?:letter|written\\s+offer|offer\\s+doc(?:ument)?"
      + "|paperwork|contract)\\s+(?:says|shows|has|lists|reads|states|went\\s+out\\s+with)\\s+" + AMOUNT
      + "(?:\\s*base)?[^\\d]{0,40}?\\b(?:she|he|they|the\\s+candidate|candidate)\\s+(?:said|says|told\\s+us|mentioned"
      + "|wants|asked\\s+for)\\s+(?:(?:she|he|they)(?:['’]d|\\s+would)\\s+need\\s+|(?:she|he|they)\\s+needs?\\s+)?"
      + AMOUNT);

  private LetterMismatch() {}

  /** The answer with the agreed base kept; null off the company's side or unless the message sets the two apart. */
  static Turn weigh(Conversation c, Scene s, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!c.companySide() || !lower.contains("agreed") && !lower.contains("said")) {
      return null;
    }
    Matcher m = MISMATCH.matcher(lower);
    if (!m.find()) {
      return hers(c, s, lower);
    }
    Region region = s.region();
    Placing.Placed written = Placing.place(m.group(1).replace(" ", ""), region);
    Placing.Placed agreed = Placing.place(m.group(2).replace(" ", ""), region);
    if (written == null || agreed == null || !agreed.fits().contains(Component.BASE)
        || written.value() == agreed.value()) {
      return null;
    }
    String currency = region.currency();
    Offer offer = Cards.usable(c.offer(), region);
    Offer kept = offer == null ? Offer.none(currency).with(Component.BASE, agreed.value())
        : offer.with(Component.BASE, agreed.value());
    String a = new Money(agreed.value(), currency).full();
    String w = new Money(written.value(), currency).full();
    return new Turn(c.withOffer(kept), new Reply.Text("What was agreed goes: " + a + " base, kept as the offer on "
        + "record" + (offer == null || offer.base() == null || offer.base() == agreed.value() ? "" : " (it was "
        + new Money(offer.base(), currency).full() + ")") + ". The letter's " + w + " is an error to put right before "
        + "it is signed: correct it, resend it with a short note (\"We've corrected the base to " + a + ", as we "
        + "agreed on our call; everything else is unchanged\"), and check every other figure in it against what was "
        + "agreed. Tell the candidate before they find it: a letter under the agreed figure reads as a step back."));
  }

  /**
   * The letter beside a figure the candidate said: her ask, kept as such, and the offer on record left as it is, both
   * said back. Null unless the message sets the letter against her figure on base.
   */
  private static Turn hers(Conversation c, Scene s, String lower) {
    Matcher m = HER_FIGURE.matcher(lower);
    if (!m.find()) {
      return null;
    }
    Region region = s.region();
    Placing.Placed written = Placing.place(m.group(1).replace(" ", ""), region);
    Placing.Placed said = Placing.place(m.group(2).replace(" ", ""), region);
    if (written == null || said == null || !said.fits().contains(Component.BASE) || said.value() <= written.value()) {
      return null;
    }
    String currency = region.currency();
    Offer offer = Cards.usable(c.offer(), region);
    String w = new Money(written.value(), currency).full();
    String a = new Money(said.value(), currency).full();
    Range band = region.bands().base();
    String onRecord = offer == null || offer.base() == null ? "No offer is on record yet: tell me the one you made."
        : offer.base() == written.value() ? "The letter's " + w + " is the offer on record, which stays."
        : "The letter's " + w + " is not the offer on record (base " + new Money(offer.base(), currency).full()
            + "), which stays until you tell me which is right.";
    String where = said.value() > band.high() ? Cards.money(said.value() - band.high(), currency) + " past the top of "
        + "the " + region.shortName() + " base band (" + Money.compact(band, currency) + "): past the top is a question "
        + "of level"
        : "at " + Math.round(band.position(said.value()) * 100) + "% of the " + region.shortName() + " base band ("
        + Money.compact(band, currency) + ")";
    return new Turn(c.withBaseAsk(said.value(), null), new Reply.Text(onRecord + " " + a + " is what the candidate "
        + "said, so I've kept it as her ask, not as anything agreed: " + Cards.money(said.value() - written.value(),
        currency) + " a year over the letter, " + where + ". If you meet it, tell me (\"we agreed " + Cards.money(said.value(), currency) + " base\") and put "
        + "the letter right before she signs; if not, answer her ask before she signs, not in the letter."));
  }
}
