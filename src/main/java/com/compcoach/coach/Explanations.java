package com.compcoach.coach;

import com.compcoach.guide.Guide;
import com.compcoach.guide.Lever;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Answers "why?": the last figure explained, with the guide lines it comes from. */
final class Explanations {

  Reply.Text why(Optional<Scene> maybeScene, Conversation c, Venue venue) {
    if (maybeScene.isEmpty() || c.subject() == Conversation.Subject.NONE) {
      return new Reply.Text("Nothing to explain yet. Start with a role and a region, e.g. \"ml-ai-engineer "
          + "charlotte\", and ask \"why?\" after any figure.");
    }
    Scene scene = maybeScene.get();
    return new Reply.Text(String.join("\n", switch (c.subject()) {
      case AIM -> aim(scene, c);
      case COUNTER -> counter(scene, c, venue);
      case NEXT_STEP -> nextStep(scene, c);
      case LEVER -> lever(scene, c.lever());
      case COMPARISON -> comparison(scene);
      case NONE -> List.<String>of();
    }));
  }

  private static List<String> aim(Scene scene, Conversation c) {
    List<String> lines = new ArrayList<>();
    Guide guide = scene.guide();
    Region region = scene.region();
    String place = region.shortName();
    Range aimRange = scene.aimRange();
    long aim = new Counteroffers().aim(new Cards().situation(scene, c, null, null));
    lines.add("The aim, " + money(aim, region) + " a year, sits three quarters of the way into " + place
        + "'s target of " + Money.compact(aimRange, region.currency()) + ", at least " + money(3_000, region)
        + " under its top, so you can settle inside it.");
    Optional<Target> target = scene.target();
    if (target.isPresent()) {
      lines.add("Source: " + guide.path() + " line " + target.get().line() + ", the Negotiate-Up strategy: \""
          + target.get().written() + ", target " + Money.compact(target.get().total(), region.currency()) + " TC\".");
    } else {
      lines.add("The guide gives no Negotiate-Up target for " + place + ", so the aim range is the top quarter of "
          + "its total band " + Money.compact(region.bands().total(), region.currency()) + ".");
    }
    lines.add(row(guide, region));
    return lines;
  }

  /** The pay-table row as the guide gives it, with its file and line. */
  static String row(Guide guide, Region region) {
    String c = region.currency();
    return "Bands: " + guide.path() + " line " + region.line() + ": " + region.name() + " | base "
        + Money.compact(region.bands().base(), c) + " | stock " + Money.compact(region.bands().stock(), c)
        + " | bonus " + Money.compact(region.bands().bonus(), c) + " | total "
        + Money.compact(region.bands().total(), c) + ".";
  }

  private static List<String> counter(Scene scene, Conversation c, Venue venue) {
    Counteroffer k = c.counter();
    if (k == null) {
      return aim(scene, c);
    }
    Region region = scene.region();
    List<String> lines = new ArrayList<>();
    lines.add("The counter fills base first, then stock, then bonus, each up to its band top made precise "
        + "(a multiple of 500 that is not a round 5,000), until the yearly total reaches the aim of "
        + money(k.aim(), region) + ".");
    lines.add("Base " + full(k.base(), region) + " against a band top of " + money(region.bands().base().high(), region)
        + "; stock " + full(k.stock(), region) + " against " + money(region.bands().stock().high(), region)
        + "; bonus " + full(k.bonus(), region) + " against " + money(region.bands().bonus().high(), region) + ".");
    if (c.competing() != null) {
      lines.add("The aim is lifted 5% past your competing offer of " + c.competing().named(v -> money(v, region))
          + " where the bands allow.");
    }
    if (c.walkAway() != null) {
      lines.add("Nothing goes below " + c.walkAwayName(venue == Venue.DIRECT_MESSAGE, v -> money(v, region)) + ".");
    }
    if (k.signOn() > 0) {
      Range range = scene.guide().architecture() == null ? null : scene.guide().architecture().signOn();
      lines.add("Sign-on " + full(k.signOn(), region) + ": one-time, it bridges what the yearly figures cannot"
          + (c.forfeited() != null ? " plus what you leave behind" : "")
          + (range == null ? "." : ", within the guide's sign-on range of "
              + Money.compact(range, region.currency()) + "."));
    }
    lines.addAll(aim(scene, c).subList(1, aim(scene, c).size()));
    return lines;
  }

  private static List<String> nextStep(Scene scene, Conversation c) {
    Region region = scene.region();
    List<String> lines = new ArrayList<>();
    lines.add("Their answer is measured against the gap between the offer and your counter: within a sixth of it, "
        + "accept; otherwise ask once more for half of what remains, with precise figures.");
    if (c.counter() != null) {
      lines.add("Your standing ask: " + full(c.counter().total(), region) + " a year"
          + (c.counter().signOn() > 0 ? " plus a " + full(c.counter().signOn(), region) + " sign-on" : "") + ".");
    }
    lines.add(row(scene.guide(), region));
    return lines;
  }

  private static List<String> lever(Scene scene, int number) {
    Guide guide = scene.guide();
    Region from = guide.leverRegion();
    Region to = scene.region();
    List<String> lines = new ArrayList<>();
    Optional<Lever> lever = guide.levers().stream().filter(l -> l.number() == number).findFirst();
    String which = lever.map(l -> "Lever " + l.number() + " (" + guide.path() + " line " + l.line() + ")")
        .orElse("The levers (" + guide.path() + ")");
    if (from.equals(to)) {
      lines.add(which + " quotes " + from.shortName() + " figures, the region you asked about, so they stand "
          + "as written.");
      return lines;
    }
    lines.add(which + " quotes " + from.shortName() + " figures (line " + from.line() + "). For "
        + to.shortName() + " (line " + to.line() + ") each amount scales by its own band-top ratio and "
        + "rounds to 1K:");
    lines.add("base × " + ratio(to.bands().base().high(), from.bands().base().high(), to) + ", stock × "
        + ratio(to.bands().stock().high(), from.bands().stock().high(), to) + ", bonus × "
        + ratio(to.bands().bonus().high(), from.bands().bonus().high(), to) + ", total × "
        + ratio(to.bands().total().high(), from.bands().total().high(), to) + ".");
    lines.add("Percentages and sign-on stay as written; a competing offer's range gives way to yours when you name one.");
    return lines;
  }

  private static List<String> comparison(Scene scene) {
    Guide guide = scene.guide();
    List<String> lines = new ArrayList<>();
    lines.add("Each column is one row of the pay table in " + guide.path() + ":");
    for (Region region : guide.regions()) {
      lines.add("- " + region.name() + ": line " + region.line() + guide.target(region)
          .map(t -> "; target at line " + t.line()).orElse(""));
    }
    return lines;
  }

  private static String ratio(long to, long from, Region region) {
    return money(to, region) + "/" + money(from, region) + " = "
        + String.format(Locale.ROOT, "%.4f", (double) to / from);
  }

  private static String money(long amount, Region region) {
    return new Money(amount, region.currency()).compact();
  }

  private static String full(long amount, Region region) {
    return new Money(amount, region.currency()).full();
  }
}
