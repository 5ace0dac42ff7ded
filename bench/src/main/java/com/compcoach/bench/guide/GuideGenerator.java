package com.compcoach.bench.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic guides that vary the way real libraries do: headings, section order, currencies, magnitudes
 * ("$165K", "165,000", "£1.05M"), range separators (en dash, hyphen, "to"), column names, with and without
 * frontmatter, with and without premiums, levels and sources; the pay table as a table of yearly figures, as a
 * table with the whole equity grant over its years, as a table with the bonus as a percent of base, or as one
 * bullet per region. Every guide is valid: totals equal base + stock per year + bonus.
 */
public final class GuideGenerator {

  /** A place with the currency its figures are written in. */
  private record Place(String name, String currency, String mark, double scale) {}

  private static final List<Place> PLACES = List.of(
      new Place("Detroit, MI", "USD", "$", 1.0), new Place("Charlotte, NC", "USD", "$", 1.05),
      new Place("New York", "USD", "$", 1.18), new Place("San Francisco Bay Area", "USD", "$", 1.25),
      new Place("Remote (US)", "USD", "US$", 0.95), new Place("Austin, TX", "USD", "$", 1.02),
      new Place("Seattle, WA", "USD", "$", 1.2), new Place("London, UK", "GBP", "£", 0.75),
      new Place("Berlin, DE", "EUR", "€", 0.7), new Place("Toronto, ON", "CAD", "C$", 1.1),
      new Place("Vancouver, BC", "CAD", "CA$", 1.08), new Place("Dublin, IE", "EUR", "€", 0.72));
  private static final List<String> ROLES = List.of(
      "Software Engineer", "Senior Software Engineer", "Staff Engineer", "ML/AI Engineer", "Security Engineer",
      "Data Engineer", "Data Scientist", "Product Manager", "Engineering Manager", "Site Reliability Engineer",
      "Platform Engineer", "Mobile Engineer", "Frontend Engineer", "Backend Engineer", "QA Engineer",
      "Product Designer", "Solutions Architect", "DevOps Engineer", "Research Scientist", "Technical Program Manager");
  private static final List<String> PAY_HEADINGS = List.of(
      "Compensation Benchmarks — %d-Region Model", "Pay bands", "Compensation", "Salary Ranges by Location",
      "What the role pays");
  private static final List<String> HEADER_VARIANTS = List.of(
      "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |",
      "| Location | Base | Equity per year | Annual bonus | TC |",
      "| City | Base pay | RSU / yr | Bonus | Total |",
      "| Market | Base salary | RSUs per year | Target bonus | Total compensation |",
      "| Site | Salary | Equity (annual) | Bonus | Total comp |");

  /** How a guide writes its pay table; the first is the most common in real libraries. */
  private enum Style { YEARLY_TABLE, GRANT_TABLE, PERCENT_BONUS_TABLE, REGION_BULLETS }

  private final Random random;

  public GuideGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Writes {@code count} guides under {@code root} as company/role.md; returns the files written. */
  public List<Path> write(Path root, int count) throws IOException {
    List<Path> files = new ArrayList<>(count);
    int companies = Math.max(1, count / ROLES.size() + 1);
    int written = 0;
    for (int c = 0; c < companies && written < count; c++) {
      String company = "Company " + c + " " + (char) ('A' + c % 26) + "corp";
      String companySlug = slug(company);
      Path dir = Files.createDirectories(root.resolve(companySlug));
      for (int r = 0; r < ROLES.size() && written < count; r++) {
        String role = ROLES.get(r);
        Path file = dir.resolve(slug(role) + ".md");
        Files.writeString(file, guide(company, companySlug, role, slug(role)), StandardCharsets.UTF_8);
        files.add(file);
        written++;
      }
    }
    return files;
  }

  /** A guide's text, and what its headquarters row writes: the place, the low end of its base, its currency. */
  public record Written(String text, String hqPlace, long hqBaseLow, String currency) {}

  /** One guide's text. */
  public String guide(String company, String companySlug, String role, String roleSlug) {
    return written(company, companySlug, role, roleSlug).text();
  }

