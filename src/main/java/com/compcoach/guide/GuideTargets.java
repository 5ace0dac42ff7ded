package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The guide's Negotiate-Up targets, read from what every section offered once the bands are known; a region with no
 * target, and a section that names places and money but gave nothing, are warned about.
 */
final class GuideTargets {

  private final GuideDraft draft;
  private final String path;
  private final List<Finding> findings;
  private final ReadingRules rules;
  private final GuideFigures figures;
  private final List<SectionSeen> sections;
  /** The regions as read: the targets are read once the walk is done. */
  private final List<Region> regions;
  /** The Negotiate-Up aims written for base alone; set by {@link #read()}. */
  private List<BaseTarget> baseTargets = List.of();

  GuideTargets(GuideDraft draft) {
    this.draft = draft;
    this.path = draft.path;
    this.findings = draft.findings;
    this.rules = draft.rules;
    this.figures = draft.figures;
    this.sections = draft.sections;
    this.regions = draft.regions;
  }

  List<BaseTarget> baseTargets() {
    return baseTargets;
  }

  List<Target> read() {
    if (regions == null || regions.isEmpty()) {
      return List.of();
    }
    List<NegotiateUp.Snippet> all = new ArrayList<>();
    for (SectionSeen s : sections) {
      all.addAll(s.snippets);
    }
    all = atTheRolesLevel(all);
    NegotiateUp.Result result = NegotiateUp.read(path, all, regions, draft.regionPhrases.of(regions), rules, figures,
        draft.conventions.paidTime());
    if (draft.payTableUnit > 1 && !result.yieldedNothing().isEmpty()) {
      // "What good looks like: Phoenix 130, Tucson 120 (base)." under a "Base ($k)" table: the table's unit.
      List<NegotiateUp.Snippet> scaled = inTableUnit(all, result.yieldedNothing());
      if (scaled != null) {
        all = scaled;
        result = NegotiateUp.read(path, all, regions, draft.regionPhrases.of(regions), rules, figures,
            draft.conventions.paidTime());
      }
    }
    Map<String, String> tierOfPlaces = new java.util.HashMap<>();
    if (!draft.tierPlaces.isEmpty() && !result.yieldedNothing().isEmpty()) {
      // "Tier 1: aim for $127K" beside rows "| Austin | Tier 1 |" and "| Denver | Tier 1 |": each row's aim.
      List<NegotiateUp.Snippet> placed = byTier(all, result.yieldedNothing(), tierOfPlaces);
      if (placed != null) {
        all = placed;
        result = NegotiateUp.read(path, all, regions, draft.regionPhrases.of(regions), rules, figures,
            draft.conventions.paidTime());
      }
    }
    if (regions.size() == 1 && result.targets().isEmpty() && result.baseTargets().isEmpty()
        && result.noTarget().isEmpty() && !result.yieldedNothing().isEmpty()) {
      // "Aim for £41,500." in a guide of one place: there is no other place it could be for.
      List<NegotiateUp.Snippet> placed = onePlace(all, result.yieldedNothing());
      if (placed != null) {
        result = NegotiateUp.read(path, placed, regions, draft.regionPhrases.of(regions), rules, figures,
            draft.conventions.paidTime());
      }
    }
    boolean rowsLeftOut = draft.hasError();
    for (Finding f : result.findings()) {
      // A row left out for its own error is not also a target "matching no row".
      if (!(rowsLeftOut && (f.message().contains("matches no row") || f.message().contains("is no region of the")))) {
        findings.add(f);
      }
    }
    silentSections(result);
    unplacedAims(result);
    baseTargets = result.baseTargets();
    List<Target> targets = fromTiers(sameAsAnother(all, result.targets(), result.noTarget()), tierOfPlaces);
    java.util.Set<String> cashAimed = new java.util.HashSet<>();
    targets = withoutCashAims(targets, all, cashAimed);
    if (result.targets().isEmpty() && baseTargets.isEmpty()) {
      for (NegotiateUp.Snippet sn : all) {
        List<Region> named = draft.regionPhrases.named(regions, sn.text());
        if (sn.targetsContext() && !named.isEmpty() && result.noTarget().isEmpty()) {
          findings.add(Finding.warning(path, sn.line(), "Negotiate-Up names " + named.get(0).name()
              + " but gives no target figure for any region; write 'In " + Places.shortName(named.get(0))
              + ", aim for …' with a total"));
          break;
        }
      }
    }
    if (!result.targets().isEmpty() || !baseTargets.isEmpty()) {
      int line = result.targets().isEmpty() ? baseTargets.get(0).line() : result.targets().get(0).line();
      for (Region r : regions) {
        // A base aim is that region's aim: shown and used for base, no warning.
        if (targets.stream().noneMatch(t -> t.region().equals(r.name()))
            && baseTargets.stream().noneMatch(t -> t.region().equals(r.name()))
            && !result.noTarget().contains(r.name()) && !cashAimed.contains(r.name())) {
          findings.add(Finding.warning(path, line, "Negotiate-Up gives no target for " + r.name()
              + "; write one, or '—' to say there is none"));
        }
      }
    }
    return targets;
  }

