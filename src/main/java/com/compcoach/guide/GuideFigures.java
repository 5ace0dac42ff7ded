package com.compcoach.guide;

import com.compcoach.money.DecimalMark;
import com.compcoach.money.MoneyGrammar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one guide's texts, under its decimal mark, each distinct text scanned once for the whole read.
 *
 * <p>Why: a cell, an item or a clause is read by several readers (the section's judge, the lever, the pay table,
 * the silent-section check), and the money grammar was the largest share of reading a guide; half the text it
 * scanned it had scanned before, and the same text always gives the same figures. One per read, never shared
 * between threads.
 */
final class GuideFigures {

  private final MoneyGrammar.Scanner scanner;
  private final String payMix;
  private final boolean partsSaidOnce;
  private final String role;
  private final Map<String, List<Figures.Figure>> scanned = new HashMap<>();
  /** The levels a place's line gave where the role names none of them (the read's own, to say why it is refused). */
  private final java.util.Set<String> unnamedLevels = new java.util.LinkedHashSet<>();
  /** Each text {@link RegionProse#read} has read, with its reading (null where it is no place's line). */
  private final Map<String, RegionProse.Cells> placeLines = new HashMap<>();
  /** The rules those readings were made under: a reading is kept only for the one rules it was made with. */
  private ReadingRules placeLineRules;
  /** The latest year of each place's line that gave its band for several years (to say which was read). */
  private final java.util.Set<Integer> yearsPicked = new java.util.TreeSet<>();

  GuideFigures(DecimalMark decimal) {
    this(decimal, null, false);
  }

  /**
   * With the pay mix the guide states once for every OTE ("60/40"), or null; and whether it says a part of the pay
   * once for every place ("a 10% bonus in every location"), so a place's line may give its base alone.
   */
  GuideFigures(DecimalMark decimal, String payMix, boolean partsSaidOnce) {
    this(decimal, payMix, partsSaidOnce, null);
  }

  /** As above, with the words that name the guide's role and level (its title line, frontmatter role), or null. */
  GuideFigures(DecimalMark decimal, String payMix, boolean partsSaidOnce, String role) {
    this.scanner = MoneyGrammar.standard().scanner(decimal);
    this.payMix = payMix;
    this.partsSaidOnce = partsSaidOnce;
    this.role = role;
  }

  /** The words naming the guide's role and level, "Senior Software Engineer (L5)", for a line written per level. */
  String role() {
    return role;
  }

  /** Notes the year whose band a place's line of several years was read at. */
  void yearsPicked(int year) {
    yearsPicked.add(year);
  }

  /** The years places' lines were read at where they gave several years' bands; empty when none did. */
  java.util.Set<Integer> yearsPicked() {
    return yearsPicked;
  }

  /** Notes the levels of a place's line that the guide's role names none of. */
  void levelsUnnamed(List<String> levels) {
    unnamedLevels.addAll(levels);
  }

  /** The levels places' lines gave that the guide's role names none of, in the order read; empty when none. */
  java.util.Set<String> unnamedLevels() {
    return unnamedLevels;
  }

  /** Whether the guide says stock or a bonus once for every place, which a place's line of base alone then takes. */
  boolean partsSaidOnce() {
    return partsSaidOnce;
  }

  /** The pay mix the guide states once for every OTE it writes ("60/40"), or null. */
  String payMix() {
    return payMix;
  }

  /** As {@link Figures#scan(String, DecimalMark)}: every figure in the text, marked or not. */
  List<Figures.Figure> scan(String text) {
    if (!MoneyGrammar.mayHoldAmount(text)) {
      // Most headings, labels and sentences hold no digit: no figure, and nothing to hash or keep.
      return List.of();
    }
    List<Figures.Figure> figures = scanned.get(text);
    if (figures == null) {
      figures = List.copyOf(Figures.scan(text, scanner));
      scanned.put(text, figures);
    }
    return figures;
  }

  /**
   * A text's reading as a place's line, read once per read of the guide. Why: the section's judge and the list reader
   * each read an item so, and reading one was a tenth of reading a guide. Reading it again would only note again the
   * years and levels it noted the first time, which are sets.
   */
  RegionProse.Cells placeLine(String text, ReadingRules rules, java.util.function.Supplier<RegionProse.Cells> read) {
    if (placeLineRules == null) {
      placeLineRules = rules;
    } else if (placeLineRules != rules) {
      return read.get();
    }
    if (placeLines.containsKey(text)) {
      return placeLines.get(text);
    }
    RegionProse.Cells cells = read.get();
    placeLines.put(text, cells);
    return cells;
  }

  /** As {@link Figures#inProse(String, DecimalMark)}: only figures with a currency mark or a percent sign. */
  List<Figures.Figure> inProse(String text) {
    return Figures.marked(scan(text));
  }
}
