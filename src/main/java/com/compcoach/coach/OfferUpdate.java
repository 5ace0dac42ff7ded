package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.money.Period;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the figures read from a message against the region's bands and applies them to the conversation.
 * Anything doubtful (negative, ten times the band top, "180" where thousands are meant, another currency,
 * two different figures for one thing) becomes a question and changes nothing.
 */
final class OfferUpdate {

  /** The outcome: a question back, or the conversation with the figures applied. */
  sealed interface Outcome {}

  /**
   * A figure needs the user's word before anything changes.
   *
   * @param pending the figure a "yes" completes ("180k" after "Did you mean $180K?"), or null
   */
  record Doubt(String question, String pending) implements Outcome {

    /** A question no "yes" can answer. */
    Doubt(String question) {
      this(question, null);
    }
  }

  /**
   * The figures applied.
   *
   * @param before        the offer before this message (null when there was none)
   * @param acknowledged  short notes on what was taken ("Noted your walk-away.")
   */
  record Applied(Conversation conversation, Offer before, boolean revision,
                 List<String> acknowledged) implements Outcome {
    Applied {
      acknowledged = List.copyOf(acknowledged);
    }
  }

  Outcome apply(Conversation conversation, Region region, Reading reading, Venue venue) {
    String currency = region.currency();
    // "185k base, bonus 10-15%, 45k rsu": a percent range is the bonus's own question; the parts beside it are clean,
    // so they are read and the range is asked beside them (a range of a figure of pay still holds the message).
    List<String> rangesAside = !reading.figures().isEmpty() && !reading.unclear().isEmpty()
        && reading.unclear().stream().allMatch(FigureQuestions::percentRangeQuestion) ? reading.unclear() : List.of();
    if (!reading.unclear().isEmpty() && rangesAside.isEmpty()) {
      // One figure that can't be read safely holds the whole message: half an offer is a wrong offer. Say so, so
      // the user doesn't take the rest as read.
      return new Doubt(reading.unclear().get(0) + (reading.figures().isEmpty() ? ""
          : " I've taken nothing from that message yet: send it again with this settled."),
          reading.unclear().size() != 1 ? null : HeldMessage.asked(reading.choice(), StepAsked.class) != null
              && reading.figures().isEmpty()
              ? reading.choice() : HeldFigure.pending(reading.choice(), reading.figures()));
    }
    List<Figure> figures = new ArrayList<>(reading.figures());
    for (Correction correction : reading.corrections()) {
      Object resolved = resolve(correction, conversation.offer(), region);
      if (resolved instanceof String question) {
        return new Doubt(question);
      }
      figures.add((Figure) resolved);
    }
    List<String> scaled = new ArrayList<>();
    // "• base: 172 … • sign on: 15": a bare figure of this message already read in thousands says its scale.
    boolean messageInThousands = figures.stream().anyMatch(o -> !o.percent() && o.written().matches("\\d{2,3}")
        && o.amount() == Long.parseLong(o.written()) * 1_000);
    figures.replaceAll(f -> inThousands(f, conversation, region, venue, scaled, messageInThousands));
    figures.replaceAll(f -> competingPart(f, conversation, region, reading.competitor(), scaled));
    List<String> foreign = new ArrayList<>();
    String abroad = figures.stream().filter(f -> f.purpose() == Figure.Purpose.COMPETING && f.currency() != null
        && !sameCurrency(f.currency(), currency)).map(Figure::currency).findFirst().orElse(null);
    List<Figure> abroadFigures = new ArrayList<>();
    if (abroad != null) {
      // "also have a US offer from stripe: $900k base" in a thread paid in pounds: kept in its own currency, with
      // its unmarked parts ("£150k + 10%"), and never weighed as pounds.
      for (Figure f : figures) {
        if (f.purpose() == Figure.Purpose.COMPETING) {
          abroadFigures.add(f);
        }
      }
      figures.removeIf(f -> f.purpose() == Figure.Purpose.COMPETING);
      String iso = isoOf(abroad);
      abroadFigures.replaceAll(f -> ofItsBase(f, abroadFigures, iso, foreign));
    }
    List<String> stepped = new ArrayList<>();
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      if (f.purpose() != Figure.Purpose.STEP) {
        continue;
      }
      // "they bumped base by 10k": the step lands on the thread's figure for that part, or is asked about.
      Offer now = conversation.offer();
      Long was = now == null || !now.currency().equals(currency) ? null : now.of(f.component());
      if (was == null) {
        return new Doubt("Up by " + f.written() + " from what? I have no " + f.component().label() + " for this offer "
            + "yet: tell me the new figure with its word (\"" + EXAMPLE.get(f.component()) + "\").");
      }
      Integer years = f.component() == Component.STOCK && !f.percent() ? now.grantYears() : null;
      if (years != null && years > 1 && f.wholeGrant()) {
        // "they added 20k to the grant" on a grant over 4 years: the grant's value went up, a quarter of it a year.
        long grant = was * years;
        long perYear = (grant + f.amount()) / years;
        figures.set(k, new Figure(Figure.Purpose.OFFER, f.component(), perYear, false, null, 0, true,
            f.written() + " more on the grant"));
        stepped.add("Took " + f.written() + " as a step up of the grant: " + money(grant, currency) + " + "
            + money(f.amount(), currency) + " = " + money(grant + f.amount(), currency) + " over " + years
            + " years, " + new Money(perYear, currency).full() + " a year.");
        continue;
      }
      if (years != null && years > 1 && !f.yearly()) {
        // "they can add 20k more in RSUs" on a 100k grant over 4 years: most often the grant (5k a year), but a
        // year's 20k is four times that, so it is asked, never picked in silence.
        long grant = was * years;
        return new Doubt(GrantStep.question(f.written(), money(grant, currency), years,
            money(grant + f.amount(), currency), money((grant + f.amount()) / years, currency), money(was, currency),
            money(was + f.amount(), currency)), GrantStep.pending(f, figures, reading.revision()));
      }
      // "raised the sign on by 100%": a percent step is a share of the part's own figure.
      long by = f.percent() ? Offer.percentOf(was, f.amount()) : f.amount();
      figures.set(k, new Figure(Figure.Purpose.OFFER, f.component(), was + by, false, null, 0, true,
          f.written() + " more"));
      stepped.add("Took " + f.written() + " as a step up of the " + f.component().label() + ": "
          + money(was, currency) + " + " + money(by, currency) + " = " + new Money(was + by, currency)
          .full() + ".");
    }
    figures.replaceAll(f -> ofItsBase(f, figures, currency, scaled));
    figures.replaceAll(f -> ofPayToday(f, figures, conversation.payToday(), currency, scaled));
    for (Figure f : figures) {
      String doubt = doubt(f, region);
      if (doubt != null && f.purpose() == Figure.Purpose.WALK_AWAY && venue != Venue.DIRECT_MESSAGE) {
        // The question would repeat the walk-away in a shared channel.
        return new Doubt("I couldn't take your walk-away as written, and I won't repeat it in a shared channel: "
            + "write it as a yearly amount with its \"k\" (e.g. \"250k\"), or DM me.");
      }
      if (doubt != null) {
        // "is 180 base good?" then "yes": a lone offer figure asked in thousands waits one message for the word.
        boolean thousands = figures.size() == 1 && f.purpose() == Figure.Purpose.OFFER && !f.percent()
            && f.amount() > 0 && f.amount() < 1_000 && doubt.startsWith("Did you mean");
        String asWritten = f.written().matches("\\d+(?:\\.\\d+)?") ? f.written() : String.valueOf(f.amount());
        if (abroad(f, region)) {
          // "160k EUR base + 10% bonus": held whole, so a rate in the next message ("1 eur = 1.08 usd") weighs it.
          return new Doubt(doubt.replace("give me their figures in ", "give me the rate (\"1 "
              + isoOf(f.currency()).toLowerCase(java.util.Locale.ROOT) + " = x "
              + region.currency().toLowerCase(java.util.Locale.ROOT) + "\") or their figures in "),
              HeldAbroad.pending(figures));
        }
        if (farUnder(f, region)) {
          // "17k base": the rest of the message waits for the yearly figure ("omg sorry 170k"), never half-kept.
          return new Doubt(doubt + (figures.size() > 1 ? " I've taken nothing from that message yet." : ""),
              HeldFigure.pending(HeldFigure.mark(f.component()), figures.stream().filter(o -> o != f).toList()));
        }
        return new Doubt(doubt, thousands ? asWritten + "k" : null);
      }
    }
    Map<Component, Figure> offered = new EnumMap<>(Component.class);
    CompetingParts rival = new CompetingParts();
    Long walkAway = null;
    Component floorPart = null;
    Long forfeited = null;
    Long current = null;
    Component currentPart = null;
    boolean currentWhole = false;
    boolean currentTotal = false;
    // Whether pay today was said as a base alone ("i make 170000 base"), so it weighs against their base.
    boolean currentBaseAlone = true;
    // The base of pay today, said as such ("her current 190 + 20% bonus"), weighed on the company's side.
    Long currentBase = null;
    Long yearOne = null;
    for (Figure f : figures) {
      switch (f.purpose()) {
        case OFFER -> {
          Figure earlier = offered.put(f.component(), f);
          if (earlier != null && (earlier.amount() != f.amount() || earlier.percent() != f.percent())) {
            return new Doubt("You gave two " + f.component().label() + " figures (" + earlier.written() + " and "
                + f.written() + "). Which one is it?");
          }
        }
        case COMPETING -> rival.add(f);
        case WALK_AWAY -> {
          walkAway = f.amount();
          // "her floor is 175 base": a floor on one part is kept on that part; a sign-on floor is no yearly figure.
          floorPart = f.component() == Component.SIGN_ON ? null : f.component();
        }
        case FORFEITED -> forfeited = (forfeited == null ? 0 : forfeited) + f.amount();
        case CURRENT -> {
          // "152k total (140 base + 12k bonus)": a total said is the whole; its parts after it are in it already.
          current = f.component() == Component.TOTAL || current == null ? f.amount()
              : currentTotal ? current : current + f.amount();
          currentTotal |= f.component() == Component.TOTAL;
          currentBaseAlone &= f.component() == Component.BASE;
          currentBase = f.component() == Component.BASE && !f.percent() ? Long.valueOf(f.amount()) : currentBase;
          // "my current bonus is like 5k": a part of pay today, never the whole of it.
          currentPart = f.component() == Component.TOTAL || f.component() == Component.BASE
              || currentPart != null && currentPart != f.component() ? null : f.component();
          currentWhole |= currentPart == null;
        }
        case YEAR_ONE -> yearOne = f.amount();
      }
    }