  /** "OTE", "on-target earnings", "total cash": an aim said of base and variable pay, without the stock. */
  private static final java.util.regex.Pattern CASH_AIM = java.util.regex.Pattern.compile(
      "\\bOTE\\b|(?i:\\bon[- ]target\\s+earnings\\b|\\btotal\\s+cash\\b|\\bcash\\s+comp)");
  /** "$370K all in (OTE plus equity)", "OTE + equity", "a $230K total": an aim that says it counts the stock too. */
  private static final java.util.regex.Pattern WITH_STOCK = java.util.regex.Pattern.compile(
      "(?i)\\ball[- ]in\\b|\\btotal\\b(?!\\s+cash)|(?:\\b(?:plus|and|with|including|incl\\.?)|\\+|&)\\s*(?:the\\s+)?(?:equity|stock|rsus?|shares)\\b|\\bTC\\b");

  /**
   * "Push for OTE near the top of the band: Boston $205K" where Boston pays stock beside its cash: an aim at base +
   * variable, which is no total to aim for; left out with a warning (adding a guessed stock figure would be ours).
   */
  private List<Target> withoutCashAims(List<Target> targets, List<NegotiateUp.Snippet> all,
      java.util.Set<String> cashAimed) {
    List<Target> kept = new ArrayList<>();
    java.util.Set<Integer> warned = new java.util.HashSet<>();
    for (Target t : targets) {
      Region r = regions.stream().filter(x -> x.name().equals(t.region())).findFirst().orElse(null);
      NegotiateUp.Snippet said = all.stream().filter(sn -> sn.line() == t.line()
          && (sn.text().contains("OTE") || sn.text().contains("arnings") || sn.text().contains("ash"))
          && CASH_AIM.matcher(sn.text()).find() && !WITH_STOCK.matcher(sn.text()).find()).findFirst().orElse(null);
      if (r == null || said == null || r.bands().stock().high() == 0) {
        kept.add(t);
        continue;
      }
      cashAimed.add(r.name());
      if (warned.add(t.line())) {
        findings.add(Finding.warning(path, t.line(), "the aims on this line are said of OTE (base + variable, "
            + "without the stock each place pays beside it): none is read as a total to aim for; write the total, "
            + "or the base, to aim for"));
      }
    }
    return kept;
  }

  /** "San Antonio: same as Austin" in a targets list: the place, then the place whose aim it shares. */
  private static final java.util.regex.Pattern SAME_AIM = java.util.regex.Pattern.compile(
      "(?iu)^\\s*(?<place>[^:—–]{2,60}?)\\s*(?::|\\s[—–-]\\s)\\s*(?:the\\s+)?same\\s+(?:as|as\\s+for|as\\s+in)\\s+"
          + "(?<of>[^,;.()%\\d$€£]{2,40}?)\\s*\\.?\\s*$");

  /**
   * The targets read, with a place's aim written as another's ("San Antonio: same as Austin") given that place's
   * figure; only where the one place names a region with no aim and the other a region with one.
   */
  private List<Target> sameAsAnother(List<NegotiateUp.Snippet> all, List<Target> read, java.util.Set<String> none) {
    List<Target> targets = new ArrayList<>(read);
    for (NegotiateUp.Snippet sn : all) {
      if (!sn.targetsContext() || !sn.text().toLowerCase(java.util.Locale.ROOT).contains("same")) {
        continue;
      }
      java.util.regex.Matcher m = SAME_AIM.matcher(sn.text().replace("*", ""));
      if (!m.matches()) {
        continue;
      }
      List<Region> place = draft.regionPhrases.named(regions, m.group("place"));
      List<Region> of = draft.regionPhrases.named(regions, m.group("of"));
      if (place.size() != 1 || of.size() != 1 || place.get(0).equals(of.get(0))) {
        continue;
      }
      String name = place.get(0).name();
      if (targets.stream().anyMatch(t -> t.region().equals(name)) || none.contains(name)) {
        continue;
      }
      targets.stream().filter(t -> t.region().equals(of.get(0).name())).findFirst()
          .ifPresent(t -> targets.add(new Target(name, sn.text().strip(), t.total(), sn.line())));
    }
    return targets;
  }

