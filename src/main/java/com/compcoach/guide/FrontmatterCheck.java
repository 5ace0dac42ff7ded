package com.compcoach.guide;

import java.util.List;
import java.util.Map;

/** Holds a pay table against the bands its frontmatter also declares: a region or figure they disagree on is an error. */
final class FrontmatterCheck {

  private final String path;
  private final Map<String, Object> front;
  private final List<Region> regions;
  private final int payTableLine;
  private final List<Finding> findings;

  FrontmatterCheck(GuideDraft draft) {
    this.path = draft.path;
    this.front = draft.front;
    this.regions = draft.regions;
    this.payTableLine = draft.payTableLine;
    this.findings = draft.findings;
  }

  void compare() {
    List<Object> rows = Frontmatter.list(front, "compensation");
    for (Object o : rows) {
      if (!(o instanceof Map<?, ?> raw)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> fm = (Map<String, Object>) raw;
      String name = Frontmatter.string(fm, "region");
      if (name == null) {
        continue;
      }
      Region region = regions.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst()
          .orElseGet(() -> Places.one(regions, name).orElse(null));
      if (region == null) {
        findings.add(Finding.error(path, payTableLine, "frontmatter region '" + name
            + "' has no row in the pay table"));
        continue;
      }
      agree(fm, region, "base", "base", region.bands().base());
      agree(fm, region, "stock", "stock", region.bands().stock());
      agree(fm, region, "bonus", "bonus", region.bands().bonus());
      agree(fm, region, fm.containsKey("total_comp_low") ? "total_comp" : "total", "total",
          region.bands().total());
      String currency = Frontmatter.string(fm, "currency");
      if (currency != null && !currency.equalsIgnoreCase(region.currency())) {
        findings.add(Finding.error(path, region.line(), "frontmatter and table disagree on the currency of "
            + region.name() + ": frontmatter says " + currency + ", table says " + region.currency()));
      }
    }
  }

  private void agree(Map<String, Object> fm, Region region, String key, String label, Range table) {
    check(fm, region, key + "_low", label + " low", table.low());
    check(fm, region, key + "_high", label + " high", table.high());
  }

  private void check(Map<String, Object> fm, Region region, String key, String label, long table) {
    Long declared = Frontmatter.number(fm, key);
    if (declared != null && declared != table) {
      findings.add(Finding.error(path, region.line(), "frontmatter and table disagree on " + region.name() + " "
          + label + ": frontmatter " + key + " says " + declared + ", the table says "
          + new Money(table, region.currency()).compact() + " (" + table + ")"));
    }
  }
}
