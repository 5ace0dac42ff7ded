package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "is that better than a 175k salary with benefits?", "how does it compare to staying at my job at 175k?": the offer
 * weighed against another option the user names by its figure. That figure is the other option's, never the offer's,
 * and is not stored; a named company's offer is a competing offer and is left to the usual reading.
 */
final class Alternatives {

  /** The words that put a figure after them on the other side of a comparison. */
  private static final Pattern AGAINST = Pattern.compile("\\b(?:better|worse|more|less|higher|lower)\\s+than\\s+"
      + "|\\bcompare[sd]?\\s+(?:it\\s+|this\\s+|that\\s+)?(?:to|with|against)\\s+|\\bstacks?\\s+up\\s+against\\s+"
      + "|\\b(?:vs\\.?|versus)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUESTION = Pattern.compile(
      "^\\s*(?:is|does|do|how|would|should|which|what|am|are|will|could|can)\\b|\\?\\s*$|\\bcompare\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BENEFITS = Pattern.compile("\\b(?:benefits|health|insurance|pension|401k|401\\(k\\)"
      + "|pto|vacation|holiday|leave)\\b", Pattern.CASE_INSENSITIVE);

  /** "is it worth switching?", "is that even a raise?": the offer weighed against the pay today the thread holds. */
  private static final Pattern SWITCHING = Pattern.compile("\\bworth\\s+(?:the\\s+)?(?:switch|switching|move|moving"
      + "|leaving|jump|jumping|changing jobs|making the (?:switch|move|jump))\\b|\\b(?:even|is it|is that|is this|it's|"
      + "its)\\s+(?:even\\s+)?a\\s+(?:raise|pay ?cut|step up)\\b|\\bmore than (?:what )?(?:i make|i'm making|im making|i earn)(?: now| today| rn)?\\b"
      + "|\\benough to (?:jump|switch|move|leave)\\b"
      + "|\\b(?:vs\\.?|versus)\\s+(?:just\\s+)?stay(?:ing)?\\b|\\bor\\s+(?:just\\s+)?stay(?:ing)?(?:\\s+(?:put|where|here)|\\s*[?.!]|$)"
      + "|\\bstay or (?:go|leave)\\b"
      // "is switching worth it vs my current job", "is leaving even worth it": the move named, then "worth it".
      + "|\\b(?:switching|switch|jumping|jump|moving|leaving|changing jobs|the (?:switch|move|jump))\\s+"
      + "(?:(?:really|even|actually)\\s+)?worth\\s+it\\b"
      + "|\\b(?:vs\\.?|versus|compared to|over)\\s+(?:staying at\\s+)?my\\s+(?:current|present)\\s+"
      + "(?:job|role|employer|company|pay|salary|gig)\\b"
      // "compare this to my current job", "how does it compare with what i make now": pay today, not the regions.
      + "|\\bcompar(?:e|ed|ing)\\b[^.?!]{0,30}?\\b(?:to|with|against)\\s+(?:what i(?:'m| am)? (?:make|making|earn|earning|get)"
      + "|my\\s+(?:current|present|old)\\s+(?:job|role|employer|company|pay|salary|gig|comp|package)|my job\\b"
      + "|(?:my )?pay today|where i am now)",
      Pattern.CASE_INSENSITIVE);

  /** "whats that as a percent raise", "how much of a raise is that in %": the offer over pay today, in percent. */
  /** Today's employer named as the one offering to keep the user: "my manager", "my company", "current employer". */
  /** "the offer is way over my current salary, should i still counter?": a question about countering, not pay today. */
  private static final Pattern ASKS_ABOUT_THE_COUNTER = Pattern.compile("(?i)\\bcounter|\\bnegotiat|\\bask for\\b");

  private static final Pattern KEEPER = Pattern.compile("(?i)\\b(?:my (?:current )?(?:manager|boss|company|employer"
      + "|team|director|skip|vp|lead)|current (?:employer|company|job))\\b");

  private static final Pattern RAISE_PERCENT = Pattern.compile("\\b(?:percent|percentage|%)\\s*(?:raise|bump|increase|jump)"
      + "\\b|\\b(?:raise|bump|increase|jump)\\s+(?:is (?:that|it)\\s+)?in\\s+(?:percent|percentage|%)|\\bhow much of a "
      + "(?:raise|bump|jump)\\b", Pattern.CASE_INSENSITIVE);

  private final OfferReader reader;

  Alternatives(OfferReader reader) {
    this.reader = reader;
  }

  /** The offer weighed against the option the message names; null when the message is no such comparison. */
  Turn weigh(Conversation c, Scene scene, String text) {
    Offer offer = Cards.usable(c.offer(), scene.region());
    Matcher against = AGAINST.matcher(text);
    if (offer == null || offer.isEmpty() || !against.find() || !QUESTION.matcher(text).find()
        || text.substring(0, against.start()).chars().anyMatch(Character::isDigit)) {
      // A figure before "than" is the thread's own ("190 is more than my current 175"): read as usual.
      return null;
    }
    String other = text.substring(against.end());
    Reading read = reader.read(other, TheirCompany.names(scene.guide()));
    if (read.competitor() != null || !read.rivals().isEmpty() || !read.unclear().isEmpty()
        || read.figures().stream().anyMatch(f -> f.purpose() != Figure.Purpose.OFFER
            && f.purpose() != Figure.Purpose.CURRENT)) {
      return null;
    }
    Long base = null;
    Long year = null;
    long extras = 0;
    List<String> given = new ArrayList<>();
    String currency = scene.region().currency();
    for (Figure f : read.figures()) {
      if (f.percent() || f.currency() != null && !f.currency().equals(offer.currency())) {
        return null;
      }
      // "better than 175 base?": a bare figure in a band of thousands is thousands, as everywhere in a thread.
      long amount = f.amount() < 1_000 && scene.region().bands().base().low() >= 10_000 ? f.amount() * 1_000
          : f.amount();
      if (f.component() == Component.BASE && base == null) {
        base = amount;
      } else if (f.component() == Component.TOTAL && year == null) {
        year = amount;
      } else if (f.component() == Component.BONUS || f.component() == Component.STOCK) {
        // "staying at my job at 180 base with 20k bonus": the other option's parts make its year.
        extras += amount;
        given.add(money(amount, currency) + " " + f.component().label());
      } else {
        return null;
      }
    }
    if (extras > 0) {
      if (base == null || year != null) {
        return null;
      }
      given.add(0, money(base, currency) + " base");
      year = base + extras;
    }
    if (base == null && year == null && read.loose().size() == 1) {
      // "staying at my job at 175k": a job's pay with no part named is its year.
      Placing.Placed placed = Placing.place(read.loose().get(0), scene.region());
      year = placed == null || placed.thousands() ? null : placed.value();
    }
    if (base == null && year == null) {
      return null;
    }
    List<String> lines = lines(offer, base, year, given, currency, false);
    lines.add(BENEFITS.matcher(text).find()
        ? "Benefits (health cover, retirement match, paid leave) are in neither figure: if one side has them and the"
            + " other doesn't, that gap is real money. Put a yearly value on each before you decide."
        : "Benefits (health cover, retirement match, paid leave) are in neither figure: compare them side by side"
            + " before you decide.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /**
   * "is it worth switching?" after the offer and "I make 175 now": the offer against the pay today the thread keeps,
   * its figures said only in a direct message; null when the message asks no such thing, gives figures of its own, or
   * the thread holds no offer or pay today.
   */
  Turn againstPayToday(Conversation c, Scene scene, String text, Reading reading, Venue venue) {
    Offer offer = Cards.usable(c.offer(), scene.region());
    // "is a 15k bump worth the switch?": a figure that is only a difference changes nothing, so the question stands.
    boolean onlyADifference = reading.figures().isEmpty() && reading.loose().isEmpty() && reading.unclear().isEmpty()
        && reading.corrections().isEmpty() && reading.asks().isEmpty() && reading.employer() == null;
    boolean inPercent = RAISE_PERCENT.matcher(text).find();
    if (c.payToday() == null && offer != null && !offer.isEmpty() && !c.companySide() && c.competing() == null
        && c.others().isEmpty() && text.chars().noneMatch(Character::isDigit) && !ASKS_ABOUT_THE_COUNTER.matcher(text).find()
        && SWITCHING.matcher(text).find()
        && !(StayOffer.MATCH.matcher(text).find() && KEEPER.matcher(text).find())) {
      // "compare this to my current job", "is it worth switching?" with no pay today on record: weighed against
      // nothing, the answer would be the regions' or the raise's; the pay today is what is missing, so it is asked.
      return new Turn(c, new Reply.Question("What do you make today? " + (venue == Venue.DIRECT_MESSAGE ? "Tell me"
          : "DM me, as pay today stays out of a shared channel,") + " your base and bonus (\"I make 150k base + 8% "
          + "bonus now\") and I'll set their offer against it, part by part. Pay today stays beside the offer: it "
          + "never lowers the counter."));
    }
    if (c.payToday() == null || offer == null || offer.isEmpty() || !(inPercent || SWITCHING.matcher(text).find())
        || text.chars().anyMatch(Character::isDigit) && !onlyADifference
        // "my manager said they'd match if I stay. stay or go?": the match said here is the question, the stay
        // offer's answer; weighing pay today alone would drop it.
        || StayOffer.MATCH.matcher(text).find() && KEEPER.matcher(text).find()) {
      return null;
    }
    String currency = scene.region().currency();
    Long total = offer.recurringTotal() != null ? offer.recurringTotal() : known(offer);
    if (inPercent && total != null && venue == Venue.DIRECT_MESSAGE) {
      // Pay today is one yearly figure: the offer's year is set against it, the percent said with both figures.
      double raise = (total - c.payToday()) * 100.0 / c.payToday();
      return new Turn(c, new Reply.Text("Their offer of " + money(total, currency) + " a year against your pay today of "
          + money(c.payToday(), currency) + " is " + String.format(java.util.Locale.ROOT, "%.1f", Math.abs(raise))
          + "% " + (raise >= 0 ? "more" : "less") + " (" + money(Math.abs(total - c.payToday()), currency) + ")"
          + (offer.recurringTotal() == null ? ", on the parts they gave" : "") + ". Before a counter: \"what should I"
          + " ask for?\" gives the ask."));
    }
    List<String> lines = new ArrayList<>();
    if (venue != Venue.DIRECT_MESSAGE) {
      lines.add("By the pay today you gave, their offer pays " + (total != null && total >= c.payToday() ? "more"
          : "less") + " a year. I don't repeat pay today in a shared channel: DM me for the figures.");
    } else {
      List<String> weighed = lines(offer, null, c.payToday(), List.of(), currency, true);
      // Pay today is a year's: their base is set against it only when the offer gives nothing else.
      lines.addAll(weighed.size() > 2 ? weighed.stream().filter(l -> !l.startsWith("- Their base")).toList() : weighed);
      // "120k retention rsus if i stay": the grant to stay is paid on top of today's pay, so staying is both.
      Competing stay = c.competing();
      Long grant = stay == null ? null : stay.part(Component.STOCK);
      if (grant != null && Attribution.STAYING_NAME.equals(stay.from()) && stay.currency().equals(currency)
          && stay.part(Component.BASE) == null && stay.part(Component.BONUS) == null) {
        long staying = c.payToday() + grant;
        lines.add("- Staying, with the grant to stay on top: " + money(staying, currency) + " a year while it vests ("
            + money(c.payToday(), currency) + " + " + money(grant, currency) + ")" + (total == null ? "." : ", "
            + money(Math.abs(total - staying), currency) + (total >= staying ? " under" : " over")
            + " their offer."));
      }
      lines.addAll(staying(c, offer, total, currency));
    }
    lines.add("Money is one side of it: weigh the role, the team and the growth too. Either way, the offer is worth "
        + "countering before you decide: \"what should I ask for?\" gives the ask.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /**
   * "they offered 165k base and 10% bonus. is this better than my current 175k salary?": the offer and pay today in
   * one message, the comparison answered beside the offer read; null when the message weighs nothing against pay
   * today or the thread holds no offer. Pay today is the user's own figure, so it is weighed only in a direct message.
   */
  String besideTheOffer(Conversation c, Scene scene, String text, Reading reading, Venue venue) {
    Offer offer = Cards.usable(c.offer(), scene.region());
    Matcher against = AGAINST.matcher(text);
    if (venue != Venue.DIRECT_MESSAGE || offer == null || offer.isEmpty() || !against.find()
        || !QUESTION.matcher(text.substring(against.start())).find()) {
      return null;
    }
    Long base = null;
    Long year = null;
    for (Figure f : reading.figures()) {
      if (f.purpose() != Figure.Purpose.CURRENT || f.percent()) {
        continue;
      }
      if (f.component() == Component.BASE && base == null) {
        base = f.amount();
      } else if (f.component() == Component.TOTAL && year == null) {
        year = f.amount();
      } else {
        return null;
      }
    }
    return base == null && year == null ? null
        : String.join("\n", lines(offer, base, year, List.of(), scene.region().currency(), true));
  }

  /** The offer set against the other option's base or year, part by part. */
  private static List<String> lines(Offer offer, Long base, Long year, List<String> given, String currency,
                                    boolean today) {
    List<String> lines = new ArrayList<>();
    boolean baseOnly = base != null && year == null;
    String whose = today ? "your pay today" : "the other option's figure";
    lines.add("Against " + (!given.isEmpty() ? money(year, currency) + " a year (" + Cards.join(given)
        + ", the other option's figures as you gave them" : baseOnly ? money(base, currency)
        + " of base (" + whose + " as you gave it" : money(year, currency)
        + " a year (" + whose + " as you gave it") + "; their offer stays as it was):");
    if (offer.base() != null) {
      long theirs = base != null ? base : year;
      lines.add("- Their base: " + money(offer.base(), currency) + ", " + difference(offer.base(), theirs, currency)
          + (base != null && !baseOnly ? " than its base" : "") + ".");
    }
    Long total = offer.recurringTotal() != null ? offer.recurringTotal() : known(offer);
    if (total != null && (offer.stock() != null || offer.bonus() != null || offer.base() == null)) {
      lines.add("- Their offer in a year: " + money(total, currency) + " (" + parts(offer) + "), "
          + difference(total, baseOnly ? base : year, currency)
          + (baseOnly ? today ? ", if your pay today has no bonus or stock" : ", if the other pays no bonus or stock"
              : "") + ".");
    }
    return lines;
  }

  /**
   * The counter to stay beside pay today: "my manager offered to match" (no figure) is this offer's year if it is
   * written; "match the base, so 200" is its base against this offer's. Empty when today's employer offered nothing.
   */
  private static List<String> staying(Conversation c, Offer offer, Long total, String currency) {
    Competing stay = c.competing();
    // Named as today's employer too ("wells fargo will match 200 base to keep me"): the same counter to stay.
    boolean kept = stay != null && stay.currency().equals(currency) && (Attribution.STAYING_NAME.equals(stay.from())
        || stay.from() != null && stay.from().equalsIgnoreCase(c.employer()));
    Long stayBase = kept ? stay.part(Component.BASE) : null;
    if (stayBase != null && offer.base() != null) {
      return List.of("- Staying, with their counter to keep you: a base of " + money(stayBase, currency) + ", "
          + (stayBase.equals(offer.base()) ? "the same as" : difference(stayBase, offer.base(), currency) + " than")
          + " this offer's base"
          + (stay.partial() ? "; the rest of it (bonus, stock, from when) you haven't given, so ask for it in writing"
              + " before you weigh a year against a year." : "."));
    }
    if (!kept && c.note() == Voice.Note.STAY_MATCH && total != null) {
      return List.of("- Staying, if your employer's match is of this offer and in writing: " + money(total, currency)
          + " a year too, so the money decides nothing; ask what exactly they match (base only, or the whole year)"
          + " and from when.");
    }
    return List.of();
  }

  /** The yearly parts the thread gave, added up: base and bonus where no stock was given. */
  private static Long known(Offer offer) {
    long sum = 0;
    for (Long part : new Long[] {offer.base(), offer.stock(), offer.bonus()}) {
      sum += part == null ? 0 : part;
    }
    return sum == 0 ? null : sum;
  }

  private static String parts(Offer offer) {
    List<String> parts = new ArrayList<>();
    if (offer.base() != null) {
      parts.add("base");
    }
    if (offer.stock() != null) {
      parts.add("stock");
    }
    if (offer.bonus() != null) {
      parts.add("bonus");
    }
    return parts.isEmpty() ? "the total you gave" : Cards.join(parts);
  }

  private static String difference(long theirs, long other, String currency) {
    return theirs == other ? "the same" : money(Math.abs(theirs - other), currency)
        + (theirs > other ? " more" : " less");
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
