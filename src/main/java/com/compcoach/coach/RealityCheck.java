package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Is that realistic?", "am I being greedy asking for 220 base?", "is 10% bonus normal?": yes or no with why, from
 * the guide's bands and target and the thread's own figures. The figures asked about are weighed, never stored.
 */
final class RealityCheck {

  /** What the question weighs: the size of an ask, whether a figure is low, what is usual, or whether it can be had. */
  enum Kind {
    SIZE, LOW, NORM, REALISTIC;

    static Kind of(String message) {
      List<String> words = IntentTable.words(IntentTable.normalize(message));
      if (words.contains("low") || words.contains("lowball") || words.contains("lowballed")) {
        return LOW;
      }
      if (words.contains("greedy") || words.contains("aggressive") || words.contains("much") || words.contains("high")
          || words.contains("big") || words.contains("excessive") || words.contains("overkill")
          || words.contains("ambitious")) {
        return SIZE;
      }
      // "is the base fair?" asks what is usual for the part; "is it fair to ask for 220?" weighs an ask.
      return words.contains("normal") || words.contains("typical") || words.contains("standard")
          || words.contains("common") || words.contains("fair") && !words.contains("ask") ? NORM : REALISTIC;
    }

    /** The yes or no that opens the answer; {@code position} is the figure's place inside its band, 0 to 1. */
    String opener(Where where, double position) {
      return switch (this) {
        case SIZE -> where == Where.BELOW ? "No, if anything it's low:" : where == Where.ABOVE
            ? "Yes, likely too much on its own:" : "No, not too much:";
        case LOW -> where == Where.BELOW ? "Yes, low:" : where == Where.ABOVE ? "No, high:"
            : position < 0.5 ? "On the low side:" : "Not low for the market:";
        case NORM -> where == Where.BELOW ? "Low for this role:" : where == Where.ABOVE ? "High for this role:"
            : "Normal for this role:";
        case REALISTIC -> where == Where.BELOW ? "Yes, and modest:" : where == Where.ABOVE ? "A stretch:"
            : "Realistic:";
      };
    }
  }

  /** Where a figure falls against its band. */
  enum Where { BELOW, INSIDE, ABOVE }

  /** What one question is weighed with: the scene and the thread's figures in the band's currency. */
  record Thread(Scene scene, Offer offer, Competing competing, Long walkAway, Counteroffer ask, long aim,
                Venue venue) {}

  /** The verbs of asking before a figure ("asking for 220 base"), which make it the user's ask and no figure read. */
  private static final Pattern ASKING = Pattern.compile(
      "(?i)\\b(?:ask(?:ing|ed)?|counter(?:ing|ed)?|go(?:ing)?|push(?:ing)?|aim(?:ing)?)\\s+(?:for|with|at)\\b");

  private final OfferReader reader = new OfferReader();

  String answer(Thread t, Reading read, String message) {
    Kind kind = Kind.of(message);
    // The figures of an ask are what the question weighs: read them as figures, never stored.
    Reading reading = read.figures().isEmpty() && read.loose().isEmpty() ? asked(message) : read;
    List<String> lines = new ArrayList<>();
    for (Figure f : reading.figures()) {
      if (lines.size() < 3 && f.purpose() == Figure.Purpose.OFFER && f.component() != null) {
        String line = f.percent() ? percent(t, kind, f) : amount(t, kind, f.component(), scaled(t, f.amount()), "");
        if (line != null) {
          lines.add(line);
        }
      }
    }
    for (String written : reading.loose()) {
      Placing.Placed placed = Placing.place(written, t.scene().region());
      if (lines.size() < 3 && placed != null) {
        lines.add(amount(t, kind, placed(t, placed), placed.value(), ""));
      }
    }
    boolean namedWalkAway = reading.figures().stream().anyMatch(f -> f.purpose() == Figure.Purpose.WALK_AWAY);
    String none = lines.isEmpty() ? none(t, message) : null;
    if (none != null) {
      lines.add(none);
    }
    String part = lines.isEmpty() && !namedWalkAway ? partOfTheOffer(t, kind, message) : null;
    if (part != null) {
      lines.add(part);
    }
    if (lines.isEmpty() && !namedWalkAway) {
      lines.add(unnamed(t, kind, message));
    }
    if (t.walkAway() != null && (lines.isEmpty() || namedWalkAway || reading.figures().isEmpty()
        && reading.loose().isEmpty())) {
      lines.add(walkAway(t));
    }
    return String.join("\n", lines);
  }

