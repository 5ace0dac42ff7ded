package com.compcoach.coach;

import com.compcoach.guide.Guide;
import com.compcoach.guide.Lever;
import com.compcoach.guide.LeverAmount;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Restates a lever's wording for the asked region. The guides quote the HQ (or first) row; each amount scales by
 * its own component's band-top ratio between the two rows (base by base, stock by stock, bonus by bonus, total by
 * total) and rounds to 1K (a figure under 10K to its own precision). Percentages, sign-on and other figures stay as written; a market figure (a competing
 * offer's range) gives way to the user's own competing offer when there is one; a bracketed placeholder for the
 * competitor, or "[current company]", takes the name when the conversation knows it.
 */
public final class LeverWording {

  /** A placeholder as people write one: [x], [[x]], {x}, {{x}} or <x>. */
  private static final String SLOT = "(\\[\\[?[^\\[\\]]{1,120}\\]\\]?|\\{\\{?[^{}]{1,120}\\}\\}?|<[A-Za-z][^<>]{0,120}>)";
  private static final Pattern PLACEHOLDER = Pattern.compile(SLOT);
  private static final Pattern CURRENT_COMPANY = Pattern.compile(
      "(?i)[\\[{<]{1,2}\\s*(?:your |my )?(?:current|present|existing) (?:company|employer|firm|team)(?:'s name| name)?"
          + "\\s*[\\]}>]{1,2}");
  private static final Pattern COMPETITOR_SLOT = Pattern.compile(
      "(?i)(offers? from|conversations? with|offers? at|talking to|interviewing (?:at|with)|competing with)\\s+"
          + SLOT);
  /** Wording that tells the recruiter there is another offer. */
  private static final Pattern CLAIMS_COMPETING = Pattern.compile(
      "(?i)\\b(competing offers?|other offers?|offers? from|in conversations? with|interviewing (?:at|with)|"
          + "talking to \\w+ (?:other )?companies|best alternative|best (?:\\w+ )?offer|offers (?:in|at)|"
          + "(?:evaluating|considering|weighing|holding|comparing) (?:\\w+ )?offers)\\b");
  // Compiled once: every reply that shows levers runs these over each of them (profiled under load).
  private static final Pattern SLOT_EDGES = Pattern.compile("^[\\[{<]+\\s*|\\s*[\\]}>]+$");
  private static final Pattern OPTION_BREAKS = Pattern.compile("\\s*/\\s*|\\s+or\\s+");
  private static final Pattern PLURAL_OFFERS = Pattern.compile("(?i)\\b(competing|other) offers\\b");
  private static final Pattern WEIGHING_OFFERS = Pattern.compile(
      "(?i)\\b(evaluating|considering|weighing|holding|comparing) offers\\b");
  private static final Pattern OFFER_ARE = Pattern.compile(
      "(?i)\\b((?:competing|other) offer(?:\\s+(?:from|at|with)\\s+[^.,;:—–]{1,60}?)?)\\s+are\\b");
  private static final Pattern ALL_OF_WHICH = Pattern.compile("(?i)(\\s*[—–-]+\\s*|,\\s*)all of (?:which|them) are\\b");
  private static final Pattern OFFER_WITHOUT_FIGURE = Pattern.compile(
      "(?i)\\b((?:my |our )?(?:best |strongest )?(?:competing|other) offer)\\b(?!\\s+(?:of|at|from)\\b)");
  static final String IF_COMPETING = "only if you have a competing offer";
  static final String IF_SEVERAL = "only if you have offers like these";

  /**
   * Levers already worded, by everything their wording depends on (values all, so a reloaded guide's levers are new
   * keys): a thread's every turn words the same guide's levers again, and these regexes were a quarter of a thread
   * turn's CPU under load (profiled).
   */
  private final Cache<Localizing, LocalizedLever> localized = Caffeine.newBuilder()
      .maximumSize(4_096)
      .executor(Runnable::run)
      .build();

  private record Localizing(Lever lever, Region from, Region to, Competing competing, String employer) {}

  /** Every lever of a guide restated for a region, as a card with no conversation yet shows them. */
  public List<LocalizedLever> localize(Guide guide, Region region) {
    return localize(guide, region, null, null);
  }

  List<LocalizedLever> localize(Guide guide, Region region, Competing competing, String employer) {
    List<LocalizedLever> out = new ArrayList<>();
    for (Lever lever : guide.levers()) {
      out.add(localize(lever, guide.leverRegion(), region, competing, employer));
    }
    return List.copyOf(out);
  }

  LocalizedLever localize(Lever lever, Region from, Region to, Competing competing) {
    return localize(lever, from, to, competing, null);
  }

  LocalizedLever localize(Lever lever, Region from, Region to, Competing competing, String employer) {
    return localized.get(new Localizing(lever, from, to, competing, employer),
        k -> localizeNow(lever, from, to, competing, employer));
  }

  private LocalizedLever localizeNow(Lever lever, Region from, Region to, Competing competing, String employer) {
    String text = lever.text();
    List<LeverAmount> amounts = new ArrayList<>(lever.amounts());
    // Replace from the end so earlier offsets stay valid.
    amounts.sort(Comparator.comparingInt(LeverAmount::start).reversed());
    StringBuilder out = new StringBuilder(text);
    boolean figureCarried = false;
    LeverAmount cited = citedOffer(text, lever.amounts());
    for (LeverAmount amount : amounts) {
      if (amount.start() < 0 || amount.end() > text.length()
          || !text.substring(amount.start(), amount.end()).equals(amount.written())) {
        continue;
      }
      // Only the one figure the wording cites as an offer gives way to the user's; other market figures stand.
      String restated = amount.refersTo() == LeverAmount.Reference.MARKET && amount != cited ? null
          : restate(amount, from, to, competing);
      if (restated != null) {
        out.replace(amount.start(), amount.end(), restated);
        figureCarried |= amount.refersTo() == LeverAmount.Reference.MARKET;
      }
    }
    String localized = out.toString();
    boolean claims = CLAIMS_COMPETING.matcher(text).find();
    List<String> toFill = new ArrayList<>();
    if (competing == null) {
      // No offer to cite: the guide's list of competitors is not the user's to claim.
      Matcher slot = COMPETITOR_SLOT.matcher(localized);
      if (slot.find()) {
        localized = singular(slot.replaceAll("$1 [the company that made your offer]"));
      }
      if (claims) {
        toFill.add("If you have a competing offer, tell me (\"I have a competing offer of 300k from Globex\") and "
            + "this lever will cite it.");
      }
    } else {
      localized = withCompetitor(localized, competing.from(), toFill);
      if (claims && !figureCarried && competing.currency().equals(to.currency())) {
        // A lever that speaks of the offer without a figure carries the user's own.
        Matcher plain = OFFER_WITHOUT_FIGURE.matcher(localized);
        if (plain.find()) {
          localized = localized.substring(0, plain.end()) + " of "
              + new Money(competing.total(), competing.currency()).compact() + " a year"
              + localized.substring(plain.end());
        }
      }
    }
    if (employer != null) {
      localized = CURRENT_COMPANY.matcher(localized).replaceAll(Matcher.quoteReplacement(employer));
    } else if (CURRENT_COMPANY.matcher(localized).find()) {
      toFill.add("Put in the name of your current employer, or tell me (\"I'm currently at Acme Bank\") and I'll fill "
          + "it in.");
    }
    localized = choices(localized, toFill);
    String condition = !claims ? null : competing == null ? IF_COMPETING
        : severalOffers(text, lever.amounts()) ? IF_SEVERAL : null;
    return new LocalizedLever(lever.number(), lever.title(), localized, lever.line(), condition, toFill);
  }

  /** The market figure a sentence cites as the user's other offer, when exactly one sentence cites exactly one. */
  private static LeverAmount citedOffer(String text, List<LeverAmount> amounts) {
    LeverAmount cited = null;
    for (LeverAmount amount : amounts) {
      if (amount.refersTo() == LeverAmount.Reference.MARKET && citesAnOffer(text, amount)) {
        if (cited != null) {
          return null;
        }
        cited = amount;
      }
    }
    return cited;
  }

  /** Whether the wording cites more than one market figure as offers ("offers in San Francisco ($550K) and …"). */
  private static boolean severalOffers(String text, List<LeverAmount> amounts) {
    return amounts.stream().filter(a -> a.refersTo() == LeverAmount.Reference.MARKET && citesAnOffer(text, a))
        .count() > 1;
  }

  /** Whether the sentence around an amount speaks of an offer the user holds. */
  private static boolean citesAnOffer(String text, LeverAmount amount) {
    int start = amount.start();
    while (start > 0 && ".!?".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = Math.min(text.length(), Math.max(amount.end(), 0));
    return start <= end && CLAIMS_COMPETING.matcher(text.substring(start, end)).find();
  }

  /** A lever as a thread shows it: its heading (with its condition) quoted wording, then what is left to fill. */
  static List<String> lines(LocalizedLever lever, String where) {
    List<String> lines = new ArrayList<>();
    lines.add(lever.number() + ". " + lever.title() + (where == null ? "" : " (" + where + ")")
        + (lever.condition() == null ? "" : ": " + lever.condition()));
    lines.add("> " + lever.text());
    for (String fill : lever.toFill()) {
      lines.add("  " + fill);
    }
    return lines;
  }

  /** The competitor's name in every slot for it, and the wording made singular: the user has one offer to cite. */
  private static String withCompetitor(String text, String name, List<String> toFill) {
    Matcher slot = COMPETITOR_SLOT.matcher(text);
    StringBuilder out = new StringBuilder();
    boolean unnamed = false;
    while (slot.find()) {
      String filled = name != null ? name : "[the company that made your offer]";
      unnamed |= name == null;
      slot.appendReplacement(out, Matcher.quoteReplacement(slot.group(1) + " " + filled));
    }
    slot.appendTail(out);
    if (unnamed) {
      toFill.add("Name the company that made your competing offer, or tell me again with its name (\"I have a "
          + "competing offer of 300k from Globex\").");
    }
    return singular(out.toString());
  }

  /** One offer from one company: "offers … are" and "all of which are" read as the singular they now are. */
  private static String singular(String text) {
    String singular = PLURAL_OFFERS.matcher(text).replaceAll("$1 offer");
    singular = WEIGHING_OFFERS.matcher(singular).replaceAll("$1 an offer");
    singular = OFFER_ARE.matcher(singular).replaceAll("$1 is");
    return ALL_OF_WHICH.matcher(singular).replaceAll("$1which is");
  }

  /** Every other placeholder stays for the user, marked as the choice it is: "[pick one: a / b / c]". */
  private static String choices(String text, List<String> toFill) {
    Matcher slot = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (slot.find()) {
      String inner = SLOT_EDGES.matcher(slot.group(1)).replaceAll("");
      String[] options = OPTION_BREAKS.split(inner);
      String replacement;
      if (inner.startsWith("the company that made") || CURRENT_COMPANY.matcher(slot.group(1)).matches()) {
        replacement = slot.group(1);
      } else if (options.length > 1) {
        replacement = "[pick one: " + String.join(" / ", options) + "]";
        toFill.add("Pick what is true of you in " + replacement + ", or say it in your own words.");
      } else {
        replacement = "[" + inner + "]";
        toFill.add("Fill in " + replacement + ".");
      }
      slot.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    slot.appendTail(out);
    return out.toString();
  }

  /** The amount as it should read in {@code to}, or null to leave it as written. */
  private static String restate(LeverAmount amount, Region from, Region to, Competing competing) {
    if (amount.percent()) {
      return null;
    }
    if (amount.refersTo() == LeverAmount.Reference.MARKET) {
      if (competing != null && competing.currency().equals(to.currency())) {
        return new Money(competing.total(), competing.currency()).compact();
      }
      return null;
    }
    Range fromBand;
    Range toBand;
    switch (amount.refersTo()) {
      case BASE -> {
        fromBand = from.bands().base();
        toBand = to.bands().base();
      }
      case STOCK -> {
        fromBand = from.bands().stock();
        toBand = to.bands().stock();
      }
      case BONUS -> {
        fromBand = from.bands().bonus();
        toBand = to.bands().bonus();
      }
      case TOTAL -> {
        fromBand = from.bands().total();
        toBand = to.bands().total();
      }
      default -> {
        return null;
      }
    }
    if (from.equals(to) || fromBand.high() == 0) {
      return null;
    }
    long low = scale(amount.amount().low(), fromBand, toBand);
    long high = scale(amount.amount().high(), fromBand, toBand);
    if (low == high) {
      return new Money(low, to.currency()).compact();
    }
    return Money.compact(Range.of(low, high), to.currency());
  }

  /**
   * One figure times the band-top ratio, rounded to the nearest 1K; a figure under 10K (a month's or an hour's pay,
   * "S$1,250 a month", "$68/hr") keeps the precision it was written with, since 1K would swallow it.
   */
  static long scale(long figure, Range fromBand, Range toBand) {
    double scaled = (double) figure * toBand.high() / fromBand.high();
    long unit = 1_000;
    if (figure < 10_000) {
      unit = 1;
      while (unit < 1_000 && figure % (unit * 10) == 0 && figure > 0) {
        unit *= 10;
      }
    }
    return Math.round(scaled / unit) * unit;
  }
}
