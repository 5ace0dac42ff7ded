package com.compcoach.coach;

import com.compcoach.guide.Architecture;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Lever;
import com.compcoach.guide.LeverAmount;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers about a {@link Topic} beside the pay: what the guide holds on it (its architecture, levers, level table,
 * bands), said plainly when it holds nothing, and the wording to ask. A figure shown is the guide's or the thread's.
 */
final class Topics {

  /** The answer to a topic in this thread. */
  String answer(Topic topic, Scene scene, Conversation c, Counteroffer ask) {
    Facts f = new Facts(scene, Cards.usable(c.offer(), scene.region()), ask);
    return switch (topic) {
      case RETIREMENT -> retirement(f);
      case TIME_OFF -> timeOff(f, c.terms());
      case REMOTE -> c.companySide() ? remoteForUs(f) : remote(f);
      case LEVEL -> c.companySide() ? levelForUs(f) : level(f);
      case VISA -> visa(f);
      case START_DATE -> startDate();
      case BENEFITS -> benefits(f);
      case TUITION -> tuition(f);
      case HOUSING -> housing(f);
      case SIGN_ON -> signOn(f);
      case CLIFF -> cliff(f);
      case VESTING -> vesting(f);
      case REFRESH -> refresh(f, c.terms());
      case BONUS_GUARANTEE -> bonusGuarantee(f);
      case STOCK_FOR_BASE -> stockForBase(f);
      case SIGN_ON_FOR_BASE -> signOnForBase(f);
      case NON_COMPETE -> nonCompete(f);
      case WORK_WEEK -> workWeek(f);
      case BASE_ROOM -> baseRoom(f);
    };
  }

  /**
   * "there's some flexibility on base but not much": a little room is room, so the base in the ask stays and they are
   * asked how far it moves; only a most they name moves the rest of the ask to other parts (as a fixed base does).
   */
  private static String baseRoom(Facts f) {
    Long base = f.offer == null ? null : f.offer.base();
    StringBuilder line = new StringBuilder("Some room on base, even \"not much\", is room: it's no reason to shrink "
        + "your ask before they answer it.");
    if (base != null && f.ask != null && f.ask.base() > base) {
      line.append(" Keep the base in your ask (").append(f.money(f.ask.base())).append(", against their ")
          .append(f.money(base)).append(") and let them say how far it moves: \"Thank you for being open on base. "
              + "I'm aiming for ").append(f.full(f.ask.base())).append(": how close can you get?\"");
    } else {
      line.append(" Ask how far it can move: \"Thank you for being open on base. How far could it move?\"");
    }
    return line.append(" When they name the most they can do on base, tell me (\"base is capped at\" and their "
        + "figure): I'll keep that base and move the rest of your ask onto RSUs, the bonus or a sign-on.").toString();
  }

  /**
   * "what if I ask for 4 day weeks instead?": the guide's bands are full-time pay, so which kind of four-day week it is
   * decides whether the pay moves; asked for as a term of its own, in writing, never traded for a figure unsaid.
   */
  private static String workWeek(Facts f) {
    return f.holdsNothing("a four-day or compressed week") + " Ask which one they mean: a compressed week (the same "
        + "hours in four days) keeps the full pay; fewer hours is part-time, usually paid pro rata (four days is "
        + "often 80% of the base), and the bands I weigh your offer against are full-time pay. Settle the figures "
        + "first, then ask for the schedule as its own term: \"Would a four-day week be possible in this role, and "
        + "would it change the salary?\" Get what they agree in writing, since a manager's yes can change.";
  }

  private static String retirement(Facts f) {
    return f.holdsNothing("retirement plans or a 401(k) match") + " I leave a match out of the pay I weigh: a "
        + "match percent is not your bonus. A match is usually set by the plan for everyone, so it rarely moves; "
        + "ask what it is and when it vests: \"Could you send the benefits summary, with the 401(k) match and its "
        + "vesting schedule?\" If it's weaker than what you have now, ask for the difference in base or a sign-on, "
        + "not a bigger match.";
  }