    Offer before = conversation.offer();
    Offer offer = before == null ? Offer.none(currency) : before;
    Figure base = offered.get(Component.BASE);
    if (base != null) {
      offer = offer.with(Component.BASE, base.amount());
    }
    Figure stock = offered.get(Component.STOCK);
    List<String> derived = new ArrayList<>();
    if (stock != null) {
      // A schedule given beside the grant says its years: "260k RSUs vesting 25% per year", "…25/25/25/25".
      int years = stock.years() > 0 ? stock.years()
          : !stock.yearly() && reading.vesting() != null ? reading.vesting().years() : 0;
      if (stock.years() == 0 && years > 0) {
        derived.add("Read the " + money(stock.amount(), currency) + " as a grant over the " + years + " years its "
            + "vesting gives: " + new Money(Math.round((double) stock.amount() / years), currency).full() + " a year.");
      }
      if (stock.wholeGrant() && years == 0) {
        if (offer.grantYears() == null) {
          return new Doubt("Over how many years does the " + stock.written() + " grant vest? Say \""
              + stock.written() + " RSU over 4 years\", or give me the yearly figure (\"" + stock.written()
              + " RSU per year\").", HeldGrant.pending(stock, figures));
        }
        years = offer.grantYears();
        derived.add("Spread the " + money(stock.amount(), currency) + " grant over the " + years + " years you "
            + "gave before: " + new Money(Math.round((double) stock.amount() / years), currency).full() + " a year.");
      }
      if (years == 0 && !stock.yearly() && offer.grantYears() != null && offer.stock() != null
          && Math.abs(stock.amount() - offer.stock() * offer.grantYears()) < offer.grantYears()) {
        // "RSU stays at 180k" over a 180k grant over 3 years: the same grant's whole value, said again.
        years = offer.grantYears();
      }
      if (years == 0 && !stock.yearly() && offer.grantYears() != null && offer.grantYears() > 1
          && offer.stock() != null && stock.amount() > offer.stock() * offer.grantYears()) {
        // "bump RSU to 140k" after "$90K RSU over 4 yrs": the thread gave stock as a grant, and a year's worth past
        // that whole grant is no step anyone takes in silence, so the grant or a year is asked (s31: on `main` it was
        // kept as $140K a year).
        return new Doubt("Is " + money(stock.amount(), currency) + " in stock the whole grant, like the "
            + money(offer.stock() * offer.grantYears(), currency) + " over " + offer.grantYears() + " years before ("
            + new Money(stock.amount() / offer.grantYears(), currency).full() + " a year), or a year's worth? Say \"over "
            + offer.grantYears() + " years\" for a grant like before, or \"per year\".", HeldGrant.pending(stock, figures));
      }
      if (years == 0 && !stock.yearly() && stock.amount() > 2 * region.bands().stock().high()) {
        return new Doubt("Is " + money(stock.amount(), currency) + " in stock the whole grant or a year's worth? "
            + "Say \"" + stock.written() + " RSU over 4 years\" for a grant, or \"" + stock.written()
            + " RSU per year\".", HeldGrant.pending(stock, figures));
      }
      // A yearly figure keeps the grant's years: a later total of the same grant is spread over them too.
      offer = offer.withGrant(years > 0 ? Math.round((double) stock.amount() / years) : stock.amount(),
          years > 0 ? Integer.valueOf(years) : offer.grantYears());
    }
    Figure bonus = offered.get(Component.BONUS);
    if (reading.bonusUnsure() != null && bonus == null) {
      Object read = bonusOrPercent(reading.bonusUnsure(), offer.base(), region);
      if (read instanceof String question) {
        return new Doubt(question + " I've taken nothing from that message yet: send it again with this settled.");
      }
      bonus = (Figure) read;
      derived.add(bonusTaken(bonus, offer.base(), region));
    }
    for (Figure ote : reading.onTarget()) {
      // "they offered $230k OTE" after "base 170k": the thread's base splits it, said back with both figures.
      if (offer.base() == null || ote.amount() <= offer.base()
          || ote.currency() != null && !sameCurrency(ote.currency(), currency)) {
        return new Doubt(OnTargetEarnings.onTargetQuestion(ote.written()));
      }
      long variable = ote.amount() - offer.base();
      bonus = new Figure(Figure.Purpose.OFFER, Component.BONUS, variable, false, null, 0, false,
          ote.written() + " OTE less the base");
      derived.add("Read OTE " + ote.written() + " as the base of " + money(offer.base(), currency) + " you gave "
          + "before plus " + money(variable, currency) + " of target variable pay (commission or bonus), kept as "
          + "the bonus.");
    }
    if (bonus != null) {
      if (bonus.percent()) {
        if (offer.base() == null) {
          return new Doubt("A " + bonus.written() + " bonus of which base? Tell me the base too, e.g. \"175k base, "
              + bonus.written() + " bonus\".");
        }
        offer = offer.withBonusPercent((int) bonus.amount());
      } else {
        offer = offer.with(Component.BONUS, bonus.amount());
      }
    } else if (base != null && before != null && before.bonusPercent() != null && before.base() != null
        && !before.base().equals(offer.base())) {
      // The bonus was given as a percent of base, so it moved with the base: say so, with its new amount.
      derived.add("Kept the bonus at " + percent(before.bonusPercent()) + " of base: "
          + new Money(offer.bonus(), currency).full() + " on the new base.");
    }
    Figure signOn = offered.get(Component.SIGN_ON);
    if (signOn != null) {
      offer = offer.with(Component.SIGN_ON, signOn.amount());
      if (signOn.years() > 1 || signOn.later() > 0) {
        // "50k sign-on, half in year 1 and half in year 2": year 1 counts only its share.
        long later = signOn.later() > 0 ? signOn.later() : signOn.amount() - signOn.amount() / signOn.years();
        offer = offer.withSignOnLater(later);
        derived.add("Counted " + money(signOn.amount() - later, currency) + " of the " + money(signOn.amount(), currency)
            + " sign-on in year 1 and " + money(later, currency) + " after it, as it is paid.");
      }
    }
    Figure total = offered.get(Component.TOTAL);
    if (total != null) {
      offer = offer.with(Component.TOTAL, total.amount());
    } else if (before != null && (changed(before, offer, Component.BASE) || changed(before, offer, Component.STOCK)
        || changed(before, offer, Component.BONUS))) {
      // A stated total belonged to the old components; once they change it no longer holds. A part given for the
      // first time ("comp is 220 all in, base is 170", then "bonus is 10%") is part of it.
      offer = offer.with(Component.TOTAL, null);
    }
    Component rest = offer.total() == null ? null : theOnePartMissing(offer);
    if (rest != null) {
      long known = (offer.base() == null ? 0 : offer.base()) + (offer.stock() == null ? 0 : offer.stock())
          + (offer.bonus() == null ? 0 : offer.bonus());
      if (known < offer.total()) {
        // Total comp is base, stock and bonus: with two given, the third is what remains of the stated total.
        long remains = offer.total() - known;
        derived.add("Took the rest of the " + money(offer.total(), currency) + " total as the " + rest.label() + ": "
            + new Money(remains, currency).full() + " a year. Tell me if part of it is something else.");
        offer = rest == Component.STOCK ? offer.withGrant(remains, offer.grantYears()) : offer.with(rest, remains);
      }
    }
    if (offer.total() != null && offer.base() != null && offer.stock() != null && offer.bonus() != null) {
      long sum = offer.base() + offer.stock() + offer.bonus();
      if (sum != offer.total()) {
        return new Doubt("Base, stock and bonus add up to " + money(sum, currency) + ", but the total you gave is "
            + money(offer.total(), currency) + ". Which is right?");
      }
    } else if (offer.total() != null) {
      long known = (offer.base() == null ? 0 : offer.base()) + (offer.stock() == null ? 0 : offer.stock())
          + (offer.bonus() == null ? 0 : offer.bonus());
      if (known > offer.total()) {
        return new Doubt("The parts you gave (" + money(known, currency) + ") are more than the total ("
            + money(offer.total(), currency) + "). Which figure is off?");
      }
    }
    if (reading.vesting() != null) {
      offer = offer.withVesting(reading.vesting());
    }

