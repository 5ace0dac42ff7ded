package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.money.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question for a figure no word tied to a component ("it came in at 210"): which component is it, suggesting
 * the ones whose band in the region holds it, so the user answers with one word instead of guessing what we need.
 */
final class Placing {

  private static final Component[] ORDER = {Component.BASE, Component.STOCK, Component.BONUS, Component.TOTAL};

  private Placing() {}

  /** A figure as the question reads it: its yearly value in the band's scale and the components whose band holds it. */
  record Placed(long value, boolean thousands, List<Component> fits, boolean underBase) {

    /**
     * The one part to offer first: the one band that holds it, or the base for a figure just under the base band and
     * under every other ("offer is 160k" against a $173K base low): an offer said as one figure is most often its
     * salary. Null when it could be several or none.
     */
    Component suggested() {
      return fits.size() == 1 ? fits.get(0) : fits.isEmpty() && underBase ? Component.BASE : null;
    }
  }

  /** Whether a figure a thread waits on is one figure as written ("172"), not a message held whole for a question. */
  static boolean plainFigure(String pending) {
    return HeldMessage.parse(pending) == null;
  }

  /** The figure placed in the region's bands; null when it is not one figure in the band's currency. */
  static Placed place(String written, Region region) {
    if (!plainFigure(written)) {
      return null;
    }
    List<Figure> read = new OfferReader().read(written + " base").figures();
    if (read.isEmpty() || read.get(0).amount() <= 0 || foreign(read.get(0), region)) {
      return null;
    }
    long amount = read.get(0).amount();
    boolean thousands = amount < 1_000 && region.bands().base().low() >= 10_000;
    long value = thousands ? inThousands(written, amount) : amount;
    List<Component> fits = new ArrayList<>();
    for (Component part : ORDER) {
      if (region.bands().of(part).contains(value)) {
        fits.add(part);
      }
    }
    Range base = region.bands().base();
    boolean underBase = value < base.low() && value * 2 >= base.low() && value < region.bands().total().low();
    return new Placed(value, thousands, List.copyOf(fits), underBase);
  }

  /** "192.5" in thousands, from its digits as typed ($192,500), never from its amount rounded to 193. */
  private static long inThousands(String written, long amount) {
    Matcher decimal = DECIMAL_THOUSANDS.matcher(written.strip());
    return decimal.matches() ? new java.math.BigDecimal(decimal.group(1)).movePointRight(3).longValue()
        : amount * 1_000;
  }

  private static final Pattern DECIMAL_THOUSANDS = Pattern.compile("\\$?(\\d{1,3}\\.\\d{1,3})[kK]?");

  /**
   * The part a figure with no word in their answer to a counter is about ("they came back at 195" after an ask of
   * $222K base on their $186K): the one part whose offered figure and ask it lies between; null when none or several
   * do, and then it is asked.
   */
  static Component theirAnswer(String written, Offer offer, Counteroffer ask, Region region) {
    if (ask == null) {
      return null;
    }
    return onePart(written, offer, region, (part, had, value) -> had < value && value <= (part == Component.BASE
        ? ask.base() : part == Component.STOCK ? ask.stock() : ask.bonus()));
  }

  /**
   * The part a figure with no word in an offer cut after a counter is about ("they cut the offer to 170" on a $175K
   * base): the one part offered above it, by less than half, whose band holds it; null when none or several are.
   */
  static Component lowered(String written, Offer offer, Region region) {
    return onePart(written, offer, region, (part, had, value) -> value < had && value * 2 > had);
  }

  /** Which offered part a figure can be, given what it was offered at and the figure in the band's scale. */
  private interface Fits {
    boolean fits(Component part, long had, long value);
  }

  /**
   * The one part of base, stock and bonus the offer gives and {@code fits} allows for the figure, and whose band holds
   * it if any band does; null when none or several are, and then the figure is asked about.
   */
  private static Component onePart(String written, Offer offer, Region region, Fits fits) {
    if (offer == null || !offer.currency().equals(region.currency())) {
      return null;
    }
    Placed placed = place(written, region);
    if (placed == null) {
      return null;
    }
    Component found = null;
    for (Component part : new Component[] {Component.BASE, Component.STOCK, Component.BONUS}) {
      Long had = offer.of(part);
      if (had != null && fits.fits(part, had, placed.value())) {
        if (found != null) {
          return null;
        }
        found = part;
      }
    }
    return found != null && (placed.fits().isEmpty() || placed.fits().equals(List.of(found))) ? found : null;
  }

