package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parts of the pay said once for every place ("Equity is $8K–$12K a year in every location", "the bonus is a 10%
 * target everywhere", or at the guide's own level beside a sheet by level: "Bonus: 15% target at L5"), read for each region whose own lines or columns leave them out: the one way a pay table, a
 * list by component or a sentence of places takes them, each with an info line naming the sentence.
 */
final class EverywhereParts {

  private EverywhereParts() {}

  /**
   * The stock and bonus the guide says once for every place, of those {@code lacking}, as each is written ("$8K–$12K
   * a year"); an info line for each, saying where it is read.
   */
  static Map<Column, String> of(GuideDraft draft, Set<Column> lacking, String readFor) {
    Map<Column, String> out = new EnumMap<>(Column.class);
    Map<GuideDraft.Said, String> saidOnce = new java.util.LinkedHashMap<>();
    draft.everywhere.forEach(said -> saidOnce.put(said, "once for every region"));
    String role = draft.titleHeading + " " + draft.front.get("role") + " " + draft.front.get("role_display");
    for (GuideDraft.LevelSaid at : draft.atLevel) {
      // "Bonus: 15% target at L5" in a guide for L5: the part at its own level, in every place.
      if (LevelRows.names(role, at.level())) {
        saidOnce.putIfAbsent(at.said(), "at " + at.level() + ", the level this guide is for");
      }
    }
    for (Map.Entry<GuideDraft.Said, String> once : saidOnce.entrySet()) {
      GuideDraft.Said said = once.getKey();
      Map<Column, RegionBands.Cell> parts = RegionProse.parts(said.text(), draft.rules, draft.figures);
      for (Column part : List.of(Column.STOCK, Column.BONUS)) {
        if (!lacking.contains(part) || !parts.containsKey(part) || out.containsKey(part)) {
          continue;
        }
        String text = parts.get(part).text();
        if (!placed(text, draft.figures).isEmpty()) {
          // "equity is €15k a year in Amsterdam and £13k a year in London": each place's own, never everyone's.
          continue;
        }
        out.put(part, text);
        draft.findings.add(Finding.info(draft.path, said.line(), part.name().toLowerCase(Locale.ROOT) + " is written"
            + " " + once.getValue() + " ('" + text + "'): read for " + readFor));
      }
    }
    return out;
  }

  /**
   * The stock and bonus of those {@code lacking} that a sentence said of everyone gives place by place ("equity is
   * €15k a year in Amsterdam and £13k a year in London"), or one with no word for every place ("RSUs: $40K/yr in
   * Seattle, $32K/yr in Denver"), as each place's line writes them ("stock €15k a year; ").
   */
  static Map<String, String> perPlace(GuideDraft draft, Set<Column> lacking, Set<String> places) {
    Map<String, String> out = new java.util.HashMap<>();
    List<GuideDraft.Said> said = new java.util.ArrayList<>(draft.everywhere);
    said.addAll(draft.placeByPlace);
    for (int i = 0; i < said.size(); i++) {
      String sentence = said.get(i).text();
      boolean noWordForAll = i >= draft.everywhere.size();
      Map<Column, RegionBands.Cell> parts = RegionProse.parts(sentence, draft.rules, draft.figures);
      for (Column part : List.of(Column.STOCK, Column.BONUS)) {
        if (!lacking.contains(part) || !parts.containsKey(part)) {
          continue;
        }
        Map<String, String> byPlace = noWordForAll ? eachPiecePlaced(draft, sentence, part, parts)
            : placed(parts.get(part).text(), draft.figures);
        byPlace.forEach((place, figure) -> places.stream()
            .filter(p -> Region.shortName(p).equalsIgnoreCase(Region.shortName(place))).findFirst()
            .ifPresent(p -> out.merge(p, part.name().toLowerCase(Locale.ROOT) + " " + figure + "; ", String::concat)));
      }
    }
    return out;
  }

  /**
   * "RSUs: $40K/yr in Seattle, $32K/yr in Denver and $30K/yr in Tulsa" with no word for every place: each place and
   * its figure from the sentence's first figure on, only where every piece is one figure of the part in a place the
   * guide writes elsewhere; else empty, and the places keep their warning.
   */
  private static Map<String, String> eachPiecePlaced(GuideDraft draft, String sentence, Column part,
      Map<Column, RegionBands.Cell> parts) {
    List<Figures.Figure> all = draft.figures.scan(sentence);
    if (parts.containsKey(Column.STOCK) && parts.containsKey(Column.BONUS) || all.isEmpty()) {
      // "Equity is $40K in Seattle, and the bonus is 10% in Denver": two parts, which figure is whose is in doubt.
      return Map.of();
    }
    String from = TRAILING_POINT.matcher(sentence.substring(all.get(0).start())).replaceFirst("");
    Map<String, String> byPlace = placed(from, draft.figures);
    java.util.regex.Pattern other = part == Column.STOCK ? BONUS_WORD : STOCK_WORD;
    for (Map.Entry<String, String> piece : byPlace.entrySet()) {
      String figure = piece.getValue();
      if (figure.contains(" in ") || figure.contains(", ") || other.matcher(figure.toLowerCase(Locale.ROOT)).find()
          || !namedElsewhere(draft.text, sentence, piece.getKey())) {
        // "$30K a year in Boston" in a guide of Seattle and Denver, or a piece holding more than its figure.
        return Map.of();
      }
    }
    return byPlace;
  }

  private static final java.util.regex.Pattern TRAILING_POINT = java.util.regex.Pattern.compile("[.!\\s]+$");
  private static final java.util.regex.Pattern BONUS_WORD = java.util.regex.Pattern.compile("\\b(?:bonus|incentive|sti)\\b");
  private static final java.util.regex.Pattern STOCK_WORD = java.util.regex.Pattern.compile(
      "\\b(?:equity|stock|options|rsus?|shares?|lti)\\b");

  /** "€15k a year in Amsterdam and £13k a year in London": each place and its figure, two or more; else empty. */
  private static Map<String, String> placed(String text, GuideFigures figures) {
    if (text.indexOf(" in ") < 0 || figures.scan(text).size() < 2) {
      return Map.of();
    }
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String piece : ProseRegions.PLACE_PIECES.split(text.strip())) {
      java.util.regex.Matcher m = ProseRegions.FIGURE_IN_PLACE.matcher(piece.strip());
      if (!m.matches()) {
        return Map.of();
      }
      String place = m.group(2).strip();
      java.util.regex.Matcher partFirst = place.indexOf(' ') > 0 ? PART_THEN_PLACE.matcher(place) : null;
      if (partFirst != null && partFirst.matches()) {
        // "$40K/yr in RSUs in Zone A": the part's word, then the place.
        place = partFirst.group(1);
      }
      java.util.regex.Matcher group = place.indexOf(" and ") > 0 ? PLURAL_GROUP.matcher(place) : null;
      if (group != null && group.matches()) {
        // "in Zones B and C" is Zone B and Zone C, each with the figure.
        for (String name : NAME_LIST.split(group.group(2))) {
          out.put(group.group(1) + " " + name, m.group(1).strip());
        }
      } else {
        out.put(place, m.group(1).strip());
      }
    }
    return out.size() >= 2 ? out : Map.of();
  }

  /** "RSUs in Zone A": a part's word where a place's name would start, the place after it. */
  private static final java.util.regex.Pattern PART_THEN_PLACE = java.util.regex.Pattern.compile(
      "(?:RSUs?|[Ss]tock|[Ee]quity|[Ss]hares|[Oo]ptions)\\s+(?:in|for|at)\\s+(\\p{Lu}.*)");
  /** "Zones B and C", "Zones A, B and C": a plural name and the short names after it. */
  private static final java.util.regex.Pattern PLURAL_GROUP = java.util.regex.Pattern.compile(
      "(\\p{Lu}\\p{Ll}+)s\\s+((?:[\\p{Lu}\\d]{1,3},?\\s+)+and\\s+[\\p{Lu}\\d]{1,3})");
  private static final java.util.regex.Pattern NAME_LIST = java.util.regex.Pattern.compile(",?\\s+(?:and\\s+)?");

  /** Whether the guide writes the place's name more often than the sentence that gives it a part does. */
  private static boolean namedElsewhere(String text, String sentence, String place) {
    return count(text, place) > count(sentence, place);
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      n++;
    }
    return n;
  }

  /** The parts as a region's line writes them, "stock $8K–$12K a year; bonus 10%; ", to go after its own. */
  static String asLine(Map<Column, String> parts) {
    StringBuilder line = new StringBuilder();
    // A part said to be none ("No equity; no annual bonus.") goes as the words a line says it in, "no stock".
    parts.forEach((part, text) -> line.append(text.equals("none") ? "no " : "").append(part.name().toLowerCase(Locale.ROOT))
        .append(text.equals("none") ? "" : " " + text).append("; "));
    return line.toString();
  }
}
