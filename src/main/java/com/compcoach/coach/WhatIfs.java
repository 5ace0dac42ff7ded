package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;
import java.util.List;

/**
 * "if they give me 205 base should i take it", "what if they come back with 195k base and 55k rsu?": the what-if's
 * figures read as an offer would be, weighed against the offer, the walk-away and the competing offer, and never
 * stored.
 */
final class WhatIfs {

  private final OfferReader reader;
  private final OfferUpdate update;
  private final Answers answers;
  private final CompanySide companySide;

  WhatIfs(OfferReader reader, OfferUpdate update, Answers answers, CompanySide companySide) {
    this.reader = reader;
    this.update = update;
    this.answers = answers;
    this.companySide = companySide;
  }

  /** The what-if weighed; null when the message is no what-if of the offer's own figures, or they need a question. */
  Turn weigh(Conversation c, Scene scene, String text, Reading reading, Venue venue) {
    boolean noOffer = c.offer() == null || c.offer().isEmpty();
    if (noOffer && !c.companySide() || reading.unclear().stream().noneMatch(q -> q.contains("a what-if?"))) {
      return null;
    }
    String rest = WhatIfWords.supposed(text);
    Reading supposed = rest == null ? Reading.NOTHING : reader.read(rest, TheirCompany.names(scene.guide()));
    if (rest != null && supposed.figures().isEmpty() && supposed.loose().size() == 1 && supposed.unclear().isEmpty()
        && WhatIfWords.theirMove(rest)) {
      // "what if they only give 175?": a bare figure that fits one part's band only is that part.
      Placing.Placed placed = Placing.place(supposed.loose().get(0), scene.region());
      if (placed != null && placed.fits().size() == 1 && placed.fits().get(0) != Component.TOTAL && !noOffer) {
        Offer moved = c.offer().with(placed.fits().get(0), placed.value());
        return c.companySide() ? companySide.whatIf(scene, c, moved, venue) : answers.whatIf(scene, c, moved, venue);
      }
    }
    if (supposed.figures().isEmpty() && supposed.loose().size() == 1 && supposed.unclear().isEmpty()) {
      return noOffer ? null : bareBase(c, scene, supposed.loose().get(0), venue);
    }
    if (!noOffer && !c.companySide() && supposed.loose().size() == 1 && !supposed.figures().isEmpty()
        && supposed.unclear().isEmpty() && WhatIfWords.theirMove(rest) && !WhatIfWords.byAnAmount(rest)) {
      return besideItsParts(c, scene, supposed, venue);
    }
    if (supposed.figures().isEmpty() || !supposed.unclear().isEmpty() || !supposed.loose().isEmpty()
        || !(WhatIfWords.theirMove(rest) || c.companySide() && WhatIfWords.ourMove(rest))) {
      return null;
    }
    if (c.companySide() && WhatIfWords.ourMove(rest)) {
      // "what if we do 180 base and 15% bonus?": an offer the company is weighing, before or after one was made.
      return supposed.figures().stream().allMatch(f -> f.purpose() == Figure.Purpose.OFFER)
          && update.apply(noOffer ? c.withOffer(null) : c, scene.region(), supposed, venue)
              instanceof OfferUpdate.Applied applied
          ? companySide.whatIf(scene, c, applied.conversation().offer(), venue) : null;
    }
    if (noOffer) {
      return null;
    }
    if (WhatIfWords.byAnAmount(rest)) {
      // The figures before the first step word are new figures ("they go to 200 base"), the rest are steps.
      int step = WhatIfWords.firstStep(rest);
      List<String> plain = List.of(rest.substring(0, step));
      List<String> steps = List.of(rest.substring(step));
      if (plain.stream().noneMatch(p -> p.chars().anyMatch(Character::isDigit))) {
        Offer moved = steppedUp(c.offer(), supposed);
        return moved == null ? null : answers.whatIf(scene, c, moved, venue);
      }
      // "if they go to 200 base and add 10k sign-on": the new figures first, then the steps on them.
      Reading fresh = reader.read(String.join(", ", plain), TheirCompany.names(scene.guide()));
      if (!fresh.unclear().isEmpty() || !fresh.loose().isEmpty()
          || fresh.figures().stream().anyMatch(f -> f.purpose() != Figure.Purpose.OFFER)
          || !(update.apply(c, scene.region(), fresh, venue) instanceof OfferUpdate.Applied applied)) {
        return null;
      }
      Offer moved = steppedUp(applied.conversation().offer(),
          reader.read(String.join(", ", steps), TheirCompany.names(scene.guide())));
      return moved == null ? null : answers.whatIf(scene, c, moved, venue);
    }
    if (supposed.figures().stream().anyMatch(f -> f.purpose() != Figure.Purpose.OFFER)) {
      return null;
    }
    return update.apply(c, scene.region(), supposed, venue) instanceof OfferUpdate.Applied applied
        ? answers.whatIf(scene, c, applied.conversation().offer(), venue) : null;
  }

