package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Lever;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the questions a candidate asks in a thread ("what should I ask for?", "should I accept?", "what if they
 * say no?"), each from the conversation's own figures: the offer, the standing ask, the bands and the aim.
 */
final class Answers {

  /** How equity is valued: no figures, since the offer rarely gives what options are worth. */
  static final String EQUITY_VALUE = "RSUs are worth their grant value spread over the vesting years: \"200k RSU over "
      + "4 years\" is 50k a year. Options are worth the share price minus the strike, times the options, and only "
      + "once the shares can be sold, so an offer rarely says. Ask them for the latest share valuation (the 409A or "
      + "preferred price), the shares outstanding and how long you have to exercise after leaving. Then tell me a "
      + "yearly value (\"options worth 40k a year\") and I'll count it as stock; until then I leave the options out "
      + "rather than guess.";

  /** Another process with no offer yet: leverage on timing, and no figure the candidate doesn't have. */
  static final String OTHER_PROCESS = "Being in late rounds elsewhere is leverage on timing, not on figures: don't "
      + "quote a number you don't have. You can say: \"I'm in final rounds with another company and expect to hear "
      + "soon. I'd love to make this work: is there room to improve the offer, and when do you need my answer?\" "
      + "If you need more time, say \"extension\" and I'll draft the ask. When the other company makes an offer, "
      + "tell me (\"Globex offered 240k TC\") and I'll weigh it against this one.";

  private final Counteroffers counteroffers = new Counteroffers();
  private final Cards cards = new Cards();
  private final RealityCheck reality = new RealityCheck();
  private final Topics topics = new Topics();

  /** "is that realistic?", "am I being greedy asking for 220 base?": {@link RealityCheck}. */
  Turn realistic(Scene scene, Conversation c, Reading reading, String message, Venue venue) {
    Plan p = plan(scene, c);
    // In a channel an aim lifted to the walk-away would name it: weigh the market's aim there.
    long aim = venue == Venue.SHARED_CHANNEL && c.walkAway() != null ? p.plainAim() : p.aim();
    return answer(c, c.subject(), List.of(reality.answer(new RealityCheck.Thread(scene, p.offer(), p.competing(),
        c.walkAway(), p.ask(), aim, venue), reading, message)));
  }

  /** "and the bonus?", "what about the stock?": that part as offered, against its band, and as the counter asks it. */
  Turn part(Scene scene, Conversation c, Component part, Venue venue) {
    Plan p = plan(scene, c);
    Region region = scene.region();
    String label = part.label() + (part == Component.STOCK ? " (a year)" : "");
    Long offered = p.offer() == null ? null : p.offer().of(part);
    Range band = part == Component.SIGN_ON ? p.signOnRange() : region.bands().of(part);
    String bandName = part == Component.SIGN_ON ? "the guide's sign-on range" : "the " + p.place() + " " + label
        + " band";
    List<String> lines = new ArrayList<>();
    if (offered != null && offered > 0 && part != Component.SIGN_ON) {
      lines.add(new Positions().position(part, offered, region).line());
      String rival = againstCompeting(p, part, offered, c.companySide());
      if (rival != null) {
        lines.add(rival);
      }
    } else if (offered != null && offered > 0) {
      lines.add("Their sign-on is " + p.full(offered) + (band == null ? "; the guide gives no sign-on range."
          : ", against " + bandName + " of " + p.range(band) + "."));
    } else if (band == null || band.high() == 0) {
      lines.add("The guide gives no " + label + " for this role in " + p.place() + ", so there's no market figure "
          + "to ask for on it.");
    } else {
      boolean unsaid = p.offer() != null && offered == null;
      lines.add((p.offer() == null ? "I don't have their offer yet" : unsaid ? "Their offer as you gave it names no "
          + label + " yet" : "Their offer as you gave it has no " + label) + "; " + bandName + " is "
          + p.range(band) + ".");
      if (unsaid && !c.companySide() && (part == Component.BONUS || part == Component.STOCK)) {
        // A yearly part never talked about is unknown, not nothing: ask before countering the total.
        lines.add("Ask before you counter: \"Is there a " + (part == Component.STOCK ? "stock or RSU grant"
            : "target " + label) + " with this offer, and what is it?\" Then tell me, and I'll weigh the whole"
            + " offer.");
      }
    }
    Counteroffer ask = p.ask();
    if (ask != null) {
      long asked = switch (part) {
        case BASE -> ask.base();
        case STOCK -> ask.stock();
        case BONUS -> ask.bonus();
        case TOTAL -> ask.total();
        default -> ask.signOn();
      };
      String whose = c.companySide() ? "A well-prepared candidate's counter" : p.standing() ? "Your standing ask"
          : "The counter";
      String what = switch (part) {
        case BASE -> "a base of " + p.full(asked);
        case STOCK -> "RSUs of " + p.full(asked) + " a year";
        case BONUS -> "a bonus of " + p.full(asked);
        case TOTAL -> p.full(asked) + " a year in all";
        default -> "a sign-on of " + p.full(asked);
      };
      lines.add(asked > (offered == null ? 0 : offered) ? whose + " asks for " + what + "."
          : asked > 0 ? whose + " leaves the " + label + " as offered (" + p.full(asked) + ")."
          : whose + " asks no " + label + (part == Component.SIGN_ON ? ": it's the one to ask for if they won't move "
              + "on the yearly figures." : "."));
    }
    return answer(c, c.subject(), lines);
  }

  /**
   * "same for bonus?" beside a competing offer that names the part: whether it is leverage there ("Capital One pays
   * more on it") or not ("under this offer's: no need to match it"); null when it names no such part.
   */
  private static String againstCompeting(Plan p, Component part, long offered, boolean companySide) {
    Competing other = p.competing();
    Long theirs = other == null || companySide || !other.currency().equals(p.currency()) ? null : other.part(part);
    if (theirs == null) {
      return null;
    }
    // "your current employer" opens the sentence here, so it is said as the offer to stay it is.
    String who = other.from() == null ? "Your competing offer" : Attribution.STAYING_NAME.equals(other.from())
        ? "Your current employer's offer to stay" : other.from();
    String label = part.label();
    return theirs > offered
        ? who + " pays more on it (" + p.money(theirs) + " against " + p.money(offered) + "): ask at least that."
        : Cards.possessive(who) + " " + label + " is " + p.money(theirs) + (theirs.longValue() == offered
            ? ", the same as this offer's: nothing to match there." : ", under this offer's " + p.money(offered)
            + ": no need to match it there, and it's no leverage on the " + label + ".");
  }

  /** "what about 401k match?", "what's a cliff?": {@link Topics}. */
  Turn topic(Topic topic, Scene scene, Conversation c) {
    return answer(c, c.subject(), List.of(topics.answer(topic, scene, c, plan(scene, c).ask())));
  }

  /** "what if they ask my current salary?": keep it private and answer with the market or the counter. */
  Turn currentPay(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    String market = "From my research on " + scene.guide().role().title() + " roles in " + p.place() + ", ";
    String say = p.ask() == null
        ? market + "I'm looking at a total around " + p.money(venue == Venue.SHARED_CHANNEL ? p.plainAim() : p.aim())
            + " a year."
        : market + "I'm asking for " + p.full(p.ask().total()) + " a year.";
    return answer(c, c.subject(), List.of("You don't have to share your current pay, and some places don't let "
        + "employers ask (check what applies where you are). What you earn now is about your old job; the offer should be about "
        + "this one. Say: \"I'd rather focus on what this role pays. " + say + "\" If they press, repeat it: the "
        + "market for the role is the answer."));
  }

  /** "what should my walk-away be?": what it is and where the offer stands; never asked for in a shared channel. */
  Turn walkAwayAdvice(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    List<String> lines = new ArrayList<>();
    String alternative = p.competing() != null ? "your competing offer" + from(p.competing()) + " of "
        + p.competing().named() + ", your current job, or what you need"
        : "your current job, another offer, or what you need";
    lines.add("Your walk-away is the least you'd take before choosing your best alternative instead: "
        + alternative + ". It's yours, not the market's, so the guide can't set it; it can tell you where the offer "
        + "stands: the " + p.place() + " total band is " + p.range(p.region().bands().total()) + " a year"
        + (p.offer() != null && p.offer().recurringTotal() != null ? ", and their offer is "
            + p.money(p.offer().recurringTotal()) : "") + ".");
    lines.add("If they ask you for it (\"what's the lowest you'd accept?\"), never say it: restate your ask.");
    if (venue == Venue.SHARED_CHANNEL) {
      lines.add("Don't type it here, where the channel can read it: DM me (\"my walk-away is …\") and I'll hold every "
          + "ask above it.");
    } else if (c.walkAway() != null) {
      lines.add("You told me " + p.money(c.walkAway()) + ": no counter goes below it. Tell me a new one to change it.");
    } else {
      lines.add("When you have it, tell me (\"my walk-away is 240k\") and no counter will go below it.");
    }
    return answer(c, c.subject(), lines);
  }

  /**
   * "should I mention my other offer?": name it when it beats theirs, else only that there is one. {@code matchAsked}:
   * the user asked whether they will match it ("will they match?"), which only they can answer; asking is the way.
   */
  Turn mentionOffer(Scene scene, Conversation c, Venue venue, boolean matchAsked) {
    Plan p = plan(scene, c);
    Competing competing = p.competing();
    Long offered = p.offer() == null ? null : p.offer().recurringTotal();
    String line;
    if (competing == null && matchAsked) {
      line = "To ask them to match, you need a real offer, ideally in writing: a claimed one that isn't can cost you "
          + "this one. Tell me its figures and who made it (\"Globex offered 240k TC\") and I'll weigh it and put it in "
          + "the counter.";
    } else if (competing == null) {
      line = "Only a real one, ideally in writing: a claimed offer that isn't can cost you this one. Without one, "
          + "say: \"I'm keeping my options open, but this role is my first choice.\" If you have one, tell me its "
          + "figures and who made it (\"Globex offered 240k TC\") and I'll weigh it and put it in the counter.";
    } else if (offered == null || competing.total() > offered) {
      line = (matchAsked ? "Only they can say, and asking is how you find out: name it" : "Yes: name it")
          + ", with its figure and who made it: \"I have an offer" + from(competing) + " at "
          + competing.named(p::full) + ", and I'd prefer to join you.\" It's your strongest argument, and the counter "
          + "already leans on it.";
    } else if (!competing.beats(p.offer()).isEmpty()) {
      // Known by a part ("Capital One at 205 base"): stronger on that part, so that part's figure is the argument.
      List<Component> parts = competing.beats(p.offer());
      line = (matchAsked ? "Ask them to match the part it beats: " : "Yes, with the part it beats: ") + Cards.join(parts.stream().map(part -> p.money(competing.part(part))
          + " " + part.label() + " against their " + p.money(p.offer().of(part))).toList()) + ". Say: \"I have an offer"
          + from(competing) + " with a " + parts.get(0).label() + " of " + p.full(competing.part(parts.get(0)))
          + ", and I'd prefer to join you.\" Name the company if you're comfortable: it makes the offer concrete; keep "
          + "the letter itself to yourself.";
    } else {
      line = (matchAsked ? "There's nothing for them to match. " : "")
          + "Mention that you have one, not its figure: their " + p.money(offered) + " a year is already above it ("
          + competing.named() + "), and the figure would only anchor them lower. Say: \"I have another "
          + "offer, but I'd prefer to join you.\"";
    }
    return answer(c, c.subject(), List.of(line));
  }

  /**
   * "ok I'll accept": the user's call. One line on what stands against it (the walk-away, a stronger competing offer,
   * the target), never pressing, then how to accept in writing.
   */
  Turn decided(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    Long total = p.offer() == null ? null : p.offer().recurringTotal();
    if (total == null) {
      return answer(c, c.subject(), List.of("Before you say yes, tell me the offer's figures (\"180k base, 50k rsu, "
          + "40k bonus\") and I'll tell you where it stands."));
    }
    List<String> lines = new ArrayList<>();
    Range target = scene.aimRange();
    if (c.walkAway() != null && total < c.walkAway()) {
      lines.add("Before you do: " + p.money(total) + " a year is under your walk-away" + (venue == Venue.DIRECT_MESSAGE
          ? " of " + p.money(c.walkAway()) : "") + ". If it still works for you, it's your call.");
    } else if (p.competing() != null && p.competing().total() > total) {
      lines.add("Before you do: your competing offer" + from(p.competing()) + " pays " + p.competing().named()
          + ", " + p.money(p.competing().total() - total) + " more. If this one is still the one you want, it's "
          + "your call.");
    } else if (total < target.low()) {
      lines.add("It's your call. One polite counter rarely costs an offer, and their " + p.money(total) + " a year is "
          + p.money(target.low() - total) + " under the " + p.place() + " target (" + p.range(target) + "); if you've "
          + "decided, accept.");
    } else {
      lines.add("Good: " + p.money(total) + " a year is inside the " + p.place() + " target (" + p.range(target)
          + ").");
    }
    lines.add("To accept: reply in writing, ask for the final letter with every figure (base, stock and its vesting, "
        + "bonus target, sign-on and its terms, start date), and sign only what matches.");
    return answer(c, c.subject(), lines);
  }

  /**
   * "can you draft my acceptance email?": a short email saying yes to the figures on record and asking for the final
   * letter; what stands against accepting (as {@link #decided}) goes in its notes, never in the email.
   */
  Turn acceptanceEmail(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    Offer offer = p.offer();
    if (offer == null || offer.recurringTotal() == null) {
      return decided(scene, c, venue);
    }
    List<String> parts = new ArrayList<>();
    if (offer.base() != null) {
      parts.add("a base salary of " + p.full(offer.base()));
    }
    if (offer.stock() != null && offer.stock() > 0) {
      parts.add("equity of " + p.full(offer.stock()) + " a year");
    }
    if (offer.bonus() != null && offer.bonus() > 0) {
      parts.add("a bonus of " + p.full(offer.bonus()) + (offer.bonusPercent() != null ? " (a "
          + OfferUpdate.percent(offer.bonusPercent()) + " target)" : ""));
    }
    if (offer.signOn() != null && offer.signOn() > 0) {
      parts.add("a sign-on bonus of " + p.full(offer.signOn()));
    }
    String role = scene.guide().role().title();
    String company = scene.guide().company().name();
    String body = "Subject: Accepting the " + role + " offer\n\nHi,\n\nThank you for the offer for the " + role
        + " role at " + company + ". I'm happy to accept it" + (parts.isEmpty() ? "" : ", with " + Cards.join(parts))
        + ".\n\nCould you send the final offer letter with these figures, the vesting schedule and the start date, so "
        + "I can sign it?\n\nI'm looking forward to joining the team.\n\nBest regards,";
    List<String> notes = new ArrayList<>();
    if (decided(scene, c, venue).reply() instanceof Reply.Text before && before.text().startsWith("Before you do")) {
      notes.add(before.text().lines().findFirst().orElse(""));
    }
    notes.add("Every figure is the offer as you gave it to me, in " + p.currency() + ": check it against their letter, "
        + "and sign only a letter whose figures match.");
    return new Turn(c.about(c.subject(), 0), new Reply.Draft("email", "Acceptance email for " + role + " at "
        + company, body, notes));
  }

  /** "if they only move on one thing, which?": base first, with the figure to ask; stock where base is at its top. */
  Turn priority(Scene scene, Conversation c, boolean stockOrBonus, Venue venue) {
    Plan p = plan(scene, c);
    Region region = p.region();
    List<String> lines = new ArrayList<>();
    Offer offer = p.offer();
    Counteroffer ask = p.ask();
    String between = stockOrBonus && offer != null
        ? stockOrBonus(p, offer, ask) : null;
    if (between != null) {
      return answer(c, c.subject(), List.of(between));
    }
    boolean baseAtTop = offer != null && offer.base() != null && offer.base() >= region.bands().base().high();
    if (baseAtTop) {
      lines.add("Stock: their base of " + p.money(offer.base()) + " is already at the " + p.place() + " base top ("
          + p.money(region.bands().base().high()) + "), so push on RSUs" + (ask != null && offer.stock() != null
              && ask.stock() > offer.stock() ? ", to " + p.full(ask.stock()) + " a year" : ", up to "
              + p.money(region.bands().stock().high()) + " a year") + ", then a sign-on.");
    } else {
      lines.add("Base first: the bonus percent, raises and refresh grants are pegged to it, and it's paid whatever "
          + "the share price does.");
      if (ask != null && offer.base() != null && ask.base() > offer.base()) {
        lines.add("If they'll move on one thing, make it the base: ask for " + p.full(ask.base()) + ", "
            + p.money(ask.base() - offer.base()) + " over their " + p.money(offer.base()) + ".");
      } else if (ask == null) {
        lines.add("The " + p.place() + " base band is " + p.range(region.bands().base()) + "; when they make the "
            + "offer, tell me its figures and I'll say what base to ask for.");
      }
      lines.add("Then stock (up to the band top of " + p.money(region.bands().stock().high()) + " a year), and last "
          + "a sign-on: their most flexible money, paid once, for what the yearly figures can't carry.");
      String under = offer == null ? null : underBands(p, offer);
      if (under != null) {
        lines.add(under);
      }
    }
    return answer(c, c.subject(), lines);
  }

  /** The offer's parts under their bands' lows, each the easiest gap to argue; null when none is. */
  private static String underBands(Plan p, Offer offer) {
    List<String> under = new ArrayList<>();
    for (Component part : List.of(Component.STOCK, Component.BONUS)) {
      Long offered = offer.of(part);
      Range band = part == Component.STOCK ? p.region().bands().stock() : p.region().bands().bonus();
      if (offered != null && band.high() > 0 && offered < band.low()) {
        under.add("the " + part.label() + " (" + p.money(offered) + ", under the " + p.range(band) + " band)");
      }
    }
    return under.isEmpty() ? null : "But name " + Cards.join(under) + " beside the base: a part under its band is "
        + "the easiest gap to argue, and closing it costs them least.";
  }

  /**
   * "should I push on stock or bonus?": the one lower in its band first, with both placed; null when the offer lacks
   * either or the region pays none of one.
   */
  private static String stockOrBonus(Plan p, Offer offer, Counteroffer ask) {
    Region region = p.region();
    Range stockBand = region.bands().stock();
    Range bonusBand = region.bands().bonus();
    if (offer.stock() == null || offer.bonus() == null || stockBand.high() == 0 || bonusBand.high() == 0) {
      return null;
    }
    boolean bonusFirst = bonusBand.position(offer.bonus()) < stockBand.position(offer.stock());
    Positions positions = new Positions();
    String line = "Of the two, the " + (bonusFirst ? "bonus" : "stock") + ": it sits lower in its band, so it has "
        + "more room to move.\n" + positions.position(Component.BONUS, offer.bonus(), region).line() + "\n"
        + positions.position(Component.STOCK, offer.stock(), region).line();
    long asked = ask == null ? 0 : bonusFirst ? ask.bonus() : ask.stock();
    long offered = bonusFirst ? offer.bonus() : offer.stock();
    return line + (asked > offered ? "\nAsk for " + (bonusFirst ? "a bonus of " + p.full(asked)
        : "RSUs of " + p.full(asked) + " a year") + ", as the counter does." : "");
  }

  /** "should I negotiate?": with an offer, the verdict; before one, yes, and how to begin without naming a figure. */
  Turn negotiate(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    if (p.offer() != null) {
      return accept(scene, c, venue);
    }
    return answer(c, Conversation.Subject.AIM, List.of("Yes. Nearly every offer has room, recruiters expect a "
        + "counter, and a polite one rarely costs an offer. Until they make the offer, don't name a figure: ask for "
        + "the range they have budgeted. When it comes, tell me its figures (\"180k base, 50k rsu, 40k bonus\") and "
        + "I'll say where it stands and what to ask for. What to aim for in " + p.place() + ": about "
        + p.money(p.aim()) + " a year (" + p.aimReason(venue) + ")."));
  }

  /** "this is so stressful": said back as a person would, and the one step that matters now. */
  Turn feelings(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    String step;
    if (p.offer() == null) {
      step = "when the offer comes, paste it here and I'll tell you where it stands and what to say.";
    } else if (p.standing()) {
      step = "wait for their answer; when it comes, tell me here and I'll tell you whether to accept.";
    } else if (p.ask() != null && !Cards.asks(p.offer(), p.ask(), p.currency()).isEmpty()) {
      step = "one email asking for " + p.full(p.ask().total()) + " a year. Say \"email\" and I'll write it; then "
          + "you can stop until they answer.";
    } else {
      step = "accept in writing when you're ready: their offer already reaches what the guide supports here.";
    }
    return answer(c, c.subject(), List.of("That's normal: nearly everyone finds negotiating their own pay "
        + "stressful, and it feels riskier than it is. A polite, researched ask is expected and rarely costs an "
        + "offer. You only need one step now: " + step, "If you'd rather accept as it is, that's a fair choice too: "
        + "it's your call."));
  }

  /**
   * "should i ask for both more base and a sign-on?": yes, in one message, base first; the counter's base and its
   * sign-on, or, where the yearly parts reach the aim, the guide's sign-on range kept as the fallback.
   */
  Turn baseAndSignOn(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    Counteroffer ask = p.ask();
    Offer offer = p.offer();
    List<String> lines = new ArrayList<>();
    lines.add("Yes, both, in one message: base first, because it recurs and the bonus percent and every raise follow "
        + "it; a sign-on for what the yearly figures can't reach, or for what you leave behind.");
    if (ask == null || offer == null) {
      lines.add("Tell me their offer's figures and I'll put a figure on each.");
      return answer(c, c.subject(), lines);
    }
    if (offer.base() == null) {
      // "250k total" gives no base to step from: the counter's own base, and the figure that is still missing.
      lines.add("Base: " + p.full(ask.base()) + ", the counter's. Tell me their base and I'll say how far over it"
          + " that is.");
    } else if (ask.base() > offer.base()) {
      lines.add("Base: " + p.full(ask.base()) + ", " + p.money(ask.base() - offer.base()) + " over their "
          + p.money(offer.base()) + ".");
    } else {
      lines.add("Base: theirs (" + p.money(offer.base()) + ") is where the " + p.place() + " band lets the counter"
          + " stop" + (ask.signOn() > 0 ? ", so the sign-on carries more of the ask." : "."));
    }
    com.compcoach.guide.Range range = Topics.signOnRange(scene.guide());
    lines.add(ask.signOn() > 0 ? "Sign-on: " + p.full(ask.signOn()) + ", one-time, for what the year can't reach."
        : "Sign-on: the counter needs none to reach the aim" + (range == null ? "" : "; keep the guide's "
            + p.range(range) + " as the fallback if they hold the base") + ".");
    return answer(c, c.subject(), lines);
  }

  /** "how do I say it without sounding greedy?": {@link Conduct#tone}, with the counter's base where there is one. */
  Turn tone(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    boolean baseAsked = p.ask() != null && p.offer().base() != null && p.ask().base() > p.offer().base();
    return answer(c, c.subject(), List.of(Conduct.tone(baseAsked ? p.full(p.ask().base()) : null)));
  }

  /** "never mind": nothing changed, and how to fix a figure. */
  Turn neverMind(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    Long offered = p.offer() == null ? null : p.offer().recurringTotal();
    return answer(c, c.subject(), List.of("No problem: nothing changed." + (offered == null ? ""
        : " I still have their offer at " + p.money(offered) + " a year; if a figure is wrong, send the right one "
            + "(\"actually base is 190k\") and I'll redo the counter, or say \"start over\" to forget this thread.")));
  }

  /** "their range is 170-200k, should I give a number?": the anchor; without a range read, the ask. */
  Turn theirRange(Scene scene, Conversation c, String message, Venue venue) {
    Offer offered = Cards.usable(c.offer(), scene.region());
    String answer = SideQuestions.theirRange(message, scene.region(), plan(scene, c).aim(),
        offered == null ? null : offered.base());
    return answer != null ? new Turn(c.about(Conversation.Subject.AIM, 0), new Reply.Text(answer))
        : plan(scene, c).ask() == null ? pressed(scene, c, venue) : askAim(scene, c, venue);
  }

  /**
   * "they always ask for expectations on the first call", "what if she won't move on without a number", "a range or
   * one number?" before an offer: deflect, then one precise figure at the aim, never a range whose low end is less.
   */
  private Turn pressed(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    List<String> lines = new ArrayList<>();
    lines.add("Deflect first: \"I'd rather hear the range you have budgeted for this role first.\"");
    lines.add("If they press again, give one precise figure, as a total, at the aim: \"From my research on "
        + scene.guide().role().title() + " pay in " + p.place() + ", I'm looking at around " + p.full(p.aim())
        + " a year in total, depending on the whole package.\" (" + p.aimReason(venue) + ".) Asked for base alone: up "
        + "to " + p.full(p.region().bands().base().high()) + ", the " + p.place() + " band's top.");
    lines.add("One number, not a range: a range says its low end would do, and that is where offers land. If they "
        + "insist on a range, start it at the aim: " + p.money(p.aim()) + "–" + p.money(Math.max(p.aim(),
        scene.aimRange().high())) + " a year.");
    return answer(c, Conversation.Subject.AIM, lines);
  }

  /** "how much can I ask for", "what's the aim". */
  Turn askAim(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    List<String> lines = new ArrayList<>();
    if (p.ask() == null) {
      lines.add("Aim for a total of about " + p.money(p.aim()) + " a year: " + p.aimReason(venue) + ".");
      lines.add("Don't say it first: let them make the offer. When they do, tell me its figures (\"180k base, 50k "
          + "rsu, 40k bonus\") and I'll turn the aim into a counter. The " + p.place() + " bands: base "
          + p.range(p.region().bands().base()) + ", stock " + p.range(p.region().bands().stock()) + " a year, bonus "
          + p.range(p.region().bands().bonus()) + ".");
      return answer(c, Conversation.Subject.AIM, lines);
    }
    Counteroffer ask = p.ask();
    List<String> asks = Cards.asks(p.offer(), ask, p.currency());
    if (asks.isEmpty()) {
      lines.add("Their offer already reaches what the guide supports for " + p.place() + " (" + p.full(ask.total())
          + " a year): accept, or ask only for a sign-on.");
      return answer(c, Conversation.Subject.COUNTER, lines);
    }
    lines.add((p.standing() ? "Your standing ask: " : "Ask for ") + Cards.join(asks) + ": " + p.full(ask.total())
        + " a year" + (ask.signOn() > 0 ? ", " + p.full(ask.year1Total()) + " in year 1 with the sign-on" : "") + ".");
    Long offered = p.offer().recurringTotal();
    if (offered != null && ask.total() > offered) {
      lines.add("Against their " + p.money(offered) + " a year, that is " + p.money(ask.total() - offered)
          + " more.");
    }
    lines.add(aimAgainstAsk(p, venue));
    return answer(c, Conversation.Subject.COUNTER, lines);
  }

  /**
   * "whats a good number for stock?": the counter's figure for that one part, against their figure and its band, with
   * the rest of the ask named so the part is never sent alone; no counter yet, the whole aim.
   */
  Turn askAimPart(Scene scene, Conversation c, Venue venue, Component part) {
    Plan p = plan(scene, c);
    Counteroffer ask = p.ask();
    if (ask == null || p.offer() == null) {
      return askAim(scene, c, venue);
    }
    long asked = switch (part) {
      case BASE -> ask.base();
      case STOCK -> ask.stock();
      default -> ask.bonus();
    };
    String a = part == Component.STOCK ? " a year" : "";
    Long theirs = p.offer().of(part);
    String name = part == Component.STOCK ? "stock" : part.label();
    List<String> lines = new ArrayList<>();
    lines.add("For the " + name + ", ask for " + p.full(asked) + a + " (" + (theirs == null ? "they haven't named one"
        : "their " + p.money(theirs) + a) + "; the " + p.place() + " " + name + " band is "
        + p.range(p.region().bands().of(part)) + a + ").");
    List<String> rest = new ArrayList<>(Cards.asks(p.offer(), ask, p.currency()));
    String own = part == Component.STOCK ? "RSUs of" : part == Component.BASE ? "a base of" : "a bonus of";
    rest.removeIf(s -> s.startsWith(own));
    if (!rest.isEmpty()) {
      lines.add("Ask it in one counter with the rest: " + Cards.join(rest) + " (" + p.full(ask.total())
          + " a year in all).");
    }
    return answer(c, Conversation.Subject.COUNTER, lines);
  }

  /**
   * "so do I walk?": yes only where the offer is under the user's own walk-away, and then after one ask for the gap;
   * a competing offer that pays more is put to them first; otherwise walking away from an offer still open to a
   * counter is not advised on pay.
   */
  Turn walk(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    Offer offer = p.offer();
    Long total = offer == null ? null : offer.recurringTotal();
    if (total == null) {
      return accept(scene, c, venue);
    }
    List<String> lines = new ArrayList<>();
    Long walkAway = c.walkAway();
    Competing competing = p.competing();
    boolean direct = venue == Venue.DIRECT_MESSAGE;
    String cut = Pulled.lowered(scene, c);
    if (walkAway != null && total < walkAway) {
      String owner = c.walkAwayOwner();
      lines.add("By " + (owner.equals("your") ? "the line you set" : owner + " line") + ", yes, if this is their"
          + " last word: " + (direct ? "their offer is "
          + p.money(c.walkAwayGap(offer)) + " under " + c.walkAwayName(true, p::money) : "their offer is under "
          + c.walkAwayName(false, p::money)) + ".");
      lines.add("Before walking, ask once for the gap and say it is the line: \"I'd like to make this work, and I"
          + " can't go below " + (direct ? c.walkAwayFigure(p::money) : "where I've said") + ". Can you get there?\""
          + " If they can't, decline politely and keep the door open.");
    } else if (competing != null && competing.total() > total) {
      lines.add("Not yet: your competing offer" + from(competing) + " pays " + p.money(competing.total() - total)
          + " more a year (" + p.money(competing.total()) + " against " + p.money(total) + "). Put it to them once;"
          + " if they won't close the gap, taking the other offer is the stronger choice on pay.");
    } else if (cut != null) {
      lines.add(cut);
    } else {
      lines.add("Not on pay: " + p.money(total) + " a year" + (walkAway != null ? " clears "
          + c.walkAwayName(direct, p::money) : " is a real offer") + (competing != null
          ? " and beats your competing offer" + from(competing) : "") + ". Walking away from an offer you can still"
          + " counter rarely pays.");
      if (p.standing()) {
        lines.add("You've asked for " + Cards.join(Cards.asks(offer, p.ask(), p.currency())) + ": wait for their"
            + " answer to it before you decide.");
      } else if (p.ask() != null) {
        lines.add("Counter first: " + Cards.join(Cards.asks(offer, p.ask(), p.currency())) + ".");
      }
    }
    return answer(c, c.subject(), lines);
  }

  /** "should I accept", "is this fair". */
  Turn accept(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    List<String> lines = new ArrayList<>();
    Region region = p.region();
    if (p.offer() == null) {
      lines.add(c.offer() != null && !c.offer().isEmpty()
          ? "Your offer is in " + c.offer().currency() + " and the " + p.place() + " band is in " + p.currency()
              + ": I don't convert, so I can't judge it. Give me its figures in " + p.currency() + "."
          : "I can't judge an offer I haven't seen. Tell me its figures, e.g. \"180k base, 50k rsu, 40k bonus\".");
      lines.add("For reference, the " + p.place() + " total band is " + p.range(region.bands().total())
          + " a year and the target " + p.range(scene.aimRange()) + ".");
      return answer(c, c.subject(), lines);
    }
    Offer offer = p.offer();
    Long total = offer.recurringTotal();
    if (total == null) {
      // Every part given is judged ("no bonus" is a bonus of 0, given); only the parts not said are asked for.
      List<String> judged = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS)) {
        Range partBand = region.bands().of(part);
        if (offer.of(part) != null && offer.of(part) == 0 && partBand != null && partBand.high() == 0) {
          continue; // none offered where the guide gives none: nothing to judge or ask
        }
        if (offer.of(part) != null) {
          judged.add(new Positions().position(part, offer.of(part), region).line());
        } else {
          missing.add(part.label());
        }
      }
      if (judged.isEmpty()) {
        judged.add(new Positions().position(firstGiven(offer), offer.of(firstGiven(offer)), region).line());
      }
      lines.add("I can only judge what you gave me: " + String.join(" ", judged));
      lines.add("Tell me the " + (missing.isEmpty() ? "base, stock and bonus" : Cards.join(missing)) + (missing.size() == 1 ? " (or \"no " + missing.get(0)
          + "\")" : "") + " and I'll judge the whole offer against the " + p.place() + " total band of "
          + p.range(region.bands().total()) + ".");
      if (p.standing()) {
        // "asked for 190 and she said best and final" on an offer known by its base only: the ask was sent and
        // answered, so the choice is theirs to weigh now, never the counter said again as if nothing was sent.
        Range range = p.signOnRange();
        lines.add("You've countered and they've answered: if they meet your standing ask or come close, accept in "
            + "writing; if they hold firm, decide against your walk-away" + (p.competing() != null
                ? " and your competing offer." : "."));
        boolean given = offer.signOn() != null && offer.signOn() > 0;
        lines.add("If they've said this is their max, push once more only on what's left: "
            + (given ? "a bigger sign-on" : "a sign-on") + (range != null ? " (the guide's range is " + p.range(range) + ")" : "") + ", more stock, or a written "
            + "review at 6 months with " + p.full(p.ask().base()) + " base as its target.");
        lines.add("Your standing ask: " + Cards.join(Cards.asks(offer, p.ask(), p.currency())) + ".");
      } else if (p.ask() != null) {
        lines.add("Meanwhile the counter stands: " + Cards.join(Cards.asks(offer, p.ask(), p.currency())) + ".");
      }
      return answer(c, Conversation.Subject.COUNTER, lines);
    }
    Long walkAway = c.walkAway();
    Competing competing = p.competing();
    String beaten = competing == null ? "" : CompetingParts.beatsNote(competing, offer);
    Range band = region.bands().total();
    Range target = scene.aimRange();
    String where = p.money(total) + " a year is " + (total < band.low() ? "below the whole " + p.place() + " band ("
        + p.range(band) + ")" : total > band.high() ? "above the " + p.place() + " band (" + p.range(band) + ")"
        : "at " + Math.round(band.position(total) * 100) + "% of the " + p.place() + " band (" + p.range(band) + ")");
    if (walkAway != null && total < walkAway) {
      lines.add("Not as it stands: " + where + ", " + (venue == Venue.DIRECT_MESSAGE ? p.money(c.walkAwayGap(offer))
          + " under " + c.walkAwayName(true, p::money) : "under " + c.walkAwayName(false, p::money)) + ".");
    } else if (competing != null && competing.total() > total) {
      lines.add("Not yet: " + where + ", and your competing offer" + from(competing) + " pays "
          + competing.named() + ", " + p.money(competing.total() - total) + " more. Counter with it first.");
      if (competing.total() > band.high()) {
        // Said plainly: no counter here reaches it a year for a year, so the choice is the user's, not the bands'.
        lines.add("Even the top of the " + p.place() + " band (" + p.money(band.high()) + " a year) is under it: "
            + "if the two roles are equal to you, the competing offer is the better one; if you'd rather be here, "
            + "ask once with it, then choose.");
      }
    } else if (p.standing()) {
      lines.add("Their offer: " + where + ". You've countered and they've answered: if they meet your standing ask "
          + "below or come close, accept in writing; if they hold firm, decide against your walk-away"
          + (competing != null ? " and your competing offer." : "."));
      // Push or take: once the yearly figures are at their max, what is left to ask for lies outside them.
      Counteroffer standing = p.ask();
      long signOn = fallbackSignOn(p, standing, total);
      Range range = p.signOnRange();
      boolean given = offer.signOn() != null && offer.signOn() > 0;
      String signOnAsk = (given ? "a bigger sign-on" : "a sign-on") + (range != null ? " (the guide's range is "
          + p.range(range) + ")" : signOn > 0 && !given ? " of " + p.full(signOn) : "");
      lines.add("If they've said this is their max, push once more only on what's left: " + signOnAsk
          + ", more stock, or a written review at 6 months with " + p.full(standing.base()) + " base as its target."
          + (walkAway == null ? "" : total >= walkAway ? " If they say no to all of it, take it: it clears "
              + c.walkAwayName(venue == Venue.DIRECT_MESSAGE, p::money) + "." : " If they say no to all of it, it "
              + "stays under " + c.walkAwayName(venue == Venue.DIRECT_MESSAGE, p::money) + "."));
    } else {
      Verdict verdict = Cards.verdict(offer, region, target, p.ask(), p.currency());
      // Never "accept" below a competing offer on a part it pays more on, whatever the totals say.
      boolean yes = verdict != Verdict.BELOW_BAND && verdict != Verdict.BELOW_TARGET;
      lines.add(yes && !beaten.isEmpty() ? "Not yet: " + where + "." + beaten + " Counter with it first." : switch (verdict) {
        case BELOW_BAND -> "Not yet: " + where + ". Counter firmly first.";
        case BELOW_TARGET -> "Not yet: " + where + ", below the Negotiate-Up target of " + p.range(target)
            + ". Counter once first; if they come within a sixth of the gap, accept.";
        case IN_TARGET -> "It's a good offer: " + where + ", inside the target of " + p.range(target)
            + ". One small, precise counter toward its top is still worth it; if they say no, accept.";
        case AT_TOP_PART_LOW -> "Nearly: " + where + ", at the top of the target of " + p.range(target)
            + ", with parts still low. Ask only for those (below); if they say no, accept.";
        default -> "Yes: " + where + ", at the top of the target of " + p.range(target)
            + ". Accept, or ask only for a sign-on.";
      });
    }
    Counteroffer ask = p.ask();
    List<String> asks = ask == null ? List.of() : Cards.asks(offer, ask, p.currency());
    // An ask the thread moved or the user made, not the guide's own plan: what it falls short of is said again here.
    boolean moved = ask != null && c.counter() != null
        && !c.counter().equals(counteroffers.counter(cards.situation(scene, c, offer, competing)));
    if (!asks.isEmpty()) {
      lines.add((p.standing() || moved ? "Your standing ask: " : "The counter: ") + Cards.join(asks) + " ("
          + p.full(ask.total()) + " a year).");
    }
    if (walkAway != null && total >= walkAway) {
      lines.add("It clears " + c.walkAwayName(venue == Venue.DIRECT_MESSAGE, p::money) + ".");
    }
    List<String> held = moved ? OwnAsk.held(scene, c, venue) : List.of();
    // "the counter asks at least that" is not said of an ask that doesn't: the shortfall is said instead.
    String claimed = moved && OwnAsk.underCompeting(scene, c) ? "" : beaten;
    if (competing != null && competing.total() <= total && !competing.partial()) {
      lines.add("It matches or beats your competing offer" + from(competing) + " of " + p.money(competing.total())
          + (claimed.isEmpty() || lines.get(0).contains(claimed) ? "." : " a year in total." + claimed));
    } else if (competing != null && competing.partial() && !claimed.isEmpty() && !lines.get(0).contains(claimed)) {
      // Known only by a part, it can't be matched a year for a year: what it pays more on is what counts.
      String said = claimed.trim();
      lines.add(said.startsWith("It ") ? "Your competing offer " + said.substring(3) : said);
    }
    lines.addAll(held);
    return answer(c, Conversation.Subject.COUNTER, lines);
  }

  /**
   * A what-if of their offer ("if they give me 205 base should i take it"): what it would come to, against the band,
   * the walk-away and the competing offer, with the verdict it would get. The thread keeps the offer as it was. Null
   * when either offer lacks a yearly total to weigh.
   */
  Turn whatIf(Scene scene, Conversation c, Offer supposed, Venue venue) {
    Plan p = plan(scene, c);
    Offer offer = Cards.usable(supposed, p.region());
    Long total = offer == null ? null : offer.recurringTotal();
    if (total == null || p.offer() == null || p.offer().recurringTotal() == null) {
      return null;
    }
    Range band = p.region().bands().total();
    List<String> lines = new ArrayList<>();
    long now = p.offer().recurringTotal();
    lines.add("If they give you that, their offer would be " + TextRenderer.offer(offer, p.currency()) + ": "
        + p.money(total) + " a year" + (total == now ? ", the same as now" : ", " + p.money(Math.abs(total - now))
            + (total > now ? " more" : " less") + " than now") + ", " + (total < band.low() ? "below the whole "
            + p.place() + " band (" + p.range(band) + ")" : total > band.high() ? "above the " + p.place() + " band ("
            + p.range(band) + ")" : "at " + Math.round(band.position(total) * 100) + "% of the " + p.place()
            + " band (" + p.range(band) + ")") + ".");
    Long walkAway = c.walkAway();
    Competing competing = p.competing();
    boolean take;
    if (walkAway != null && total < walkAway) {
      lines.add("Don't take it: it is under " + c.walkAwayName(venue == Venue.DIRECT_MESSAGE, p::money) + ".");
      take = false;
    } else if (competing != null && competing.total() > total) {
      lines.add("Not on pay alone: your competing offer" + from(competing) + " would still pay "
          + p.money(competing.total() - total) + " more a year (" + p.money(competing.total()) + ").");
      take = false;
    } else {
      Verdict verdict = Cards.verdict(offer, p.region(), scene.aimRange());
      take = verdict != Verdict.BELOW_BAND && verdict != Verdict.BELOW_TARGET;
      lines.add(take ? "Yes, that would be worth taking: it reaches the " + p.place() + " Negotiate-Up target of "
          + p.range(scene.aimRange()) + (walkAway != null ? " and clears " + c.walkAwayName(
              venue == Venue.DIRECT_MESSAGE, p::money) : "") + "."
          : "Not yet: it would still be below the " + p.place() + " Negotiate-Up target of "
              + p.range(scene.aimRange()) + ", so counter once more before you take it.");
    }
    String beaten = competing == null ? "" : CompetingParts.beatsNote(competing, offer);
    if (!beaten.isEmpty() && take) {
      lines.add(beaten.strip());
    }
    lines.add("I haven't changed their offer: if they do offer it, tell me so, with its figures, "
        + "and I'll redo the counter.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /**
   * "which is better?", "which should I take?" with two offers: which pays more a year and on which parts; without
   * a competing offer, the verdict on the one there is.
   */
  Turn which(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    Offer offer = p.offer();
    Competing competing = p.competing();
    if (offer == null || offer.recurringTotal() == null || competing == null) {
      return accept(scene, c, venue);
    }
    long ours = offer.recurringTotal();
    long theirs = competing.total();
    String other = competing.from() == null ? "the competing offer" : competing.from();
    List<String> lines = new ArrayList<>();
    Turn staying = retentionOnTop(p, c, offer, competing);
    if (staying != null) {
      return staying;
    }
    // "Capital One offered 165 base", "Truist, 185 base but no stock": a part not given is no year, so the lead is on
    // what's known, said so; never a year in total with the untold part counted as nothing. (When its sign-on already
    // puts it ahead over 4 years on the known parts alone, that holds whatever the rest is, and is said as before.)
    boolean inPart = competing.partial() && ours > theirs && signOnTurns(p, offer, competing, other).isEmpty();
    if (inPart) {
      List<String> unknown = java.util.stream.Stream.of(Component.BASE, Component.STOCK, Component.BONUS)
          .filter(part -> competing.part(part) == null).map(Component::label).toList();
      lines.add("On what's known, this offer is ahead: " + p.money(ours) + " a year against " + p.money(theirs)
          + " from " + Cards.possessive(other) + " " + Cards.join(java.util.stream.Stream.of(Component.BASE,
              Component.STOCK, Component.BONUS).filter(part -> competing.part(part) != null).map(Component::label)
              .toList()) + " alone. Its " + Cards.join(unknown) + (unknown.size() == 1 ? " isn't" : " aren't")
          + " known: tell me (or that there's none) and I'll weigh a year against a year.");
    } else {
      lines.add(theirs == ours ? "On pay they're even: " + p.money(ours) + " a year each."
        : (theirs > ours ? "On pay, " + other + " is better: " + p.money(theirs) + " a year against this offer's "
            + p.money(ours) : "On pay, this offer is better: " + p.money(ours) + " a year against " + other + "'s "
            + p.money(theirs)) + ", " + p.money(Math.abs(theirs - ours)) + " more" + signOnTurns(p, offer, competing,
                other) + ".");
      lines.add(FourYears.line(scene, ours + oneTime(offer.signOn()), theirs + oneTime(competing.part(Component.SIGN_ON)),
          ours, theirs, other, offer.signOn() != null || competing.part(Component.SIGN_ON) != null));
    }
    List<String> more = new ArrayList<>();
    List<String> less = new ArrayList<>();
    for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON)) {
      Long mine = offer.of(part);
      Long its = competing.part(part);
      if (mine != null && its != null && !mine.equals(its)) {
        (its > mine ? more : less).add(part.label() + " (" + p.money(Math.max(mine, its)) + " against "
            + p.money(Math.min(mine, its)) + ")");
      }
    }
    if (!more.isEmpty() || !less.isEmpty()) {
      lines.add(Character.toUpperCase(other.charAt(0)) + other.substring(1) + (more.isEmpty() ? " pays more on no part"
          : " pays more on " + Cards.join(more)) + (less.isEmpty() ? "." : "; this offer pays more on "
              + Cards.join(less) + "."));
    }
    Counteroffer ask = p.ask();
    lines.add(theirs > ours
        ? "Before you choose, ask this company once with it" + (ask == null ? "" : ": the counter is "
            + p.full(ask.total()) + " a year") + ". If they won't come near it, the pay says " + other
            + "; the role, the team and the growth are yours to weigh."
        // The same pay on every part ("capital one gave me the same offer but remote"): nothing on pay to choose by.
        : more.isEmpty() && less.isEmpty() && theirs == ours ? "On pay there's nothing to choose: the role, the team, "
            + "where you'd work and the growth decide it, and they're yours to weigh. Either offer is still worth "
            + "countering first."
        : more.isEmpty() ? (inPart ? "On what's known, take this one" : "On pay, take this one")
            + "; if " + other + " matters to you for other reasons, the role, the "
            + "team and the growth are yours to weigh."
        // Never "take it" below a competing part, whatever the totals say.
        : (inPart ? "This one leads on what's known" : signOnTurns(p, offer, competing, other).isEmpty()
            ? "This one leads in total" : "This one leads on yearly pay only")
            + "; before you take it, ask them to match " + other + " on "
            + (more.size() == 1 ? "that part" : "those parts") + (ask == null ? "" : ": the counter asks at least "
                + (more.size() == 1 ? "that" : "those")) + ".");
    return answer(c, Conversation.Subject.COUNTER, lines);
  }

  /**
   * "my current employer came back with 120k retention rsus … if i stay", with pay today given: a grant to stay is paid
   * on top of today's pay, so staying is that pay plus the grant's year, never the grant alone weighed as a job. Null
   * when the offer to stay names a base or bonus of its own, or pay today isn't known.
   */
  private Turn retentionOnTop(Plan p, Conversation c, Offer offer, Competing competing) {
    Long grant = competing.part(Component.STOCK);
    if (!Attribution.STAYING_NAME.equals(competing.from()) || c.payToday() == null || grant == null
        || competing.part(Component.BASE) != null || competing.part(Component.BONUS) != null) {
      return null;
    }
    long ours = offer.recurringTotal();
    long stay = c.payToday() + grant;
    List<String> lines = new ArrayList<>();
    lines.add("Staying pays your " + p.money(c.payToday()) + " a year today plus the grant to stay of "
        + p.money(grant) + " a year: " + p.money(stay) + " a year while it vests, against this offer's "
        + p.money(ours) + ".");
    lines.add(stay == ours ? "On pay they're even." : (stay > ours ? "On pay, staying is better by " : "On pay, this "
        + "offer is better by ") + p.money(Math.abs(stay - ours)) + " a year; once the grant has vested, staying is "
        + p.money(c.payToday()) + " again unless they raise it.");
    lines.add(stay > ours ? "Before you choose, ask this company once with it; the role, the team and the growth are "
        + "yours to weigh."
        : "On pay, this offer leads; a grant to stay fixes the pay for a while, rarely why you started looking.");
    return answer(c, Conversation.Subject.COUNTER, lines);
  }

  /** "…, $860 more; but Capital One's sign-on puts it ahead over 4 years": where a sign-on turns the yearly lead. */
  private static String signOnTurns(Plan p, Offer offer, Competing competing, String other) {
    long ours = offer.recurringTotal();
    long theirs = competing.total();
    long oursFour = 4 * ours + oneTime(offer.signOn());
    long theirsFour = 4 * theirs + oneTime(competing.part(Component.SIGN_ON));
    if (Long.signum(theirs - ours) == Long.signum(theirsFour - oursFour) || theirsFour == oursFour) {
      return "";
    }
    return "; but " + (theirsFour > oursFour ? Cards.possessive(other) : "this offer's") + " sign-on puts it ahead over"
        + " 4 years, by " + p.money(Math.abs(theirsFour - oursFour));
  }

  private static long oneTime(Long signOn) {
    return signOn == null ? 0 : signOn;
  }

  /**
   * "what if they say no", "they said no": the plan for a no, asked as a what-if or told as done ("they said no to my
   * ask of 195"), when it starts from their no.
   */
  Turn ifNo(Scene scene, Conversation c, Venue venue, boolean told) {
    Plan p = plan(scene, c);
    List<String> lines = new ArrayList<>();
    if (p.ask() == null) {
      lines.add("Before there's an offer, a no costs you nothing: ask for the range they have budgeted. Once they "
          + "make an offer, tell me its figures and I'll plan the counter and what to do if they refuse. The "
          + p.place() + " total band is " + p.range(p.region().bands().total()) + " a year.");
      return answer(c, c.subject(), lines);
    }
    Counteroffer ask = p.ask();
    Offer offer = p.offer();
    Long offered = offer.recurringTotal();
    // An ask of a base alone on an offer known by its base only ("they offered 180k base", "asked for 190") is no
    // year's total: the rest of the year is not known, so the base is named, never "$190,000 a year".
    boolean baseAlone = offered == null && ask.stock() == 0 && ask.bonus() == 0;
    lines.add((told ? "They said no to " : "If they say no to ")
        + (baseAlone ? "a base of " + p.full(ask.base()) : p.full(ask.total()) + " a year")
        + (ask.signOn() > 0 ? " plus a "
        + p.full(ask.signOn()) + " sign-on" : "") + (told ? ", so now, in this order:" : ", in this order:"));
    lines.add("1. Ask where they can move: \"I understand. Where do you have flexibility: base, RSUs, the bonus or a "
        + "sign-on?\"");
    long signOn = fallbackSignOn(p, ask, offered);
    Range range = p.signOnRange();
    lines.add("2. Ask for one-time money, which doesn't touch their bands: a sign-on"
        + (signOn > 0 ? " of " + p.full(signOn) + (ask.signOn() > 0 ? "" : ", half the "
            + p.money(ask.total() - offered) + " a year between their offer and your ask") : "")
        + (range == null ? "" : " (the guide's sign-on range is " + p.range(range) + ")") + ".");
    lines.add("3. Ask for a written compensation review at 6 months, with " + p.full(ask.base())
        + " base as its target.");
    lines.add("4. Then decide. " + decision(p, c, offered, venue));
    return answer(c, Conversation.Subject.COUNTER, lines);
  }

  /**
   * "recruiter told me max base for the level is 190, is that right?": their claimed cap on base, which can't be
   * checked, against the guide's base top and their offer's base; nothing in the thread changes.
   */
  Turn claimedCap(Scene scene, Conversation c, long cap) {
    Plan p = plan(scene, c);
    Region region = p.region();
    long top = region.bands().base().high();
    List<String> lines = new ArrayList<>();
    lines.add(p.money(cap) + " base as their most is their claim: I can't check it, only weigh it against the guide. "
        + "The guide's " + p.place() + " row (" + scene.guide().path() + " line " + region.line() + ") runs base to "
        + p.money(top) + (cap < top ? ", " + p.money(top - cap) + " over the cap they named." : cap == top
        ? ", the same as the cap they named." : ", so their cap is past the market's top."));
    Offer offer = p.offer();
    Long base = offer == null ? null : offer.base();
    if (cap < top) {
      lines.add("A cap under the market's top is usually the band of the level they've put you at, not the role's: "
          + "ask which level the offer is at and what its range is. Say: \"Thanks for being open about the band. The "
          + p.place() + " market for " + scene.guide().role().title() + " roles runs to " + p.full(top) + " base: "
          + "which level is this offer at, and what would it take to be considered at the next one?\"");
    } else {
      lines.add("On base they're likely right: move the ask to stock, the bonus and a sign-on.");
    }
    if (base != null) {
      lines.add(base >= cap ? "Your offer's base of " + p.money(base) + " is at that cap already: if it holds, ask on "
          + "the other parts." : "Your offer's base of " + p.money(base) + " stays as it is; even their cap leaves "
          + p.money(cap - base) + " of room on base.");
    }
    lines.add("Nothing is changed: " + p.money(cap) + " is a limit they named, not an offer.");
    return answer(c, c.subject(), lines);
  }

  /** "they say it's the top of the band". */
  Turn topOfBand(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    Region region = p.region();
    List<String> lines = new ArrayList<>();
    lines.add("The guide's " + p.place() + " row (" + scene.guide().path() + " line " + region.line()
        + ") tops out at base " + p.money(region.bands().base().high()) + ", stock "
        + p.money(region.bands().stock().high()) + " a year and bonus " + p.money(region.bands().bonus().high())
        + ": " + p.money(region.bands().total().high()) + " a year in all.");
    Offer offer = p.offer();
    Long base = offer == null ? null : offer.base();
    if (base == null) {
      lines.add("Ask which band they mean and what its range is, then tell me their offer's figures.");
    } else if (base < region.bands().base().high()) {
      lines.add("Their base of " + p.money(base) + " is " + p.money(region.bands().base().high() - base)
          + " under that top, so the market figures don't bear \"top of the band\" out. Say: \"The " + p.place()
          + " market for " + scene.guide().role().title() + " roles runs to " + p.full(region.bands().base().high())
          + " base. Which band is this offer in, and what's its range?\"");
    } else {
      long top = region.bands().base().high();
      // Only the parts still under their tops can take the ask; one already past its top is said so, not asked down.
      List<String> room = new ArrayList<>();
      if (offer.stock() == null || offer.stock() < region.bands().stock().high()) {
        room.add("RSUs (up to " + p.money(region.bands().stock().high()) + " a year)");
      }
      if (offer.bonus() == null || offer.bonus() < region.bands().bonus().high()) {
        room.add("the bonus (up to " + p.money(region.bands().bonus().high()) + ")");
      }
      room.add("a sign-on");
      lines.add("Their base of " + p.money(base) + (base > top ? " is already " + p.money(base - top)
          + " past the " + p.place() + " base top" : " is at the " + p.place() + " base top")
          + ", so on base they are right: move the ask to " + Cards.join(room) + ".");
    }
    lines.add("If their band belongs to a lower level, ask about the level: a higher level is the way past a band "
        + "top.");
    if (p.ask() != null && offer != null) {
      List<String> asks = Cards.asks(offer, p.ask(), p.currency());
      if (!asks.isEmpty()) {
        lines.add("Your ask stands: " + Cards.join(asks) + ".");
      }
    }
    return answer(c, c.subject(), lines);
  }

  /** "they won't move on base": the base as offered, the rest of the ask moved to stock, bonus and a sign-on. */
  Turn baseFixed(Scene scene, Conversation c, Venue venue) {
    return partFixed(scene, c, venue, Component.BASE);
  }

  /** "the RSUs are fixed by level": the stock as offered, the rest of the ask moved to base, bonus and a sign-on. */
  Turn stockFixed(Scene scene, Conversation c, Venue venue) {
    return partFixed(scene, c, venue, Component.STOCK);
  }

  /**
   * "the bonus % is fixed company-wide, there's flexibility on base": the bonus as offered (its percent kept where
   * one was given, so it rises with the base), the rest of the ask moved to base, stock and a sign-on.
   */
  Turn bonusFixed(Scene scene, Conversation c, Venue venue) {
    return partFixed(scene, c, venue, Component.BONUS);
  }

  /** One part they won't move kept as offered, what was asked on it moved to the parts that can. */
  private Turn partFixed(Scene scene, Conversation c, Venue venue, Component fixed) {
    boolean onBase = fixed == Component.BASE;
    boolean onBonus = fixed == Component.BONUS;
    Plan p = plan(scene, c);
    Offer offer = p.offer();
    List<String> lines = new ArrayList<>();
    if (offer == null || offer.of(fixed) == null || p.ask() == null) {
      lines.add((onBase ? "Then the ask moves to RSUs, the bonus and a sign-on." : onBonus ? "Then the ask moves to"
          + " the base, RSUs and a sign-on." : "Then the ask moves to the base, the bonus and a sign-on.")
          + " Tell me their offer's figures (\"180k base, 50k rsu, 40k bonus\") and I'll show how much each should"
          + " carry.");
      return answer(c, c.subject(), lines);
    }
    Counteroffer ask = p.ask();
    Region region = p.region();
    long held = offer.of(fixed);
    if (onBase && c.floorPart() == Component.BASE && c.floor() != null && held < c.floor()) {
      // A fixed base under a walk-away on base: no move to other parts meets a line drawn on the base itself.
      boolean direct = venue == Venue.DIRECT_MESSAGE;
      lines.add("Their base is fixed at " + p.money(held) + (direct ? ", " + p.money(c.floor() - held) + " under "
          + c.walkAwayName(true, p::money) : ", under " + c.walkAwayName(false, p::money)) + ": moving the gap to"
          + " stock or a sign-on doesn't meet a line drawn on the base.");
      lines.add("Say it once (\"I can't go below " + (direct ? c.walkAwayFigure(p::money) : "the base I named")
          + "\") and be ready to walk; if you'd take a lower base for more stock after all, change your walk-away"
          + " first, as a yearly total.");
      return answer(c, c.subject(), lines);
    }
    long asked = onBase ? ask.base() : onBonus ? ask.bonus() : ask.stock();
    String named = onBase ? "base" : onBonus ? "bonus" : "RSUs";
    // A bonus fixed as a percent of base is fixed as that percent: it rises with whatever base is asked.
    Integer percent = onBonus ? offer.bonusPercent() : null;
    String heldSaid = percent != null ? OfferUpdate.percent(percent) + " of base" : p.money(held) + (fixed == Component.STOCK ? " a year" : "");
    if (asked <= held) {
      lines.add("Your ask already keeps their " + named + " of " + heldSaid + ": "
          + Cards.join(Cards.asks(offer, ask, p.currency())) + ".");
      return answer(c, c.subject(), lines);
    }
    String moves = theirMoves(c.countered(), offer, fixed, p);
    if (moves != null) {
      // "the most they can do on base is 170 but they can add 20k more in RSUs": their whole answer said back, so
      // the part they did move is on record beside the one they won't.
      lines.add(moves);
    }
    long shortfall = asked - held;
    // The parts that can move take the shortfall in turn, each up to its band's top; a sign-on takes what is left.
    // A part their answer already put past the ask starts from their figure: never ask for less than they give.
    long base = Math.max(ask.base(), fixed == Component.BASE || offer.base() == null ? 0 : offer.base());
    long stock = Math.max(ask.stock(), fixed == Component.STOCK || offer.stock() == null ? 0 : offer.stock());
    long bonus = Math.max(ask.bonus(), fixed == Component.BONUS || offer.bonus() == null ? 0 : offer.bonus());
    shortfall -= base - ask.base() + stock - ask.stock() + bonus - ask.bonus();
    ask = new Counteroffer(ask.currency(), base, stock, bonus, ask.signOn(), base + stock + bonus,
        ask.year1Total() + (base - ask.base()) + (stock - ask.stock()) + (bonus - ask.bonus()), ask.aim());
    if (onBase) {
      base = held;
      stock = raise(ask.stock(), shortfall, region.bands().stock().high());
      shortfall -= stock - ask.stock();
      bonus = raise(ask.bonus(), Math.max(0, shortfall), region.bands().bonus().high());
      shortfall -= bonus - ask.bonus();
    } else if (onBonus) {
      base = raise(ask.base(), shortfall, region.bands().base().high());
      shortfall -= base - ask.base();
      bonus = percent != null ? Offer.percentOf(base, percent) : held;
      // At its percent the bonus grows with the base: that growth is part of what the ask asked of the bonus.
      shortfall -= bonus - held;
      stock = raise(ask.stock(), Math.max(0, shortfall), region.bands().stock().high());
      shortfall -= stock - ask.stock();
    } else {
      stock = held;
      base = raise(ask.base(), shortfall, region.bands().base().high());
      shortfall -= base - ask.base();
      bonus = raise(ask.bonus(), Math.max(0, shortfall), region.bands().bonus().high());
      shortfall -= bonus - ask.bonus();
    }
    long signOn = ask.signOn();
    long uncovered = 0;
    if (shortfall > 0) {
      long wanted = Precise.ceil(ask.signOn() + shortfall);
      Range range = p.signOnRange();
      signOn = range == null ? wanted : Math.max(ask.signOn(), Math.min(wanted, Precise.floor(range.high())));
      uncovered = Math.max(0, wanted - signOn);
    }
    long yearly = base + stock + bonus;
    Counteroffer moved = new Counteroffer(p.currency(), base, stock, bonus, signOn, yearly,
        base + (offer.vesting() == null ? stock : offer.vesting().firstYear(stock)) + bonus + signOn, ask.aim());
    List<String> asks = Cards.asks(offer, moved, p.currency());
    lines.add("Then keep the " + named + " at " + heldSaid + " and move the " + p.money(asked - held)
        + (fixed == Component.STOCK ? " a year" : "") + " you asked on " + (onBase ? "base" : onBonus ? "the bonus"
        : "stock") + " to what they can move: " + Cards.join(asks) + " (" + p.full(yearly) + " a year"
        + (signOn > 0 ? " plus the sign-on in year 1" : "") + ").");
    // "I'm ready to sign" only where the candidate would: at or above the walk-away and the competing offer, a year
    // against a year (a sign-on is paid once).
    // Nor while a competing offer pays more on a part the fixed part leaves under it, whatever the totals say.
    Offer proposed = new Offer(p.currency(), base, stock, bonus, signOn, null, offer.vesting());
    List<Component> beaten = p.competing() == null ? List.of() : p.competing().beats(proposed);
    boolean wouldSign = BestAlternative.wouldSign(c, moved);
    lines.add("Say: \"I understand the " + (onBase ? "base is fixed at " + p.full(held) : onBonus ? "bonus is fixed at "
        + (percent != null ? OfferUpdate.percent(percent) + " of base" : p.full(held)) : "RSUs are fixed at " + p.full(held) + " a year")
        + ". To make this work, could we get to " + Cards.join(asks) + "?"
        + (wouldSign ? " With that, I'm ready to sign.\"" : "\""));
    if (!beaten.isEmpty()) {
      lines.add("Your competing offer" + from(p.competing()) + " still pays more on " + Cards.join(beaten.stream()
          .map(part -> part.label() + " (" + p.money(p.competing().part(part)) + " against "
              + p.money(proposed.of(part)) + ")").toList()) + ": don't say yes until you've weighed whether the rest"
          + " makes up for it.");
    }
    if (p.competing() != null && p.competing().total() > yearly) {
      lines.add("That stays " + p.money(p.competing().total() - yearly) + " a year under your competing offer"
          + from(p.competing()) + " (" + p.competing().named() + "): the sign-on covers year 1 only, so "
          + "weigh the two offers a year against a year.");
    }
    lines.add((onBase ? "Also ask for a written base review at 6 months" : onBonus ? "Also ask what the bonus paid"
        + " out in recent years, so you know what its target is worth" : "Also ask for a refresh grant at your"
        + " first review") + (uncovered > 0 ? ": " + p.money(uncovered)
        + " of the ask is past what the bands and the guide's sign-on range can carry." : "."));
    Conversation next = c.withCounter(moved, c.countered() != null ? c.countered() : offer);
    return answer(next, Conversation.Subject.COUNTER, lines);
  }

  /**
   * What their answer changed since the offer the counter answered, each part from and to ("base $160K → $170K"), the
   * fixed part said as their most; null when it moved no other part (the answer itself says the fixed one).
   */
  private static String theirMoves(Offer answered, Offer offer, Component fixed, Plan p) {
    if (answered == null || offer == null) {
      return null;
    }
    List<String> moved = new ArrayList<>();
    boolean beside = false;
    for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS, Component.SIGN_ON)) {
      Long was = answered.of(part);
      Long now = offer.of(part);
      if (now == null || now.equals(was)) {
        continue;
      }
      // The fixed part is said in the answer itself, and a bonus kept at its percent only followed the base.
      beside |= part != fixed && !(part == Component.BONUS && offer.bonusPercent() != null
          && offer.bonusPercent().equals(answered.bonusPercent()));
      String label = part == Component.STOCK ? "stock" : part.label();
      String year = part == Component.STOCK ? " a year" : "";
      moved.add(label + " " + (was == null ? p.money(now) + year + " added" : p.money(was) + " → " + p.money(now)
          + year) + (part == fixed ? " (the most they say they'll do)" : ""));
    }
    return !beside ? null : "Their answer: " + Cards.join(moved) + ".";
  }

  /** "what's my leverage". */
  Turn leverage(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    Region region = p.region();
    List<String> lines = new ArrayList<>();
    lines.add("What you can point to:");
    Long total = p.offer() == null ? null : p.offer().recurringTotal();
    lines.add("• The market: the " + p.place() + " band for " + scene.guide().role().title() + " runs to "
        + p.money(region.bands().total().high()) + " a year (" + scene.guide().path() + " line " + region.line()
        + ")" + (total == null ? "; the target is " + p.range(scene.aimRange()) + "."
            : "; their " + p.money(total) + " is " + (total < region.bands().total().low() ? "below it."
                : total > region.bands().total().high() ? "above it." : "at "
                    + Math.round(region.bands().total().position(total) * 100) + "% of it.")));
    Competing competing = p.competing();
    boolean staying = competing != null && competing.from() != null
        && (Attribution.STAYING_NAME.equals(competing.from()) || competing.from().equalsIgnoreCase(c.employer()));
    if (staying) {
      // "120k retention rsus if i stay": today's employer keeping the candidate, never another company's offer.
      Long grant = competing.base() == null && competing.bonus() == null ? competing.stock() : null;
      lines.add("• Your current employer wants to keep you" + (grant != null ? ": a grant to stay of "
          + p.money(grant) + " a year while it vests, on top of your pay today" : ": " + competing.named())
          + ". Say that you have an offer to stay; it is a reason for them to move, but it is no competing offer, and "
          + "its figure is worth naming only where staying pays more than theirs.");
    } else if (competing != null) {
      lines.add("• Your competing offer" + from(competing) + ": " + competing.named()
          + (total != null && competing.total() > total ? ", " + p.money(competing.total() - total)
              + " above theirs. Name it: it's your strongest argument."
          : total != null ? ", under theirs: don't name its figure; that you have options is enough."
          : ". Mention it; it shows you have options."));
    } else {
      lines.add("• No competing offer on record. If you have one, tell me (\"Globex offered 240k\"); don't claim one "
          + "you don't have.");
    }
    if (c.forfeited() != null) {
      lines.add("• " + p.money(c.forfeited()) + " you leave behind: the sign-on should cover it.");
    }
    if (c.walkAway() != null && venue == Venue.DIRECT_MESSAGE) {
      String walk = c.walkAwayName(true, p::money);
      lines.add("• " + Character.toUpperCase(walk.charAt(0)) + walk.substring(1) + ": below it you decline, so you "
          + "can ask calmly.");
    }
    List<Lever> levers = scene.guide().levers();
    if (!levers.isEmpty()) {
      List<String> titles = levers.stream().map(l -> l.number() + ". " + l.title()).toList();
      lines.add("• The guide's levers: " + String.join("; ", titles) + ". Say \"lever 1\" for its wording in "
          + p.place() + ".");
    }
    return answer(c, c.subject(), lines);
  }

  /** "I'm comparing two offers": without its figures, the other offer is asked for. */
  Turn otherOffer(Scene scene, Conversation c, Venue venue) {
    Plan p = plan(scene, c);
    List<String> lines = new ArrayList<>();
    if (p.competing() != null) {
      lines.add("I have your competing offer" + from(p.competing()) + " at " + p.competing().named()
          + ". If it changed, tell me the new figure (\"Globex moved to 260k\").");
      // The bands are this guide's company's: the other company's counter has nothing here to be planned from.
      String other = p.competing().from() == null ? "the other company" : p.competing().from();
      lines.add("This thread's bands are " + Cards.possessive(scene.guide().company().name()) + ", so I can't tell "
          + Cards.possessive(other) + " room from the guide or plan a counter to them; its figures are your leverage "
          + "here. If you'd rather join " + other + ", ask them once with this offer's figures in hand.");
    } else {
      lines.add("Tell me the other offer's yearly figure and who made it, e.g. \"Globex offered 240k TC\" or \"my "
          + "other offer is 200k base, 40k bonus\". I'll keep it apart from this offer and lift the counter toward "
          + "it where the " + p.place() + " bands reach (they top out at " + p.money(p.region().bands().total().high())
          + " a year).");
    }
    return answer(c, c.subject(), lines);
  }

  /** The polite default: what the coach can do with this conversation, with its figures. */
  Reply.Text nudge(Scene scene, Conversation c, String message) {
    Reply.Text text = nudge(scene, c);
    // A line in another language gets the default too, and is told why rather than left to guess.
    return foreign(message) ? new Reply.Text("I coach in English only, so I may have missed what you asked. "
        + text.text()) : text;
  }

  /** Whether a message reads as another language: letters outside English's, or Spanish question marks. */
  private static boolean foreign(String message) {
    return message.chars().anyMatch(ch -> ch == '¿' || ch == '¡' || ch > 127 && Character.isLetter(ch))
        || otherLanguagesWords(message) >= 2;
  }

  /**
   * Short words of German, Spanish, French and Portuguese that English never writes alone: typed without accents
   * ("wie viel soll ich sagen?", "que debo hacer"), two of them mark the line as another language.
   */
  private static final java.util.Set<String> OTHER_LANGUAGES_WORDS = java.util.Set.of("ich", "ist", "wie", "soll",
      "sollte", "viel", "nicht", "und", "das", "ein", "eine", "mein", "kann", "que", "debo", "deberia", "puedo",
      "hacer", "una", "pedir", "oferta", "como", "je", "dois", "vous", "quoi", "devo", "posso");

  private static int otherLanguagesWords(String message) {
    int count = 0;
    for (String word : message.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      count += OTHER_LANGUAGES_WORDS.contains(word) ? 1 : 0;
    }
    return count;
  }

  Reply.Text nudge(Scene scene, Conversation c) {
    if (c.companySide()) {
      return nudgeForUs(scene, c);
    }
    Plan p = plan(scene, c);
    String about = scene.guide().role().title() + " in " + p.place()
        + (p.offer() != null && p.offer().recurringTotal() != null
            ? ", their offer of " + p.money(p.offer().recurringTotal()) + " a year" : "")
        + (p.ask() != null ? ", your ask of " + p.money(p.ask().total()) : ", an aim of " + p.money(p.aim()));
    return new Reply.Text("I didn't catch a figure or a question there. In this thread (" + about + ") you can "
        + "tell me their offer or their answer (\"they came back with 205k base\"), or ask \"what should I ask "
        + "for?\", \"should I accept?\", \"what if they say no?\", \"how do I say it by email?\", \"what's my "
        + "leverage?\", \"lever 2\", \"compare\", \"why?\" or \"start over\".");
  }

  /**
   * The default on the company's side ("building the offer for our ML candidate", "what is our offer now?"): its offer
   * on record and what it can tell or ask, never the candidate's "what should I ask for?" or "their offer".
   */
  private static Reply.Text nudgeForUs(Scene scene, Conversation c) {
    Offer offer = Cards.usable(c.offer(), scene.region());
    String currency = scene.region().currency();
    String about = scene.guide().role().title() + " in " + scene.region().shortName() + (offer == null
        ? ", no offer on record yet" : ", your offer on record: " + TextRenderer.offer(offer, currency))
        + (c.baseAsk() == null ? "" : ", the candidate's ask of " + Cards.money(c.baseAsk(), currency) + " base")
        + (c.ceiling() == null ? "" : ", your cap of " + Cards.money(c.ceiling(), currency) + " on base");
    return new Reply.Text("I didn't catch a figure or a question there. In this thread (" + about + ") you can "
        + "tell me your offer part by part (\"base 175\", \"sign-on 20\"), the candidate's ask (\"she's asking "
        + "190\") or your cap (\"finance approved up to 185\"), or ask \"how high can we go?\", \"is our offer "
        + "competitive?\", \"can we match?\", \"what will she likely counter with?\" or \"start over\".");
  }

  private static Turn answer(Conversation c, Conversation.Subject subject, List<String> lines) {
    return new Turn(c.about(subject, 0), new Reply.Text(String.join("\n", lines)));
  }

  private String aimAgainstAsk(Plan p, Venue venue) {
    Counteroffer ask = p.ask();
    if (ask.total() < ask.aim()) {
      return "The aim is " + p.money(ask.aim()) + " (" + p.aimReason(venue) + "), but the " + p.place()
          + " band tops stop the yearly figures at " + p.money(ask.total()) + (ask.signOn() > 0
              ? ": the sign-on carries the rest in year 1." : ": ask for a sign-on or an early review for the rest.");
    }
    if (ask.total() > ask.aim()) {
      return "That is above the aim of " + p.money(ask.aim()) + " because their offer is already above the plan "
          + "in part, and a counter never asks less than they offered.";
    }
    return "That is the aim: " + p.aimReason(venue) + ".";
  }

  private String decision(Plan p, Conversation c, Long offered, Venue venue) {
    List<String> parts = new ArrayList<>();
    if (c.walkAway() != null && offered != null) {
      String walk = c.walkAwayName(venue == Venue.DIRECT_MESSAGE, p::money);
      parts.add(offered >= c.walkAway()
          ? "Their " + p.money(offered) + " a year clears " + walk + ": take the best they give, in writing."
          : "Their " + p.money(offered) + " a year is under " + walk + ": you can decline politely.");
    } else if (c.walkAway() == null) {
      parts.add("Know your walk-away before the call; tell me in a DM (\"my walk-away is 240k\") and I'll hold "
          + "every ask above it.");
    }
    if (p.competing() != null) {
      parts.add("Your competing offer" + from(p.competing()) + " pays " + p.competing().named()
          + (offered != null && p.competing().total() > offered
              ? ": if they can't come closer, it's the better offer." : "."));
    }
    return String.join(" ", parts);
  }

  /** The sign-on that would bridge a no: the counter's own, else half a year's gap (a split), within the guide's range. */
  private static long fallbackSignOn(Plan p, Counteroffer ask, Long offered) {
    if (ask.signOn() > 0) {
      return ask.signOn();
    }
    if (offered == null || ask.total() <= offered) {
      return 0;
    }
    long wanted = Precise.ceil((ask.total() - offered) / 2);
    Range range = p.signOnRange();
    return range == null ? wanted : Math.min(wanted, Precise.floor(range.high()));
  }

  /** A component raised by up to {@code by}, precise, never past its precise band top. */
  private static long raise(long from, long by, long top) {
    long cap = Math.max(from, Precise.floor(top));
    if (by <= 0 || from >= cap) {
      return from;
    }
    return Math.min(cap, Precise.ceil(from + by));
  }

  private static Component firstGiven(Offer offer) {
    for (Component part : Component.values()) {
      if (offer.of(part) != null) {
        return part;
      }
    }
    return Component.TOTAL;
  }

  private static String from(Competing competing) {
    return competing.from() == null ? "" : " from " + competing.from();
  }

  private Plan plan(Scene scene, Conversation c) {
    Region region = scene.region();
    String currency = region.currency();
    Offer offer = Cards.usable(c.offer(), region);
    Competing competing = c.competing() != null && c.competing().currency().equals(currency) ? c.competing() : null;
    Situation situation = cards.situation(scene, c, offer, competing);
    long aim = counteroffers.aim(situation);
    long plain = counteroffers.aim(new Situation(currency, region.bands(), scene.aimRange(), situation.signOnRange(),
        situation.offer(), null, null, null));
    boolean standing = offer != null && c.counter() != null && c.counter().currency().equals(currency);
    Counteroffer ask = offer == null ? null : standing ? c.counter() : counteroffers.counter(situation);
    // They have answered the ask: the last reply weighed their answer, or their figures moved since the ask was made.
    boolean answered = c.subject() == Conversation.Subject.NEXT_STEP
        || c.countered() != null && c.offer() != null && c.offer().recurringTotal() != null
        && !c.offer().recurringTotal().equals(c.countered().recurringTotal());
    return new Plan(scene, offer, competing, c.walkAway(), standing && answered,
        standing ? ask.aim() : aim, plain, ask);
  }

  /** The conversation's figures in the band's currency: offer, competing offer, aim and the ask standing. */
  private record Plan(Scene scene, Offer offer, Competing competing, Long walkAway, boolean standing, long aim,
                      long plainAim, Counteroffer ask) {

    Region region() {
      return scene.region();
    }

    String currency() {
      return scene.region().currency();
    }

    String place() {
      return scene.region().shortName();
    }

    /**
     * The sign-on range an answer sizes a sign-on within: the compensation section's, else a lever's ("a sign-on
     * bonus of $25K–$35K"), as {@link Topics} quotes it, so no answer asks past the range another one gave.
     */
    Range signOnRange() {
      return Topics.signOnRange(scene.guide());
    }

    String money(long amount) {
      return new Money(amount, currency()).compact();
    }

    String full(long amount) {
      return new Money(amount, currency()).full();
    }

    String range(Range range) {
      return Money.compact(range, currency());
    }

    /** Why the aim is what it is: the target, or what lifted it. */
    String aimReason(Venue venue) {
      if (aim <= plainAim) {
        return scene.target().isPresent()
            ? "three quarters into the " + place() + " Negotiate-Up target of " + range(scene.aimRange())
            : "inside the top quarter of the " + place() + " total band, " + range(scene.aimRange());
      }
      if (competing != null && aim >= Precise.ceil(competing.total() + competing.total() / 20)) {
        return "5% past your competing offer of " + money(competing.total());
      }
      if (walkAway != null && aim == walkAway) {
        return venue == Venue.DIRECT_MESSAGE ? "your walk-away of " + money(walkAway) : "your walk-away";
      }
      return "the total they stated";
    }
  }
}
