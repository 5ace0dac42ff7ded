package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Answers for the company's side of a thread (a recruiter or a hiring manager preparing or defending an offer): the
 * band, where their offer sits, how high the band goes and what a well-prepared candidate will likely ask, every
 * figure from the guide or the thread. Never a candidate's ask to send, never a candidate's walk-away.
 */
final class CompanySide {

  private final Cards cards;
  private final Positions positions;
  private final Clock clock;

  CompanySide(Cards cards, Positions positions, Clock clock) {
    this.cards = cards;
    this.positions = positions;
    this.clock = clock;
  }

  /** "should we include a sign-on?" from the company's side: one-time money, the guide's range, when to offer it. */
  static String signOn(Scene s) {
    Range range = Topics.signOnRange(s.guide());
    String currency = s.region().currency();
    return "Cheapest first: a sign-on is paid once; RSUs cost what vests and carry no bonus; base recurs, and the "
        + "bonus percent and every raise grow with it. A sign-on closes a gap without touching the bands: it moves no "
        + "one's yearly pay."
        + (range == null ? " The guide gives no sign-on range for this role, so size it to what she leaves behind "
            + "(unvested stock, a bonus due) and no more."
            : " The guide's sign-on range for this role is " + Money.compact(range, currency) + "; a well-prepared "
                + "candidate will likely ask near its top, more so with stock or a bonus to leave behind.")
        + " Offering part of it up front buys goodwill; holding the rest back leaves you something to add when the "
        + "candidate counters, instead of moving the base past its band.";
  }

  /**
   * "can we close her without going above 210 base?": the base held at that cap (its bonus percent with it), the
   * stock raised to its band top, and what that year leaves against her competing offer or the counter she will
   * likely send: the rest is one-time money or a level. Never stored: the offer stays as made.
   */
  Turn capped(Scene s, Conversation c, long cap, Venue venue) {
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    if (offer == null || offer.base() == null) {
      return new Turn(c, new Reply.Text("Tell me your offer's base, stock and bonus first, and I'll weigh what a base "
          + "of at most " + money(cap, currency) + " can close."));
    }
    if (offer.base() > cap) {
      // Their offer already pays past the base they want to keep under: no plan holds the base there.
      return new Turn(c, new Reply.Text("Your offer's base of " + money(offer.base(), currency) + " is already past the "
          + money(cap, currency) + " you named: keeping under it means lowering the offer, which rarely closes anyone. "
          + "Hold the base where it is and close any gap with a sign-on or stock."));
    }
    Bands bands = s.region().bands();
    long base = Math.max(offer.base(), cap);
    Offer held = offer.with(Component.BASE, base);
    long stockTop = Precise.floor(bands.stock().high());
    long stock = Math.max(held.stock() == null ? 0 : held.stock(), stockTop);
    long bonus = held.bonus() == null ? 0 : held.bonus();
    long year = base + stock + bonus;
    Competing competing = c.competingIn(currency);
    Counteroffer likely = cards.card(s, c, venue, List.of(), LocalDate.now(clock)).reply() instanceof Reply.Card k
        ? k.counter() : null;
    long against = competing != null && !competing.partial() ? competing.total() : likely == null ? 0 : likely.total();
    String whose = competing != null && !competing.partial() ? "her competing offer of " + money(against, currency)
        + " a year" : "the counter she will likely send (" + money(against, currency) + " a year)";
    StringBuilder out = new StringBuilder("With base held at " + new Money(base, currency).full()
        + (held.bonus() != null && !held.bonus().equals(offer.bonus()) ? " (its bonus at the same percent, "
        + new Money(bonus, currency).full() + ")" : "") + " and RSUs raised to the band's top, "
        + new Money(stock, currency).full() + " a year, the year comes to " + new Money(year, currency).full() + ".");
    if (against == 0 || year >= against) {
      out.append(against == 0 ? "" : " That meets " + whose + " without going past the base you named.");
    } else {
      long gap = against - year;
      out.append(" That is ").append(money(gap, currency)).append(" a year short of ").append(whose)
          .append(": a sign-on carries it once (").append(money(gap, currency)).append(" for the first year, ")
          .append(money(gap * YearByYear.YEARS, currency)).append(" to match four years), the bonus can rise toward its ")
          .append(money(bands.bonus().high(), currency)).append(" top, or a level up is the way past the base cap.");
    }
    out.append(" Nothing here changes your offer on record: it stays at ")
        .append(new Money(offer.recurringTotal() == null ? offer.base() : offer.recurringTotal(), currency).full())
        .append(offer.recurringTotal() == null ? " base." : " a year.");
    return new Turn(c, new Reply.Text(out.toString()));
  }

