package com.compcoach.cli;

import com.compcoach.coach.LeverWording;
import com.compcoach.coach.LocalizedLever;
import com.compcoach.guide.Bands;
import com.compcoach.guide.Freshness;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Money;
import com.compcoach.guide.Options;
import com.compcoach.guide.Premium;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/** Renders one guide's answer for one region as the {@code ask} card (text) or the {@code ask} JSON object. */
final class GuideAnswer {

  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final LeverWording wording = new LeverWording();

  /** The JSON object: company, role, region, currency, bands, target, levelMapping, premiums, levers, ... */
  String json(Guide guide, Region region) {
    ObjectNode root = json.createObjectNode();
    root.put("company", guide.company().name());
    root.put("role", guide.role().title());
    root.put("region", region.name());
    root.put("currency", region.currency());
    ObjectNode bands = root.putObject("bands");
    Bands b = region.bands();
    range(bands.putObject("base"), b.base());
    range(bands.putObject("stock"), b.stock());
    range(bands.putObject("bonus"), b.bonus());
    range(bands.putObject("total"), b.total());
    if (b.derivation() != null) {
      // "Atlanta's bands minus 5% on base": the figures are worked out from what the guide wrote, and say how.
      root.put("derivedFrom", b.derivation());
    }
    if (b.options() != null) {
      // Counted, never valued: the count and strike as the guide gives them, in no band.
      ObjectNode options = root.putObject("options");
      range(options.putObject("count"), b.options().count());
      options.put("strike", b.options().strike());
      options.put("valued", false);
    }
    Target target = guide.target(region).orElse(null);
    if (target == null) {
      root.putNull("target");
    } else {
      range(root.putObject("target"), target.total());
    }
    // A base aim ("aim for $250K base (NYC)") is its own field: never read as a total.
    guide.baseTarget(region).ifPresent(t -> range(root.putObject("baseTarget"), t.base()));
    ObjectNode levels = root.putObject("levelMapping");
    ArrayNode header = levels.putArray("header");
    guide.levelMapping().header().forEach(header::add);
    ArrayNode rows = levels.putArray("rows");
    for (List<String> row : guide.levelMapping().rows()) {
      ArrayNode r = rows.addArray();
      row.forEach(r::add);
    }
    levels.put("note", guide.levelMapping().note());
    ArrayNode premiums = root.putArray("premiums");
    for (Premium p : guide.premiums()) {
      ObjectNode n = premiums.addObject();
      n.put("title", p.title());
      n.put("text", p.text());
      Region on = p.on(region, guide.regions());
      range(n.putObject("amount"), p.amountFor(on.bands()));
      if (p.derived()) {
        // The percent of its region's band (the asked one's unless it names another), in that region's currency.
        range(n.putObject("percent"), p.percent());
        n.put("of", p.of().label()).put("currency", on.currency()).put("derived", true);
        if (p.region() != null) {
          n.put("region", on.name());
        }
      }
    }
    ArrayNode levers = root.putArray("levers");
    for (LocalizedLever l : wording.localize(guide, region)) {
      ObjectNode lever = levers.addObject().put("number", l.number()).put("title", l.title()).put("text", l.text())
          .put("condition", l.condition());
      ArrayNode fill = lever.putArray("toFill");
      l.toFill().forEach(fill::add);
    }
    Freshness f = guide.freshness();
    ObjectNode fresh = root.putObject("freshness");
    date(fresh, "lastUpdated", f.lastUpdated());
    fresh.put("dataQuarter", f.dataQuarter());
    date(fresh, "nextReviewDue", f.nextReviewDue());
    fresh.put("dataQuality", f.dataQuality());
    ArrayNode sources = root.putArray("sources");
    guide.sources().forEach(sources::add);
    return write(root);
  }

  /** {"error": ..., "suggestions": [...]} */
  String error(String message, List<String> suggestions) {
    ObjectNode root = json.createObjectNode();
    root.put("error", message);
    ArrayNode s = root.putArray("suggestions");
    suggestions.forEach(s::add);
    return write(root);
  }