  private static String timeOff(Facts f, OfferTerms terms) {
    List<String> given = terms == null ? List.of() : terms.timeOff();
    String letter = given.isEmpty() ? "" : " Their letter gives " + String.join("; ", given) + ".";
    if (given.stream().anyMatch(t -> t.contains("calendar day"))) {
      // A count in calendar days takes in weekends: weighed against working days it looks half again as long.
      letter += " Calendar days include weekends: 30 calendar days off is about 21 working days.";
    }
    return f.holdsNothing("paid time off") + letter + " Time off is usually set by policy, but an extra week, or unpaid time "
        + "before you start, is often granted when asked before you sign: \"How much paid time off does this role "
        + "have? Could we add a week, written into the offer?\" Get whatever they agree in writing.";
  }

  private static String remote(Facts f) {
    List<String> regions = f.scene.guide().regions().stream().map(Region::shortName).toList();
    return f.holdsNothing("remote or hybrid work") + " Its pay is set by region (" + String.join(", ", regions)
        + "): if you'd work remotely, ask which region's band your pay follows, since that moves every figure. "
        + "Say: \"Is this role hybrid or remote, how many days a week in the office, and could the arrangement be "
        + "written into the offer?\"";
  }

  /**
   * "she's asking for remote, how does that affect pay?" on the company's side: no adjustment the guide doesn't give,
   * the band the offer sits on, and the location question as the company's policy to answer.
   */
  private static String remoteForUs(Facts f) {
    List<String> regions = f.scene.guide().regions().stream().map(Region::shortName).toList();
    Range base = f.scene.region().bands().base();
    String offer = f.offer == null || f.offer.base() == null ? ""
        : " Your offer's base of " + f.money(f.offer.base()) + " stays as it is until you decide that.";
    return f.holdsNothing("remote or hybrid work") + " There is no remote discount or premium to quote from it: "
        + "don't name one it doesn't hold. Its pay is set by region (" + String.join(", ", regions) + "), and this "
        + "offer is on the " + f.place() + " base band (" + Money.compact(base, f.scene.region().currency()) + "): "
        + "whether a remote hire keeps that band or follows the region they live in is your policy's call, to tell "
        + "the candidate plainly before any figure moves." + offer + " Say: \"Thanks for raising it. Our offer is "
        + "set on the " + f.place() + " band for this role; here is what the role allows on location: [your "
        + "policy]. If remote changes the band, we'll tell you before anything changes in writing.\"";
  }

  /**
   * "panel thinks he's senior. if we up-level him what should the offer be?" on the company's side: the levels the
   * guide holds and what it gives figures for, and the level as the company's call; never the candidate's script.
   */
  private static String levelForUs(Facts f) {
    String currency = f.scene.region().currency();
    Range base = f.scene.region().bands().base();
    String offer = f.offer == null || f.offer.base() == null ? "" : " Your offer's base of "
        + Cards.money(f.offer.base(), currency) + " is at " + Math.round(100.0 * (f.offer.base() - base.low())
            / Math.max(1, base.high() - base.low())) + "% of it.";
    return levelsHeld(f) + " The " + f.place() + " base band it gives is " + Money.compact(base, currency) + "."
        + offer + " Leveling is your call, made on the panel's evidence, not a figure to trade: if you up-level, pay "
        + "from that level's own band (yours, since the guide has none), and say the new level and title in "
        + "writing with the figures. A well-prepared candidate will often ask to be assessed at the next level; "
        + "if you keep the level, a review at six months with its criteria is the usual answer.";
  }

  /** What the guide's level table holds, and that its bands are for one level only. */
  private static String levelsHeld(Facts f) {
    Guide guide = f.scene.guide();
    List<String> levels = guide.levelMapping().rows().stream().filter(r -> !r.isEmpty()).map(r -> r.get(0))
        .filter(s -> !s.isBlank()).toList();
    String title = guide.role().title();
    return levels.isEmpty()
        ? "The guide has no level table, and its bands are for " + title + " alone, so I have no figures for "
            + "another level."
        : "The guide's level table lists " + String.join(", ", levels) + "; its bands are for " + title
            + ", and it gives no figures for the other levels, so I won't guess them.";
  }

  private static String level(Facts f) {
    return levelsHeld(f) + " The level sets the band, so it moves pay more than any counter: if your experience matches a "
        + "higher level, ask to be assessed at it before you negotiate the figures. Say: \"Given my experience "
        + "[years, scope], I'd like to be considered for the next level up. How did you level me, and what is that "
        + "level's range?\" A title alone, without the level, costs them little and is easy to ask for. If they "
        + "won't move it now, ask for a level review in writing at six months, with what you'd need to show: \"If "
        + "we can't change the level now, could the offer include a level review at six months, with its criteria?\"";
  }