  /**
   * What meets the candidate's competing offer a year for a year, from the offer's own figures: the gap, and the base
   * that closes it (its bonus percent rising with it) against the base band; null with no competing offer to weigh.
   */
  static String meeting(Scene s, Offer offer, Competing competing) {
    String currency = s.region().currency();
    if (offer == null || competing == null || competing.partial() || !competing.currency().equals(currency)) {
      return null;
    }
    String theirs = (competing.from() == null ? "The competing offer" : competing.from() + "'s offer") + " of "
        + money(competing.total(), currency) + " a year";
    if (offer.base() == null) {
      return theirs + " can't be weighed against your offer yet: tell me its base, stock and bonus.";
    }
    // Weighed on the parts the company named; an offer that names no stock is said to be weighed without it.
    long yours = offer.recurringTotal() != null ? offer.recurringTotal()
        : offer.base() + (offer.stock() == null ? 0 : offer.stock()) + (offer.bonus() == null ? 0 : offer.bonus());
    String without = offer.recurringTotal() != null || offer.stock() != null ? "" : " (no stock named)";
    if (yours >= competing.total()) {
      return theirs + " is met already: yours pays " + money(yours, currency) + " a year" + without + ".";
    }
    if (competing.total() > s.region().bands().total().high()) {
      return theirs + " is " + money(competing.total() - yours, currency) + " more than your "
          + money(yours, currency) + without + " and past the band's top of "
          + money(s.region().bands().total().high(), currency) + " a year: matching it is a question of level, "
          + "not a bigger number in this band.";
    }
    long pct = offer.bonusPercent() == null ? 0 : offer.bonusPercent();
    long fixed = yours - offer.base() - (pct == 0 ? 0 : offer.bonus());
    // A bonus given as a percent of base rises with the base, so the base that meets it is less than the whole gap.
    long base = ceilThousand((competing.total() - fixed) * 10_000 / (10_000 + pct));
    Range band = s.region().bands().base();
    boolean onBase = base <= band.high();
    return theirs + " is " + money(competing.total() - yours, currency) + " more than your "
        + money(yours, currency) + without + (onBase ? ". You can match it inside the band. On base alone: a base of "
            : ". To meet it on base alone: a base of ")
        + new Money(base, currency).full()
        + (pct == 0 ? "" : " (its " + pct / 100 + "% bonus rising with it)")
        + (onBase ? ", inside the " + Money.compact(band, currency) + " base band; a little past it beats "
            + "the offer." : ", past the base band's top of " + money(band.high(), currency) + ": bridge the rest with "
            + "stock or a one-time sign-on, or it is a question of level.");
  }

  private static long ceilThousand(long amount) {
    return (amount + 999) / 1_000 * 1_000;
  }

  /**
   * The candidate's no to our offer, told by the team: "she declined", "he turned it down", "the candidate said no".
   * Never "declined her ask" (ours to her) or "we said no" (CompanyFacts' turned-down).
   */
  private static final Pattern SAID_NO = Pattern.compile("\\b(?:she|he|they|the candidate|candidate)\\s+(?:has\\s+|"
      + "just\\s+|then\\s+|ultimately\\s+)?(?:declined|turned (?:us|it|the offer|our offer|us) down|turned down (?:the|our) "
      + "offer|said no|walked(?: away)?|passed|rejected (?:it|the offer|our offer))\\b(?!\\s+(?:her|his|the)\\s+ask)",
      Pattern.CASE_INSENSITIVE);

  /** The answer to what the company side asked ("how high can we go?", "is our offer competitive?"). */
  Turn answer(Intent intent, Scene s, Conversation c, String text, Venue venue) {
    return new Turn(c, new Reply.Text(String.join("\n", lines(intent, s, c, text, venue, "Your offer: "))));
  }

