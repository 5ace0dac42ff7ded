package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reader took from a guide, field by field, each line led by the file line it came from: what
 * {@code lint --explain} prints so an author can check a new guide in a minute.
 */
public final class GuideExplanation {

  private GuideExplanation() {}

  /** The explanation's lines, {@code path:line: field: value}, then the findings. */
  public static List<String> lines(GuideReading reading) {
    List<String> out = new ArrayList<>();
    String p = reading.path();
    Guide g = reading.guide();
    if (g != null) {
      out.add(p + ":1: company: " + g.company().name() + " (" + g.company().slug() + ")");
      out.add(p + ":1: role: " + g.role().title() + " (" + g.role().slug() + ")"
          + (g.signatureRole() ? ", signature role" : ""));
      for (Region r : g.regions()) {
        out.add(p + ":" + r.line() + ": region: " + r.name() + ", " + r.currency() + (r.hq() ? ", headquarters" : ""));
        Bands b = r.bands();
        out.add(p + ":" + r.line() + ":   base " + Money.compact(b.base(), r.currency()));
        out.add(p + ":" + r.line() + ":   stock " + Money.compact(b.stock(), r.currency()) + " a year"
            + (b.grant() != null ? " (derived: a grant of " + Money.compact(b.grant().amount(), r.currency())
                + " over " + b.grant().years() + " years)" : ""));
        out.add(p + ":" + r.line() + ":   bonus " + Money.compact(b.bonus(), r.currency())
            + (b.bonusRate() != null ? " (derived: " + b.bonusRate().written() + " of base)" : ""));
        out.add(p + ":" + r.line() + ":   total " + Money.compact(b.total(), r.currency())
            + (b.totalDerived() ? " (derived: base + stock + bonus)" : ""));
        if (b.derivation() != null) {
          out.add(p + ":" + r.line() + ":   derived: " + b.derivation());
        }
        if (b.options() != null) {
          out.add(p + ":" + r.line() + ":   " + b.options().describe() + " (" + Options.NOT_VALUED + ")");
        }
      }
      for (Region r : g.regions()) {
        out.add(g.target(r).map(t -> p + ":" + t.line() + ": target: " + r.name() + " "
            + Money.compact(t.total(), r.currency()) + (t.written().endsWith(" target") ? " (from " + t.written() + ")"
                : " (written '" + t.written() + "')"))
            .orElse(p + ": target: " + r.name() + " none"));
        g.baseTarget(r).ifPresent(t -> out.add(p + ":" + t.line() + ": base target: " + r.name() + " "
            + Money.compact(t.base(), r.currency()) + " base, not a total (written '" + t.written() + "')"));
      }
      for (Lever l : g.levers()) {
        out.add(p + ":" + l.line() + ": lever " + l.number() + ": " + l.title()
            + (l.text().isEmpty() ? " (no wording)" : " — \"" + l.text() + "\""));
      }
      Region hq = g.leverRegion();
      for (Premium pr : g.premiums()) {
        Region on = pr.on(hq, g.regions());
        out.add(p + ":" + pr.line() + ": premium: " + pr.title() + " " + (pr.derived()
            ? pr.percentWritten() + " (derived: " + Money.compact(pr.amountFor(on.bands()), on.currency()) + " on the "
                + pr.of().label() + " of " + on.name() + ")"
            : Money.compact(pr.amount(), hq.currency())));
      }
      for (ApprovalRule a : g.approvals()) {
        out.add(p + ":" + a.line() + ": approval: " + (a.approver().isEmpty() ? "approval (no approver named)"
            : a.approver()) + " for " + (a.mark() == ApprovalRule.Mark.AMOUNT ? a.describe(g.regions().get(0))
            : a.what() + " (" + String.join(", ", g.regions().stream().map(r -> new Money(a.threshold(r),
                r.currency()).compact() + " in " + r.shortName()).toList()) + ")")
            + " (written '" + a.written() + "')");
      }
      out.add(p + ": sources: " + g.sources().size());
    } else {
      out.add(p + ": not served: it has errors (below)");
    }
    reading.findings().forEach(f -> out.add(f.toString()));
    return List.copyOf(out);
  }
}
