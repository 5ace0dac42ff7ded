package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written offer and the figure said told apart ("the offer letter says 185 but we agreed 188, which goes?", "the
 * recruiter's email has 180, the call said 185, which is right?"). One grammar, two sides. On the company's side what
 * was agreed goes, so it is the base on record, and the letter is put right before it is signed. On the candidate's
 * side what is in writing binds until they put the new figure in writing: ask for the updated offer, never sign the
 * lower one. Said back with both figures, never either kept or dropped in silence.
 */
final class LetterMismatch {

  private static final String AMOUNT = "\\$?(\\d{2,3}(?:\\.\\d+)?\\s*k?|\\d{1,3}(?:,\\d{3})+)";

  private static String amount(String name) {
    return AMOUNT.replaceFirst("\\(", "(?<" + name + ">");
  }

  /** Where a figure is in writing, and the verb saying what it holds: "the letter says", "mike's email still has". */
  private static final String WRITTEN = "\\b(?<source>letter|written\\s+offer|offer\\s+doc(?:ument)?|paperwork"
      + "|contract|e-?mail)\\s+(?:still\\s+)?(?:says|shows|has|lists|reads|states|went\\s+out\\s+with)\\s+"
      + amount("written") + "(?:\\s*base)?";

  /** A figure said aloud: "we agreed 188", "the HM said 185", "they told me 180 on the phone", "could do 185". */
  private static final String SAID = "\\b(?:we\\s+)?(?<verb>agreed|verbally\\s+agreed|said|told\\s+(?:me|us|her|him)"
      + "|(?:could|can|would)\\s+do|offered|promised)\\s+(?:on\\s+|to\\s+)?" + amount("said");

  /** The written figure first ("the letter says 185 but we agreed 188"). */
  private static final Pattern MISMATCH = Pattern.compile(WRITTEN + "[^\\d]{0,40}?" + SAID);

  /** The figure said first ("they told me 180 on the phone but the written offer shows 175"). */
  private static final Pattern SAID_FIRST = Pattern.compile(SAID + "[^\\d]{0,40}?" + WRITTEN);

  /** The written figure alone, asked against the one said before ("mike's email still says 180, which one?"). */
  private static final Pattern WRITTEN_ALONE = Pattern.compile(WRITTEN + "(?![\\d,.]*\\s*%)");

  /** "which one do i go by", "which counts?", "which is right?": the two set against each other, asked. */
  private static final Pattern WHICH = Pattern.compile("\\bwhich\\b|\\bgo\\s+by\\b|\\b(?:one|figure)\\s+"
      + "(?:counts|binds|stands|is\\s+(?:right|real|correct))\\b");

  /**
   * "her email says 200", "we agreed 188" before the thread knows its side: the team's words, never the candidate's,
   * so the candidate's answer (ask for it in writing) is not theirs to get.
   */
  private static final Pattern TEAM_WORDS = Pattern.compile("\\b(?:she|he|her|his|him|candidate)\\b"
      + "|\\bwe\\s+(?:verbally\\s+)?(?:agreed|said|offered|told)\\b");

  /** "letter says 185 base but she said 195 would get her to sign", "letter says 185 but he said 200 on the call". */
  private static final Pattern HER_FIGURE = Pattern.compile("\\b(?:letter|written\\s+offer|offer\\s+doc(?:ument)?"
      + "|paperwork|contract)\\s+(?:says|shows|has|lists|reads|states|went\\s+out\\s+with)\\s+" + AMOUNT
      + "(?:\\s*base)?[^\\d]{0,40}?\\b(?:she|he|they|the\\s+candidate|candidate)\\s+(?:said|says|told\\s+us|mentioned"
      + "|wants|asked\\s+for)\\s+(?:(?:she|he|they)(?:['’]d|\\s+would)\\s+need\\s+|(?:she|he|they)\\s+needs?\\s+)?"
      + AMOUNT);

  /** "she said", "the candidate verbally": the candidate's own figure right before the verb, never an agreement. */
  private static final Pattern HERS_BEFORE = Pattern.compile("\\b(?:she|he|they|candidate)\\s+(?:verbally\\s+)?$");

  private LetterMismatch() {}

  /**
   * The answer with the two figures told apart; null unless the message sets a written figure against one said.
   *
   * @param pending the figure the coach had just asked about ("Is 185 the base?"), the one said, or null
   */
  static Turn weigh(Conversation c, Scene s, String text, String pending) {
    String lower = text.toLowerCase(Locale.ROOT);
    Region region = s.region();
    Matcher m = MISMATCH.matcher(lower);
    if (!m.find()) {
      m = SAID_FIRST.matcher(lower);
      if (!m.find()) {
        return c.companySide() ? hers(c, s, lower) : alone(c, s, lower, pending);
      }
    }
    if (c.companySide() && HERS_BEFORE.matcher(lower.substring(Math.max(0, m.start("verb") - 24), m.start("verb")))
        .find()) {
      // "the letter says 185 but she said 195 would get her to sign": her ask, never what was agreed.
      return hers(c, s, lower);
    }
    // On the company's side "her email says 200" is the candidate's ask and "she told us 190" hers too: only the
    // team's letter against what was agreed or said is told apart there.
    if (c.companySide() && (m.group("source").contains("mail")
        || !m.group("verb").contains("agreed") && !m.group("verb").equals("said"))) {
      return null;
    }
    if (!c.companySide() && TEAM_WORDS.matcher(lower).find()) {
      return null;
    }
    String writtenTyped = m.group("written");
    String saidTyped = m.group("said");
    Placing.Placed written = Placing.place(writtenTyped.replace(" ", ""), region);
    Placing.Placed said = Placing.place(saidTyped.replace(" ", ""), region);
    if (written == null || said == null || !said.fits().contains(Component.BASE) || written.value() == said.value()) {
      return null;
    }
    return c.companySide() ? agreed(c, region, written.value(), said.value())
        : inWriting(c, region, written.value(), said.value());
  }

  /**
   * "mike's email still says 180 though, which one do i go by" on the candidate's side: the figure said is the one the
   * coach had just asked about, or else the base on record when it is not the written one.
   */
  private static Turn alone(Conversation c, Scene s, String lower, String pending) {
    Matcher m = WRITTEN_ALONE.matcher(lower);
    if (c.companySide() || TEAM_WORDS.matcher(lower).find() || !WHICH.matcher(lower).find() || !m.find()) {
      return null;
    }
    Region region = s.region();
    Placing.Placed written = Placing.place(m.group("written").replace(" ", ""), region);
    Placing.Placed said = pending == null || !Placing.plainFigure(pending) ? null : Placing.place(pending, region);
    Offer offer = Cards.usable(c.offer(), region);
    Long saidValue = said != null && said.fits().contains(Component.BASE) ? Long.valueOf(said.value())
        : offer == null ? null : offer.base();
    if (written == null || !written.fits().contains(Component.BASE) || saidValue == null
        || saidValue == written.value()) {
      return null;
    }
    return inWriting(c, region, written.value(), saidValue);
  }

  /** The company's side: what was agreed goes, kept as the base on record; the letter put right. */
  private static Turn agreed(Conversation c, Region region, long written, long agreed) {
    String currency = region.currency();
    Offer offer = Cards.usable(c.offer(), region);
    Offer kept = offer == null ? Offer.none(currency).with(Component.BASE, agreed)
        : offer.with(Component.BASE, agreed);
    String a = new Money(agreed, currency).full();
    String w = new Money(written, currency).full();
    return new Turn(c.withOffer(kept), new Reply.Text("What was agreed goes: " + a + " base, kept as the offer on "
        + "record" + (offer == null || offer.base() == null || offer.base() == agreed ? "" : " (it was "
        + new Money(offer.base(), currency).full() + ")") + ". The letter's " + w + " is an error to put right before "
        + "it is signed: correct it, resend it with a short note (\"We've corrected the base to " + a + ", as we "
        + "agreed on our call; everything else is unchanged\"), and check every other figure in it against what was "
        + "agreed. Tell the candidate before they find it: a letter under the agreed figure reads as a step back."));
  }

  /**
   * The candidate's side: the figure in writing binds until the one said is in writing too. The offer on record is
   * left as it was (the written figure when there was none), and said, so neither figure moves in silence.
   */
  private static Turn inWriting(Conversation c, Region region, long written, long said) {
    String currency = region.currency();
    Offer offer = Cards.usable(c.offer(), region);
    String w = new Money(written, currency).full();
    String sd = new Money(said, currency).full();
    boolean none = offer == null || offer.base() == null;
    Conversation kept = none ? c.withOffer((offer == null ? Offer.none(currency) : offer).with(Component.BASE, written))
        : c;
    String record = none ? "I've kept " + w + " base, the written figure, as your offer on record"
        : "Your offer on record stays as it was (base " + new Money(offer.base(), currency).full() + ")";
    if (said < written) {
      // The written figure is the higher one: it binds, and asking for the lower one said would give money away.
      return new Turn(kept, new Reply.Text("The figure in writing is what binds: " + w + " base, above the " + sd
          + " you were told, so there is nothing to put right on your side. Check every other figure in it against "
          + "what was said before you sign. " + record + "."));
    }
    String ask = "Don't sign the " + w + " version, and don't count on " + sd + " until you see it in writing.";
    return new Turn(kept, new Reply.Text("The figure in writing is what binds: " + w + " base, until they put the " + sd
        + " you were told in writing too. " + ask + " Send the recruiter: \"Thanks again for the call. I understood "
        + "the base could be " + sd + ", but the written offer still shows " + w + ". Could you send an updated "
        + "offer with " + sd + "? I'd like to review the final version before I sign.\" " + record + " until the "
        + "updated offer arrives: tell me its figures when it does."));
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
