package com.compcoach.guide;

import java.time.LocalDate;
import java.util.List;

/**
 * A new guide's starting text: frontmatter, a pay table with one row per region, levers with wording, a
 * Negotiate-Up block and sources, in the form the reader reads without a finding. The figures are an example
 * band for the author to replace with the evidence they cite.
 */
public final class GuideTemplate {

  private GuideTemplate() {}

  /** Where a library keeps the guide: {@code <company-slug>/<role-slug>.md}. */
  public static String path(String company, String role) {
    return Slugs.slugify(company) + "/" + Slugs.slugify(role) + ".md";
  }

  /** The template for a role at a company across regions (the first is marked HQ). */
  public static String text(String company, String role, List<String> regions, LocalDate today) {
    List<String> places = regions.isEmpty() ? List.of("Remote (US)") : regions;
    StringBuilder md = new StringBuilder();
    md.append("---\n")
        .append("company: ").append(Slugs.slugify(company)).append('\n')
        .append("company_display: \"").append(company.replace("\"", "'")).append("\"\n")
        .append("role: ").append(Slugs.slugify(role)).append('\n')
        .append("role_display: \"").append(role.replace("\"", "'")).append("\"\n")
        .append("last_updated: ").append(today).append('\n')
        .append("next_review_due: ").append(today.plusMonths(3)).append('\n')
        .append("---\n")
        .append("# ").append(role).append(" | ").append(company).append(" Negotiation Guide\n\n")
        .append("## Pay bands\n\n")
        .append("Stock is the value vesting per year. Replace the example figures with the bands your sources show.\n\n")
        .append("| Region | Base | Stock (per year) | Bonus | Total |\n")
        .append("|---|---|---|---|---|\n");
    for (int i = 0; i < places.size(); i++) {
      md.append("| ").append(places.get(i).strip()).append(i == 0 && places.size() > 1 ? " (HQ)" : "")
          .append(" | $150K–$190K | $20K–$40K | $15K–$25K | $185K–$255K |\n");
    }
    md.append("\n## Levers\n\n")
        .append("1. **Market lever**\n")
        .append("> \"Comparable roles in this market pay a base of $185K–$190K; I'd like the base there.\"\n\n")
        .append("2. **Sign-on lever**\n")
        .append("> \"To cover the bonus I leave behind, I'd like a sign-on bonus of $20K.\"\n\n")
        .append("> **Negotiate Up Strategy:**");
    for (String place : places) {
      md.append(" In ").append(place.strip()).append(", push for $240K–$255K TC.");
    }
    md.append("\n\n## Sources\n\n")
        .append("1. Name each source of the bands above (survey, filings, offers seen), with its date.\n");
    return md.toString();
  }
}
