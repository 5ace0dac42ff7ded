package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A section as the walk found it: what its heading says, and what it yielded, for the "never silent" check. */
final class SectionSeen {
  final Section kind;
  final String title;
  final int line;
  final int level;
  final StringBuilder text = new StringBuilder();
  final List<NegotiateUp.Snippet> snippets = new ArrayList<>();
  final Set<SectionItems.Kind> moved = EnumSet.noneOf(SectionItems.Kind.class);
  /** What the guide had yielded when the section opened: more by the next section means it gave something. */
  final int yieldsBefore;
  private final boolean thousands;
  private final ReadingRules rules;

  /** Whether a pay table shown for comparison stood in this section: it gives nothing on purpose. */
  boolean heldComparison;
  /** The place a heading under a targets section names ("#### Zürich" under "### Negotiate Up"), its text's; or null. */
  String placeHeading;

  /** The unit a targets heading gives figures that write none ("Targets ($000)"), worked out once; else 1. */
  private long unit = -1;

  /** The components a pay heading lists in order ("Bands (base / stock / bonus)"), worked out once. */
  private List<ReadingRules.Column> legend;
  /** The words the legend was read from, for what they say of its parts ("4-year RSU grant"). */
  private String legendSaid = "";

  SectionSeen(Section kind, String title, int line, int level, int yieldsBefore, boolean thousands,
      ReadingRules rules) {
    this.kind = kind;
    this.title = title;
    this.line = line;
    this.level = level;
    this.yieldsBefore = yieldsBefore;
    this.thousands = thousands;
    this.rules = rules;
  }

  long unit() {
    if (unit < 0) {
      unit = kind == Section.TARGETS ? RegionBands.HeaderUnit.of(title).scale() : 1;
      unit = unit == 1 && thousands ? 1000 : unit;
    }
    return unit;
  }

  /**
   * A caption naming the parts its lines give in order, "Figures below are USD per year (base / annual LTI / STI
   * target):" over a list of places: the legend of the lines under it, whatever the heading; false where it names
   * none.
   */
  boolean caption(String paragraph) {
    List<ReadingRules.Column> named = paragraph.indexOf('/') >= 0 || paragraph.indexOf('·') >= 0
        ? RegionProse.legend(paragraph, rules) : baseAlone(paragraph);
    if (named.isEmpty()) {
      return false;
    }
    legend = named;
    legendSaid = paragraph;
    return true;
  }

  /**
   * "The base salary range for this role is:" over places with a bare range each: the one part a lead-in names, its
   * figures none of their own; empty where it names another part too, or gives a figure.
   */
  private List<ReadingRules.Column> baseAlone(String lines) {
    // The sentence that ends on the colon leads in; the ones before it ("Brightline lists pay ranges …") say why.
    String paragraph = lines.substring(Math.max(lines.lastIndexOf(". "), lines.lastIndexOf('\n')) + 1).strip();
    if (paragraph.length() > 120 || Figures.anyInProse(paragraph)) {
      return List.of();
    }
    ReadingRules.Labels labels = rules.labels(paragraph);
    Map.Entry<ReadingRules.Column, Integer> last = labels.lastBefore(paragraph.length());
    if (last == null || last.getKey() != ReadingRules.Column.BASE) {
      return List.of();
    }
    for (int i = paragraph.indexOf(' '); i > 0; i = paragraph.indexOf(' ', i + 1)) {
      Map.Entry<ReadingRules.Column, Integer> before = labels.lastBefore(i);
      if (before != null && before.getKey() != ReadingRules.Column.BASE) {
        return List.of();
      }
    }
    return List.of(ReadingRules.Column.BASE);
  }

  String legendSaid() {
    return legend == null || legend.isEmpty() ? "" : legendSaid;
  }

  List<ReadingRules.Column> legend() {
    if (legend == null) {
      legend = kind == Section.PAY ? RegionProse.legend(title, rules) : List.of();
      legendSaid = title;
    }
    return legend;
  }
}
