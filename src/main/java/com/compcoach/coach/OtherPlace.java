package com.compcoach.coach;

import com.compcoach.guide.Region;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place a question is asked for that the guide has no band for ("is this fair for austin?"): said plainly before the
 * answer, which stays the thread's region's, so no figure is ever given for a place the guide doesn't cover.
 */
final class OtherPlace {

  /** "for austin?", "in seattle,", "for the bay area": one or two words after "for" or "in", ending a clause. */
  private static final Pattern FOR_PLACE = Pattern.compile(
      "(?:^|\\b([a-z]+)\\s+)(?:for|in)\\s+(?:the\\s+)?([a-z]{2,}(?:\\s[a-z]{2,})?)\\s*(?:[?!.,;]|$)");

  /** "the market for this in denver": the place after what the question is for ("this", "the role"). */
  private static final Pattern FOR_THIS_IN_PLACE = Pattern.compile(
      "\\bfor\\s+(?:this|that|it|the role|this role|this job|the job)\\s+in\\s+(?:the\\s+)?"
          + "([a-z]{2,}(?:\\s[a-z]{2,})?)\\s*(?:[?!.,;]|$)");

  /** "ask for then", "push for more": after these the word is what is asked for, not a place. */
  private static final Set<String> ASKING = Set.of("ask", "asking", "asked", "push", "pushing", "negotiate",
      "negotiating", "go", "going", "settle", "aim", "aiming", "counter", "look", "looking", "hope", "hoping", "wait",
      "waiting", "paid", "pay", "pays", "out", "it", "that", "this");

  /** Words after "for" or "in" that are not places: who, what, when, and the words of pay. */
  private static final Set<String> NOT_PLACES = Set.of("me", "you", "us", "them", "him", "her", "it", "this", "that",
      "these", "those", "now", "then", "later", "today", "tomorrow", "here", "there", "sure", "real", "someone", "anyone", "everyone",
      "someone like me", "my", "our", "your", "his", "their", "one", "two", "all", "general", "total", "writing",
      "person", "mind", "advance", "return", "exchange", "addition", "case", "fact", "short", "time", "order",
      "role", "roles", "position", "job", "level", "title", "company", "team", "bank", "startup", "offer", "offers",
      "base", "bonus", "stock", "equity", "rsu", "rsus", "tc", "comp", "pay", "salary", "sign", "signing", "year",
      "years", "month", "months", "week", "weeks", "once", "example", "instance", "starters", "senior",
      "junior", "staff", "principal", "lead", "entry", "mid", "experience", "yoe", "negotiating", "negotiation",
      "asking", "counter", "counteroffer", "total comp", "this role", "the role", "a while", "good", "more", "less",
      "what", "which", "how", "why", "area", "market", "industry", "tech", "finance", "fintech", "remote", "hybrid",
      "office",
      // Who or when a question is about, never where: "realistic for new grad?", "accept in todays market?".
      "new grad", "new grads", "grad", "grads", "graduate", "graduates", "intern", "interns", "student", "students",
      "todays", "today's", "economy", "particular", "context", "comparison", "reference", "practice", "email",
      "interview", "interviews", "call", "calls", "negotiations", "beginner", "beginners",
      // "what number should we come in at?": a preposition left at the end is no place.
      "at", "on", "to", "with", "by", "of", "from", "as", "about", "around", "under", "over", "between");

  /** "it's for the austin office", "the job is at the london site": a place said as the job's, with its workplace. */
  private static final Pattern PLACE_OF_WORK = Pattern.compile("\\b(?:for|in|at|from|out\\s+of)\\s+(?:the|their|our)\\s+"
      + "([a-z]{2,}(?:\\s[a-z]{2,})?)\\s+(?:office|offices|location|site|hub|campus|branch)\\b");

  /**
   * "actually it's for austin", "the role is based in denver": the job's place said with no workplace word, ending a
   * clause ("it's for austin, not charlotte" once the turned-away place is out).
   */
  private static final Pattern JOB_PLACE = Pattern.compile("\\b(?:it'?s|it is|(?:the|this) (?:job|role|position) is)"
      + "\\s+(?:for|in|based in|located in)\\s+(?:the\\s+)?([a-z]{2,}(?:\\s[a-z]{2,})?)\\s*(?:[?!.,;]|$)");

