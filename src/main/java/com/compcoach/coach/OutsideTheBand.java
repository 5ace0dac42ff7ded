package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.util.Locale;
import java.util.regex.Matcher;
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
  /** A figure with what follows it, to tell a rate ("45/hr"), a count ("6 months") or a year from pay. */
  private static final Pattern AMOUNT = Pattern.compile("[$€£]?\\d[\\d,]*(?:\\.\\d+)?\\s*[km]?\\b");
  /** A rate per hour, week or month: how an intern or a contractor is paid, never a full-time salary. */
  private static final Pattern RATE = Pattern.compile("\\s*(?:/\\s*(?:hr|hour|h|wk|week|mo|month)\\b|(?:an?|per)\\s+"
      + "(?:hour|hr|week|month)\\b|hourly\\b|/?hr\\b)");
  /** A count after a figure ("for 6 months", "10 weeks"), which is no pay. */
  private static final Pattern COUNT = Pattern.compile("\\s*(?:months?|mos?|weeks?|wks?|years?|yrs?|days?|hours?|hrs?"
      + "|people|%|st|nd|rd|th)\\b");
  /** Words of a full-time offer: "converting to full time", "180k base", "30k stock", "20k sign on". */
  private static final Pattern FULL_TIME = Pattern.compile("\\b(?:full[- ]?time|fte|base|salary|stock|rsus?|equity|bonus"
      + "|sign[- ]?on|signing|tc|total comp)\\b");

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
    if (fullTimeFigure(lower)) {
      // "converting our intern to full time, thinking 175 base": the full-time offer is weighed as ever; only the
      // intern's own rate beside it is set aside (see aside).
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

  /** The message with an intern's own rate set aside, and the remark that says so. */
  record Aside(String text, String remark) {}

  /**
   * "they offered 180k base. I interned there in 2023, was paid 40/hr as an intern": the intern's own rate is no part
   * of the full-time offer, so its clause is taken out before the offer is read, and said so. Null when there is none.
   * A contractor's rate beside a full-time offer stays: it is their pay today, read as ever.
   */
  static Aside aside(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!INTERN.matcher(lower).find()) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    String left = null;
    for (String clause : text.split("(?<=[.;!?,])")) {
      String said = clause.toLowerCase(Locale.ROOT);
      String rate = internRate(said) && !FULL_TIME.matcher(said).find() ? firstPay(clause) : null;
      if (rate == null) {
        kept.append(clause);
      } else {
        left = left == null ? rate : left + " and " + rate;
      }
    }
    return left == null ? null : new Aside(kept.toString(), "Left " + left + " out: it's pay for an internship, and "
        + "the guide's bands are for full-time hires, so I weigh only the full-time offer.");
  }

  /** Whether a clause names an intern and a pay figure in it. */
  private static boolean internRate(String said) {
    return INTERN.matcher(said).find() && firstPay(said) != null;
  }

  /** The first figure of a clause that reads as pay (a rate, or an amount that is no count or year), as written. */
  private static String firstPay(String clause) {
    Matcher m = AMOUNT.matcher(clause);
    while (m.find()) {
      if (!COUNT.matcher(clause).region(m.end(), clause.length()).lookingAt() && !year(m.group())) {
        Matcher r = RATE.matcher(clause).region(m.end(), clause.length());
        return (m.group() + (r.lookingAt() ? r.group() : "")).strip();
      }
    }
    return null;
  }

  private static boolean year(String figure) {
    return figure.strip().matches("(?:19|20)\\d\\d");
  }

  /**
   * Whether the message holds a full-time figure: one that is no rate, count or year, in a clause that names no intern
   * or contractor or that names the full-time offer ("she's a contractor at 90/hr, we want to offer her 185 base").
   */
  private static boolean fullTimeFigure(String lower) {
    for (String clause : lower.split("(?<=[.;!?,])")) {
      boolean named = INTERN.matcher(clause).find() || CONTRACTOR.matcher(clause).find();
      Matcher m = AMOUNT.matcher(clause);
      while (m.find()) {
        boolean rate = RATE.matcher(clause).region(m.end(), clause.length()).lookingAt();
        boolean count = COUNT.matcher(clause).region(m.end(), clause.length()).lookingAt() || year(m.group());
        if (!rate && !count && (!named || FULL_TIME.matcher(clause).find())) {
          return true;
        }
      }
    }
    return false;
  }
}