  /** A part of the offer a question names with no figure: "is the sign-on normal?", "is their bonus low?". */
  private static final Pattern PART_NAMED = Pattern.compile("(?i)\\b(sign[- ]?on|signing(?: bonus)?|joining bonus"
      + "|bonus|equity|stock|rsus?|base|salary)\\b");

  /** The offer's figure for the part the question names, weighed against its band; null when none is named or given. */
  private String partOfTheOffer(Thread t, Kind kind, String message) {
    java.util.regex.Matcher m = PART_NAMED.matcher(message);
    if (t.offer() == null || !m.find()) {
      return null;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    Component part = word.startsWith("sign") || word.startsWith("joining") ? Component.SIGN_ON
        : word.equals("bonus") ? Component.BONUS : word.startsWith("base") || word.equals("salary") ? Component.BASE
        : Component.STOCK;
    Long value = t.offer().of(part);
    return value == null ? null : amount(t, kind, part, value, "their ");
  }

  /** "is no equity normal?", "no bonus, is that typical?": a part offered at nothing. */
  private static final Pattern NONE_OF = Pattern.compile(
      "(?i)\\b(?:no|zero|without(?: any)?)\\s+(equity|stock|rsus?|bonus)\\b");

  /** Whether the guide pays the part a message says is missing, with its band; null when none is named. */
  private static String none(Thread t, String message) {
    java.util.regex.Matcher m = NONE_OF.matcher(message);
    if (!m.find()) {
      return null;
    }
    boolean bonus = m.group(1).toLowerCase(Locale.ROOT).equals("bonus");
    Region region = t.scene().region();
    Range band = bonus ? region.bands().bonus() : region.bands().stock();
    String part = bonus ? "bonus" : "stock";
    String currency = region.currency();
    if (band.high() == 0) {
      return "Normal here: the guide pays no " + part + " for this role in " + region.shortName() + ".";
    }
    String range = Money.compact(band, currency) + (bonus ? "" : " a year");
    return "Not for this role: the " + region.shortName() + " " + part + " band is " + range + ", so the market "
        + "pays it here, and an offer with none is below the market on that part. Ask for it: \"The market for this "
        + "role includes " + (bonus ? "a bonus of " : "RSUs of ") + range + "; is there room to add "
        + (bonus ? "one" : "them") + "?\"";
  }

  /**
   * The figures of an ask, read from the first figure on with the verbs of asking taken out, so that neither "asking
   * for" (the user's own ask) nor "would it be" (a what-if) keeps them from being weighed.
   */
  private Reading asked(String message) {
    String text = ASKING.matcher(message).replaceAll(" ");
    int first = 0;
    while (first < text.length() && !Character.isDigit(text.charAt(first)) && "$€£¥₹".indexOf(text.charAt(first)) < 0) {
      first++;
    }
    return first == text.length() ? Reading.NOTHING : reader.read(text.substring(first));
  }

  /** No figure named: the offer when the question is about it, else the ask standing, else the aim. */
  private String unnamed(Thread t, Kind kind, String message) {
    List<String> words = IntentTable.words(IntentTable.normalize(message));
    Long offered = t.offer() == null ? null : t.offer().recurringTotal();
    // "is the offer too low?" weighs their offer; "what are the odds they say yes?" weighs the ask.
    if (offered != null && words.contains("offer")) {
      return amount(t, kind, Component.TOTAL, offered, "their offer of ");
    }
    if (t.ask() != null) {
      String line = amount(t, kind, Component.TOTAL, t.ask().total(), "your ask of ");
      List<String> atTop = new ArrayList<>();
      Region region = t.scene().region();
      for (Component part : List.of(Component.BASE, Component.STOCK, Component.BONUS)) {
        long asked = part == Component.BASE ? t.ask().base() : part == Component.STOCK ? t.ask().stock()
            : t.ask().bonus();
        if (asked >= Precise.floor(region.bands().of(part).high())) {
          atTop.add(part.label());
        }
      }
      if (!atTop.isEmpty()) {
        line += "\n" + capitalized(String.join(" and ", atTop)) + (atTop.size() == 1 ? " sits" : " sit")
            + " at the top of " + (atTop.size() == 1 ? "its band" : "their bands") + ": the most the market data "
            + "supports, so expect them to meet you partway. The counter is built for that: one split, then accept.";
      }
      return line;
    }
    return amount(t, kind, Component.TOTAL, t.aim(), "the aim of ");
  }

  /** One amount against its band; a total also against the target and a competing offer. */
  private String amount(Thread t, Kind kind, Component part, long value, String whose) {
    Region region = t.scene().region();
    Range band = part == Component.SIGN_ON ? Topics.signOnRange(t.scene().guide()) : region.bands().of(part);
    if (band == null) {
      return null;
    }
    Where where = value < band.low() ? Where.BELOW : value > band.high() ? Where.ABOVE : Where.INSIDE;
    String what = money(t, value) + (part == Component.TOTAL ? " a year" : " " + part.label()
        + (part == Component.STOCK ? " a year" : ""));
    String bandName = part == Component.SIGN_ON ? "the guide's sign-on range (" + Money.compact(band,
        region.currency()) + ")" : "the " + region.shortName() + " " + (part == Component.TOTAL ? "total"
        : part.label()) + " band (" + Money.compact(band, region.currency()) + ")";
    Range target = t.scene().aimRange();
    String label = t.scene().target().isPresent() ? "Negotiate-Up target" : "top quarter of the band";
    StringBuilder line = new StringBuilder(kind.opener(where, band.position(value))).append(' ').append(whose).append(what).append(" is ");
    switch (where) {
      case BELOW -> line.append("below ").append(bandName).append(": the market pays more; say \"what should I ask "
          + "for\" for the figures.");
      case ABOVE -> line.append("past the top of ").append(bandName).append(" by ").append(money(t, value
          - band.high())).append(". ").append(above(t, part, value));
      case INSIDE -> {
        line.append("inside ").append(bandName).append(", at ").append(Math.round(band.position(value) * 100))
            .append('%');
        if (part == Component.TOTAL && value >= target.low()) {
          line.append(", and inside the ").append(region.shortName()).append(' ').append(label).append(" (")
              .append(Money.compact(target, region.currency())).append("), what the guide says to push for.");
        } else if (part == Component.TOTAL) {
          line.append(", below the ").append(label).append(" (").append(Money.compact(target, region.currency()))
              .append("): there's room above it.");
        } else if (band.position(value) >= 0.75) {
          line.append(", near its top: the most the market data supports, so expect them to meet you partway.");
        } else {
          line.append(": there's room above it, up to ").append(money(t, band.high())).append('.');
        }
      }
    }
    if (part == Component.TOTAL && t.competing() != null && t.competing().total() >= value && where != Where.BELOW) {
      line.append(" Your competing offer").append(t.competing().from() == null ? "" : " from "
          + t.competing().from()).append(" of ").append(t.competing().named()).append(" backs it.");
    }
    return line.toString();
  }

  private String above(Thread t, Component part, long value) {
    if (part == Component.TOTAL && t.competing() != null && t.competing().total() >= value) {
      return "It can still be asked:";
    }
    if (part == Component.SIGN_ON) {
      return "Past the range it needs a reason they can see: stock or a bonus you leave behind. Without one, expect "
          + "them to meet you near its top.";
    }
    return part == Component.TOTAL
        ? "Without a competing offer at that level, or a higher level, expect a no: the band top is what the guide "
            + "supports."
        : "Ask the band top and carry the rest in the other parts or a sign-on, or ask about a higher level.";
  }

  /** "is 10% bonus normal?": the percent as an amount on the offer's base (or the base band), against the bonus band. */
  private String percent(Thread t, Kind kind, Figure f) {
    if (f.component() != Component.BONUS) {
      return null;
    }
    Region region = t.scene().region();
    Range bonus = region.bands().bonus();
    double pct = f.amount() / 100.0;
    Long base = t.offer() == null ? null : t.offer().base();
    long on = base != null ? base : region.bands().base().mid();
    long value = Math.round(on * pct / 100);
    Where where = value < bonus.low() ? Where.BELOW : value > bonus.high() ? Where.ABOVE : Where.INSIDE;
    String written = (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
    String line = kind.opener(where, bonus.position(value)) + " a " + written + " bonus is " + money(t, value) + " on " + (base != null
        ? "your " + money(t, base) + " base" : "a base at the middle of the " + region.shortName() + " base band ("
            + money(t, on) + ")") + ", and the " + region.shortName() + " bonus band is "
        + Money.compact(bonus, region.currency()) + ": about " + share(bonus.low(), on) + "–" + share(bonus.high(), on)
        + " of that base.";
    if (t.offer() != null && t.offer().bonus() != null && t.offer().bonus() != value) {
      line += " Their offer's bonus is " + money(t, t.offer().bonus()) + ".";
    }
    return line;
  }

  private String walkAway(Thread t) {
    Region region = t.scene().region();
    long w = t.walkAway();
    boolean dm = t.venue() == Venue.DIRECT_MESSAGE;
    Long offered = t.offer() == null ? null : t.offer().recurringTotal();
    Range band = region.bands().total();
    String head = dm ? "Your walk-away of " + money(t, w) + ": " : "Your walk-away (not repeated here): ";
    if (w < band.low()) {
      return head + underTheBand(t, w, offered, dm);
    }
    if (offered != null && offered >= w) {
      return head + "realistic, their offer" + (dm ? " of " + money(t, offered) + " a year" : "")
          + " already clears it, so countering risks little.";
    }
    if (w > band.high()) {
      return head + "a stretch: it's above the top of the " + region.shortName() + " total band ("
          + Money.compact(band, region.currency()) + "), so this role here is unlikely to reach it. Be ready to walk, "
          + "or ask about a higher level.";
    }
    return head + "realistic: it's inside the " + region.shortName() + " total band ("
        + Money.compact(band, region.currency()) + ")" + (offered != null && dm ? ", and their offer is "
            + money(t, w - offered) + " under it, so you need them to move." : ".");
  }

  /**
   * A walk-away under the total band's low is low, not "inside the band": it gives away what the market pays, and
   * one under a competing offer is no walk-away at all (the user would take the other offer first).
   */
  private static String underTheBand(Thread t, long w, Long offered, boolean dm) {
    Range band = t.scene().region().bands().total();
    String where = t.scene().region().shortName();
    StringBuilder line = new StringBuilder("low: it's under the bottom of the " + where + " total band ("
        + Money.compact(band, t.scene().region().currency()) + ")" + (dm ? ", " + money(t, band.low() - w)
            + " under its low" : "") + ", so it gives away what the market pays for this role.");
    Competing rival = t.competing();
    boolean sameCurrency = rival != null && (rival.currency() == null
        || rival.currency().equals(t.scene().region().currency()));
    if (sameCurrency && rival.total() > w) {
      line.append(" Your competing offer").append(rival.from() == null ? "" : " from " + rival.from())
          .append(" pays ").append(dm ? rival.named() : "more").append(": you'd take that before going"
              + " this low, so your walk-away is at least that.");
    } else if (offered != null && offered >= w) {
      line.append(" Their offer").append(dm ? " of " + money(t, offered) + " a year" : "")
          .append(" already clears it: set it from your best alternative (pay today, another offer), not under it.");
    } else {
      line.append(" Set it from your best alternative (pay today, another offer).");
    }
    return line.toString();
  }

  /** A figure under 1,000 where the bands are in thousands is in thousands ("233 base"). */
  private static long scaled(Thread t, long amount) {
    return amount < 1_000 && t.scene().region().bands().base().low() >= 10_000 ? amount * 1_000 : amount;
  }

  /**
   * The part a figure with no word is weighed as: the one band that holds it; the base where the base band holds it
   * and the thread's offer has a base (people name their base: "88k base…, is 95 unreasonable?"), or where it is
   * under the offer's yearly total (no one asks a total below what is offered); else the total past the base band.
   */
  private static Component placed(Thread t, Placing.Placed placed) {
    if (placed.fits().size() == 1) {
      return placed.fits().get(0);
    }
    Offer offer = t.offer();
    Long yearly = offer == null ? null : offer.recurringTotal();
    if (placed.fits().contains(Component.BASE) && offer != null && (offer.base() != null
        || yearly != null && placed.value() < yearly)) {
      return Component.BASE;
    }
    // "she thinks 185 is too aggressive" on a $195K offer: past the base band, but no one weighs a total below what
    // is offered, so it is a base past its band.
    if (placed.fits().isEmpty() && offer != null && offer.base() != null && yearly != null
        && placed.value() < yearly) {
      return Component.BASE;
    }
    if (placed.fits().contains(Component.TOTAL) || placed.value() > t.scene().region().bands().base().high()) {
      return Component.TOTAL;
    }
    return Component.BASE;
  }

  private static String share(long amount, long of) {
    return Math.round(amount * 100.0 / of) + "%";
  }

  private static String money(Thread t, long amount) {
    return new Money(amount, t.scene().region().currency()).compact();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
