package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pay for someone the guide's bands don't describe: an intern ("a summer intern at $45/hr, is that competitive?") or,
 * from the hiring side, a contractor ("and a contractor at $95/hr for 6 months?"). The bands are a full-time
 * employee's, so such a figure is never weighed against them nor kept as the offer: it would read as far under the
 * band (or, annualised, past it) and say nothing. Said so, with what the guide does cover.
 */
final class OutsideTheBand {

  private static final Pattern INTERN = Pattern.compile("\\b(?:interns?|internships?|co-?ops?|summer\\s+students?)\\b");
  private static final Pattern CONTRACTOR = Pattern.compile("\\b(?:contractors?|contract\\s+(?:rate|role|hire|worker"
      + "|position)|1099|c2c|corp[- ]to[- ]corp)\\b");
  /** The hiring side's own words about the hire: "we want to bring on", "can we pay", "our intern". */
  private static final Pattern WE_HIRE = Pattern.compile("\\b(?:we|we['’]re|we['’]d|our|us)\\b[^.?!]*\\b(?:hire|hiring"
      + "|bring|bringing|offer|offering|pay|paying|engage|engaging|budget|want|need)\\b|\\bour\\s+(?:interns?|contractors?)\\b");
  /** A figure in the message: only a message with pay in it is about pay. */
  private static final Pattern FIGURE = Pattern.compile("\\d");

  private OutsideTheBand() {}

  /** The answer, or null when the message names no intern or contractor with a figure. */
  static Turn weigh(Conversation c, Scene s, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // Cheap word tests first: most messages name neither.
    boolean maybeIntern = lower.contains("intern") || lower.contains("co-op") || lower.contains("coop")
        || lower.contains("summer student");
    boolean maybeContractor = lower.contains("contract") || lower.contains("1099") || lower.contains("c2c")
        || lower.contains("corp");
    if (!maybeIntern && !maybeContractor || !FIGURE.matcher(lower).find()) {
      return null;
    }
    boolean ours = c.companySide() || WE_HIRE.matcher(lower).find();
    boolean intern = maybeIntern && INTERN.matcher(lower).find();
    // A candidate's own contract work ("i'm a contractor right now at $85/hr") is pay today, read as ever.
    boolean contractor = !intern && ours && maybeContractor && CONTRACTOR.matcher(lower).find();
    if (!intern && !contractor) {
      return null;
    }
    Region region = s.region();
    String bands = "the " + s.guide().role().title() + " guide's " + region.shortName() + " bands (base "
        + Money.compact(region.bands().base(), region.currency()) + ", with a bonus and RSUs on top)";
    String said = intern
        ? "An intern's pay isn't weighed against " + bands + ": they are for full-time hires in this role, and the "
            + "guide holds no intern or co-op pay. Against them any intern rate reads as far under the band, which "
            + "says nothing, so I can't tell you from the guide whether that rate is competitive, and I keep nothing "
            + "from it. Intern pay follows " + (ours ? "your intern program's rates" : "the company's intern program")
            + " and the market for interns."
        : "A contractor's rate isn't weighed against " + bands + ": they are for employees, and a contractor gets no "
            + "bonus, RSUs or benefits and usually carries their own payroll costs, so an hourly rate times 2,080 "
            + "hours is no base salary. The guide holds no contractor rates, so I keep nothing from it: weigh it "
            + "against your vendor's or agency's rate card for the role.";
    String rest = c.offer() != null && !c.offer().isEmpty()
        ? " The offer on record is unchanged: " + TextRenderer.offer(c.offer(), c.offer().currency()) + "."
        : ours ? " For a full-time hire in this role, tell me the offer (\"we offered 180 base\") and I'll weigh it."
        : " For a full-time offer in this role, tell me its figures (\"they offered 180k base\") and I'll weigh it.";
    Conversation after = ours && !c.companySide() ? c.withVoice(Voice.COMPANY) : c;
    return new Turn(after, new Reply.Text(said + rest));
  }
}
