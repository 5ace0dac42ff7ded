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

  /**
   * "they're at 180 today", "they are making 175 now": on the company's side the candidate's pay today said with "they",
   * as "she's at 160 today" is read (s31: on `main` it was asked as a base). Only with a word of now after the figure.
   */
  private static final Pattern THEY_TODAY = Pattern.compile("(?i)\\b(?:they['’]re|theyre|they\\s+are)\\s+(?:currently\\s+)?"
      + "(?=(?:at|on|making|earning|paid)\\s+[$£€]?\\d[^.?!;]*\\b(?:today|now|currently|rn|presently|at the moment"
      + "|these days)\\b)");

  /** On the company's side, the message with the candidate's "they're at … today" written as "candidate is at …". */
  static String payTodayOfThem(String text) {
    return text.contains("they") || text.contains("They") ? THEY_TODAY.matcher(text).replaceAll("candidate is ") : text;
  }

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

  /** Words that make two names two candidates: "same level", "two finalists", "both candidates". */
  private static final Pattern TWO_PEOPLE = Pattern.compile("(?i)\\bsame\\s+(?:level|role|req|band|title)\\b"
      + "|\\b(?:finalists|candidates)\\b");

  /** Whether the message speaks of two people for one role ("Jordan at 170 and Priya at 185, same level"). */
  static boolean twoPeople(String text) {
    return (text.contains("same") || text.contains("andidates") || text.contains("inalists"))
        && TWO_PEOPLE.matcher(text).find();
  }

  /** Two offers for one role with a figure each: "two offers out for the same role, 180 and 190 base". */
  private static final Pattern TWO_OFFERS = Pattern.compile("(?i)\\b(?:two|2|both)\\s+(?:offers|candidates|finalists"
      + "|hires)\\b[^.?!\\d]*?[$£€]?(\\d+(?:\\.\\d+)?\\s*k?)\\s+and\\s+[$£€]?(\\d+(?:\\.\\d+)?\\s*k?)"
      // "offering 185 and 15k sign on to whoever accepts first": a figure labelled as another part is part of the one
      // offer, never a second offer's base.
      + "(?![\\w%])(?!\\s*-?\\s*(?:sign|signing|bonus|rsus?|stock|equity|shares|options|relo|relocation|retention"
      + "|one[\\s-]?time)\\b)");

  /**
   * Two offers for one role, a figure each and no names ("two offers out for the same role, 180 and 190 base. is that
   * ok?"): each weighed against the base band, neither kept, what makes two figures for one role defensible, and which
   * one this thread is for asked. Null unless the band's scale holds both.
   */
  static Turn twoOffers(Conversation c, Scene s, String text) {
    if (!text.contains("two") && !text.contains("2") && !text.contains("both")) {
      return null;
    }
    Matcher m = TWO_OFFERS.matcher(text);
    if (!m.find()) {
      return null;
    }
    Region region = s.region();
    Range band = region.bands().base();
    String currency = region.currency();
    Placing.Placed first = Placing.place(m.group(1).replace(" ", ""), region);
    Placing.Placed second = Placing.place(m.group(2).replace(" ", ""), region);
    if (!onBaseScale(first, band) || !onBaseScale(second, band)) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    lines.add("Two offers for one role, so I keep neither as this thread's offer: weighed on base against the "
        + region.shortName() + " base band (" + Money.compact(band, currency) + "):");
    for (Placing.Placed placed : List.of(first, second)) {
      lines.add("- " + new Money(placed.value(), currency).full() + " base, " + where(placed.value(), band, currency)
          + ".");
    }
    long apart = Math.abs(first.value() - second.value());
    lines.add((apart == 0 ? "The same figure for both is" : "Two offers " + new Money(apart, currency).compact()
        + " apart for the same role are") + " fine when what sets each rests on reasons you can state (experience, "
        + "skills, the level the panel found) and would give anyone with them the same figure: write those reasons "
        + "down, as pay-transparency rules and a candidate who hears of the other figure will both ask why. Never "
        + "share one candidate's figure with the other.");
    lines.add("Which one is this thread for? Tell me (\"ours is " + new Money(second.value(), currency).compact()
        + " base\") and start a new thread for the other, so each is weighed against its own ask.");
    return new Turn(c, new Reply.Text(String.join("\n", lines)));
  }

  /**
   * Whether a figure could be a base in this band: within half to twice its ends. "15k" beside "185" is some other
   * part (a sign-on, a bonus), so two such figures are not two offers.
   */
  private static boolean onBaseScale(Placing.Placed placed, Range band) {
    return placed != null && placed.value() * 2 >= band.low() && placed.value() <= band.high() * 2;
  }

  private static String where(long value, Range band, String currency) {
    return value > band.high() ? new Money(value - band.high(), currency).compact() + " past its top"
        : value < band.low() ? new Money(band.low() - value, currency).compact() + " under its bottom"
        : "at " + Math.round(band.position(value) * 100) + "% of it";
  }

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
      return twoOffers(c, s, text);
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
