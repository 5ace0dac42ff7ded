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
   * €15k a year in Amsterdam and £13k a year in London"), as each place's line writes them ("stock €15k a year; ").
   */
  static Map<String, String> perPlace(GuideDraft draft, Set<Column> lacking, Set<String> places) {
    Map<String, String> out = new java.util.HashMap<>();
    for (GuideDraft.Said said : draft.everywhere) {
      Map<Column, RegionBands.Cell> parts = RegionProse.parts(said.text(), draft.rules, draft.figures);
      for (Column part : List.of(Column.STOCK, Column.BONUS)) {
        if (!lacking.contains(part) || !parts.containsKey(part)) {
          continue;
        }
        placed(parts.get(part).text(), draft.figures).forEach((place, figure) -> places.stream()
            .filter(p -> Region.shortName(p).equalsIgnoreCase(Region.shortName(place))).findFirst()
            .ifPresent(p -> out.merge(p, part.name().toLowerCase(Locale.ROOT) + " " + figure + "; ", String::concat)));
      }
    }
    return out;
  }

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
      out.put(m.group(2).strip(), m.group(1).strip());
    }
    return out.size() >= 2 ? out : Map.of();
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