  /** The answer's lines; {@code offerLead} opens the offer's line ("Your offer: ", or "If you offer " in a what-if). */
  private List<String> lines(Intent intent, Scene s, Conversation c, String text, Venue venue, String offerLead) {
    Region region = s.region();
    String currency = region.currency();
    Bands bands = region.bands();
    List<String> lines = new ArrayList<>();
    // "can you tell me the lowest base in the band?", "give me the minimum stock we can offer": the company's own
    // floor, asked with walk-away-advice's words; the band below answers it, with no word on the candidate's walk-away.
    if (intent instanceof Intent.WalkAwayAdvice && !OWN_FLOOR.matcher(text).find()) {
      // "DM me her walk-away": a walk-away is never said in a channel, and the company's side never holds hers.
      lines.add("A candidate's walk-away is theirs to set and keep, so I don't guess it from your side"
          + (venue == Venue.SHARED_CHANNEL ? "; a walk-away is never said in a channel, and I hold none of hers to "
          + "send you in a DM either" + (c.baseAsk() == null ? "" : "; what she told you is her ask of "
          + money(c.baseAsk(), currency) + " base") : "") + ". What the guide gives is the market they will argue from:");
    }
    Turn card = cards.card(s, c, venue, List.of(), LocalDate.now(clock));
    if ((intent instanceof Intent.Email || intent instanceof Intent.Tone) && card.reply() instanceof Reply.Card said) {
      lines.add("What to say: " + said.script());
    }
    if (intent instanceof Intent.Claim) {
      lines.add("You can't check it from here, and most candidates don't invent an offer. Ask, without doubting them: "
          + "\"Thanks for telling us. Could you share its figures in writing, so we can weigh it properly?\" Then "
          + "weigh it against the band, below.");
    }
    if (MATCH.matcher(text).find() && (c.competing() == null || !c.competing().currency().equals(currency))) {
      lines.add("Match what? No competing offer for the candidate is on record here: tell me its figures (\"she has "
          + "250k TC from Capital One\") and I'll say what meets it and whether the band reaches it.");
    }
    String weighed = weighed(s, text);
    if (weighed != null) {
      lines.add(weighed);
    }
    if (LESS_BASE.matcher(text).find() && SIGN_ON.matcher(text).find()) {
      lines.add(lessBase(s));
    }
    Offer offer = Cards.usable(c.offer(), region);
    String where = region.shortName();
    if (offer != null) {
      Offer o = offer;
      positions.of(o, region).stream().filter(p -> p.component() == Component.TOTAL
              || o.recurringTotal() == null && p.component() == Component.BASE)
          .findFirst().ifPresent(p -> lines.add(offerLead + TextRenderer.offer(o, currency) + ". " + p.line()));
    }
    boolean referral = text.contains("referral") || text.contains("referred");
    if (referral) {
      // "she came in as a referral, does the referral bonus come out of the offer budget?": the referrer's, not hers.
      String[] who = ReferralBonus.candidate(text);
      lines.add("A referral bonus is paid to the employee who referred " + who[0] + ", under your referral policy: it "
          + "is no part of " + who[1] + " offer and never comes off it, and the guide holds no figure for it (which "
          + "budget carries it is your finance team's rule).");
    }
    if (intent instanceof Intent.CurrentPay) {
      // "is 15% above her current pay normal?": her pay today from the company's side, never the candidate's script.
      lines.addAll(HerPayToday.lines(s, c, offer, text));
    }
    // "the referral bonus": the referrer's, never the offer's bonus part.
    Component part = referral && named(text) == Component.BONUS ? null : named(text);
    if (part != null && weighed == null) {
      Long offered = offer == null ? null : offer.of(part);
      lines.add("The " + where + " " + part.label() + " band: " + Money.compact(bandOf(bands, part), currency)
          + (part == Component.STOCK ? " a year" : "") + (offered == null ? "; your offer names no "
              + part.label() + " yet." : "; your offer's " + part.label() + " is " + money(offered, currency) + "."));
    }
    if (intent instanceof Intent.BaseFixed && offer != null && offer.base() != null) {
      lines.add(baseFixed(s, offer));
    }
    Range target = s.aimRange();
    lines.add("The " + where + " band for " + s.guide().role().title() + ": base " + Money.compact(bands.base(), currency)
        + ", stock " + Money.compact(bands.stock(), currency) + " a year, bonus " + Money.compact(bands.bonus(),
        currency) + ", total " + Money.compact(bands.total(), currency) + ". The guide tells candidates to push for "
        + Money.compact(target, currency) + " a year (its Negotiate-Up target).");
    lines.add("How high the band goes: base " + money(bands.base().high(), currency) + ", stock "
        + money(bands.stock().high(), currency) + " a year, bonus " + money(bands.bonus().high(), currency)
        + ". Past a band's top is a question of level, not a bigger number in the same band.");
    if (Approvals.asked(text) && (c.ceiling() == null || !s.guide().approvals().isEmpty())) {
      // With the company's own approval kept ("approved up to 175"), that is the line; the guide's is said if it has one.
      lines.add(Approvals.withoutApproval(s));
    }
    lines.addAll(Approvals.crossed(s, offer));
    if (card.reply() instanceof Reply.Card k && offer != null && SAID_NO.matcher(text).find()) {
      // "we offered 185 base, she declined, said the equity was too low": the offer did not close, so never "closes
      // in one small round"; the room it left, and the way back.
      lines.add("The candidate said no to this offer. " + OurQuestions.lookingBack(s, offer));
    } else if (card.reply() instanceof Reply.Card k) {
      if (k.counter() != null && offer != null) {
        List<String> asks = Cards.asks(offer, k.counter(), currency);
        lines.add("A well-prepared candidate will likely counter near " + money(k.counter().total(), currency)
            + " a year" + (asks.isEmpty() ? "" : ": " + Cards.join(asks)) + ". That is the counter I would give "
            + "them from this guide; an offer inside the target usually closes in one small round.");
      } else {
        lines.add("A well-prepared candidate will aim near " + money(k.aim(), currency) + " a year and try not to "
            + "name it first; an offer inside the target usually closes in one small round.");
        if (intent instanceof Intent.AskAim || intent instanceof Intent.OtherProcess) {
          // "where should we come in?" before any offer: the figures that close, not a candidate's script.
          lines.add("Where to come in: inside the target, " + Money.compact(target, currency) + " a year, with the "
              + "base in the top half of its band (" + money(bands.base().mid(), currency) + "–"
              + money(bands.base().high(), currency) + "); an offer under the target invites a full counter.");
        }
      }
    }
    Competing competing = c.competing();
    if (competing != null && competing.currency().equals(currency)) {
      Long yours = offer == null ? null : offer.recurringTotal();
      lines.add("The candidate's competing offer" + (competing.from() == null ? "" : " from " + competing.from())
          + " is " + competing.named() + (competing.partial() ? ": only that part is known."
              // "she has a competing 200 from Stripe" then "can we match?": what matching that part costs.
              + CompetingParts.beatsNoteForCompany(competing, offer) + " Ask the candidate for its whole year "
              + "before weighing it a year for a year." : yours == null ? (offer == null ? "."
              : ": your offer gives only its " + Cards.join(java.util.stream.Stream.of(Component.BASE,
                  Component.STOCK, Component.BONUS).filter(p -> offer.of(p) != null).map(Component::label)
                  .toList()) + " so far; tell me the rest to weigh the two a year against a year.")
              : yours >= competing.total() ? ": yours already pays as much a year."
              : ": matching it a year for a year takes " + money(competing.total() - yours, currency)
                  + " more than your offer.")
          + (competing.total() > bands.total().high() ? " It is past the band's top, so matching it is a level "
              + "question." : ""));
    }
    return lines;
  }

