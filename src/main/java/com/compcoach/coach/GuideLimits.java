package com.compcoach.coach;

import com.compcoach.guide.Freshness;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Questions the guide cannot answer, answered honestly: where its figures come from and how far to trust them, other
 * companies' pay, places it does not list, and the odds of a yes. Each says what the guide does hold, never a figure
 * it does not.
 */
final class GuideLimits {

  private GuideLimits() {}

  /** "where do your numbers come from?", "how sure are you about the band": the guide's rows, lines and sources. */
  static String sources(Scene s, LocalDate today) {
    Guide guide = s.guide();
    Region region = s.region();
    StringBuilder out = new StringBuilder("Every figure I show comes from one guide, " + guide.path() + ", or from "
        + "what you typed: the " + region.shortName() + " pay row (line " + region.line() + ") for the bands");
    s.target().ifPresent(t -> out.append(", its Negotiate-Up strategy (line ").append(t.line())
        .append(") for the target"));
    out.append(", and the levers' wording; the counter is arithmetic on those and your offer (\"why?\" shows it).");
    List<String> sources = guide.sources();
    if (sources != null && !sources.isEmpty()) {
      out.append(" The guide cites ").append(sources.size()).append(sources.size() == 1 ? " source" : " sources")
          .append(" of its own (its Evidence & Sources section).");
    }
    Freshness freshness = guide.freshness();
    if (freshness != null && freshness.nextReviewDue() != null && today.isAfter(freshness.nextReviewDue())) {
      out.append(" Its figures were due for review on ").append(freshness.nextReviewDue())
          .append(", so check them against a recent source.");
    }
    return out.append(" How sure: a band is the market's range as the guide gathered it, not a promise of what this "
        + "company pays, and not a figure for anyone's level or tenure. Treat it as the case you argue from, and the "
        + "written offer as the figures you decide on.").toString();
  }

  /** "what do google and meta pay for this?": the guide holds one company's bands; another's pay is not guessed. */
  static String otherCompanies(Scene s) {
    Region region = s.region();
    return "I can't tell that from the guide: it holds " + s.guide().company().name() + "'s bands for "
        + s.guide().role().title() + " (" + s.guide().path() + "), not what other companies pay, and I won't guess a "
        + "figure for them. What I can do: weigh another company's offer once its figures are typed here (\"google "
        + "offered 210 base, 15% bonus\"), or show the " + region.shortName() + " band this offer sits in: base "
        + Money.compact(region.bands().base(), region.currency()) + ", " + Money.compact(region.bands().total(),
        region.currency()) + " a year in all.";
  }

  /** "is detroit cheaper to live?": living costs are in no guide, so no figure; the places' bands instead. */
  static String costOfLiving(Scene s) {
    return "I can't tell that from the guide: " + s.guide().path() + " holds " + s.guide().company().name()
        + "'s pay bands for the places it lists, not rent, taxes or prices there, and I won't guess a difference. "
        + "What I can do: show what this role pays in each place the guide lists (say \"compare\"), and a "
        + "cost-of-living calculator with your two cities gives the rest.";
  }

  /**
   * "how much do ml engineers make in austin?": a place the guide lists gets its band; one it doesn't is said so,
   * with the places it does hold, and no figure.
   */
  static String place(Scene s, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Region r : s.guide().regions()) {
      String name = r.shortName().toLowerCase(Locale.ROOT);
      if (lower.contains(name)) {
        return "The " + r.shortName() + " band for " + s.guide().role().title() + ": base "
            + Money.compact(r.bands().base(), r.currency()) + ", stock " + Money.compact(r.bands().stock(),
            r.currency()) + " a year, bonus " + Money.compact(r.bands().bonus(), r.currency()) + ", "
            + Money.compact(r.bands().total(), r.currency()) + " a year in all (" + s.guide().path() + " line "
            + r.line() + "). Say \"compare\" to set it beside " + s.region().shortName() + ".";
      }
    }
    List<String> names = s.guide().regions().stream().map(Region::shortName).toList();
    return "I can't tell that from the guide: for " + s.guide().role().title() + " it holds " + Cards.join(names)
        + ", and no other place, so I won't give a figure for one it doesn't list. Pay moves with the place, so "
        + "the nearest listed band is no stand-in; ask the recruiter for the range they use there, or tell me an "
        + "offer's figures and I'll weigh them against " + s.region().shortName() + ".";
  }

  /** "what's the chance they say yes?": no odds invented, and what makes a yes likelier. */
  static final String ODDS = "I can't tell the odds of a yes from the guide: it holds the market's bands, not how "
      + "this company decides, so I won't put a number on it. What makes a yes likelier: one precise counter with a "
      + "reason from the market, warmth about the role, a real competing offer if you have one, and room for them to "
      + "meet you partway. A no to a counter rarely costs the offer: ask where they can move instead. Weighed against "
      + "the market:";
}