  /** One guide's text with its headquarters' base: for a benchmark that must know a figure without reading it. */
  public Written written(String company, String companySlug, String role, String roleSlug) {
    int regionCount = 2 + random.nextInt(4);
    List<Place> places = new ArrayList<>(PLACES);
    java.util.Collections.shuffle(places, random);
    places = places.subList(0, regionCount);
    long base = 90_000 + random.nextInt(150) * 1_000L;
    StringBuilder rows = new StringBuilder();
    StringBuilder front = new StringBuilder();
    StringBuilder negotiate = new StringBuilder("> **Negotiate Up Strategy:**");
    int magnitude = random.nextInt(3);
    String separator = List.of("–", "-", " to ").get(random.nextInt(3));
    Style style = Style.values()[random.nextInt(10) < 4 ? 0 : 1 + random.nextInt(3)];
    int grantYears = 3 + random.nextInt(2);
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      boolean hq = i == 0;
      long bLow = round(base * p.scale());
      long bHigh = round(bLow * 1.35);
      long sLow = round(bLow * 0.25);
      long sHigh = round(sLow * 1.7);
      int percent = List.of(10, 12, 15).get(random.nextInt(3));
      boolean percentBonus = style == Style.PERCENT_BONUS_TABLE
          || style == Style.REGION_BULLETS && random.nextBoolean();
      long oLow = percentBonus ? bLow * percent / 100 : round(bLow * 0.15);
      long oHigh = percentBonus ? bHigh * percent / 100 : round(oLow * 1.6);
      long tLow = bLow + sLow + oLow;
      long tHigh = bHigh + sHigh + oHigh;
      String name = p.name() + (hq ? " (HQ)" : "");
      // A derived bonus is not a round thousand: its total is written in full so it adds up to the unit.
      int totalMagnitude = percentBonus ? 1 : magnitude == 0 && tHigh >= 1_000_000 ? 2 : magnitude;
      String baseCell = range(p, bLow, bHigh, magnitude, separator);
      String bonusCell = percentBonus ? percent + "% of base" : range(p, oLow, oHigh, magnitude, separator);
      String totalCell = range(p, tLow, tHigh, totalMagnitude, separator);
      if (style == Style.REGION_BULLETS) {
        rows.append("- **").append(name).append("**: base ").append(baseCell).append(", equity ")
            .append(range(p, sLow, sHigh, magnitude, separator)).append(" a year, bonus ")
            .append(percentBonus ? percent + "%" : bonusCell).append(", total ").append(totalCell).append(".\n");
      } else {
        String stockCell = style == Style.GRANT_TABLE
            ? range(p, sLow * grantYears, sHigh * grantYears, magnitude, separator)
            : range(p, sLow, sHigh, magnitude, separator);
        rows.append("| ").append(name).append(" | ").append(baseCell).append(" | ").append(stockCell)
            .append(" | ").append(bonusCell).append(" | ").append(totalCell).append(" |\n");
      }
      front.append("  - region: \"").append(name).append("\"\n")
          .append("    base_low: ").append(bLow).append("\n    base_high: ").append(bHigh).append('\n')
          .append("    stock_low: ").append(sLow).append("\n    stock_high: ").append(sHigh).append('\n')
          .append("    bonus_low: ").append(oLow).append("\n    bonus_high: ").append(oHigh).append('\n')
          .append("    total_comp_low: ").append(tLow).append("\n    total_comp_high: ").append(tHigh).append('\n')
          .append("    currency: ").append(p.currency()).append('\n');
      String city = p.name().contains(",") ? p.name().substring(0, p.name().indexOf(','))
          : p.name().startsWith("Remote") ? "Remote (US) roles" : "the " + p.name();
      negotiate.append(p.name().startsWith("Remote") ? " For " : " In ").append(city).append(", target ")
          .append(p.mark()).append(k(round(tLow + (tHigh - tLow) * 0.7))).append("–").append(p.mark())
          .append(k(tHigh)).append(" TC (market peers at ").append(p.mark()).append(k(round(tHigh * 1.2)))
          .append(").");
    }
    Place hq = places.get(0);
    long hqBase = round(base * hq.scale());
    StringBuilder out = new StringBuilder();
    boolean frontmatter = random.nextBoolean();
    if (frontmatter) {
      out.append("---\ncompany: ").append(companySlug).append("\ncompany_display: ").append(company)
          .append("\nrole: ").append(roleSlug).append("\nrole_display: ").append(role)
          .append("\nlast_updated: 2026-0").append(1 + random.nextInt(9)).append("-15")
          .append("\nsalary_data_quarter: 2026-Q").append(1 + random.nextInt(3))
          .append("\nnext_review_due: 2027-0").append(1 + random.nextInt(9)).append("-15")
          .append("\ndata_quality: ").append(random.nextBoolean() ? "high" : "medium")
          .append("\ncompensation:\n").append(front)
          .append("data_sources:\n  - Levels.fyi\n  - Glassdoor\n---\n");
    }
    out.append(random.nextBoolean() ? "### " : "# ").append(role).append(" | ").append(company)
        .append(" Global Negotiation Guide\n\n");
    if (random.nextInt(10) == 0) {
      out.append("**SIGNATURE ROLE**\n\n");
    }
    out.append("**Negotiation DNA:** `Public Equity` `Remote Friendly` `").append(role).append("`\n\n---\n\n");
    List<String> sections = new ArrayList<>();
    sections.add("#### " + String.format(PAY_HEADINGS.get(random.nextInt(PAY_HEADINGS.size())), regionCount)
        + "\n\n" + payTable(style, grantYears, rows));
    sections.add("#### Negotiation DNA\n\n" + role + "s at " + company + " own systems that serve millions of "
        + "customers. The stakes are high and the talent pool is thin, which is why offers move when candidates "
        + "bring evidence. This paragraph stands in for the narrative real guides carry.\n");
    if (random.nextInt(4) > 0) {
      sections.add("#### Level Mapping\n\n| " + company + " Level | Peer A | Peer B |\n|---|---|---|\n| " + role
          + " | Engineer II | SDE II |\n| Senior " + role + " | Senior Engineer | SDE III |\n");
    }
    if (random.nextInt(3) > 0) {
      sections.add("#### Premiums\n\n- **Scarce Skill Premium**: People with production experience command "
          + hq.mark() + k(round(hqBase * 0.08)) + "–" + hq.mark() + k(round(hqBase * 0.14)) + " above peers.\n"
          + "- **Scope Premium**: Owning the platform end to end is worth " + hq.mark() + k(round(hqBase * 0.05))
          + "–" + hq.mark() + k(round(hqBase * 0.1)) + ".\n");
    }
    StringBuilder levers = new StringBuilder("#### Global Levers\n\n");
    int leverCount = 2 + random.nextInt(7);
    for (int i = 1; i <= leverCount; i++) {
      levers.append(i).append(". **Lever number ").append(i).append("**\n> \"My competing offer from [company] is at ")
          .append(hq.mark()).append(k(round(hqBase * 1.6))).append(" TC. I'd like a base of ").append(hq.mark())
          .append(k(round(hqBase * 1.3))).append("–").append(hq.mark()).append(k(round(hqBase * 1.35)))
          .append(" and a sign-on bonus of ").append(hq.mark()).append(k(20_000)).append("–").append(hq.mark())
          .append(k(35_000)).append(".\"\n\n");
    }
    sections.add(levers.toString());
    sections.add(negotiate + "\n");
    if (random.nextInt(5) > 0) {
      sections.add("#### Evidence & Sources\n\n1. Levels.fyi 2026\n2. Glassdoor reviews, 2025–2026\n");
    }
    // Sections move around between writers; the pay table and levers stay findable by meaning.
    java.util.Collections.shuffle(sections.subList(1, sections.size()), random);
    out.append(String.join("\n---\n\n", sections));
    return new Written(out.toString(), hq.name(), hqBase, hq.currency());
  }

  private String payTable(Style style, int grantYears, CharSequence rows) {
    return switch (style) {
      case YEARLY_TABLE -> HEADER_VARIANTS.get(random.nextInt(HEADER_VARIANTS.size())) + "\n|---|---|---|---|---|\n"
          + rows;
      case GRANT_TABLE -> "| Region | Base | RSU grant (vests over " + grantYears + " yrs) | Bonus | Total comp |\n"
          + "|---|---|---|---|---|\n" + rows + "\nThe RSU column is the whole new-hire grant, vesting over "
          + grantYears + " years; the total counts one year of it.\n";
      case PERCENT_BONUS_TABLE -> "| Location | Base salary | Equity per year | Bonus | Total comp |\n"
          + "|---|---|---|---|---|\n" + rows;
      case REGION_BULLETS -> "Equity is RSUs, shown as value per year; a bonus in percent is of base salary.\n\n"
          + rows;
    };
  }

  private String range(Place p, long low, long high, int magnitude, String separator) {
    String mark = p.mark();
    return switch (magnitude) {
      case 0 -> mark + k(low) + separator + mark + k(high);
      case 1 -> String.format("%s%,d%s%s%,d", mark, low, separator, mark, high);
      default -> mark + m(low) + separator + mark + m(high);
    };
  }

  private static long round(double v) {
    return Math.round(v / 1_000) * 1_000;
  }

  private static String k(long v) {
    return (v / 1_000) + "K";
  }

  private static String m(long v) {
    return java.math.BigDecimal.valueOf(v).movePointLeft(6).stripTrailingZeros().toPlainString() + "M";
  }

  private static String slug(String s) {
    return s.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