  private static String visa(Facts f) {
    String company = f.scene.guide().company().name();
    return f.holdsNothing("visa sponsorship") + " Sponsorship is not usually traded against pay, but settle it "
        + "before you sign: \"Before I sign, could you confirm in writing that " + company + " will sponsor (or "
        + "transfer) my visa, cover the legal and filing fees, and when the green card process would start?\"";
  }

  private static String nonCompete(Facts f) {
    // No guide holds a company's restrictions; the length typed is the user's and is never read as pay.
    return f.holdsNothing("non-competes or other restrictions") + " A non-compete is a term like any other before "
        + "you sign, and shorter or narrower is a common ask: ask to cut its length, to limit it to named direct "
        + "competitors, or to be paid while it runs (garden leave). Say: \"Could we shorten the non-compete to [6] "
        + "months and limit it to direct competitors? I want to be sure it fits what I'd do next.\" Whether one can "
        + "be enforced depends on where you work, so check the law there, and get any change written into the "
        + "offer.";
  }

  private static String startDate() {
    return "A start date is one of the easiest things to move: it costs them little, and it stays open even after "
        + "a verbal yes. Ask before you accept, with a reason: \"Would a start date of [date] work? I want to hand "
        + "over my current work properly.\" If starting later means leaving a bonus or a vesting date behind at your "
        + "current job, say so and ask for a sign-on to cover it.";
  }

  private static String benefits(Facts f) {
    return f.holdsNothing("health or other benefits") + " Benefits are mostly the same for everyone at a company, "
        + "so ask for the summary rather than negotiating them: \"Could you send the benefits summary (health, "
        + "retirement, leave) so I can compare the whole package?\" If something you have now is missing, ask for "
        + "the difference in base or a sign-on.";
  }

  /** "will they pay for my masters": a degree paid for is a benefit a guide seldom holds; asked for in writing. */
  private static String tuition(Facts f) {
    return f.holdsNothing("tuition or education support") + " Many employers pay part of a degree under a yearly "
        + "cap, often with a promise to stay a year or two after, so ask what theirs is before you count on it: "
        + "\"Do you offer tuition assistance for a part-time master's, and what is the yearly cap and any stay "
        + "requirement?\" If there is none, ask for a learning budget or a sign-on rather than more base.";
  }

  private static String housing(Facts f) {
    Architecture a = f.architecture();
    if (a.monthlyStipend() == null) {
      return f.holdsNothing("a housing stipend") + " Ask for it as part of relocation, as one-time money: "
          + "\"Could the relocation cover temporary housing for the first [months]?\" I leave it out of the pay I "
          + "weigh.";
    }
    return "The guide puts a stipend at " + f.range(a.monthlyStipend()) + " a month" + f.guideLine() + ". Ask near "
        + "its top, for a set period, in writing: \"Could the offer include a housing stipend of "
        + f.full(Precise.floor(a.monthlyStipend().high())) + " a month for the first year?\" Like relocation it's "
        + "one-time money from another budget, so I leave it out of the pay I weigh.";
  }

  private static String signOn(Facts f) {
    Range range = f.signOnRange();
    List<String> lines = new ArrayList<>();
    if (range == null) {
      lines.add(f.holdsNothing("sign-on bonuses") + " Size one by what you leave behind (unvested stock, a bonus "
          + "you'd forfeit) or what year 1 pays less than an average year: tell me what you leave (\"leaving 80k "
          + "unvested\") and the counter asks a sign-on to cover it.");
    } else {
      lines.add("The guide's sign-on range for this role is " + f.range(range) + f.signOnSource() + ". Ask near its "
          + "top with a precise figure, e.g. " + f.full(Precise.floor(range.high())) + ", and give it a reason: "
          + "stock or a bonus you leave behind, or a thin first year. It's their most flexible money: paid once, "
          + "outside the bands.");
    }
    if (f.ask != null && f.ask.signOn() > 0) {
      lines.add("Your counter already asks a sign-on of " + f.full(f.ask.signOn()) + ".");
    }
    return String.join("\n", lines);
  }