  static String question(String written, Region region, Offer offer) {
    List<Figure> read = new OfferReader().read(written + " base").figures();
    if (read.isEmpty()) {
      return generic(written);
    }
    Figure figure = read.get(0);
    if (figure.amount() > 0 && foreign(figure, region)) {
      return OfferUpdate.doubt(figure, region);
    }
    Placed placed = place(written, region);
    if (placed == null || placed.value() > 10 * region.bands().total().high()) {
      return generic(written);
    }
    long value = placed.value();
    boolean thousands = placed.thousands();
    List<Component> fits = placed.fits();
    String currency = region.currency();
    String place = region.shortName();
    String say = thousands ? written + "k" : written;
    if (placed.suggested() == Component.BASE && fits.isEmpty()) {
      return "Is " + (thousands ? written + " (" + money(value, currency) + ")" : written) + " the base? An offer said "
          + "as one figure is most often the salary, though " + money(value, currency) + " is under the " + place
          + " base band (" + Money.compact(region.bands().base(), currency) + "). Say \"yes\" or the word (\"base\", "
          + "\"total\"), or the figure with it (\"" + say + " base\").";
    }
    if (fits.isEmpty()) {
      return "What is " + written + ": the base, stock, bonus, sign-on or the yearly total? " + money(value, currency)
          + " is outside every " + place + " band, so say it with the word, e.g. \"" + say + " base\".";
    }
    List<String> names = fits.stream().map(Placing::name).toList();
    List<String> bands = fits.stream().map(p -> name(p) + " " + Money.compact(region.bands().of(p), currency)).toList();
    String current = "";
    if (offer != null && offer.currency().equals(currency) && offer.of(fits.get(0)) != null) {
      current = " (you gave " + money(offer.of(fits.get(0)), currency) + " before)";
    }
    boolean converted = thousands || read.get(0).period() != Period.YEAR;
    return "Is " + (converted ? written + " (" + money(value, currency) + (thousands ? "" : " a year") + ")" : written)
        + " the " + Cards.join(names)
        .replace(" and ", " or ") + current + "? It fits the " + place + " " + String.join(", ", bands) + " band"
        + (fits.size() > 1 ? "s" : "") + ". Say " + (fits.size() == 1 ? "\"yes\" or " : "") + "the word (\""
        + word(fits.get(0)) + "\", \""
        + (fits.size() > 1 ? word(fits.get(1)) : fits.get(0) == Component.TOTAL ? "base" : "total") + "\"), or the figure with it (\"" + say + " "
        + word(fits.get(0)) + "\").";
  }

