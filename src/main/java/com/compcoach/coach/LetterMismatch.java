package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
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

  /** "the offer letter says 185 but we agreed 188", "letter has 185, we agreed on 188 on the call". */
  private static final Pattern MISMATCH = Pattern.compile("\\b(?:letter|written\\s+offer|offer\\s+doc(?:ument)?"
      + "|paperwork|contract)\\s+(?:says|shows|has|lists|reads|states|went\\s+out\\s+with)\\s+" + AMOUNT
      + "(?:\\s*base)?[^\\d]{0,40}?\\b(?:we\\s+)?(?:agreed|verbally\\s+agreed|said)\\s+(?:on\\s+|to\\s+)?" + AMOUNT);

  private LetterMismatch() {}

  /** The answer with the agreed base kept; null off the company's side or unless the message sets the two apart. */
  static Turn weigh(Conversation c, Scene s, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!c.companySide() || !lower.contains("agreed") && !lower.contains("said")) {
      return null;
    }
    Matcher m = MISMATCH.matcher(lower);
    if (!m.find()) {
      return null;
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
}
