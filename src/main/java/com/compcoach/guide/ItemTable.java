package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import java.util.ArrayList;
import java.util.List;

/** A table whose rows are levers, targets or premiums, each row read by what it holds. */
final class ItemTable {

  private final GuideDraft draft;
  private final ReadingRules rules;
  private final GuideFigures figures;
  private final LeverReader levers;
  private final PremiumReader premiums;

  ItemTable(GuideDraft draft, LeverReader levers, PremiumReader premiums) {
    this.draft = draft;
    this.rules = draft.rules;
    this.figures = draft.figures;
    this.levers = levers;
    this.premiums = premiums;
  }

  private static final java.util.regex.Pattern BASE_HEADER = java.util.regex.Pattern.compile(
      "(?i)\\b(?:base|salary|basic)\\b");
  private static final java.util.regex.Pattern TOTAL_HEADER = java.util.regex.Pattern.compile(
      "(?i)\\b(?:total|tc|all[- ]in|package)\\b");

  /** Each row as the item it holds; {@code targetsTable} says a row that holds nothing plain is a target. */
  void read(List<String> header, PayTable.Columns columns, List<PayTable.Row> rows, boolean targetsTable) {
    int target = columns.target() >= 0 ? columns.target() : lastMoneyColumn(rows);
    // "| Location | Aim for (base) |": the column's header says its figures are base, as "$150K base" would.
    String part = target >= 0 && target < header.size() && BASE_HEADER.matcher(header.get(target)).find()
        && !TOTAL_HEADER.matcher(header.get(target)).find() ? " base" : "";
    int wording = LeverReader.wordingColumn(header);
    boolean leverage = anyQuoted(rows);
    // Under a heading that says nothing of it, a table's own header may: "Skill | Premium", "Move | What to say".
    Section headerKind = rules.section(String.join(" | ", header));
    Section section = draft.current.kind;
    headerKind = headerKind == Section.LEVERS || headerKind == Section.PREMIUMS ? headerKind : section;
    List<PayTable.Row> leverRows = new ArrayList<>();
    for (PayTable.Row row : rows) {
      if (row.cells().isEmpty()) {
        continue;
      }
      // Each row by what it holds; the heading (and a target column) say what a row that holds nothing plain is.
      // A row reads as an item titled by its first cell: "**Kafka**: $10K–$18K", "**Boston target**: Aim for …".
      String text = "**" + row.cells().get(0).replace("**", "") + "**: "
          + String.join(" | ", row.cells().subList(1, row.cells().size()));
      SectionItems.Kind kind = draft.item(text, wording >= 0 ? row.cell(wording) : null, row.line());
      Section as = kind != SectionItems.Kind.HEADING ? kind.section() : targetsTable ? Section.TARGETS
          : section == Section.LEVERAGE ? (leverage ? Section.LEVERS : Section.PREMIUMS)
          : section == Section.NONE || section == Section.PAY ? headerKind : section;
      String first = row.cell(columns.region() >= 0 ? columns.region() : 0);
      switch (as) {
        case LEVERS -> leverRows.add(row);
        case TARGETS -> {
          if (kind == SectionItems.Kind.TARGET) {
            draft.tableTarget(first, String.join(" ", row.cells().subList(1, row.cells().size())), row.line());
          } else if (target >= 0 && !first.isEmpty()) {
            String cell = row.cell(target);
            boolean saysItsPart = cell.chars().noneMatch(Character::isDigit) || BASE_HEADER.matcher(cell).find();
            draft.tableTarget(first, saysItsPart ? cell : cell + part, row.line());
          }
        }
        case PREMIUMS -> premiums.premium("**" + row.cells().get(0) + "**: "
            + String.join(" ", row.cells().subList(1, row.cells().size())), row.line());
        default -> { }
      }
    }
    if (!leverRows.isEmpty()) {
      levers.leverTable(header, leverRows);
    }
  }

  private int lastMoneyColumn(List<PayTable.Row> rows) {
    int best = -1;
    for (PayTable.Row row : rows) {
      for (int i = 1; i < row.cells().size(); i++) {
        if (!figures.inProse(row.cells().get(i)).isEmpty()) {
          best = Math.max(best, i);
        }
      }
    }
    return best;
  }

  private boolean anyQuoted(List<PayTable.Row> rows) {
    return rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> !Quotes.quoted(c).isEmpty()));
  }
}
