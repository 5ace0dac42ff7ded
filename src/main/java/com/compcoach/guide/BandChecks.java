package com.compcoach.guide;

import java.util.List;

/**
 * Once the walk is done, says what keeps the bands from being read (no pay table, totals only, OTE with no split),
 * or what is off in them (a region named for a range, the frontmatter disagreeing, a monthly sentence unmatched).
 */
final class BandChecks {

  private final GuideDraft draft;
  private final String path;
  private final List<Finding> findings;

  BandChecks(GuideDraft draft) {
    this.draft = draft;
    this.path = draft.path;
    this.findings = draft.findings;
  }

  /** Adds the findings about the bands as read. */
  void check() {
    List<Region> regions = draft.regions;
    int monthlyLine = draft.monthlyStatement == null ? 0 : draft.line(draft.monthlyStatement);
    if (regions == null && draft.totalsOnlyLine > 0) {
      findings.add(Finding.error(path, draft.totalsOnlyLine, "the pay table gives totals only: the coach plans a"
          + " counter from each region's base band and asks the rest on top of it, and a total alone cannot say how"
          + " much of it is base. Add a Base column with each region's base range (and Stock and Bonus where paid);"
          + " the totals can stay. For a sales OTE, a Pay mix column (50/50, 60/40) says the base instead"));
    } else if (regions == null && draft.oteLine > 0 && draft.conventions.payMix() == null) {
      findings.add(Finding.error(path, draft.oteLine, "the pay is given as OTE (on-target earnings) with no base and no"
          + " pay mix: the coach plans a counter from the base, so say how the OTE splits. Write the mix once ('Pay"
          + " is 60/40 base to variable', 'half base, half commission'), after each OTE ('OTE $180K–$220K"
          + " (60/40)'), as a Pay mix column, or give the base"));
    } else if (regions == null && !draft.matrixRefused && !draft.figures.unnamedLevels().isEmpty()) {
      // "London (HQ): L3: base …. L4: base …" in a guide whose title names neither: which level is not said.
      findings.add(Finding.error(path, draft.titleHeading != null ? draft.lines.line(draft.bodyStart) : 1,
          "no pay table read: each place's line gives the pay per level (" + String.join(", ",
              draft.figures.unnamedLevels()) + ") and the title names none of them, so which level this guide is for"
              + " is not said; name it in the title (as '" + draft.figures.unnamedLevels().iterator().next()
              + "' in 'Software Engineer (" + draft.figures.unnamedLevels().iterator().next() + ")') or in the"
              + " frontmatter's role, or write one guide per level"));
    } else if (regions == null && !draft.matrixRefused) {
      findings.add(Finding.error(path, draft.titleHeading != null ? draft.lines.line(draft.bodyStart) : 1,
          "no pay table: no table has a header naming a base column and a total column, and no place is written"
              + " with its pay; write a table (| Region | Base | Stock | Bonus | Total |) or a line per place ('Austin:"
              + " base $150K–$180K, stock $20K–$30K a year, bonus 10%')"));
    } else if (regions != null && regions.isEmpty() && !draft.hasError()) {
      findings.add(Finding.error(path, draft.payTableLine, "the pay table has no readable region rows"));
    }
    if (regions != null && !draft.figures.yearsPicked().isEmpty()) {
      findings.add(Finding.info(path, draft.payTableLine, "places' lines give their bands for several years: the latest"
          + " (" + java.util.Collections.max(draft.figures.yearsPicked()) + ") is read as the band in force"));
    }
    if (regions != null) {
      new FrontmatterCheck(draft).compare();
      for (Region r : regions) {
        if (LowHighColumns.namesARange(r.name())) {
          // A column of ranges read as a row: "Low" and "High" are no places, and their figures are no one's band.
          findings.add(Finding.error(path, r.line(), "a pay-table region is named '" + r.name() + "', a word for"
              + " a range or one end of it, not a place: write each region as a row, or head its table with the place"));
        }
      }
    }
    if (monthlyLine > 0 && regions != null && !regions.isEmpty()
        && findings.stream().noneMatch(f -> f.message().contains("is written per month")
            || f.message().contains("is written per paycheck"))) {
      // Never a silent × 12 from a sentence: a header or a cell must say which figures are monthly. Figures written
      // per paycheck were read by the schedule the line states ("paychecks come twice a month"), not as yearly.
      findings.add(Finding.warning(path, monthlyLine, "this line says pay is per month, but no pay-table header or"
          + " cell does: the figures are read as yearly. Write the period in the header ('Base / month') to read"
          + " them as monthly"));
    }
  }
}