  /**
   * The snippets with each aim that gave nothing and writes its figures bare, under a thousand, read in the pay
   * table's header unit; null where none is such an aim.
   */
  /** A unit right after a figure that makes it a count: "25 days", "4 weeks", "10%", "2 levels". */
  private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
      "(?i)\\s*(?:%|percent|days?|weeks?|hours?|months?|years?|levels?|steps?|grades?|people|hires|pto)\\b");

  private List<NegotiateUp.Snippet> inTableUnit(List<NegotiateUp.Snippet> all, List<NegotiateUp.Snippet> unread) {
    List<NegotiateUp.Snippet> out = new ArrayList<>(all.size());
    boolean any = false;
    for (NegotiateUp.Snippet sn : all) {
      List<Figures.Figure> money = sn.unit() == 1 && unread.contains(sn) && rules.saysTarget(sn.text())
          // Bare figures are no money to the prose scan, so the whole scan: every figure but percents.
          ? figures.scan(sn.text()).stream().filter(f -> !f.percent()).toList() : List.of();
      if (!money.isEmpty() && money.stream().allMatch(f -> !f.magnitude() && f.high() < RegionBands.SMALLEST_YEARLY
          // "Aim for 25 days of PTO": a count of something, never pay in the table's unit.
          && !COUNTED.matcher(sn.text().substring(Math.min(sn.text().length(), f.end()))).lookingAt())) {
        out.add(new NegotiateUp.Snippet(sn.text(), sn.line(), sn.targetsContext(), draft.payTableUnit));
        any = true;
      } else {
        out.add(sn);
      }
    }
    return any ? out : null;
  }

  /**
   * The snippets no place was read from, each tier a shared tier column names ("Tier 1") written as its rows' places
   * ("Austin and Denver"); null where none names a tier.
   */
  private List<NegotiateUp.Snippet> byTier(List<NegotiateUp.Snippet> all, List<NegotiateUp.Snippet> unread,
      Map<String, String> tierOfPlaces) {
    List<NegotiateUp.Snippet> out = new ArrayList<>(all.size());
    boolean any = false;
    for (NegotiateUp.Snippet sn : all) {
      String text = sn.text();
      if (unread.contains(sn)) {
        for (Map.Entry<String, List<String>> tier : draft.tierPlaces.entrySet()) {
          java.util.regex.Matcher named = java.util.regex.Pattern.compile("(?i)(?<![\\w])"
              + java.util.regex.Pattern.quote(tier.getKey()) + "(?![\\w])").matcher(text);
          if (named.find()) {
            String places = String.join(" and ", tier.getValue());
            tierOfPlaces.put(places, tier.getKey());
            text = named.replaceAll(java.util.regex.Matcher.quoteReplacement(places));
          }
        }
      }
      any |= !text.equals(sn.text());
      out.add(text.equals(sn.text()) ? sn : new NegotiateUp.Snippet(text, sn.line(), sn.targetsContext(), sn.unit()));
    }
    return any ? out : null;
  }

  /**
   * "- L4: Boston $205K, Pittsburgh $184K" and "- L5: Boston $262K, …" in a guide whose role names L5: only the lines
   * of the role's level are its aims, as only its table is its band; all of them where the role names none.
   */
  private List<NegotiateUp.Snippet> atTheRolesLevel(List<NegotiateUp.Snippet> all) {
    String role = figures.role();
    List<String> levels = new ArrayList<>(2);
    boolean named = false;
    for (NegotiateUp.Snippet sn : all) {
      String text = sn.text().strip();
      // Most lines open on a place or a word: the pattern is tried only where an upper-case letter and a digit open it.
      String level = text.length() > 2 && Character.isUpperCase(text.charAt(0)) && hasDigitEarly(text)
          ? LevelSegments.openingLevel(text) : null;
      if (level != null && !levels.contains(level)) {
        levels.add(level);
        named |= role != null && LevelRows.names(role, level);
      }
    }
    if (levels.size() < 2 || !named) {
      return all;
    }
    List<NegotiateUp.Snippet> kept = new ArrayList<>(all.size());
    for (NegotiateUp.Snippet sn : all) {
      String text = sn.text().strip();
      String level = text.length() > 2 && Character.isUpperCase(text.charAt(0)) && hasDigitEarly(text)
          ? LevelSegments.openingLevel(text) : null;
      if (level == null || LevelRows.names(role, level)) {
        kept.add(sn);
      }
    }
    return kept;
  }

  /** Whether one of a text's first eight characters is a digit, as in "L5:", "IC4 —", "Tier 2:". */
  private static boolean hasDigitEarly(String text) {
    for (int i = 0; i < Math.min(8, text.length()); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The targets read from a tier's aim named for the tier the guide wrote ("the Tier 1 target"), not for the places
   * the reader put in its stead ("Austin and Denver"), so an author checking `lint --explain` sees the line they wrote.
   */
  private static List<Target> fromTiers(List<Target> targets, Map<String, String> tierOfPlaces) {
    if (tierOfPlaces.isEmpty()) {
      return targets;
    }
    List<Target> out = new ArrayList<>(targets.size());
    for (Target t : targets) {
      String tier = tierOfPlaces.get(t.written());
      out.add(tier == null ? t : new Target(t.region(), "the " + tier + " target", t.total(), t.line()));
    }
    return out;
  }

  /**
   * The snippets with each aim that names no place written for the guide's one place ("Aim for £41,500 in York."),
   * or null where none is such an aim.
   */
  private List<NegotiateUp.Snippet> onePlace(List<NegotiateUp.Snippet> all, List<NegotiateUp.Snippet> unread) {
    String place = regions.get(0).shortName();
    List<NegotiateUp.Snippet> out = new ArrayList<>(all.size());
    boolean any = false;
    for (NegotiateUp.Snippet sn : all) {
      String text = sn.text().strip();
      if (unread.contains(sn) && rules.saysTarget(text) && !ConventionsReader.ONE_OFF.matcher(text).find()
          && draft.regionPhrases.named(regions, text).isEmpty() && figures.inProse(text).stream()
              .filter(f -> !f.percent()).count() == 1) {
        int end = text.length();
        while (end > 0 && ".!;".indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
        out.add(new NegotiateUp.Snippet(text.substring(0, end) + " in " + place + ".", sn.line(),
            sn.targetsContext(), sn.unit()));
        any = true;
      } else {
        out.add(sn);
      }
    }
    return any ? out : null;
  }

  /**
   * An aim that names no place ("Aim for $185K." beside two places) and so is taken by none: a warning, never an aim
   * dropped in silence. A one-off (a sign-on) is no aim; a place named is the other warnings' to say.
   */
  private void unplacedAims(NegotiateUp.Result result) {
    for (NegotiateUp.Snippet sn : result.yieldedNothing()) {
      String text = sn.text();
      // Under a Negotiate-Up heading only: elsewhere "a 5% target" is a bonus's, not an aim.
      if (!sn.targetsContext() || ConventionsReader.ONE_OFF.matcher(text).find()) {
        continue;
      }
      Figures.Figure money = figures.inProse(text).stream()
          .filter(f -> !f.percent() && f.high() >= RegionBands.SMALLEST_YEARLY).findFirst().orElse(null);
      if (money != null && draft.regionPhrases.named(regions, text).isEmpty()) {
        Region open = regions.stream().filter(r -> result.targets().stream().noneMatch(t -> t.region().equals(r.name())))
            .findFirst().orElse(regions.get(0));
        findings.add(Finding.warning(path, sn.line(), "Negotiate-Up writes '" + money.written() + "' but names no"
            + " place it is for, so no target is read from it; write it for a place, as in 'In "
            + open.shortName() + ", aim for " + money.written() + "'"));
      }
    }
  }

  /** A section that names pay-table places and money but gave nothing is a warning, never silence. */
  private void silentSections(NegotiateUp.Result result) {
    for (int i = 0; i < sections.size(); i++) {
      SectionSeen s = sections.get(i);
      int after = i + 1 < sections.size() ? sections.get(i + 1).yieldsBefore : draft.yields();
      boolean yieldedTargets = s.snippets.stream().anyMatch(sn -> !result.yieldedNothing().contains(sn));
      if (s.kind == Section.LEVERS || s.kind == Section.SOURCES || s.kind == Section.LEVELS
          || s.kind == Section.ARCHITECTURE || s.title.isEmpty() || after > s.yieldsBefore || yieldedTargets
          || s.kind == Section.CONTEXT && rules.forComparison(s.title) || s.heldComparison) {
        // A section that says its figures are for comparison gives nothing on purpose.
        continue;
      }
      String text = s.text.toString();
      boolean money = figures.inProse(text).stream()
          .anyMatch(f -> !f.percent() && f.high() >= RegionBands.SMALLEST_YEARLY);
      if (money && !draft.regionPhrases.named(regions, text).isEmpty()) {
        findings.add(Finding.warning(path, s.line, "section '" + s.title + "' names places and money but the"
            + " reader took nothing from it; write targets as 'In Denver, aim for $300K' or a table of region and"
            + " target, bands as a pay table"));
      }
    }
  }
}