  /**
   * The component a reply to the question names: "yes" (the first suggestion), "base", "it's the bonus", "total
   * comp"; null when the reply is something else (a new figure, another question), which then goes its own way.
   */
  static Component answer(String message, Placed placed) {
    Component alone = answerAlone(message, placed);
    if (alone != null) {
      return alone;
    }
    // "base, and yes it's in USD", "base - sorry": the word first, then an aside with no figure and no other part.
    int cut = firstCut(message);
    if (cut <= 0 || message.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    Component head = answerAlone(message.substring(0, cut), placed);
    String rest = " " + IntentTable.normalize(message.substring(cut + 1)) + " ";
    // "base, but it's in GBP": an aside naming another currency than dollars changes the figure, so it is not taken.
    return head == null || PART_WORD.matcher(rest).find() || OTHER_MONEY.matcher(rest).find() ? null : head;
  }

  /** Currencies other than dollars an aside may name. */
  private static final java.util.regex.Pattern OTHER_MONEY = java.util.regex.Pattern.compile(
      "\\b(?:gbp|eur|euros?|pounds?|sterling|cad|canadian|aud|chf|francs?|inr|rupees?|jpy|yen|sgd|hkd|mxn|pesos?)\\b"
      + "|[£€¥₹]");

  /** Another part named in an aside: it would make the answer two parts, so it is not the answer. */
  private static final java.util.regex.Pattern PART_WORD = java.util.regex.Pattern.compile(
      "\\b(?:base|salary|stock|rsus?|equity|shares|bonus|total|tc|comp|package|sign-?on|signing)\\b");

  /** Where a reply's first piece ends: its first comma, semicolon or dash between blanks; -1 where none is. */
  private static int firstCut(String message) {
    for (int i = 0; i < message.length(); i++) {
      char ch = message.charAt(i);
      if (ch == ',' || ch == ';' || (ch == '-' || ch == '\u2013' || ch == '\u2014') && i > 0
          && message.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** The part a short reply names on its own, or null. */
  private static Component answerAlone(String message, Placed placed) {
    List<String> words = THUMBS_UP.matcher(message).matches() ? List.of("yes")
        : IntentTable.words(IntentTable.normalize(message));
    if (words.isEmpty() || words.size() > 6) {
      return null;
    }
    Component named = null;
    boolean yes = false;
    for (String w : words) {
      Component c = switch (w) {
        case "base", "salary" -> Component.BASE;
        case "stock", "rsu", "rsus", "equity", "shares" -> Component.STOCK;
        case "bonus" -> Component.BONUS;
        case "total", "tc", "comp", "package" -> Component.TOTAL;
        case "sign-on", "signon", "signing" -> Component.SIGN_ON;
        default -> null;
      };
      if (c != null) {
        if (named != null && named != c && !(named == Component.SIGN_ON && c == Component.BONUS)) {
          return null;
        }
        named = named == null ? c : named;
      } else if (YES.contains(w)) {
        yes = true;
      } else if (!FILLER.contains(w)) {
        return null;
      }
    }
    if (named != null) {
      return named;
    }
    // "yes" settles a question with one suggestion; to "stock or bonus?" it says nothing.
    return yes && placed != null ? placed.suggested() : null;
  }

  /**
   * The reading of a reply that goes on with the offer's other parts instead of answering ("Is 185 the base?" then
   * "bonus 10% and 40k stock"): a figure that fits one band only, and that the reply gives no figure for, is that part,
   * and a remark says so; any other reply is left as read.
   */
  static Reading goneOn(Reading reading, String pending, Region region) {
    Placed placed = place(pending, region);
    boolean offerParts = reading.figures().stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER);
    if (placed == null || placed.suggested() == null || !offerParts || !reading.loose().isEmpty()
        || !reading.unclear().isEmpty()) {
      return reading;
    }
    Component part = placed.suggested();
    if (reading.figures().stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER && f.component() == part)) {
      return reading;
    }
    List<Figure> figures = new ArrayList<>(reading.figures());
    figures.add(0, new Figure(Figure.Purpose.OFFER, part, placed.value(), false, null, 0, true, pending));
    List<String> remarks = new ArrayList<>(reading.remarks());
    remarks.add(0, "Took " + pending + " as the " + name(part) + " (" + money(placed.value(), region.currency())
        + (placed.fits().isEmpty() ? "): an offer said as one figure is most often the salary, and you went on with "
        + "the other parts." : "): it fits only that band, and you went on with the other parts."));
    return new Reading(figures, reading.vesting(), reading.revision(), reading.competitor(), reading.loose(),
        reading.employer(), reading.unclear(), reading.corrections(), remarks, reading.swapped(),
        reading.walkAwayWhose(), reading.onTarget(), reading.bonusUnsure(), reading.rivals(), reading.asks(),
        reading.choice());
  }

  /** Whether a reply turns the suggestion down or leaves the choice open ("no", "yes" to two suggestions). */
  static boolean undecided(String message) {
    List<String> words = IntentTable.words(IntentTable.normalize(message));
    return words.size() <= 3 && words.stream().anyMatch(w -> NO.contains(w) || YES.contains(w));
  }

  /** A thumbs-up sent alone is Slack's "yes". */
  private static final Pattern THUMBS_UP = Pattern.compile(
      "\\s*(?:👍[\\x{1F3FB}-\\x{1F3FF}]?|👌|✅|:\\+1:|:thumbsup:|:white_check_mark:|:ok_hand:)\\s*");
  private static final List<String> NO = List.of("no", "nope", "nah", "neither", "wrong", "not");
  private static final List<String> YES = List.of("yes", "yeah", "yep", "yup", "correct", "right", "exactly", "sure",
      "y", "ya", "yas", "indeed", "true");
  private static final List<String> FILLER = List.of("its", "it", "is", "the", "a", "that", "thats", "was", "per",
      "year", "yearly", "annual", "ok", "okay", "i", "mean", "meant", "salary", "pay", "just", "please", "sorry",
      "one", "figure", "number", "that's", "comp", "compensation", "bonus", "amount");

  /** Whether the figure is marked with another currency than the band's (asked about, never placed). */
  private static boolean foreign(Figure figure, Region region) {
    String doubt = figure.currency() == null ? null : OfferUpdate.doubt(figure, region);
    return doubt != null && doubt.contains(" in " + figure.currency() + ",");
  }

  private static String generic(String written) {
    return "What is " + written + ": the base, stock, bonus, sign-on or the yearly total? Say it with the word, e.g. \""
        + written + (written.matches("\\d{1,3}") ? "k" : "") + " base\".";
  }

  private static String name(Component part) {
    return part == Component.TOTAL ? "yearly total" : part == Component.STOCK ? "stock (a year)" : part.label();
  }

  /** The word a figure of {@code part} is typed with: "base", "rsu per year", "total". */
  static String word(Component part) {
    return part == Component.TOTAL ? "total" : part == Component.STOCK ? "rsu per year" : part.label();
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