    Conversation next = conversation;
    boolean offerChanged = !offer.equals(before == null ? Offer.none(currency) : before);
    if (offerChanged) {
      next = next.withOffer(offer);
    }
    List<String> notes = new ArrayList<>(reading.remarks());
    notes.addAll(scaled);
    notes.addAll(stepped);
    notes.addAll(derived);
    for (Figure f : figures) {
      if (f.period() != Period.YEAR) {
        notes.add("Read " + f.written() + " " + f.period().written() + " as " + new Money(f.amount(), currency).full()
            + " a year (× " + String.format("%,d", f.period().perYear())
            + (f.period() == Period.HOUR ? " working hours" : "") + ").");
      }
    }
    Competing old = conversation.competing();
    if (reading.swapped() && !rival.seen() && old != null && before != null && before.recurringTotal() != null
        && before.currency().equals(old.currency()) && offerChanged) {
      // "i mixed them up": the figures given before as this offer's were the other company's.
      next = next.withCompeting(new Competing(before.recurringTotal(), currency, old.from(), before.base(),
          before.stock(), before.bonus(), before.signOn()));
      notes.add("Swapped them: " + (old.from() == null ? "the competing offer" : old.from() + "'s offer") + " is now the "
          + money(before.recurringTotal(), currency) + " a year you gave before as this one's.");
    }
    if (!abroadFigures.isEmpty()) {
      CompetingParts there = new CompetingParts();
      abroadFigures.forEach(there::add);
      Competing competing = there.offer(isoOf(abroad), reading.competitor());
      if (competing != null) {
        next = keptAbroad(next, competing);
        foreign.add(abroadNote(competing, region));
      }
      notes.addAll(foreign);
    }
    List<Competing> rivalsAbroad = new ArrayList<>();
    List<Competing> named = new ArrayList<>();
    if (rival.seen()) {
      Competing one = rival.offer(currency, reading.competitor());
      String employer = reading.employer() != null ? reading.employer() : conversation.employer();
      boolean staying = one.from() == null || employer != null && one.from().equalsIgnoreCase(employer);
      if (one.total() == 0 && one.signOn() != null && one.signOn() > 0 && !staying) {
        // "stripe offered me a 30k sign-on too": a sign-on alone is no year to weigh, nor a competing offer of $0.
        notes.add("Noted " + money(one.signOn(), currency) + " to sign from " + one.from() + ". A sign-on is paid "
            + "once, so I don't weigh it as a year's pay: tell me " + one.from() + "'s base, bonus and stock and I'll "
            + "set that offer against this one.");
      } else if (one.total() == 0 && one.signOn() != null && one.signOn() > 0 && conversation.companySide()
          && one.from() == null) {
        // "she has 25k elsewhere as a sign-on", "she has a competing offer with a 25k sign-on": on the company's
        // side the sign-on is on the offer she holds elsewhere, never money to stay nor a year to weigh.
        notes.add("Noted a " + money(one.signOn(), currency) + " sign-on on her competing offer. A sign-on is paid "
            + "once, so I don't weigh it as a year's pay: ask what that offer pays a year (base, bonus, stock) and "
            + "I'll set it against yours; a sign-on of your own is the one-time money that can meet it.");
      } else if (one.total() == 0 && one.signOn() != null && one.signOn() > 0) {
        // "offered a 50k retention bonus to stay": one-time money with no year of its own, from no other company (or
        // the user's own employer), is no offer to weigh; "stripe offered me a 30k sign-on too" stays Stripe's.
        notes.add("Noted " + money(one.signOn(), currency) + " of one-time money"
            + (one.from() == null ? "" : " from " + one.from()) + " to stay. Like a sign-on it is paid once, so I "
            + "don't weigh it as a year's pay: tell me what staying pays a year (base, bonus, stock) and I'll set it "
            + "against this offer.");
      } else {
        named.add(one);
      }
    }
    named.addAll(rivals(reading, conversation, region, venue, notes, rivalsAbroad));
    for (Competing there : rivalsAbroad) {
      // "i also have zurich: CHF 140k, and a bangalore offer at ₹45 LPA": each kept in its own currency.
      next = keptAbroad(next, there);
      notes.add(abroadNote(there, region));
    }
    if (!named.isEmpty()) {
      Conversation held = next;
      next = keepAll(next, named, offer, currency, notes, rival.seen() && rival.partial());
      if (next.competingOffers().size() > 1 && next != held) {
        notes.add("Competing offers on record: " + next.competingOffers().stream()
            .map(c -> (c.from() == null ? "unnamed" : c.from()) + " " + CompetingParts.describe(c)).toList()
            .stream().reduce((a, b) -> a + "; " + b).orElse("") + ".");
      }
    }
    if (yearOne != null) {
      notes.add(yearOneCheck(yearOne, offer));
    }
    if (walkAway != null) {
      next = next.withWalkAway(walkAway, floorPart, reading.walkAwayWhose());
      String whose = next.walkAwayOwner();
      String on = floorPart == null || floorPart == Component.TOTAL ? "" : " on " + floorPart.label();
      notes.add(venue == Venue.DIRECT_MESSAGE
          ? "Noted " + whose + " walk-away of " + money(walkAway, currency) + on + ": no counter will go below it."
          : "Noted " + whose + " walk-away" + on + ". I use it, but I won't repeat it in a shared channel.");
    }
    if (forfeited != null) {
      next = next.withForfeited(forfeited);
      // "her current employer will claw back a 20k sign-on, should we cover it?": the team's make-whole, in its voice.
      notes.add(next.companySide() ? "Noted " + money(forfeited, currency) + " the candidate leaves behind at today's "
          + "job: not her pay and not your offer. A one-time sign-on of " + money(forfeited, currency) + " makes her "
          + "whole in year 1 without moving the base; less leaves her paying the difference to join you."
          : "Noted " + money(forfeited, currency) + " left behind: the sign-on ask bridges it.");
    }
    if (current != null && currentWhole && !next.companySide()) {
      // Kept as the user's own figure, so "is it worth switching?" later weighs the offer against it.
      next = next.withPayToday(current);
    }
    if (current != null) {
      // Pay today is not an offer: the counter comes from the bands and their offer, never from it.
      // From the company's side it is the candidate's pay today, weighed against the band, not the user's.
      notes.add(next.companySide() ? "Noted the candidate's current pay of " + money(current, currency) + " a year: "
          + "an offer above it and inside the " + region.shortName() + " band gives them a reason to move; it sets "
          + "no band." + (currentBase != null && currentBase > region.bands().base().high() ? " Its base of "
          + money(currentBase, currency) + " is " + money(currentBase - region.bands().base().high(), currency)
          + " past the " + region.shortName() + " base band's top of " + money(region.bands().base().high(), currency)
          + ": matching it on base is a question of level (or an approved exception); the rest of the year can carry "
          + "it, with stock and the bonus up to their tops." : "") : (venue == Venue.DIRECT_MESSAGE ? "Noted " + payOwner(reading) + " current "
          + (currentBaseAlone ? "base" : currentWhole ? "pay" : currentPart.label()) + " of " + money(current, currency)
          + " a year" : "Noted " + payOwner(reading) + " current pay") + ". It isn't their offer, so I don't count it as one: the counter "
          + "comes from the " + region.shortName() + " market and what they offer.");
      Long theirBase = next.offer() == null ? null : next.offer().base();
      if (theirBase != null && currentBaseAlone && !next.companySide() && venue == Venue.DIRECT_MESSAGE
          && !theirBase.equals(current) && current > 0) {
        // "compared to what i make now 170000 base its a raise right": the offer's base against pay today, said.
        long gap = Math.abs(theirBase - current);
        notes.add("Against your " + money(current, currency) + " today, their base of " + money(theirBase, currency)
            + " is " + money(gap, currency) + " (" + Math.round(gap * 100.0 / current) + "%) "
            + (theirBase > current ? "more" : "less") + ".");
      }
    }
    if (reading.employer() != null) {
      next = next.withEmployer(reading.employer());
      // "she's currently at 165 at truist" on the company's side: the candidate's employer, not the user's.
      notes.add(next.companySide() ? "Noted the candidate is at " + reading.employer() + " today: their current "
          + "employer, not a competing offer." : "Noted you're at " + reading.employer() + ": the lever wording names "
          + "it where it says [current company].");
    }
    for (String range : rangesAside) {
      notes.add(range.replace(RANGE_READ_FROM, RANGE_READ_TO));
    }
    return new Applied(next, before, reading.revision(), notes);
  }

  /** The range question said beside the parts that were read: nothing is taken for that part until it is settled. */
  private static final String RANGE_READ_FROM = "A range isn't an offer yet: tell me the figure";
  private static final String RANGE_READ_TO = "I've read the rest and left that part out: a range isn't an offer yet. "
      + "Tell me the figure";

  /** Whose pay today the message gives: "your", or a client's ("her", "your client's") when a coach speaks of one. */
  private static String payOwner(Reading reading) {
    return reading.walkAwayWhose() == null ? "your" : reading.walkAwayWhose();
  }

  /**
   * A bare "175" with its word, in a thread whose figures are already in thousands, is 175,000: a careful reader
   * takes "her floor is 175 base" or "walk if it's under 350 total" so, and says how it read it. Alone, before any
   * figure, it is still asked about ("is 180 base good?").
   */
  private static Figure inThousands(Figure f, Conversation conversation, Region region, Venue venue,
                                    List<String> said, boolean messageInThousands) {
    Offer offer = conversation.offer();
    boolean threadInThousands = offer != null && !offer.isEmpty() && offer.currency().equals(region.currency());
    // "oh and 10 signing" after "base 188": a one-time sign-on of $10 is no reading where the thread is in thousands.
    boolean smallSignOn = (threadInThousands || messageInThousands) && f.purpose() == Figure.Purpose.OFFER
        && f.component() == Component.SIGN_ON && f.amount() >= 5;
    boolean bare = !f.percent() && f.currency() == null && f.period() == Period.YEAR
        && (f.amount() >= 20 || smallSignOn) && f.amount() < 1_000
        && f.written().matches("\\d{1,3}(?:\\.\\d{1,2})?");
    // Pay today is a person's own salary, never $165 a year: "I'm at 165 now" is in thousands even as a first figure.
    boolean own = f.purpose() == Figure.Purpose.CURRENT;
    if (!bare || region.bands().total().low() < 10_000) {
      return f;
    }
    // "185 base" as a thread's first figure: where that part's band is in thousands, $185 a year is no reading.
    // A recruiter's "155 base, 10% bonus" reads the same way: the band makes the thousands plain on either side.
    Range band = own || threadInThousands ? null : bandOf(f, region);
    if (!own && !threadInThousands && band == null && !smallSignOn) {
      return f;
    }
    String partBand = band == null ? null : "the " + region.shortName() + " " + f.component().label() + " band is "
        + money(band.low(), region.currency()) + "–" + money(band.high(), region.currency());
    said.add(f.purpose() == Figure.Purpose.WALK_AWAY && venue != Venue.DIRECT_MESSAGE
        ? "Read the walk-away in thousands, like " + (band == null ? "the figures before it in this thread." : "the band.")
        : "Read " + f.written() + (band == null ? "" : " " + f.component().label()) + " as " + f.written() + "k, "
            + (band != null ? "as " + partBand + "." : !threadInThousands && smallSignOn
            ? "like the other figures in that message." : offer == null || offer.isEmpty()
            ? "as pay of this size is." : "like the figures before it in this thread."));
    // From the figure as written: "158.5" is 158,500, where its whole-unit amount rounds to 159.
    long thousands = new java.math.BigDecimal(f.written()).movePointRight(3).longValue();
    return new Figure(f.purpose(), f.component(), thousands, false, null, f.years(), f.yearly(),
        f.written() + "k", f.period(), f.wholeGrant(), f.unnamed(), f.later() * 1_000);
  }

  /**
   * The band a bare figure's thousands fall near (within half its low to twice its top), so "185 base" can mean only
   * $185K; null when the figure names no part with a yearly band, or its thousands are far from it.
   */
  private static Range bandOf(Figure f, Region region) {
    boolean partOfPay = f.purpose() == Figure.Purpose.OFFER || f.purpose() == Figure.Purpose.COMPETING
        || f.purpose() == Figure.Purpose.WALK_AWAY
        // "tc is 250 in year one": a first year's total is a year's pay and its one-time money, in the same thousands.
        || f.purpose() == Figure.Purpose.YEAR_ONE;
    if (!partOfPay || f.unnamed() || f.component() == null || f.component() == Component.SIGN_ON) {
      return null;
    }
    Range band = region.bands().of(f.component());
    long thousands = f.amount() * 1_000;
    return band != null && band.low() >= 10_000 && thousands >= band.low() / 2 && thousands <= 2 * band.high() ? band
        : null;
  }

  /**
   * Keeps each competing offer the message named beside those on record: one from a company already on record
   * replaces its earlier figures, the one that pays the most a year is weighed, and the rest are kept part by part.
   * An unnamed one beside named ones is asked about rather than kept: it could be any of them, or another.
   */
  private static Conversation keepAll(Conversation c, List<Competing> named, Offer offer, String currency,
                                      List<String> notes, boolean partial) {
    Conversation next = c;
    for (Competing given : named) {
      List<Competing> held = next.competingOffers();
      // "robinhood's rsus should be around 100k/yr" after its base: the same company's missing part, added to it.
      Competing added = held.stream().map(h -> h.filledIn(given)).filter(java.util.Objects::nonNull).findFirst()
          .orElse(given);
      Competing same = added.from() == null ? held.stream().filter(h -> h.from() != null
          && h.total() == added.total() && h.currency().equals(added.currency())).findFirst().orElse(null) : null;
      if (same != null) {
        // "my other offer pays 300k TC" after Stripe's 300k a year: the same offer said again.
        notes.add("Took the " + money(added.total(), currency) + " a year as " + same.from() + "'s offer, which pays "
            + "that: nothing changes.");
        continue;
      }
      if (added.from() == null && held.stream().anyMatch(h -> h.from() != null)) {
        notes.add("Which company is the " + money(added.total(), currency) + " offer from? I keep "
            + Cards.join(held.stream().map(h -> h.from() == null ? "an unnamed one" : h.from() + "'s").toList())
            + " on record: say who made this one (\"meta offered 250k tc\") and I'll keep it beside them.");
        continue;
      }
      List<Competing> all = new ArrayList<>();
      for (Competing h : held) {
        if (!(h.from() == null ? added.from() == null : h.from().equalsIgnoreCase(added.from()))) {
          all.add(h);
        }
      }
      all.add(added);
      Competing weighed = null;
      for (Competing x : all) {
        weighed = x.currency().equals(currency) && (weighed == null || x.total() > weighed.total()) ? x : weighed;
      }
      weighed = weighed == null ? added : weighed;
      List<Competing> others = new ArrayList<>(all);
      others.remove(weighed);
      next = next.withCompeting(weighed, others);
      if (added.stock() != null && added.base() == null && added.bonus() == null && added.from() != null
          && (Attribution.STAYING_NAME.equals(added.from()) || added.from().equalsIgnoreCase(c.employer()))) {
        // "truist came back with 120k retention rsus over 4 years if i stay": a grant to stay from today's employer is
        // paid on top of today's pay, never a competing offer of $30K a year.
        notes.add("Noted your current employer's grant to stay: " + money(added.stock(), currency) + " a year while it "
            + "vests, on top of your pay today" + (c.payToday() == null ? "." : ", so staying pays "
            + money(c.payToday() + added.stock(), currency) + " a year while it vests.") + " It is no competing "
            + "offer: the counter still comes from the market and their offer.");
        continue;
      }
      boolean part = partial && given == named.get(0) || !partial && added.base() != null && added.stock() == null
          && added.bonus() == null && given != named.get(0);
      String what = "the competing offer of " + (part ? "at least " : "") + money(added.total(), currency)
          + " a year" + (added.from() == null ? "" : " from " + added.from());
      String completion = part ? " Tell me its total (\"their total is 300k\") so I compare a whole year with a "
          + "whole year." : "";
      if (weighed == added) {
        notes.add(CompetingParts.weighed("Noted " + what, added, offer, c.companySide()) + completion);
      } else if (given != named.get(0)) {
        // Named beside a stronger one in the same message: the reader's remark said so; say only what it beats.
        String beats = (c.companySide() ? CompetingParts.beatsNoteForCompany(added, offer)
            : CompetingParts.beatsNote(added, offer)).strip();
        if (!beats.isEmpty()) {
          notes.add(beats);
        }
      } else {
        // Another company's lower offer doesn't replace the best alternative, and is kept for the parts it pays more.
        notes.add("Noted " + what + ". " + (weighed.from() == null ? "The other offer" : weighed.from() + "'s")
            + " " + money(weighed.total(), currency) + " a year is still " + (c.companySide() ? "the candidate's" : "your")
            + " strongest, so I keep weighing that one, "
            + "and keep this one beside it." + (c.companySide() ? CompetingParts.beatsNoteForCompany(added, offer)
            : CompetingParts.beatsNote(added, offer)) + completion);
      }
    }
    return next;
  }

  /**
   * Another company's figure with no word ("meta is at 230") in a thread whose offer has a base: where the base band
   * holds it and the total band cannot, it is that company's base, said so; else it stays its yearly total.
   */
  private static Figure competingPart(Figure f, Conversation c, Region region, String who, List<String> said) {
    if (!f.unnamed() || f.component() != Component.TOTAL || f.percent()
        || f.currency() != null && !sameCurrency(f.currency(), region.currency())) {
      return f;
    }
    Offer offer = c.offer();
    com.compcoach.guide.Range base = region.bands().base();
    com.compcoach.guide.Range total = region.bands().total();
    if (offer == null || offer.base() == null || f.amount() < base.low() || f.amount() > base.high()
        || f.amount() >= total.low()) {
      return f;
    }
    said.add("Took " + (who == null ? "the competing offer's " : who + "'s ") + f.written() + " as its base: "
        + money(f.amount(), region.currency()) + " fits the " + region.shortName() + " base band ("
        + com.compcoach.guide.Money.compact(base, region.currency()) + "), not a year's total. Tell me if it is their "
        + "total.");
    return f.as(Component.BASE);
  }

  /** The other companies a message named beside the competing offer ("but meta is at 230"), each its own offer. */
  private static List<Competing> rivals(Reading reading, Conversation conversation, Region region, Venue venue,
                                        List<String> said, List<Competing> abroad) {
    List<Competing> out = new ArrayList<>();
    String currency = region.currency();
    reading.rivals().forEach((who, given) -> {
      List<Figure> figures = new ArrayList<>(given);
      figures.replaceAll(f -> inThousands(f, conversation, region, venue, said, false));
      figures.replaceAll(f -> competingPart(f, conversation, region, who, said));
      String there = figures.stream().filter(f -> f.currency() != null && !sameCurrency(f.currency(), currency))
          .map(f -> isoOf(f.currency())).findFirst().orElse(null);
      if (there != null) {
        figures.replaceAll(f -> ofItsBase(f, figures, there, said));
        CompetingParts parts = new CompetingParts();
        figures.forEach(parts::add);
        Competing kept = parts.offer(there, who);
        if (kept != null) {
          abroad.add(kept);
        }
        return;
      }
      figures.replaceAll(f -> ofItsBase(f, figures, currency, said));
      CompetingParts parts = new CompetingParts();
      figures.forEach(parts::add);
      out.add(parts.offer(currency, who));
    });
    return out;
  }

  /** A competing offer in another currency than the band's, said with what it takes to weigh it. */
  private static String abroadNote(Competing there, Region region) {
    String currency = region.currency();
    return "Noted " + (there.from() == null ? "the competing offer" : there.from() + "'s offer") + " in "
        + there.currency() + ": " + CompetingParts.describe(there) + ". The " + region.shortName() + " band is in "
        + currency + " and I don't make up exchange rates, so I can't weigh it against this offer yet. Tell me the "
        + "rate you'd use (\"1 " + there.currency().toLowerCase(java.util.Locale.ROOT) + " = 1.25 "
        + currency.toLowerCase(java.util.Locale.ROOT) + "\") or its worth in " + currency + ".";
  }

  /**
   * A competing offer in another currency kept beside those on record: with none weighed yet it is the one on record;
   * beside one weighed in the band's currency it is kept with the others, and never replaces it.
   */
  private static Conversation keptAbroad(Conversation c, Competing there) {
    Competing weighed = c.competing();
    if (weighed == null || (weighed.from() == null ? there.from() == null
        : weighed.from().equalsIgnoreCase(there.from()))) {
      return c.withCompeting(there);
    }
    List<Competing> others = new ArrayList<>();
    for (Competing o : c.others()) {
      if (!(o.from() == null ? there.from() == null : o.from().equalsIgnoreCase(there.from()))) {
        others.add(o);
      }
    }
    others.add(there);
    return c.withCompeting(weighed, others);
  }

  /**
   * "my bonus now is 10%" after "i make 165 base now": a percent bonus of pay today with no base beside it is worked
   * out on the pay today the thread holds, said back, and pay today becomes that pay with the bonus; without it, asked.
   */
  private static Figure ofPayToday(Figure f, List<Figure> figures, Long payToday, String currency, List<String> said) {
    if (!f.percent() || f.component() != Component.BONUS || f.purpose() != Figure.Purpose.CURRENT
        || payToday == null || payToday <= 0 || f.amount() <= 0 || f.amount() > 10_000
        || figures.stream().anyMatch(o -> o != f && o.purpose() == Figure.Purpose.CURRENT)) {
      return f;
    }
    long bonus = Offer.percentOf(payToday, f.amount());
    said.add("Took your " + f.written() + " bonus as " + f.written() + " of the " + money(payToday, currency)
        + " you make today: " + money(bonus, currency) + ", so pay today is " + new Money(payToday + bonus, currency)
        .full() + " a year. Tell me if that pay already held a bonus.");
    return new Figure(f.purpose(), Component.TOTAL, payToday + bonus, false, f.currency(), f.years(), f.yearly(),
        f.written(), f.period(), f.wholeGrant());
  }

  /**
   * A percent bonus of another package (a competing offer, pay today) worked out on that package's base given in the
   * same message: "Stripe offered 200k base, 15% bonus" is a $30,000 bonus, said back; without its base it is asked.
   */
  private static Figure ofItsBase(Figure f, List<Figure> figures, String currency, List<String> said) {
    if (!f.percent() || f.component() != Component.BONUS || f.purpose() == Figure.Purpose.OFFER) {
      return f;
    }
    Figure base = figures.stream().filter(b -> b.purpose() == f.purpose() && b.component() == Component.BASE
        && !b.percent() && b.amount() >= 1_000).findFirst().orElse(null);
    if (base == null || f.amount() <= 0 || f.amount() > 10_000) {
      return f;
    }
    // A percent is kept in hundredths: 1500 is 15%.
    long amount = Offer.percentOf(base.amount(), f.amount());
    said.add("Took the " + f.written() + " bonus as " + f.written() + " of the " + money(base.amount(), currency)
        + " base beside it: " + money(amount, currency) + ".");
    return new Figure(f.purpose(), Component.BONUS, amount, false, f.currency(), f.years(), f.yearly(), f.written(),
        f.period(), f.wholeGrant());
  }

  /**
   * The figure a correction ("190 not 180") stands for: the component of the offer that holds the figure it
   * replaces, in the same scale ("190 not 180" against a base of 180,000 is 190,000); else the question to ask.
   */
  private static Object resolve(Correction correction, Offer offer, Region region) {
    String currency = region.currency();
    List<Component> holders = new ArrayList<>();
    boolean scaled = false;
    if (offer != null && offer.currency().equals(currency)) {
      for (Component part : Component.values()) {
        Long value = part == Component.TOTAL ? offer.total() : offer.of(part);
        if (value == null) {
          continue;
        }
        if (value == correction.replaced()) {
          holders.add(part);
        } else if (correction.replaced() < 1_000 && value == correction.replaced() * 1_000) {
          holders.add(part);
          scaled = true;
        }
      }
    }
    if (holders.size() != 1) {
      return "Which figure is " + correction.written() + " instead of " + correction.replacedWritten() + "? "
          + (offer == null || offer.isEmpty() ? "I have no offer figures yet." : "I have " + describe(offer) + ".")
          + " Say it with the word, e.g. \"" + correction.written() + " base\".";
    }
    long amount = scaled && correction.amount() < 1_000 ? correction.amount() * 1_000 : correction.amount();
    return new Figure(Figure.Purpose.OFFER, holders.get(0), amount, false, null, 0, true, correction.written());
  }

  private static String describe(Offer offer) {
    List<String> parts = new ArrayList<>();
    for (Component part : new Component[] {Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON}) {
      if (offer.of(part) != null) {
        parts.add(part.label() + " " + money(offer.of(part), offer.currency()));
      }
    }
    if (offer.total() != null) {
      parts.add("a total of " + money(offer.total(), offer.currency()));
    }
    return parts.isEmpty() ? "no figures" : String.join(", ", parts);
  }

  /** Whether a figure is this offer's, in another currency than the band's. */
  private static boolean abroad(Figure f, Region region) {
    return f.currency() != null && !sameCurrency(f.currency(), region.currency())
        && f.purpose() == Figure.Purpose.OFFER && f.component() != null && !f.percent();
  }

  /** The question to ask about one figure, or null when it looks right. */
  static String doubt(Figure f, Region region) {
    String currency = region.currency();
    if (f.currency() != null && !sameCurrency(f.currency(), currency) && f.purpose() == Figure.Purpose.OFFER
        && f.component() != null && !f.percent()) {
      // Read in its own currency and said so: never weighed against the band as if it were the band's.
      return "I read " + f.written() + " as a " + f.component().label() + " of " + new Money(f.amount(),
          isoOf(f.currency())).full() + ", in " + f.currency() + ", but the " + region.shortName() + " band is in "
          + currency + ". I don't convert currencies on my own, so I've weighed nothing yet: give me their figures in "
          + currency + ", or pick a region paid in " + f.currency() + ".";
    }
    if (f.currency() != null && !sameCurrency(f.currency(), currency)) {
      return "You wrote " + f.written() + " in " + f.currency() + ", but the " + region.shortName()
          + " band is in " + currency + ". I don't convert currencies: give me the figure in " + currency
          + ", or pick a region paid in " + f.currency() + ".";
    }
    String what = f.purpose() == Figure.Purpose.WALK_AWAY ? "walk-away"
        : f.purpose() == Figure.Purpose.COMPETING ? "competing offer"
        : f.purpose() == Figure.Purpose.FORFEITED ? "amount left behind"
        : f.purpose() == Figure.Purpose.CURRENT ? "current pay" : f.component().label();
    if (f.amount() < 0) {
      return "A negative " + what + " (" + f.written() + ")? Give me the figure as a positive amount.";
    }
    if (f.percent()) {
      if (f.component() != Component.BONUS || f.purpose() != Figure.Purpose.OFFER) {
        return f.written() + " of what? Give me the " + what + " as an amount, e.g. \"40k " + what + "\".";
      }
      if (f.amount() <= 0 || f.amount() > 10_000) {
        return "A bonus of " + f.written() + " of base? Give me a percent between 1 and 100, or an amount.";
      }
      return null;
    }
    if (f.amount() == 0) {
      // No stock or no bonus is an answer; a base or total of nothing is a figure read wrong ("000 base").
      boolean nothingOffered = f.purpose() == Figure.Purpose.OFFER
          && (f.component() == Component.BASE || f.component() == Component.TOTAL);
      return nothingOffered ? "A " + what + " of " + money(0, currency) + " (" + f.written() + ")? Give me the whole "
          + "figure, e.g. \"180k " + what + "\"." : null;
    }
    Range band = f.purpose() == Figure.Purpose.OFFER && f.component() != Component.SIGN_ON
        ? region.bands().of(f.component()) : region.bands().total();
    if (f.amount() < 1_000 && band.low() >= 10_000) {
      String asWritten = f.written().matches("\\d+(?:\\.\\d+)?") ? f.written() : String.valueOf(f.amount());
      return "Did you mean " + Money.mark(currency) + asWritten + "K for the " + what + "? Write it as "
          + asWritten + "k and I'll take it from there.";
    }
    if (f.amount() > 10 * band.high()) {
      return "You wrote " + f.written() + (f.period() == Period.YEAR ? "" : " " + f.period().written()) + " for the "
          + what + ": more than ten times the top of the " + region.shortName() + " band ("
          + money(band.high(), currency) + "). Is that right? Check for an extra zero and tell me again.";
    }
    if (farUnder(f, region)) {
      // A yearly base of 17k against a band of 173k+ is a slip of a digit or a month's pay: never taken as written.
      Range own = region.bands().of(f.component());
      return "A " + what + " of " + new Money(f.amount(), currency).full() + " a year is far under the "
          + region.shortName() + " " + what + " band (" + money(own.low(), currency) + "–" + money(own.high(), currency)
          + "). Did you mean " + money(f.amount() * 10, currency) + ", or is " + f.written() + " a month's pay ("
          + money(f.amount() * 12, currency) + " a year)? Tell me the yearly " + what + " with its word (\""
          + f.amount() * 10 / 1_000 + "k " + what + "\").";
    }
    if (f.years() > 10) {
      return "A grant over " + f.years() + " years? Grants usually vest over 3 to 5. How many years is it?";
    }
    return null;
  }

  /**
   * A yearly base or total of the offer under a quarter of its band's low, typed in full or with "k" ("17k base"
   * against $173K–$233K): a digit short or a month's pay, asked.
   */
  private static boolean farUnder(Figure f, Region region) {
    if (f.purpose() != Figure.Purpose.OFFER || f.percent() || f.period() != Period.YEAR || f.amount() < 1_000
        || f.component() != Component.BASE && f.component() != Component.TOTAL
        || f.currency() != null && !sameCurrency(f.currency(), region.currency())) {
      return false;
    }
    return f.amount() * 4 < region.bands().of(f.component()).low();
  }

  /** A figure with its word, as the question for a step with nothing to step from shows it. */
  private static final Map<Component, String> EXAMPLE = Map.of(Component.BASE, "190k base", Component.STOCK,
      "50k rsu per year", Component.BONUS, "30k bonus", Component.SIGN_ON, "20k sign-on", Component.TOTAL,
      "300k total");

  /**
   * A bare bonus beside a base ("bonus 15"): the reading the region's bonus band allows when only one lies within
   * half its low to twice its top (15% of 170k is 25,500 against a 35k–61k band, where 15k is under half its low),
   * else the question spelling out both readings.
   */
  private static Object bonusOrPercent(String written, Long base, Region region) {
    String currency = region.currency();
    long n = Long.parseLong(written);
    if (base == null) {
      return "Is the bonus " + n + "% of base or " + money(n * 1_000, currency) + "? Tell me the base too, e.g. "
          + "\"170k base, " + n + "% bonus\".";
    }
    long asAmount = n * 1_000;
    long asPercent = Offer.percentOf(base, (int) n * 100);
    Range band = region.bands().bonus();
    boolean amountFits = asAmount * 2 >= band.low() && asAmount <= 2 * band.high();
    boolean percentFits = asPercent * 2 >= band.low() && asPercent <= 2 * band.high();
    if (amountFits == percentFits) {
      return "Is the bonus " + money(asAmount, currency) + " a year, or " + n + "% of the "
          + money(base, currency) + " base (" + new Money(asPercent, currency).full() + ")? Say \"bonus " + n
          + "k\" or \"bonus " + n + "%\".";
    }
    return percentFits
        ? new Figure(Figure.Purpose.OFFER, Component.BONUS, (int) n * 100, true, null, 0, false, n + "%")
        : new Figure(Figure.Purpose.OFFER, Component.BONUS, asAmount, false, null, 0, false, n + "k");
  }

  /** What the band made of a bare bonus, said back with the reading left aside. */
  private static String bonusTaken(Figure bonus, long base, Region region) {
    String currency = region.currency();
    long n = bonus.percent() ? bonus.amount() / 100 : bonus.amount() / 1_000;
    long asPercent = Offer.percentOf(base, (int) n * 100);
    String band = region.shortName() + " bonus band (" + Money.compact(region.bands().bonus(), currency) + ")";
    return bonus.percent()
        ? "Took bonus " + n + " as " + n + "% of base (" + new Money(asPercent, currency).full() + "): "
            + money(n * 1_000, currency) + " would be far below the " + band + ". Say \"bonus " + n
            + "k\" if it is " + money(n * 1_000, currency) + "."
        : "Took bonus " + n + " as " + new Money(n * 1_000, currency).full() + ": " + n + "% of base ("
            + money(asPercent, currency) + ") would be far outside the " + band + ". Say \"bonus " + n
            + "%\" if it is a percent.";
  }

  /** Whether a part the offer had before now has another figure (a part given for the first time is no change). */
  private static boolean changed(Offer before, Offer now, Component part) {
    return before.of(part) != null && !before.of(part).equals(now.of(part));
  }

  /** The one of base, stock and bonus the offer lacks when it has the other two, else null. */
  private static Component theOnePartMissing(Offer offer) {
    Component missing = null;
    for (Component part : new Component[] {Component.BASE, Component.STOCK, Component.BONUS}) {
      if (offer.of(part) == null) {
        if (missing != null) {
          return null;
        }
        missing = part;
      }
    }
    return missing;
  }

  /**
   * The ISO code of a currency written outside the band's: a "$" where the band is not in dollars is the US dollar,
   * and the note that stores it names the code, so the user sees what was taken.
   */
  static String isoOf(String written) {
    return written.equals("$") ? "USD" : written;
  }

  /** "$" is whichever dollar the band is in; every other mark must match the band's currency exactly. */
  static boolean sameCurrency(String written, String band) {
    if (written.equals("$")) {
      return Money.mark(band).endsWith("$");
    }
    return written.equals(band);
  }

  /** A first-year total they quoted, against year 1 of the offer as the thread has it: it matches, or what to ask. */
  private static String yearOneCheck(long quoted, Offer offer) {
    String currency = offer.currency();
    Long mine = offer.yearOneTotal();
    String said = new Money(quoted, currency).full();
    if (mine == null) {
      return "Noted their first-year figure of " + said + ". Give me the base, stock and bonus and I'll check it: "
          + "a first-year total usually adds a sign-on to a year's pay.";
    }
    String parts = new Money(offer.recurringTotal(), currency).full() + " a year"
        + (offer.signOn() == null ? "" : " plus the " + new Money(offer.signOn(), currency).full() + " sign-on")
        + (offer.vesting() == null ? "" : ", with year 1's vesting");
    return mine == quoted ? "Their first-year figure of " + said + " checks out: " + parts + ". From year 2 it is "
        + new Money(offer.recurringTotal(), currency).full() + "."
        : "Their first-year figure of " + said + " isn't what I get from the offer (" + new Money(mine, currency).full()
        + ": " + parts + "). Ask them what it includes (a sign-on, relocation, a first-year equity vest) before you "
        + "weigh it.";
  }

  /** Hundredths of a percent as typed: 1500 is "15%", 1250 is "12.5%". */
  static String percent(int hundredths) {
    return hundredths % 100 == 0 ? hundredths / 100 + "%"
        : java.math.BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