  /**
   * "what if we do 180 base and 15% bonus?": the offer the company is weighing, answered as its own offer would be
   * (where it sits, what a candidate will likely counter, any competing offer), and never stored.
   */
  Turn whatIf(Scene s, Conversation c, Offer proposed, Venue venue) {
    List<String> lines = lines(new Intent.Accept(), s, c.withOffer(proposed), "", venue, "If you offer ");
    lines.add("Nothing is stored: when you make the offer, tell me its figures (\"we offered 180 base\").");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /** "can we go lower on base if we add a sign-on?": once, yes; what it costs the candidate after year one. */
  private static String lessBase(Scene s) {
    Range range = Topics.signOnRange(s.guide());
    String currency = s.region().currency();
    return "A sign-on can stand in for part of the base once, and the candidate will weigh it as that: each dollar "
        + "of base recurs every year (with its bonus percent), a sign-on is paid once, so after year one the trade is "
        + "hers to lose. It lands best as a bridge: the base she asked for where the " + s.region().shortName()
        + " band allows (to " + money(s.region().bands().base().high(), currency) + "), or a smaller base now with "
        + "the sign-on" + (range == null ? "" : " (the guide's range is " + Money.compact(range, currency) + ")")
        + " and a written review date. Expect her to count the yearly difference.";
  }

  /** "how do we tell him the base is fixed?": the words to say it, and the room left in the other parts' bands. */
  private static String baseFixed(Scene s, Offer offer) {
    Bands bands = s.region().bands();
    String currency = s.region().currency();
    List<String> room = new ArrayList<>();
    if (offer.stock() != null && offer.stock() < bands.stock().high()) {
      room.add("RSUs up to " + money(bands.stock().high(), currency) + " a year (yours " + money(offer.stock(), currency)
          + ")");
    }
    if (offer.bonus() != null && offer.bonus() < bands.bonus().high()) {
      room.add("the bonus up to " + money(bands.bonus().high(), currency) + " (yours " + money(offer.bonus(), currency)
          + ")");
    }
    Range signOn = Topics.signOnRange(s.guide());
    if (signOn != null) {
      room.add("a sign-on in the guide's " + Money.compact(signOn, currency));
    }
    return "To tell the candidate: \"The base is set at " + new Money(offer.base(), currency).full() + " for this "
        + "level. Where we can move is the rest of the package: the bonus, the RSUs or a sign-on.\" Say it once, "
        + "early, with what you can offer beside it." + (room.isEmpty() ? "" : " Your room inside the "
        + s.region().shortName() + " bands: " + String.join(", ", room) + ".");
  }

  /** "can we go lower on base", "less base": the company weighs base against one-time money. */
  private static final java.util.regex.Pattern LESS_BASE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:lower|less|smaller|reduce|cut|under)\\b[^.?!]*\\b(?:base|salary)\\b|\\b(?:base|salary)\\b[^.?!]*\\b(?:lower|less)\\b"
      // "can we do a sign-on instead of base?": one-time money in place of a raise.
      + "|\\b(?:instead of|rather than|in place of|not)\\s+(?:more\\s+|a\\s+higher\\s+|the\\s+)?(?:base|salary)\\b");
  private static final java.util.regex.Pattern SIGN_ON = java.util.regex.Pattern.compile(
      "(?i)\\b(?:sign[- ]?on|signing|joining)\\b");

  /** "the lowest base in the band", "the minimum stock we can offer": the company's floor, not the candidate's. */
  private static final java.util.regex.Pattern OWN_FLOOR = java.util.regex.Pattern.compile(
      "(?i)\\b(?:in|of) (?:the|our) band\\b|\\b(?:we|can we) (?:can )?(?:offer|pay|give|go)\\b");

  /** "should we match it?", "can we match": the company asks whether to meet the candidate's other offer. */
  private static final java.util.regex.Pattern MATCH = java.util.regex.Pattern.compile("(?i)\\bmatch(?:ing)?\\b");

  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
      "(?<![\\d.,$])\\$?\\d{2,3}(?:,\\d{3})?[kK]?(?![\\d%])");
  private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile(
      "(?i)\\b(base|salary|bonus|stock|equity|rsus?)\\b");

  /** The pay part a question names ("is our bonus competitive?"), or null. */
  private static Component named(String text) {
    java.util.regex.Matcher m = PART.matcher(text);
    if (!m.find()) {
      return null;
    }
    String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
    return word.startsWith("base") || word.startsWith("salary") ? Component.BASE
        : word.startsWith("bonus") ? Component.BONUS
        : Component.STOCK;
  }

  private static Range bandOf(Bands bands, Component part) {
    return switch (part) {
      case BASE -> bands.base();
      case BONUS -> bands.bonus();
      case STOCK -> bands.stock();
      default -> bands.total();
    };
  }

  /** A figure asked about ("is 170 competitive there?") placed in the band it fits, or null when none was. */
  private String weighed(Scene s, String text) {
    java.util.regex.Matcher figure = FIGURE.matcher(text);
    if (!figure.find()) {
      return null;
    }
    String loose = figure.group();
    Placing.Placed placed = Placing.place(loose, s.region());
    if (placed == null || placed.fits().isEmpty()) {
      return null;
    }
    Component part = placed.fits().get(0);
    Offer alone = Offer.none(s.region().currency()).with(part, placed.value());
    return positions.of(alone, s.region()).stream().filter(p -> p.component() == part).findFirst()
        .map(p -> "Taking " + loose + " as the " + part.label() + ": " + p.line()).orElse(null);
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }
}