  /** Words before "office" that say which kind of office, not where: "the home office", "the main site". */
  private static final Set<String> NOT_WORKPLACES = Set.of("home", "main", "head", "same", "new", "other", "local",
      "nearest", "closest", "client", "corporate", "regional", "satellite", "old", "current", "big", "small",
      // "their downtown office", "the city centre site": a part of the city the job is in, never a place of its own.
      "downtown", "uptown", "midtown", "city", "centre", "center", "central", "flagship", "primary", "hq");

  private OtherPlace() {}

  /**
   * The place a statement says the job is at ("actually it's for the austin office"), capitalised, when none of the
   * guide's regions is named ({@code named}); null otherwise.
   */
  static String ofWork(String text, List<Region> named) {
    if (!named.isEmpty() || text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    // Most messages name no workplace: one word test before each pattern.
    if (lower.contains("office") || lower.contains("location") || lower.contains("site") || lower.contains("hub")
        || lower.contains("campus") || lower.contains("branch")) {
      Matcher m = PLACE_OF_WORK.matcher(lower);
      while (m.find()) {
        String place = m.group(1);
        if (!NOT_PLACES.contains(place) && !NOT_PLACES.contains(place.split(" ")[0])
            && !NOT_WORKPLACES.contains(place.split(" ")[0])) {
          return capitalised(place);
        }
      }
    }
    if (lower.contains(" is ") || lower.contains("it's ") || lower.contains("its ")) {
      Matcher job = JOB_PLACE.matcher(lower);
      while (job.find()) {
        String place = job.group(1);
        if (!NOT_PLACES.contains(place) && !NOT_PLACES.contains(place.split(" ")[0])) {
          return capitalised(place);
        }
      }
    }
    return null;
  }

  /** What is said to a place of work the guide has no band for, told as a statement: no band, nothing changed. */
  static String saidOfWork(String place, Scene scene) {
    List<String> places = scene.guide().regions().stream().map(Region::shortName).toList();
    return "The " + scene.guide().role().title() + " guide has no band for " + place + ": it covers "
        + Cards.join(places) + ", so I can't weigh the offer for " + place + " from the guide and won't guess a figure "
        + "for it. Ask them which region's band your pay follows; until then everything I say is against "
        + scene.region().shortName() + ", where this thread is, and nothing in the offer changed.";
  }

  /**
   * The place a question names that none of the guide's regions is, capitalised ("Austin"), or null when it names
   * none, or names one of the guide's own ({@code named}: the regions the catalog finds in the text).
   */
  static String of(String text, List<Region> named) {
    if (!named.isEmpty() || text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher forThis = FOR_THIS_IN_PLACE.matcher(lower);
    if (forThis.find() && !NOT_PLACES.contains(forThis.group(1))
        && !NOT_PLACES.contains(forThis.group(1).split(" ")[0])) {
      return capitalised(forThis.group(1));
    }
    Matcher m = FOR_PLACE.matcher(lower);
    while (m.find()) {
      String place = m.group(2);
      // "for someone senior", "for base pay": a phrase opened by a word that is no place is none.
      if ((m.group(1) == null || !ASKING.contains(m.group(1))) && !NOT_PLACES.contains(place)
          && !NOT_PLACES.contains(place.split(" ")[0])) {
        return capitalised(place);
      }
    }
    return null;
  }

  /** The sentence said before the answer: no band there, the guide's places, and whose answer follows. */
  static String said(String place, Scene scene) {
    List<String> places = scene.guide().regions().stream().map(Region::shortName).toList();
    return "The " + scene.guide().role().title() + " guide has no band for " + place + ": it covers "
        + Cards.join(places) + ", so I can't tell that from the guide and won't guess a figure for " + place + ". If "
        + "you'd work there, ask them which region's band your pay follows. Against " + scene.region().shortName()
        + ", where "
        + "this thread is:";
  }

  private static String capitalised(String place) {
    StringBuilder out = new StringBuilder();
    for (String word : place.split(" ")) {
      out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }
}