  private static String cliff(Facts f) {
    String yours = "";
    Grant grant = f.grant();
    if (grant != null && grant.schedule().cliff()) {
      yours = " Yours: " + f.money(grant.total()) + " over " + grant.years() + " years, so "
          + f.money(grant.firstYear()) + " vests at month 12 and nothing before; leave at month 11 and you get none "
          + "of it.";
    } else if (grant != null) {
      yours = " Your offer as you gave it (" + f.money(grant.total()) + " over " + grant.years() + " years) names "
          + "no cliff: ask whether there is one.";
    }
    return "A cliff is a wait before any of the grant vests: with a one-year cliff nothing vests in the first 12 "
        + "months, then the first year's share vests at once, and the rest monthly or quarterly after. Four years "
        + "with a one-year cliff is the most common RSU schedule." + yours
        + " That's why a sign-on matters more under a cliff: it's what you keep if you leave in year 1. If that "
        + "worries you, ask for a sign-on or a shorter cliff (six months).";
  }

  private static String vesting(Facts f) {
    String yours = "";
    Grant grant = f.grant();
    if (grant != null) {
      yours = " Yours: " + f.money(grant.total()) + " over " + grant.years() + " years ("
          + grant.schedule().written() + "), " + f.money(grant.firstYear()) + " in year 1" + (grant.schedule().cliff()
              ? ", after a one-year cliff" : "") + ".";
    }
    return "RSUs vest on a schedule: each vest turns part of the grant into shares you own, usually over four years "
        + "(25% a year; some companies back-load it, as 5/15/40/40), often after a one-year cliff and then monthly "
        + "or quarterly. Shares not yet vested are lost when you leave." + yours + " The guide's stock band is a "
        + "yearly average of the grant, which is how I weigh yours; say \"year by year\" for what each year pays.";
  }

  private static String refresh(Facts f, OfferTerms terms) {
    String held = terms != null && terms.refresh() != null
        ? "Your letter gives a refresh of " + f.money(terms.refresh()) + " a year; ask whether it is promised or "
            + "only typical."
        : f.holdsNothing("refresh grants") + " Your offer as you gave it names none either.";
    return "Refreshers are the yearly grants many companies add after the first, each vesting over its own years, so "
        + "your stock doesn't drop when the first grant finishes vesting. " + held + " I weigh only the grant you "
        + "were offered: a refresh is decided each year, not promised. Ask: \"What's the typical yearly refresh "
        + "grant at this level, and how is it decided?\" If they say refreshers are small, that's a reason to ask "
        + "for a larger first grant now.";
  }

  private static String bonusGuarantee(Facts f) {
    Offer offer = f.offer;
    String yours = offer == null || offer.bonus() == null ? "" : " Yours is " + f.money(offer.bonus())
        + (offer.bonusPercent() == null ? "" : " (" + percent(offer.bonusPercent()) + " of base)") + " at target.";
    return "A target bonus is a target, not a promise: it depends on your rating and the company's year, and year 1 "
        + "is often prorated by your start date." + yours + " The guide's " + f.place() + " bonus band is "
        + f.range(f.scene.region().bands().bonus()) + ". Ask what it has actually paid out the last two or three "
        + "years, whether year 1 is prorated, and, if it matters to you, for the first year guaranteed in writing: "
        + "\"Could the first year's bonus be guaranteed at target?\"";
  }

  private static String stockForBase(Facts f) {
    String asked = f.ask == null ? "" : " Your counter asks " + f.money(f.ask.stock()) + " a year in RSUs.";
    return "You can, but base is worth more per dollar: the bonus percent, raises and refresh grants are pegged to "
        + "it, and it's paid whatever the share price does, while RSUs vest over years and are lost if you leave. "
        + "That's why the counter fills base first. If they hold base, move the ask to RSUs, up to the " + f.place()
        + " stock band top of " + f.money(f.scene.region().bands().stock().high()) + " a year: say \"they won't move "
        + "on base\" and I'll move it." + asked;
  }