  /**
   * "what about 170?", "what if it's 170?": a bare figure only the base band holds, or none but under the year's pay,
   * in a thread whose offer has a base, is a what-if of the base, weighed and said so; null otherwise, and it is asked.
   */
  private Turn bareBase(Conversation c, Scene scene, String written, Venue venue) {
    Placing.Placed placed = Placing.place(written, scene.region());
    Long total = c.offer().recurringTotal();
    // Past the base band's top but under the year's pay ("what about 185?" on a $211K year) it is still a base.
    boolean base = placed != null && (placed.fits().equals(List.of(Component.BASE))
        || placed.fits().isEmpty() && total != null && placed.value() < total);
    if (!base || c.offer().base() == null) {
      return null;
    }
    Offer moved = c.offer().with(Component.BASE, placed.value());
    Turn weighed = c.companySide() ? companySide.whatIf(scene, c, moved, venue) : answers.whatIf(scene, c, moved, venue);
    if (weighed == null || !(weighed.reply() instanceof Reply.Text text)) {
      return weighed;
    }
    String lead = "Took " + written + " as the base" + (placed.thousands() ? " (" + written + "k)" : "")
        + (placed.fits().isEmpty() ? ": it is under the year's pay, so no total." : ": only the "
        + scene.region().shortName() + " base band holds it.");
    return new Turn(weighed.conversation(), new Reply.Text(lead + "\n" + text.text()));
  }

  /**
   * "what if they do 182 and a 10k signing": the bare figure beside worded parts is the one part whose band alone
   * holds it and no word beside it names, weighed with them and said so; null otherwise, and it is asked.
   */
  private Turn besideItsParts(Conversation c, Scene scene, Reading supposed, Venue venue) {
    String written = supposed.loose().get(0);
    Placing.Placed placed = Placing.place(written, scene.region());
    if (placed == null || placed.fits().size() != 1 || placed.fits().get(0) == Component.TOTAL
        || supposed.figures().stream().anyMatch(f -> f.purpose() != Figure.Purpose.OFFER
            || f.component() == placed.fits().get(0))
        || !(update.apply(c, scene.region(), supposed, venue) instanceof OfferUpdate.Applied applied)) {
      return null;
    }
    Component part = placed.fits().get(0);
    Offer moved = applied.conversation().offer().with(part, placed.value());
    Turn weighed = answers.whatIf(scene, c, moved, venue);
    if (weighed == null || !(weighed.reply() instanceof Reply.Text text)) {
      return weighed;
    }
    return new Turn(weighed.conversation(), new Reply.Text("Took " + written + " as the " + part.label()
        + (placed.thousands() ? " (" + written + "k)" : "") + ": only the " + scene.region().shortName() + " "
        + part.label() + " band holds it.\n" + text.text()));
  }

  /**
   * "what if they add 10k to the base?": each part the what-if moves, moved by its amount on {@code from}; null when
   * a figure is no whole amount of a yearly part or the sign-on (it is asked about instead).
   */
  private static Offer steppedUp(Offer from, Reading supposed) {
    Offer offer = from;
    if (supposed.figures().isEmpty() || !supposed.unclear().isEmpty()) {
      return null;
    }
    for (Figure f : supposed.figures()) {
      boolean movable = f.component() == Component.BASE || f.component() == Component.STOCK
          || f.component() == Component.BONUS || f.component() == Component.SIGN_ON;
      // A sign-on added where the offer gives none is that sign-on ("what if they add a 10k sign-on?").
      Long was = f.component() == Component.SIGN_ON && offer.signOn() == null ? Long.valueOf(0)
          : offer.of(f.component());
      if (!movable || f.percent() || f.amount() < 1_000 || f.period() != Period.YEAR || f.years() > 0
          || f.currency() != null && !f.currency().equals(offer.currency()) || was == null) {
        return null;
      }
      offer = offer.with(f.component(), was + f.amount());
    }
    return offer;
  }
}
