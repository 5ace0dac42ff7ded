package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A claim that asks the candidate not to negotiate ("everyone at this level accepted this exact package", "is that a
 * tactic?"): it can't be checked, so it is weighed against what can, the guide's row and where the offer sits in it.
 */
final class Claims {

  /** "is that a tactic?", "are they bluffing?": asked of a claim already made. */
  static final Pattern TACTIC = Pattern.compile("(?i)\\b(?:tactic|bluff\\w*)\\b");

  private final Positions positions = new Positions();

  /** The claim answered: what it is, the guide's row, where their offer sits, and the words to reply with. */
  String answer(Scene s, Conversation c, String text, Counteroffer ask) {
    Region region = s.region();
    String currency = region.currency();
    Bands bands = region.bands();
    StringBuilder line = new StringBuilder((TACTIC.matcher(text).find() ? "Most likely, yes: a line like that "
        + "asks you not to negotiate, and it can't be checked." : "That's a common line, and one you can't check: it "
        + "asks you not to negotiate, and it isn't a reason to accept.") + " Offers at one level still differ by "
        + "what each candidate asked for. What you can check is the market: the guide's " + region.shortName() + " row ("
        + s.guide().path() + " line " + region.line() + ") runs to base " + money(bands.base().high(), currency)
        + ", stock " + money(bands.stock().high(), currency) + " a year and bonus "
        + money(bands.bonus().high(), currency) + ", with totals of " + Money.compact(bands.total(), currency)
        + " a year.");
    Offer offer = Cards.usable(c.offer(), region);
    if (offer != null && !offer.isEmpty()) {
      List<Position> placed = positions.of(offer, region);
      placed.stream().filter(p -> p.component() == Component.TOTAL).findFirst()
          .or(() -> placed.stream().filter(p -> p.component() == Component.BASE).findFirst())
          .ifPresent(p -> line.append(" Their offer: ").append(p.line()));
    }
    line.append(" Say it politely, and ask anyway: \"I understand. Based on the ").append(region.shortName())
        .append(" market for ").append(s.guide().role().title()).append(" roles, is there flexibility on the ")
        // The ask in the band's currency (Cards.ask): a counter kept from another place's band is no figure here.
        .append(ask == null || !ask.currency().equals(currency) ? "base"
            : "base, toward " + new Money(ask.base(), currency).full())
        .append("?\" A no costs you nothing; the offer stands.");
    return line.toString();
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