  /**
   * A sign-on offered in place of base: one-time money against pay that recurs, and whether the base has room left in
   * its band (then take the sign-on and still ask on base) or sits at its top (then the sign-on is the way to add).
   */
  private static String signOnForBase(Facts f) {
    Offer o = f.offer;
    Long once = o == null ? null : o.signOn();
    Range band = f.scene.region().bands().base();
    StringBuilder line = new StringBuilder(once == null ? "A sign-on" : "A " + f.money(once) + " sign-on");
    line.append(" is paid once; base is paid every year, raises are figured on it");
    if (o != null && o.bonusPercent() != null) {
      line.append(", and your ").append(percent(o.bonusPercent())).append(" bonus follows it");
    }
    line.append(once == null ? "." : ". Spread over four years, " + f.money(once) + " is " + f.money(once / 4)
        + " a year, and nothing after that.");
    Long base = o == null ? null : o.base();
    if (base == null) {
      line.append(" Tell me their base and I'll say whether it still has room in the ").append(f.place())
          .append(" base band (").append(f.range(band)).append(").");
    } else if (base >= band.high()) {
      line.append(" Their base of ").append(f.money(base)).append(" is at the ").append(f.place())
          .append(" base top (").append(f.money(band.high())).append("), so a sign-on is the right way to add "
              + "money here: take it.");
    } else {
      long toAsk = f.ask != null && f.ask.base() > base ? f.ask.base() : band.high();
      line.append(" Their base of ").append(f.money(base)).append(" still has ").append(f.money(band.high() - base))
          .append(" of room to the ").append(f.place()).append(" base top (").append(f.money(band.high()))
          .append("), so it isn't an even trade: take the sign-on and still ask on base. Say: \"Thank you for the "
              + "sign-on, I appreciate it. Is there still room to bring the base to ").append(f.full(toAsk))
          .append("?\" Trade base for a sign-on only where the base is at its band's top.");
    }
    return line.toString();
  }

  /** The guide's sign-on range: its compensation architecture's, else the first lever amount that names one. */
  static Range signOnRange(Guide guide) {
    if (guide.architecture() != null && guide.architecture().signOn() != null) {
      return guide.architecture().signOn();
    }
    return guide.levers().stream().flatMap(l -> l.amounts().stream())
        .filter(a -> a.refersTo() == LeverAmount.Reference.SIGN_ON && !a.percent()).map(LeverAmount::amount)
        .findFirst().orElse(null);
  }

  private static String percent(int hundredths) {
    return hundredths % 100 == 0 ? hundredths / 100 + "%" : hundredths / 100.0 + "%";
  }

  /** A grant as the thread gave it: its total over its years, and what year 1 vests. */
  private record Grant(long total, int years, long firstYear, Vesting schedule) {}

  /** What the answers draw on: the guide and region, the offer in the band's currency, and the ask standing. */
  private record Facts(Scene scene, Offer offer, Counteroffer ask) {

    String place() {
      return scene.region().shortName();
    }

    String money(long amount) {
      return new Money(amount, scene.region().currency()).compact();
    }

    String full(long amount) {
      return new Money(amount, scene.region().currency()).full();
    }

    String range(Range range) {
      return Money.compact(range, scene.region().currency());
    }

    Architecture architecture() {
      return scene.guide().architecture() == null ? Architecture.NONE : scene.guide().architecture();
    }

    String guideLine() {
      return " (" + scene.guide().path() + ")";
    }

    /** The plain statement that the guide has nothing on a subject, naming the guide. */
    String holdsNothing(String subject) {
      return "The " + scene.guide().role().title() + " guide (" + scene.guide().path() + ") holds nothing on "
          + subject + ", so I have no market figure for it.";
    }

    Range signOnRange() {
      return Topics.signOnRange(scene.guide());
    }

    String signOnSource() {
      if (architecture().signOn() != null) {
        return guideLine();
      }
      Lever lever = scene.guide().levers().stream()
          .filter(l -> l.amounts().stream().anyMatch(a -> a.refersTo() == LeverAmount.Reference.SIGN_ON))
          .findFirst().orElse(null);
      return lever == null ? "" : " (lever " + lever.number() + ", \"" + lever.title() + "\")";
    }

    /** The grant the offer's stock comes from; null without stock. */
    Grant grant() {
      if (offer == null || offer.stock() == null || offer.stock() <= 0) {
        return null;
      }
      Vesting schedule = offer.vesting() != null ? offer.vesting() : Vesting.EVEN_FOUR_YEARS;
      int years = offer.grantYears() != null ? offer.grantYears() : schedule.years();
      long total = offer.stock() * years;
      return new Grant(total, years, schedule.firstYear(offer.stock()), schedule);
    }
  }
}
