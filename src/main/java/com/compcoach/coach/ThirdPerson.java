package com.compcoach.coach;

import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate spoken of from the outside in a shared channel ("Candidate (Jordan) is asking 195 base", "Jordan wants
 * 195 base", "she's asking for 162"): recruiting teams write of the candidate so, and a candidate never writes so of
 * themself, so a thread's first line that does is the company's side and its figure the candidate's ask. A candidate
 * telling what was said to them speaks as "I" ("I'm asking 195, they have 178 approved") and stays the candidate.
 */
final class ThirdPerson {

  /** An ask verb and the figure right after it: "is asking 195", "wants $190k", "'s asking for ~162". */
  private static final String ASKS = "(?:is\\s+asking|['’]s\\s+asking|s\\s+asking|are\\s+asking|['’]re\\s+asking"
      + "|re\\s+asking|wants|asked\\s+for|is\\s+looking\\s+for|is\\s+countering)(?:\\s+(?:for|about|around|roughly))?"
      + "\\s+~?[$£€]?\\d";

  /** The candidate named from the outside, then an ask with its figure: "she's asking for 162", "Jordan wants 195". */
  private static final Pattern ASKED = Pattern.compile("(?:^|[.!?;,:]\\s+|\\n)(?:she|he|they|the\\s+candidate"
      + "|candidate|cand|(?-i:\\p{Lu}\\p{Ll}{0,14}))\\s*" + ASKS, Pattern.CASE_INSENSITIVE);

  /** "Candidate (Jordan)", "the candidate (J.)": the name in brackets adds nothing to who is meant. */
  private static final Pattern BRACKETED = Pattern.compile("(?i)\\b(candidate|cand)\\s*\\(\\s*\\p{L}[\\p{L}.'’ -]{0,20}"
      + "\\)");

  /**
   * A first name opening a sentence before an ask or a report of the candidate's ("Jordan is asking 195", "Jordan says
   * they have a Capital One offer"): the candidate, written as such. A report only once the thread is the company's.
   */
  private static final Pattern NAMED = Pattern.compile("(^|[.!?;:]\\s+|,\\s+|\\n)(\\p{Lu}\\p{Ll}{0,14})\\s+(?="
      + "(?i:is\\s+asking|['’]s\\s+asking|wants|asked\\s+for|is\\s+looking\\s+for|is\\s+countering)"
      // Only with the ask's figure: "Meta wants her to start Monday" names no candidate.
      + "(?:\\s+(?:for|about|around|roughly))?\\s+~?[$£€]?\\d)");
  private static final Pattern NAMED_SAYS = Pattern.compile("(^|[.!?;:]\\s+|\\n)(\\p{Lu}\\p{Ll}{0,14})\\s+(?="
      // A report of what the candidate holds ("Jordan says they have…", "Jordan has a Capital One offer"), never a
      // company's own word ("Stripe said they'd match").
      + "(?i:(?:says|said|told\\s+us|tells\\s+us|mentioned|just\\s+told\\s+us)\\s+(?:that\\s+)?(?:they|she|he)\\s+"
      + "(?:have|has|got|['’]ve\\s+got|received|hold|holds)\\b|(?:has|got|received|holds)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}"
      + "offer\\b))");

  /** Capitalised words that open a sentence and are no candidate's name. */
  private static final Set<String> NOT_NAMES = Set.of("she", "he", "they", "we", "i", "it", "this", "that", "there",
      "here", "what", "who", "which", "finance", "comp", "legal", "leadership", "team", "everyone", "recruiter",
      "recruiting", "manager", "hm", "candidate", "cand", "client", "the", "our", "their", "hr", "ok", "okay", "so",
      "also", "and", "but", "now", "then", "approved", "budget", "she's", "he's", "hiring", "company");

  private ThirdPerson() {}

  /**
   * An offer the candidate holds, told beside the ask ("candidate has verbal at 175 base … she's asking for 190"): an
   * agency recruiter or a coach says that too, so it leaves the side to a company word.
   */
  private static final Pattern HOLDS_OFFER = Pattern.compile("(?i)\\b(?:has|have|got|received|holds)\\s+(?:a\\s+|an\\s+"
      + "|the\\s+|our\\s+|their\\s+)?(?:verbal|offer|written)|\\boffered\\b|\\bverbal\\b");

  /** Whether the message tells the candidate's ask from the outside, with its figure, and no offer the candidate holds. */
  static boolean asks(String text) {
    return ASKED.matcher(named(text, false)).find() && !HOLDS_OFFER.matcher(text).find();
  }

  /**
   * The message with the candidate's name written as "the candidate" ("Candidate (Jordan) is asking" → "candidate is
   * asking", "Jordan wants 195" → "the candidate wants 195"), so the readers that know "candidate" place its figures;
   * {@code ours}: the thread is the company's, where a name before "says" or "has" is the candidate too.
   */
  static String named(String text, boolean ours) {
    String out = BRACKETED.matcher(text).replaceAll("$1");
    out = rename(NAMED, out);
    return ours ? rename(NAMED_SAYS, out) : out;
  }

  private static String rename(Pattern names, String text) {
    Matcher m = names.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)
          + (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) ? name : "the candidate") + " "));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Two people each with an ask: "A wants 190, B wants 175", "Sam is asking 200 and Lee wants 185". */
  private static final Pattern EACH = Pattern.compile("(?:^|[.!?;,:]\\s+|\\n|\\band\\s+)(\\p{Lu}\\p{Ll}{0,14})\\s+"
      + "(is\\s+asking|['’]s\\s+asking|wants|asked\\s+for|is\\s+looking\\s+for|is\\s+at|['’]s\\s+at|at)"
      + "(?:\\s+(?:for|about|around))?\\s+[$£€]?(\\d+(?:\\.\\d+)?\\s*k?)(?![\\w%])");

  /**
   * Two candidates' asks in one message, on a thread that coaches one: each weighed against the base band in a line,
   * neither kept, and which one this thread is for asked. Null unless two different names each ask a figure the base
   * band's scale holds.
   */
  static Turn twoAsks(Conversation c, Scene s, String text) {
    Matcher m = EACH.matcher(text);
    Map<String, String> asks = new LinkedHashMap<>();
    // "Jordan at 170 and Priya at 185": a figure each, said without saying whose ask or pay it is.
    boolean at = false;
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        asks.putIfAbsent(m.group(1), m.group(3).replace(" ", ""));
        at |= m.group(2).endsWith("at");
      }
    }
    if (asks.size() < 2) {
      return null;
    }
    Region region = s.region();
    Range band = region.bands().base();
    String currency = region.currency();
    List<String> lines = new ArrayList<>();
    lines.add("This thread coaches one candidate at a time, so I keep neither " + (at ? "figure" : "ask")
        + ": weighed on base against the " + region.shortName() + " base band (" + Money.compact(band, currency)
        + "):");
    for (Map.Entry<String, String> ask : asks.entrySet()) {
      Placing.Placed placed = Placing.place(ask.getValue(), region);
      if (placed == null) {
        return null;
      }
      long value = placed.value();
      String where = value > band.high() ? new Money(value - band.high(), currency).compact() + " past its top"
          : value < band.low() ? new Money(band.low() - value, currency).compact() + " under its bottom"
          : "at " + Math.round(band.position(value) * 100) + "% of it";
      lines.add("- " + ask.getKey() + ": " + new Money(value, currency).full() + " base, " + where + ".");
    }
    lines.add((at ? "Tell me whether each figure is the candidate's ask, pay today or our offer. " : "")
        + "Which one is this thread for? Tell me (\"it's " + asks.keySet().iterator().next() + "\", with the "
        + "figures) and start a new thread for the other, so each ask is weighed against its own offer.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }
}