  /** A readable card. */
  String text(Guide guide, Region region) {
    StringBuilder out = new StringBuilder();
    String c = region.currency();
    out.append(guide.role().title()).append(" at ").append(guide.company().name()).append(" — ")
        .append(region.name()).append(" (").append(c).append(")");
    if (guide.signatureRole()) {
      out.append("  [signature role]");
    }
    out.append("\n\n");
    out.append(String.format("  %-14s %14s %14s%n", "", "low", "high"));
    Bands b = region.bands();
    row(out, "Base", b.base(), c);
    row(out, "Stock per year", b.stock(), c);
    row(out, "Bonus", b.bonus(), c);
    row(out, "Total", b.total(), c);
    if (b.derivation() != null) {
      out.append("  (derived: ").append(b.derivation()).append(")\n");
    }
    if (b.options() != null) {
      out.append("  Options: ").append(b.options().describe()).append(" (").append(Options.NOT_VALUED).append(")\n");
    }
    guide.target(region).ifPresent(t -> out.append("\nNegotiate-Up target: ")
        .append(Money.compact(t.total(), c)).append(" total (").append(t.written()).append(")\n"));
    guide.baseTarget(region).ifPresent(t -> out.append(guide.target(region).isEmpty() ? "\n" : "")
        .append("Negotiate-Up base target: ").append(Money.compact(t.base(), c)).append(" base, not a total (")
        .append(t.written()).append(")\n"));
    if (!guide.premiums().isEmpty()) {
      // Each line carries its own mark: a percent of Toronto's band is in CAD beside amounts in the HQ's USD.
      out.append("\nPremiums:\n");
      for (Premium p : guide.premiums()) {
        Region on = p.on(region, guide.regions());
        out.append("  - ").append(p.title()).append(": ").append(p.derived()
            ? p.percentWritten() + " (" + Money.compact(p.amountFor(on.bands()), on.currency()) + " on the "
                + p.of().label() + " in " + on.name() + ", derived)"
            : Money.compact(p.amount(), guide.leverRegion().currency())).append('\n');
      }
    }
    if (!guide.levers().isEmpty()) {
      // Restated for the asked region exactly as the Slack card states them.
      out.append("\nLevers (figures for ").append(region.name())
          .append(region.equals(guide.leverRegion()) ? "" : ", restated from " + guide.leverRegion().name())
          .append("):\n");
      for (LocalizedLever l : wording.localize(guide, region)) {
        out.append("  ").append(l.number()).append(". ").append(l.heading()).append('\n');
        out.append("     \"").append(l.text()).append("\"\n");
        l.toFill().forEach(f -> out.append("     ").append(f).append('\n'));
      }
    }
    Freshness f = guide.freshness();
    out.append("\nFreshness: updated ").append(orUnknown(f.lastUpdated())).append(", data ")
        .append(orUnknown(f.dataQuarter())).append(", review due ").append(orUnknown(f.nextReviewDue()))
        .append(", quality ").append(orUnknown(f.dataQuality())).append('\n');
    if (!guide.sources().isEmpty()) {
      out.append("Sources:\n");
      for (String s : guide.sources()) {
        out.append("  - ").append(s).append('\n');
      }
    }
    out.append("Guide: ").append(guide.path()).append(", row on line ").append(region.line()).append('\n');
    return out.toString();
  }

  private static void row(StringBuilder out, String label, Range r, String currency) {
    out.append(String.format("  %-14s %14s %14s%n", label, new Money(r.low(), currency).full(),
        new Money(r.high(), currency).full()));
  }

  private static String orUnknown(Object o) {
    return o == null ? "unknown" : o.toString();
  }

  private static void range(ObjectNode node, Range r) {
    node.put("low", r.low());
    node.put("high", r.high());
  }

  private static void date(ObjectNode node, String key, LocalDate date) {
    if (date == null) {
      node.putNull(key);
    } else {
      node.put(key, date.toString());
    }
  }

  private String write(ObjectNode root) {
    try {
      return json.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
  }
}
