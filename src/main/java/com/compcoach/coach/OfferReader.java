package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.MoneyGrammar;
import com.compcoach.money.NumberWords;
import com.compcoach.money.Period;
import com.compcoach.money.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads offer figures from a message as people type them: "180k base, 50k rsu per year, 40k bonus",
 * "200k RSU over 4 years", "15% bonus", "$182,500 base + $30k sign-on", "base 1.1M", "£100k base", "TC 300k",
 * "a competing offer of 400k TC from Stripe", "my walk-away is 240k", "they came back with 190k base", vesting
 * schedules ("5/15/40/40") and a one-year cliff. It only reads: checking figures against a band is the caller's job.
 */
final class OfferReader {

  /** What may follow a grant's bare years ("over 4 and a 20k sign-on", "over 4 w/ a cliff"). */
  private static final Pattern BARE_YEARS_NEXT = Pattern.compile("(?:and|with|w/|plus|but|vesting)\\b|w/");
  private static final Pattern STOCK_WORD = Pattern.compile("\\b(?:rsus?|stock|equity|shares|options|grant)\\b");
  /** An even schedule said as a yearly share: "vesting 25% per year", "25% vests each year", "vests 25% annually". */
  private static final Pattern EVEN_VESTING = Pattern.compile("\\bvest(?:s|ed|ing)?\\s+(?:at\\s+)?(\\d{1,2})\\s*%\\s*"
      + "(?:(?:per|a|each|every)\\s+(?:year|yr)|annually|yearly)\\b|\\b(\\d{1,2})\\s*%\\s*(?:of (?:it|the grant)\\s+)?"
      + "vest(?:s|ing)?\\s+(?:(?:per|a|each|every)\\s+(?:year|yr)|annually|yearly)\\b");
  /** A one-year cliff, its length before or after the word ("1y cliff", "cliff: 1 yr"): never a grant's years. */
  private static final Pattern CLIFF = Pattern.compile("(?:\\b(?:one|1)[- ]?(?:years?|yrs?|y)\\s+)?\\bcliff\\b"
      + "(?:\\s*(?:of|:|=|-)?\\s*(?:one|1)[- ]?(?:years?|yrs?|y)\\b)?");
  // Plain phrases, checked with contains on the lower-cased clause: several times cheaper than regular expressions.
  private static final List<String> FORFEIT = List.of("forfeit", "unvested", "leave behind", "leaving behind",
      "leave on the table", "leaving on the table", "walking away from", "give up", "giving up", "lose ", "losing");
  private static final List<String> WALK_AWAY = List.of("walk-away", "walk away", "walkaway", "bottom line",
      "bottom-line", "minimum", "floor",
      // "her min is 180 base": "min" said for a person's least, never the company's ("their min" is their band).
      "my min ", "my min:", "her min ", "her min:", "his min ", "his min:", "candidate's min ", "client's min ",
      "absolute min ", "won't accept", "wont accept", "will not accept", "lowest i",
      "won't go below", "wont go below", "will not go below", "not going below", "not go below", "can't go below",
      "cant go below", "won't take less", "wont take less", "won't settle for less", "not less than",
      "nothing less than", "nothing below", "anything below", "anything under", "dealbreaker", "deal breaker",
      "deal-breaker", "least i'd", "least i would", "least i'll", "i'd walk", "i would walk", "i'll walk",
      "ill walk", "need at least", "needs at least", "i need at least", "i'd need", "i would need", "id need",
      "to leave my", "to jump ship", "to make the move", "to make the switch", "to move for less", "to leave for",
      // A conditional yes names the least they would take: "I'd take Ally at 185 base, below that I go with Truist".
      "i'd take", "i would take", "id take", "i'd accept", "i would accept", "id accept", "i'd sign", "i would sign",
      "id sign", "she'd sign", "he'd sign", "she would sign", "he would sign", "they'd sign", "she'd take",
      "he'd take", "she would take", "he would take", "she'd accept", "he'd accept", "she'll sign at", "he'll sign at",
      "she'll take", "he'll take", "below that", "under that", "less than that", "anything less",
      // "i'll accept if they do 200k base": the figure that would make it a yes.
      "accept if", "accept it if", "sign if", "sign it if", "take it if");
  private static final List<String> COMPETING = List.of(
      // "competitive" asks whether a figure is at market ("is 170 competitive?"): no other company's offer.
      "competing", "competitor", "competition", "other offer", "another offer", "outside offer",
      "rival offer", "offer from", "other company", "another company", "other firm", "another firm", "other one",
      "offer elsewhere", "second offer", "to stay", "retention", "other co ", "other co.", "to keep me",
      "counter-offered", "counteroffered", "counter offered", "my current employer counter", "my manager counter",
      "my boss counter", "current company counter", "if i stay", "if i stayed", "if i stick around",
      "keep me at");
  /**
   * Another offer held beside this one, named by what it is rather than who made it: "i also have a london offer",
   * "the other option is a contract gig", "got an offer in berlin too".
   */
  private static final Pattern HOLDING_ANOTHER = Pattern.compile("\\b(?:also|too)\\s+(?:have|got|hold|holding|received|"
      + "getting)\\s+(?:an?|one|another)\\b(?:\\s+[\\w-]+){0,3}?\\s+offer\\b|\\bthe other option\\b|\\boffer (?:in|out of)"
      + " [a-z]+ too\\b");
  /**
   * An employer named by what it is with "a" or "another" before an offer verb ("a zurich bank said CHF 140k",
   * "another startup offered 200k", "Berlin startup offered €80.000" opening a sentence): not the company of this
   * thread's guide, which "the" or "they" would name.
   */
  private static final Pattern ANOTHER_MAKER = Pattern.compile("(?:\\b(?:a|an|another|some|one)\\s+"
      + "|^\\W*(?!the\\b|this\\b|our\\b|their\\b|my\\b)(?=[a-z])(?:[\\w-]+\\s+)?)(?:[\\w-]+\\s+){0,2}?(?:bank|"
      + "startup|start-up|company|firm|fund|hedge fund|shop|lab|fintech|employer|competitor|unicorn|scale-?up|"
      + "consultancy|agency|insurer|retailer)\\s+(?:\\w+\\s+)?(?:offered|offers|said|says|is at|came in|put|gave|pays|"
      + "quoted|is offering|wants to pay)\\b");
  /** A word {@link #HOLDING_ANOTHER} needs. */
  private static final List<String> HOLDING_WORDS = List.of("also", "too", "other option");
  /** The employers {@link #ANOTHER_MAKER} names. */
  private static final List<String> MAKER_NOUNS = List.of("bank", "start", "compan", "firm", "fund", "shop", "lab",
      "fintech", "employer", "competitor", "unicorn", "scale", "consultancy", "agency", "insurer", "retailer");
  /** A recruiting team's own offer, said in a channel: "just got an offer from us", never a competing one. */
  private static final List<String> OWN_OFFER = List.of("offer from us", "offer from our", "our offer", "we offered",
      "we're offering", "we are offering", "we offer ", "offered by us");
  /** Phrases that report their answer to a counter; plain substring checks, cheaper than one big pattern. */
  private static final List<String> REVISION = List.of("came back", "come back", "comes back", "countered",
      "revised", "raised", "increased", "bumped", "moved up", "moved to", "updated", "new offer", "now offer",
      "improved", "went up", "went to", "upped", "agreed to", "they said", "they offered instead", "moved", "came up",
      "sweetened", "matched", "instead", "now offering", "now offer", "budged", "threw in", "thrown in",
      "tossed in", "added");
  /** Slack's strikethrough around a figure: "~40k~", "~rsu 40k~" (a "~" before a figure alone is "about"). */
  private static final Pattern STRUCK = Pattern.compile("(?<![\\w~])~(?=[^\\s~])[^~\\n]*\\d[^~\\n]*?(?<=\\S)~(?![\\w~])");
  /** A figure typed with a letter o for a zero before its "k": "18ok", "1o5k", "2OOK". */
  private static final Pattern LETTER_O = Pattern.compile("(?<![\\w.])\\d{1,3}[oO0]*[oO][oO0]*[kK](?![\\w])");
  /** Units after a number that make it a count, not pay: "30 days", "50 people". */
  private static final List<String> COUNTED = List.of("day", "week", "month", "year", "yr", "hour", "hr", "minute",
      "min", "people", "person", "employee", "engineer", "report", "direct", "time", "st ", "nd ", "rd ", "th ",
      "th,", "th.", "am", "pm", "percent", "x ", "%", "-day", "-week", "-month", "-year", "+");
  /** Words that mark the user fixing what they typed: a correction, never their answer to a counter. */
  private static final List<String> SELF_CORRECTION = List.of("sorry", "i meant", "i mean ", "oops", "typo",
      "my bad", "mistyped", "correction", "i misread", "actually i", "i wrote", "should have said", "should be");
  /** Words between clauses; "vs" sets one package against another ("offer 185 vs stripe 200"). */
  private static final List<String> CLAUSE_WORDS = List.of("and", "but", "plus", "while", "vs", "versus");
  /** A word every walk-away phrase holds. */
  private static final List<String> WALK_AWAY_WORDS = List.of("walk", "bottom", "min", "floor", "accept",
      "lowest", "below", "less", "under", "breaker", "least", "need", "leave", "jump", "make the", "take", "sign");
  /** A word every phrase of pay today holds. */
  private static final List<String> CURRENT_WORDS = List.of("current", "mak", "earn", "paid", "on ", " at ",
      "i'm at", "im at", "pays me", "present");
  /** Pay today, which is neither their offer nor a competing one: "currently making 210k tc", "my current comp". */
  private static final List<String> CURRENT = List.of("currently making", "currently make", "currently earn",
      "currently paid", "currently get", "currently on ", "currently at ", "i make ", "i'm making", "im making",
      "i am making", "i earn", "i'm earning", "im earning", "i'm on ", "im on ", "i'm paid", "i am paid",
      "current comp", "current tc", "current salary", "current base", "current pay", "current package",
      "current total", "making now", "right now i make", "at my current", "my current job", "today i make",
      "i get paid", "my current ", "i currently make", "currently ", "i'm at ", "im at ", "i am at ",
      "i'm sitting at", "i'm now at", "right now i'm at",
      // The place worked at today, named by what it is: "current job pays me 128k", "my employer pays me 140".
      "current job", "current role", "current employer", "current company", "current position", "current gig",
      "current place", "current team", "current firm", "present job", "present role", "present employer",
      "job pays me", "employer pays me", "company pays me", "role pays me", "gig pays me");
  /** "current 160", "current: 160k", "was at 140": pay today said as a label before its figure, or as what it was. */
  private static final Pattern CURRENT_FIGURE = Pattern.compile("^\\W*(?:(?:my\\s+)?current|(?:i\\s+)?was\\s+(?:at|on"
      + "|making|earning))\\s*(?:[:=]|is|-)?\\s*[$£€]?\\d");
  /** Words after an amount that make it a step between figures: "5k more", "a 12k bump". */
  private static final List<String> DIFFERENCE_AFTER = List.of("more", "higher", "bump", "raise", "increase",
      "jump", "extra", "on top", "over what", "above what", "difference", "increment");
  /** The user gave two companies' figures the wrong way round. */
  private static final List<String> SWAPPED = List.of("mixed them up", "mixed up", "swapped them", "i swapped",
      "switched them", "other way around", "other way round", "the other way", "got them backwards",
      "backwards", "mixed the two");
  /** Words before a total that make it the first year's: "total first year is 337,250", "year 1 total". */
  private static final List<String> YEAR_ONE = List.of("first year", "first-year", "year one", "year 1", "1st year",
      "yr 1", "year-one");
  /** A part said to be absent, by part: "no bonus", "no equity". */
  private static final List<String[]> NONE_OF = List.of(
      new String[] {"BONUS", "no bonus", "without a bonus", "without bonus", "zero bonus", "bonus: none",
          "bonus none", "no annual bonus"},
      new String[] {"STOCK", "no equity", "no stock", "no rsu", "no rsus", "without equity", "zero equity",
          "equity: none", "no shares"},
      new String[] {"SIGN_ON", "no sign-on", "no sign on", "no signon", "no signing", "without a sign-on",
          "without a signing", "dropped the sign-on", "dropped the sign on", "zero sign-on"});
  /** A clause that gives the user's own ask, sent to them: not their offer ("i sent them a counter asking for 215k"). */
  private static final List<String> OWN_ASK = List.of("i asked for", "i asked them for", "i'd asked for",
      "i had asked for", "we asked for", "asking for", "i countered", "we countered", "i counter", "my counter",
      "sent a counter", "sent them a counter", "sent my counter", "i requested", "i proposed", "i went back with",
      "i came back with", "i pushed for", "i told them i want", "i told them i need", "i said i want", "i quoted");
  /** Words that give the other side's answer to an ask, ending the ask's sentence: "…and they said the max is 158". */
  private static final List<String> THEIR_ANSWER = List.of("they said", "they say", "they came back", "came back with",
      "came back at", "they offered", "they countered", "they can do", "they could do", "the max", "their max",
      "the most they", "best they can", "they went to", "they moved to", "they agreed", "they only", "they'll do",
      "they will do", "they would do", "she said", "he said", "recruiter said", "hr said", "the answer was");
  /** The person an ask is by when it is not the user's own: "she's asking for", "the candidate asked for". */
  private static final List<String> THEIR_PERSON = List.of("she's asking", "he's asking", "she is asking",
      "he is asking", "she asked", "he asked", "candidate is asking", "candidate's asking", "candidate asked",
      "candidate wants", "client is asking", "client asked", "she's countered", "he's countered", "she countered",
      "he countered");
  /** The user saying what they want, which is their ask and never the offer: "i want 200 base and 60 stock". */
  private static final List<String> WANT = List.of("i want ", "i wanna ", "i'd like ", "i would like ", "id like ",
      "i'm hoping for", "im hoping for", "hoping for ", "i'm looking for", "im looking for", "i'm aiming for",
      "im aiming for", "aiming for ", "i'm targeting", "im targeting", "my target is", "my ask is", "i'd want",
      "i'm going to ask for", "im going to ask for", "gonna ask for", "going to ask for", "planning to ask for",
      "i plan to ask for", "i'll ask for", "ill ask for", "i will ask for", "i'd ask for",
      // "how about I ask for 260 base and 100k/yr rsu?": an ask proposed, never their offer.
      "how about i ask for", "how about asking for", "what about asking for", "how about i counter with",
      "if i ask for", "if i asked for", "if i counter with");
  /**
   * The user saying they will raise a figure ("i will follow up with them tomorrow about 215k base", "I'll ask them
   * about 215", "going to bring up 215k base", "planning to mention 215"): their own ask or plan, never the offer.
   */
  private static final Pattern PLAN = Pattern.compile("\\b(?:i'll|ill|i will|i'm going to|im going to|going to|gonna"
      + "|planning to|plan to|i plan to|i'd|i want to|wanna|let me|about to|should i|i should|i might|i may|thinking of"
      + "|thinking about|i can)\\s+(?:\\S+\\s+){0,3}?(?:follow(?:ing)? up|ask(?:ing)?|bring(?:ing)? up|bring(?:ing)?"
      + "|mention(?:ing)?|rais(?:e|ing)|propos(?:e|ing)|pitch(?:ing)?|float(?:ing)?|suggest(?:ing)?|push(?:ing)? for"
      + "|counter(?:ing)?)\\b");
  /** The other side as the subject of a plan ("they're going to bring up"): their move, not the user's. */
  private static final Pattern THEIR_PLAN = Pattern.compile("\\b(?:they|they're|theyre|they'll|she|she's|she'll|he"
      + "|he's|he'll|recruiter|hr|manager|company)\\s+(?:\\S+\\s+){0,2}$");

  /** Whether the words before a figure say the user will bring it up themselves. */
  private static boolean plans(String lead) {
    Matcher plan = PLAN.matcher(lead);
    return plan.find() && !THEIR_PLAN.matcher(lead.substring(0, plan.start())).find();
  }
  /** A word every phrase of what the user wants holds. */
  private static final List<String> WANT_WORDS = List.of("want", "like", "hoping", "looking", "aiming", "target",
      "ask");
  /** Someone asking on another's behalf ("asking for a candidate", "on behalf of my client"): whose offer, not an ask. */
  private static final Pattern ON_BEHALF = Pattern.compile("\\b(?:(?:ask|asking|asked|here|writing|posting|checking)"
      + "\\s+for|on\\s+behalf\\s+of)\\s+(?:(?:a|an|my|our|the|one\\s+of\\s+my|one\\s+of\\s+our)\\s+)?(?:candidate|friend|"
      + "client|colleague|co-?worker|teammate|report|direct\\s+report|mentee|someone|somebody|her|him|them)s?\\b");
  /** A clause about someone else's pay, which is neither offer: "my buddy on the same team got 240k base". */
  private static final List<String> PEER = List.of("buddy", "friend", "coworker", "co-worker", "colleague",
      "teammate", "my peer", "a peer", "someone i know", "someone on the team", "a guy on", "people on the team",
      "others on the team", "others at", "people at", "my ex-colleague", "my old manager",
      "someone starting", "someone who started", "someone else", "another new hire", "other new hire");
  /** Words before a message's figures that make them a what-if, not an offer: "what if they add 20k sign on". */
  private static final List<String> WHAT_IF = List.of("what if", "what about", "if ", "suppose", "supposing",
      "hypothetically", "say they", "let's say", "lets say", "assuming", "imagine", "would ", "could they",
      "should i ask for", "can i ask for", "is it ok to ask for", "would it be ok");
  /** Words people open with before a what-if: "ok", "so", "hmm,", "and". */
  private static final Pattern FILLER_OPENING = Pattern.compile(
      "^\\W*(?:(?:ok|okay|ok so|so|hmm+|um+|and|but|also|well|right|cool|thanks|thx|got it|alright|k)\\b[\\s,.!-]*)*");
  /** Words around a figure that say it is an estimate: "about 230k", "~20k", "165ish". */
  private static final List<String> ABOUT_BEFORE = List.of("~", "about", "around", "roughly", "approx",
      "approx.", "approximately", "circa", "ca.", "nearly", "almost", "ballpark", "something like",
      "maybe", "abt", "≈");
  private static final List<String> ABOUT_AFTER = List.of("ish", "-ish", " ish", " or so", " give or take",
      " ballpark", " roughly", " approx");
  /** A price per share, which is not pay: "$12 strike", "strike price of $4.10", "at $30 a share". */
  private static final List<String> PER_SHARE_AFTER = List.of("strike", " strike", "/share", " a share",
      " per share", "/sh", " exercise", " each", " pps", " fmv", " 409a");
  private static final List<String> PER_SHARE_BEFORE = List.of("@", "strike price of", "strike price", "strike of",
      "strike", "exercise price of", "exercise price", "409a of", "409a", "price of", "fmv of", "fmv",
      "preferred price of", "share price of", "share price", "trading", "trading around", "trades",
      "trades around", "trading near", "stock price is", "stock price of", "stock price", "shares are",
      "price per share");
  /** One-time money for the move, left out of the pay the counter weighs: "15k relo", "relocation of $10,000". */
  private static final List<String> RELOCATION = List.of("relo", "relocation", "moving", "move");
  /** ISO codes people type in lower case before a figure: "usd 20k", "cad 190k". */
  private static final java.util.Set<String> CODES = java.util.Set.of("usd", "cad", "gbp", "eur", "aud", "nzd",
      "chf", "sgd", "inr", "jpy", "hkd", "sek", "nok", "dkk", "pln", "mxn", "brl", "zar", "ils", "cny");
  private static final Pattern PER_YEAR = Pattern.compile(
      "^\\s*(?:\\w+\\s+){0,2}?(?:per\\s+year|a\\s+year|/\\s*yr|/\\s*year|yearly|annually|per\\s+annum|annual)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EMPLOYER = Pattern.compile(
      "\\b(?:[Ii](?:'m| am) (?:currently |now )?(?:at|with)|[Ii] (?:currently |now )?work (?:at|for)"
          + "|[Mm]y (?:current )?(?:company|employer) is|[Cc]urrently at)\\s+([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*)*)");
  private static final Pattern FROM_WHOM = Pattern.compile("\\bfrom\\s+([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*)*)");
  private static final int NEAR = 24;
  /** A sign-on paid in two parts: "half in year 1 and half in year 2", "split over two years", "in 2 installments". */
  private static final Pattern SIGN_ON_SPLIT = Pattern.compile("\\b(?:half (?:in|at|after|on|up ?front|now)\\b"
      + "|split (?:over|across|into|in|between) (?:two|2)\\b|(?:paid )?(?:over|across) (?:two|2) years"
      + "|in (?:two|2) (?:installments|instalments|payments|tranches|parts))");
  private static final MoneyGrammar GRAMMAR = MoneyGrammar.standard();
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  /** Reads every figure in the message, with no company named as this offer's; none gives an empty reading. */
  Reading read(String message) {
    return read(message, List.of());
  }

  /**
   * Reads every figure in the message. {@code home} names this offer's company ("Ally Financial", "Ally"): figures
   * said of another company ("Globex put 240k on the table") are a competing offer.
   */
  Reading read(String message, List<String> home) {
    // Each rewrite runs once, in turn, on what the one before left; what each changed is said back in that order.
    String typed = message == null ? "" : message;
    List<String> rewritten = new ArrayList<>();
    SharesAtPrice.Valued valued = SharesAtPrice.value(typed);
    if (valued != null) {
      typed = valued.text();
      rewritten.add(valued.remark());
    }
    TypedSlips.Written mendedSlips = TypedSlips.value(typed);
    if (mendedSlips != null) {
      typed = mendedSlips.text();
      rewritten.add(mendedSlips.remark());
    }
    SpokenFigures.Written spoken = SpokenFigures.value(typed);
    if (spoken != null) {
      typed = spoken.text();
      rewritten.add(spoken.remark());
    }
    SlashedParts.Written slashed = SlashedParts.value(typed);
    if (slashed != null) {
      typed = slashed.text();
      rewritten.add(slashed.remark());
    }
    Reading reading = readWritten(typed, home);
    for (int k = rewritten.size() - 1; k >= 0; k--) {
      reading = reading.withRemark(rewritten.get(k), true);
    }
    return reading;
  }

  /** Reads a message whose slips, spoken figures and slashed parts are already written out. */
  private Reading readWritten(String typed, List<String> home) {
    // Slack's ~strike~ takes a figure back ("rsu ~40k~ 50k/yr"), and "18ok" is 180k with a letter o for a zero:
    // both are mended in place, so every position below still points into what was typed.
    String text = typed.indexOf('~') >= 0 ? STRUCK.matcher(typed).replaceAll(m -> " ".repeat(m.group().length()))
        : typed;
    List<String> mended = new ArrayList<>();
    Matcher letterO = digitThenO(text) ? LETTER_O.matcher(text) : null;
    if (letterO != null && letterO.find()) {
      StringBuilder fixed = new StringBuilder(text);
      do {
        String figure = letterO.group();
        String digits = figure.substring(0, figure.length() - 1).replace('o', '0').replace('O', '0');
        fixed.replace(letterO.start(), letterO.end() - 1, digits);
        mended.add("Read " + figure + " as " + digits + figure.charAt(figure.length() - 1) + ", a letter o for a zero.");
      } while (letterO.find());
      text = fixed.toString();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    char[] blanked = text.toCharArray();

    // The grammar reads every figure once; a vesting schedule ("5/15/40/40") is one of the things it names.
    String grammarText = forGrammar(text);
    List<Token> tokens = GRAMMAR.read(grammarText, Token.Context.PLAIN);
    Vesting vesting = null;
    for (Token t : tokens) {
      if (t instanceof Token.Other o && o.kind() == Token.Kind.SCHEDULE) {
        List<Integer> parts = new ArrayList<>();
        for (String part : o.written().split("/")) {
          parts.add(Integer.parseInt(part.strip()));
        }
        vesting = new Vesting(parts, false);
      }
    }
    if (vesting == null && lower.contains("vest") && lower.indexOf('%') >= 0) {
      Matcher even = EVEN_VESTING.matcher(lower);
      if (even.find()) {
        int share = Integer.parseInt(even.group(1) != null ? even.group(1) : even.group(2));
        if (share > 0 && 100 % share == 0 && 100 / share >= 2 && 100 / share <= 10) {
          // The share is a schedule, not a bonus percent: 25% a year is an even grant over four years.
          vesting = new Vesting(java.util.Collections.nCopies(100 / share, share), false);
          blank(blanked, even.start(), even.end());
        }
      }
    }
    // Only when its tell-tale is present: most messages have no cliff.
    if (lower.contains("cliff")) {
      Matcher cliff = CLIFF.matcher(lower);
      if (cliff.find()) {
        vesting = new Vesting(vesting == null ? Vesting.EVEN_FOUR_YEARS.yearly() : vesting.yearly(), true);
        blank(blanked, cliff.start(), cliff.end());
      }
    }
    List<int[]> yearSpans = new ArrayList<>();
    String unscheduled = new String(blanked).toLowerCase(Locale.ROOT);
    for (int at = unscheduled.indexOf('y'); at >= 0; at = unscheduled.indexOf('y', at + 1)) {
      int[] span = yearSpan(unscheduled, at);
      if (span != null) {
        yearSpans.add(span);
        blank(blanked, span[0], span[1]);
        at = span[1] - 1;
      }
    }
    // "160k RSUs over 4": the years said without the word, right after a grant; its figure is no amount.
    List<int[]> bareYears = new ArrayList<>();
    for (int at = unscheduled.indexOf("over "); at >= 0; at = unscheduled.indexOf("over ", at + 1)) {
      int[] span = bareYearSpan(unscheduled, at);
      if (span != null) {
        bareYears.add(span);
        yearSpans.add(span);
        blank(blanked, span[0], span[1]);
      }
    }
    String clean = new String(blanked);
    String cleanLower = clean.toLowerCase(Locale.ROOT);
    List<int[]> clauses = clauses(clean);
    List<Amount> amounts = amounts(tokens);
    amounts.replaceAll(a -> a.ambiguous() && groupsThousandsWithDots(a, lower) ? a.grouped() : a);
    amounts.removeIf(a -> bareYears.stream().anyMatch(span -> a.start() >= span[0] && a.end() <= span[1]));
    // "year 1 total", "in year 2": a year's number, never a figure.
    amounts.removeIf(a -> !a.marked() && !a.magnitude() && !a.percent() && a.value().compareTo(BigDecimal.TEN) <= 0
        && (lower.startsWith("year ", Math.max(0, a.start() - 5)) || lower.startsWith("yr ", Math.max(0, a.start() - 3))));
    List<String> slips = new ArrayList<>();
    List<Keyword> keywords = keywords(clean, slips);
    List<String> unclear = new ArrayList<>();
    List<Correction> corrections = new ArrayList<>();
    boolean[] skip = pairs(cleanLower, amounts, corrections);

    Component[] after = new Component[amounts.size()];
    Component[] before = new Component[amounts.size()];
    int afterCount = 0;
    int beforeCount = 0;
    int clauseAt = 0;
    int[] clauseIndex = new int[amounts.size()];
    for (int i = 0; i < amounts.size(); i++) {
      // Amounts come in text order, so their clauses are found by walking forward once.
      while (clauseAt + 1 < clauses.size() && amounts.get(i).start() >= clauses.get(clauseAt)[1]) {
        clauseAt++;
      }
      clauseIndex[i] = clauseAt;
      int[] clause = clauses.get(clauseAt);
      int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : clean.length();
      int prevEnd = i > 0 ? amounts.get(i - 1).end() : 0;
      after[i] = keywordAfter(keywords, amounts.get(i).end(), Math.min(nextStart, clause[1]));
      before[i] = keywordBefore(keywords, Math.max(prevEnd, clause[0]), amounts.get(i).start());
      afterCount += after[i] == null ? 0 : 1;
      beforeCount += before[i] == null ? 0 : 1;
    }
    boolean suffixStyle = afterCount >= beforeCount;
    boolean[] suffixed = sentenceStyles(clauses, clauseIndex, after, before, suffixStyle);

    Component allPart = allPart(lower);
    if (allPart != null) {
      for (int i = 0; i < amounts.size(); i++) {
        // The word said once for all is each bare figure's word, so the scale and styles see it too.
        after[i] = after[i] == null && before[i] == null && !amounts.get(i).percent() ? allPart : after[i];
      }
    }
    Attribution attribution = new Attribution(home);
    String[] unsure = new String[1];
    Said[] said = said(text, clean, clauses, attribution, unsure);
    List<Figure> figures = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    List<String> remarks = new ArrayList<>(mended);
    if (!slips.isEmpty()) {
      remarks.add("Read " + String.join(", ", slips) + ": tell me if you meant something else.");
    }
    List<String> estimates = new ArrayList<>();
    String competitor = null;
    // "195 base … 160,000 in RSUs": a figure written in full in the tens of thousands shows the scale as a "k" does.
    boolean thousands = amounts.stream().anyMatch(x -> !x.percent() && (x.magnitude()
        && x.value().compareTo(BigDecimal.valueOf(1_000)) >= 0 || x.value().compareTo(BigDecimal.valueOf(10_000)) >= 0));
    // "210 base 60 bonus 80 rsu": no "k" anywhere, but several parts each with its word and each between 20 and
    // 999 can only be thousands (no pay part is $60 a year), so the sizes say the scale; said back like the above.
    boolean sized = !thousands && bareParts(amounts, after, before, suffixStyle) >= 2
        && amounts.stream().noneMatch(x -> !x.percent() && x.value().compareTo(BigDecimal.valueOf(1_000)) >= 0);
    String whatIf = whatIf(lower);
    boolean currentPay = false;
    List<String> inThousands = new ArrayList<>();
    List<String> differences = new ArrayList<>();
    List<Figure> onTarget = new ArrayList<>();
    boolean walkAwayInThousands = false;
    String bonusUnsure = null;
    int askedUntil = -1;
    String askedWritten = null;
    List<String> asked = new ArrayList<>();
    boolean impliedBase = false;
    String perShareSeen = null;
    String askedRemark = null;
    boolean refreshers = cleanLower.contains("refresh");
    boolean mayCap = mayCap(cleanLower);
    boolean mayHedge = cleanLower.contains("might") || cleanLower.contains("may be") || cleanLower.contains("maybe")
        || cleanLower.contains("possibl") || cleanLower.contains("potential");
    List<Figure> asks = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      Amount a = amounts.get(i);
      if (skip[i]) {
        continue;
      }
      if (!a.percent() && a.kind() == null && perShare(lower, a)) {
        perShareSeen = a.written();
        continue;
      }
      int[] clause = clauses.get(clauseIndex[i]);
      if (!a.percent() && a.kind() == null && relocation(cleanLower, a, clause)) {
        remarks.add("Left " + a.written() + " relocation out: it pays for the move, so the counter doesn't weigh "
            + "it as pay.");
        continue;
      }
      if (!a.percent() && refreshers && cleanLower.substring(clause[0], clause[1]).contains("refresh")) {
        // "annual refreshers ~25k": grants that may come later, at their discretion, are no part of this offer's stock.
        remarks.add("Left " + a.written() + " of refreshers out: refresh grants come later and at their discretion, "
            + "so the counter weighs only the grant in the offer. Ask whether they are guaranteed, and get it in "
            + "writing.");
        continue;
      }
      if (!a.percent() && before[i] == null && after[i] == null && allowance(cleanLower, a, clause)) {
        remarks.add("Left " + a.written() + " out: it is an allowance paid beside the salary, so the counter doesn't "
            + "weigh it as pay.");
        continue;
      }
      String aside = aside(cleanLower.substring(clause[0], clause[1]), a.written());
      Component named = suffixed[i] ? (after[i] != null ? after[i] : before[i])
          : (before[i] != null ? before[i] : after[i]);
      String withWord = a.written() + (named == null ? "" : " " + named.label());
      if (aside == null && askedUntil > clause[0] && answerToTheAsk(cleanLower.substring(clause[0], clause[1]))) {
        // "i asked for 165 and they said the max is 158": their answer, not more of the ask.
        askedUntil = -1;
      }
      if (aside == null && askedUntil > clause[0] && said[clauseIndex[i]].purpose() == Figure.Purpose.OFFER) {
        // "i want 200 base and 60 stock": the ask runs on to the end of its sentence, said back with every figure.
        asked.add(withWord);
        addAsk(asks, a, named, step(cleanLower.substring(clause[0], clause[1]), a.start() - clause[0],
            a.end() - clause[0]));
        int at = remarks.indexOf(askedRemark);
        askedRemark = askedRemark.replaceFirst(Pattern.quote(askedWritten) + "(?=:)",
            Matcher.quoteReplacement(String.join(", ", asked.subList(0, asked.size() - 1)) + " and "
                + asked.get(asked.size() - 1)));
        askedWritten = String.join(", ", asked.subList(0, asked.size() - 1)) + " and " + asked.get(asked.size() - 1);
        if (at >= 0) {
          remarks.set(at, askedRemark);
        }
        continue;
      } else if (aside != null && ownAskRemark(aside)) {
        askedUntil = sentenceEnd(clauses, clauseIndex[i]);
        askedRemark = aside;
        askedWritten = a.written();
        asked.clear();
        asked.add(withWord);
        addAsk(asks, a, named, step(cleanLower.substring(clause[0], clause[1]), a.start() - clause[0],
            a.end() - clause[0]));
      }
      if (aside != null) {
        if (!remarks.contains(aside)) {
          remarks.add(aside);
        }
        continue;
      }
      Said whose = said[clauseIndex[i]];
      if (mayHedge && whose.purpose() == Figure.Purpose.OFFER && hedged(cleanLower.substring(clause[0], clause[1]))) {
        // "they said they "might" do a 10k sign-on": a maybe is not in the offer until they put it there.
        remarks.add("Left " + withWord + " out of the offer: they only said they might. Ask them to put it in the "
            + "written offer, then tell me it's in and I'll count it.");
        continue;
      }
      if (mayCap && whose.purpose() == Figure.Purpose.OFFER && !a.percent() && capped(cleanLower, clause, a)) {
        // "they said the band is capped at 195": their limit, read as their figure for that part, and said so.
        remarks.add(a.written() + " is the cap they named, the most they say they'll pay there: a limit of theirs, "
            + "so ask them to put it in writing before you count on it.");
      }
      Figure.Purpose purpose = whose.purpose();
      Component component = suffixed[i]
          ? (after[i] != null ? after[i] : before[i])
          : (before[i] != null ? before[i] : after[i]);
      if (component == null && allPart != null && !a.percent()) {
        // "current 160 → offer 185 vs stripe 200 (all base)": one word for every bare figure of the message.
        component = allPart;
      }
      boolean grantTotal = component == Component.TOTAL && before[i] == Component.STOCK
          && after[i] == Component.TOTAL && cleanLower.startsWith("total", firstLetter(cleanLower, a.end()))
          && !cleanLower.startsWith("total comp", firstLetter(cleanLower, a.end()));
      if (grantTotal) {
        // "bumped rsus to 200k total": the grant's whole value, not the offer's yearly total.
        component = Component.STOCK;
      }
      boolean percent = a.percent();
      if (percent && component == Component.BASE && OF_BASE.matcher(cleanLower.substring(a.end())).lookingAt()) {
        // "it's 12.5% of base": a percent of the base is the bonus target.
        component = Component.BONUS;
      }
      if (percent && component != null && component != Component.BONUS && alone(cleanLower, a)
          && !labelled(cleanLower, a)) {
        // "195k base / 15% / 50k rsu": a percent between separators belongs to no word across them.
        component = null;
      }
      if (percent && PERCENT_VESTING.matcher(lower).region(a.end(), lower.length()).lookingAt()) {
        // "0.2% over 4 years": a percent that vests is a share of the company, never a bonus.
        component = Component.STOCK;
      }
      if (percent && component == Component.STOCK) {
        // "equity: 0.1%": a share of the company, worth nothing said yet; the rest of the offer still reads.
        remarks.add("Equity of " + a.written() + " is a share of the company: what it is worth depends on the "
            + "company's latest valuation (ask them for it, and the share count behind the percent). Tell me a "
            + "yearly value, e.g. \"equity worth 100k a year\", and I'll weigh it.");
        continue;
      }
      String question = question(a, lower);
      if (question == null && rsuCount(a, lower)) {
        // "2,000 RSUs" with no price: a count of units, asked beside the rest of the offer, which still reads.
        remarks.add("What are " + a.written() + " RSUs worth? Tell me the share price (\"stock is at $95\") or the "
            + "grant's value (\"$190k RSU over 4 years\"), and I'll read it as a year's equity.");
        continue;
      }
      if (question == null && !percent && !a.marked() && !a.magnitude() && countOfOptions(cleanLower, a)) {
        // "stock options 20,000 @ $4 strike": a count of options, worth nothing said yet; the rest still reads.
        remarks.add(optionsQuestion(a.written()));
        continue;
      }
      if (question != null) {
        unclear.add(question);
        continue;
      }
      if (whatIf != null && purpose == Figure.Purpose.OFFER) {
        unclear.add("Is " + a.written() + " in their offer, or a what-if? If they offered it, tell me so (\"they "
            + "offered " + a.written() + (component == null ? "" : " " + component.label()) + "\") and I'll redo the "
            + "counter; I don't change the offer for a what-if.");
        continue;
      }
      if (component == Component.BONUS && purpose == Figure.Purpose.OFFER && bonusOrPercent(a)) {
        // "base is 170. bonus 15.": 15k or 15% of base? The band decides once the base is known, or it is asked.
        bonusUnsure = a.value().stripTrailingZeros().toPlainString();
        continue;
      }
      if ((thousands || sized) && component != null && !percent && bare(a)) {
        // "175 base / 40k bonus": the message's own "k" says what scale its bare figures are in.
        // A walk-away is never repeated in a channel, so its remark names no figure.
        if (purpose == Figure.Purpose.WALK_AWAY) {
          walkAwayInThousands = true;
        } else {
          inThousands.add(a.written() + " " + component.label() + " as " + a.written() + "k");
        }
        a = a.times(1_000);
      }
      // A walk-away or pay today said as "~250k" is the user's own figure; only an offer's is checked against a letter.
      String estimate = purpose == Figure.Purpose.OFFER || purpose == Figure.Purpose.COMPETING ? estimate(lower, a) : null;
      if (estimate != null) {
        estimates.add(estimate);
      }
      int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : clean.length();
      int periodLimit = Math.min(Math.min(nextStart, clause[1]), a.end() + 40);
      if (!percent && unclearPeriod(cleanLower, a.end(), periodLimit)) {
        unclear.add("How often is " + a.written() + " paid: monthly, twice a month or every two weeks? Say it "
            + "with the period, e.g. \"" + a.written() + " a month base\", or give me the yearly figure.");
        continue;
      }
      Period period = percent ? Period.YEAR : period(cleanLower, a, periodLimit,
          i > 0 ? Math.max(amounts.get(i - 1).end(), clause[0]) : clause[0]);
      if (component == null && !percent && purpose == Figure.Purpose.OFFER && period != Period.YEAR) {
        // "$95/hr", "15k a month" with no word: pay by the hour or the month is a salary.
        component = Component.BASE;
        remarks.add("Took " + a.written() + " " + period.written() + " as the base: pay by the "
            + (period == Period.HOUR ? "hour" : "period") + " is a salary.");
      }
      if (component == Component.TOTAL && purpose == Figure.Purpose.OFFER
          && containsAny(cleanLower.substring(clause[0], a.start()), YEAR_ONE)) {
        // "total first year is 337,250": a first year's pay with its one-time money, not the yearly total.
        purpose = Figure.Purpose.YEAR_ONE;
      }
      if (component != null && component != Component.TOTAL && !percent && purpose == Figure.Purpose.OFFER
          && step(cleanLower.substring(clause[0], clause[1]), a.start() - clause[0], a.end() - clause[0])) {
        // "they bumped base by 10k", "threw in another 5k signing": a step up of that part, not its new figure.
        purpose = Figure.Purpose.STEP;
      }
      if (component == null && !percent && purpose == Figure.Purpose.OFFER && difference(cleanLower, a)) {
        // "+5k", "a 12k bump": a step between two figures, never a figure of the offer itself.
        differences.add(a.written());
        continue;
      }
      if (component == null && percent && purpose != Figure.Purpose.OFFER && i > 0 && PERCENT_AFTER_BASE.matcher(
          cleanLower.substring(amounts.get(i - 1).end(), a.start())).matches()) {
        // "Wells Fargo offered 200 base + 15%": a percent joined to another offer's base is its bonus (this offer's
        // own is read below, and said back).
        component = Component.BONUS;
      }
      if (component == null && percent && purpose == Figure.Purpose.OFFER && lonePercent(cleanLower, a)) {
        // "15%" alone, or "it's 15%": in an offer's thread a percent on its own is the bonus target.
        component = Component.BONUS;
      }
      if (component == null && !percent && purpose != Figure.Purpose.WALK_AWAY
          && BASE_BEFORE_PERCENT.matcher(cleanLower.substring(a.end())).lookingAt()) {
        // "180K/yr + 15%", "I'm at $149k now with a 5% bonus", "£150k + 10%": a percent of pay is a percent of base,
        // so the figure it follows is the base, whoever's pay it is.
        component = Component.BASE;
        impliedBase = true;
        if (purpose == Figure.Purpose.OFFER) {
          remarks.add("Took " + a.written() + " as the base, with the percent after it as the bonus target: tell me "
              + "if it is something else.");
        }
      }
      if (component == null && percent && impliedBase && (alone(cleanLower, a) || purpose != Figure.Purpose.OFFER)) {
        component = Component.BONUS;
      }
      if (component == null && percent && purpose == Figure.Purpose.OFFER && barePercent(cleanLower, a, keywords)) {
        // "170 base + 8% + 120k rsu": a percent standing alone beside the offer's parts is its bonus target.
        component = Component.BONUS;
        remarks.add("Took " + a.written() + " as the bonus target, a percent of base: tell me if it is something "
            + "else.");
      }
      if (component == null && !percent && purpose == Figure.Purpose.OFFER && grantYearsRightAfter(lower, a,
          yearSpans) > 0) {
        // "$200k over 4 years": money spread over years with no word is an equity grant, said so.
        component = Component.STOCK;
        remarks.add("Took " + a.written() + " over " + grantYearsRightAfter(lower, a, yearSpans) + " years as the "
            + "equity grant: tell me if it is something else.");
      }
      boolean unnamedPart = false;
      if (component == null) {
        if (percent) {
          continue;
        }
        if (purpose != Figure.Purpose.OFFER) {
          component = Component.TOTAL;
          unnamedPart = purpose == Figure.Purpose.COMPETING;
        } else {
          // A bare number inside a sentence ("in 2 days", "a 2025 start") is not a figure; a marked one, a lone
          // one or one large enough to be pay is, and gets a question: which component is it?
          if (a.marked() || a.magnitude() || clean.trim().equals(a.written())
              || looksLikePay(a, cleanLower)) {
            // The period goes with it, so the question and its answer read "15,000 a month" as a year's pay.
            loose.add(period == Period.YEAR ? a.written() : a.written() + " " + period.written());
          }
          continue;
        }
      }
      if (purpose == Figure.Purpose.COMPETING && competitor == null) {
        competitor = whose.from();
      }
      int grantYears = 0;
      for (int[] span : yearSpans) {
        if (span[0] >= a.end() && span[0] < clause[1] && component == Component.STOCK) {
          grantYears = span[2];
        }
      }
      boolean yearly = component == Component.STOCK
          && PER_YEAR.matcher(clean.substring(a.end(), Math.min(clean.length(), a.end() + 30))).find();
      currentPay |= purpose == Figure.Purpose.CURRENT;
      if (component == Component.TOTAL && !percent && ote(cleanLower, a, clause)) {
        // "OTE 300k": on-target earnings, base plus target commission or bonus; split once the base is known.
        onTarget.add(new Figure(purpose, component, value(a, false, period.perYear()), false, a.currency(), 0, false,
            a.written(), period));
        continue;
      }
      // A grant total with no years ("bumped rsus to 200k total") takes the years the thread gave, or asks.
      figures.add(new Figure(purpose, component, value(a, percent, period.perYear()), percent, a.currency(),
          grantYears, yearly, a.written(), period, grantTotal && grantYears == 0, unnamedPart));
      owners.add(purpose == Figure.Purpose.COMPETING ? whose.from() : null);
    }
    if (perShareSeen != null && figures.isEmpty() && remarks.isEmpty() && loose.isEmpty() && unclear.isEmpty()) {
      // "409a is $10/share": a price per share alone is no pay, but it is how options are valued: say how.
      remarks.add("A price per share (" + perShareSeen + ") isn't pay by itself: options are worth the share price "
          + "less their strike, times their count, spread over the vesting years. Tell me that yearly value, e.g. "
          + "\"options worth 30k a year\".");
    }
    if (figures.isEmpty() && amounts.isEmpty() && MATCHED.matcher(lower).find()) {
      // "they matched google": their answer, but at which figures? Matching a total says nothing of the parts.
      unclear.add("They matched it: at which figures? Tell me their new offer (\"230k base, 80k rsu, 40k bonus\") and "
          + "I'll weigh it against the competing offer.");
    }
    nothingOf(lower, figures, owners);
    List<Figure> onTargetLater = new ArrayList<>();
    onTarget(onTarget, figures, owners, remarks, unclear, onTargetLater);
    if (figures.stream().anyMatch(f -> f.component() == Component.SIGN_ON && f.purpose() == Figure.Purpose.OFFER)) {
      String clawback = SideQuestions.clawbackNote(lower);
      if (clawback != null) {
        remarks.add(clawback);
      }
    }
    if (unsure[0] != null && !figures.isEmpty()) {
      unclear.add("Whose figures are these: " + unsure[0] + "'s, a competing offer, or the offer you're negotiating? "
          + "Say \"" + unsure[0] + " offered …\" for a competing offer, or \"they offered …\" for this one.");
    }
    if (!inThousands.isEmpty() || walkAwayInThousands) {
      String why = thousands ? "like the other figures in that message" : "as pay in parts of this size is";
      // A walk-away is never repeated in a channel, so its remark names no figure.
      if (walkAwayInThousands) {
        inThousands.add("the walk-away in thousands");
      }
      int last = inThousands.size() - 1;
      remarks.add("Read " + (last == 0 ? inThousands.get(0)
          : String.join(", ", inThousands.subList(0, last)) + " and " + inThousands.get(last)) + ", " + why + ".");
    }
    if (!estimates.isEmpty()) {
      remarks.add("Took " + String.join(", ", estimates) + " as exact: check against the written offer and tell "
          + "me the exact figures if they differ.");
    }
    java.util.Map<String, List<Figure>> rivals = new java.util.LinkedHashMap<>();
    competitor = strongest(figures, owners, competitor, remarks, rivals);
    boolean revision = false;
    for (String phrase : REVISION) {
      revision |= lower.contains(phrase);
    }
    for (String phrase : SELF_CORRECTION) {
      revision &= !lower.contains(phrase);
    }
    signOnByYear(lower, amounts, figures, loose, differences);
    if (!differences.isEmpty()) {
      String step = differences.get(0);
      if (revision && figures.isEmpty()) {
        // "they came back with +5k": their answer, but on which part? Its new figure settles it.
        unclear.add("Which part went up by " + step + ", and what is it now? Tell me the new figure with its word "
            + "(\"190k base\") and I'll weigh their answer.");
      } else {
        remarks.add("Took " + step + " as a difference (a raise or a step up), not a figure of the offer: tell me the "
            + "new figure with its word (\"190k base\") if the offer changed.");
      }
    }
    // "i countered at 220k base" gives the user's own ask, no figure of theirs: nothing to weigh as their answer.
    // "interviewing with bofa too. they said 175 base" gives another company's figures: not their answer either.
    revision &= figures.stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER
        || f.purpose() == Figure.Purpose.STEP) || !corrections.isEmpty()
        || !unclear.isEmpty() || !loose.isEmpty();
    String employer = null;
    if (lower.contains(" at ") || lower.contains(" for ") || lower.contains(" is ")) {
      Matcher at = EMPLOYER.matcher(text);
      employer = at.find() ? at.group(1) : null;
    }
    if (employer == null && currentPay) {
      // "currently making 210k tc at jpm": where pay today is paid is the current employer, typed in lower case.
      employer = Attribution.employerAt(lower);
    }
    String whose = null;
    for (Figure f : figures) {
      whose = f.purpose() == Figure.Purpose.WALK_AWAY ? whoseWalkAway(lower) : whose;
    }
    if (SIGN_ON_SPLIT.matcher(lower).find()) {
      // "50k sign-on, half in year 1 and half in year 2": a sign-on paid over two years, kept with its years.
      figures.replaceAll(f -> f.component() == Component.SIGN_ON && f.purpose() == Figure.Purpose.OFFER
          && f.years() < 2 ? new Figure(f.purpose(), f.component(), f.amount(), false, f.currency(), 2, f.yearly(),
          f.written(), f.period(), f.wholeGrant()) : f);
    }
    // A correction ("sorry, 190 not 180") fixes what the user typed; it is not their answer to a counter.
    return new Reading(figures, vesting, revision, competitor, loose, employer, unclear,
        corrections, remarks, containsAny(lower, SWAPPED), whose, onTargetLater, bonusUnsure, rivals, asks);
  }

  /**
   * A sign-on given as each year's share ("sign-on is 25k in year 1 and 25k in year 2", "30k first year, 20k second
   * year", "15k now and 15k after 12 months"): one sign-on of both shares, the second paid after year 1, never two figures of one part.
   */
  private static void signOnByYear(String lower, List<Amount> amounts, List<Figure> figures, List<String> loose,
                                   List<String> differences) {
    int at = -1;
    for (int k = 0; k < figures.size() && at < 0; k++) {
      Figure f = figures.get(k);
      at = f.component() == Component.SIGN_ON && f.purpose() == Figure.Purpose.OFFER && !f.percent() ? k : -1;
    }
    if (at < 0) {
      return;
    }
    long first = 0;
    long second = 0;
    String secondWritten = null;
    Matcher year = IN_YEAR.matcher(lower);
    for (Amount a : amounts) {
      year.region(a.end(), lower.length());
      if (a.percent() || !year.lookingAt()) {
        continue;
      }
      boolean one = year.group(1) != null;
      long amount = value(a, false);
      if (one && first == 0) {
        first = amount;
      } else if (!one && second == 0) {
        second = amount;
        secondWritten = a.written();
      }
    }
    Figure signOn = figures.get(at);
    if (first == 0 || second == 0 || first < 1_000 || second < 1_000 || signOn.amount() != first) {
      return;
    }
    figures.removeIf(f -> f.component() == Component.SIGN_ON && f.purpose() == Figure.Purpose.OFFER);
    loose.remove(secondWritten);
    // "20k upfront and another 20k after a year": "another" is the second share, not a step up.
    differences.remove(secondWritten);
    figures.add(new Figure(Figure.Purpose.OFFER, Component.SIGN_ON, first + second, false, signOn.currency(), 0,
        false, signOn.written(), signOn.period(), false, false, second));
  }

  /**
   * When a sign-on's share is paid, right after its amount: in year 1 ("25k in year 1", "15k now", "up front") or
   * after it ("25k in year 2", "15k after 12 months", "the second year").
   */
  private static final Pattern IN_YEAR = Pattern.compile("\\s*(?:is\\s+)?(?:paid\\s+)?(?:(?:in|for|during|on|at)\\s+)?"
      + "(?:the\\s+)?(?:((?:year|yr)\\s*(?:1|one)\\b|(?:first|1st)\\s+(?:year|yr)\\b|now\\b|up ?front\\b|at signing\\b"
      + "|on (?:day one|day 1|joining|start)\\b)|((?:year|yr)\\s*(?:2|two)\\b|(?:second|2nd)\\s+(?:year|yr)\\b"
      + "|after (?:12 months|a year|one year|1 year|the first year)\\b|(?:at|in) (?:12|twelve) months\\b))");

  /**
   * Whether a message says the figure is their answer before it ("they came back at 195", "they went to 165") or
   * says "instead": "190k and they said hybrid 3 days" is no answer of theirs about the 190k.
   */
  static boolean answeredWith(String message, String figure) {
    String lower = message.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(figure.toLowerCase(Locale.ROOT));
    return at >= 0 && (containsAny(lower.substring(0, at), REVISION) || lower.contains("instead"));
  }

  /** Someone else's walk-away: "her floor", "he won't go below", "my candidate needs at least". */
  private static final Pattern OTHERS_FLOOR = Pattern.compile("\\b(?:(her|his|their)\\s+(?:\\w+\\s+)?(?:floor|walk-?\\s?away"
      + "|minimum|bottom[- ]line|number|lowest|limit|min)|(she|he)\\b(?:'s|'d|'ll| is| would| will| needs?| won'?t| can'?t"
      + "| wants?)|(?:my|our|the)\\s+(candidate|client|friend|report|mentee|colleague|teammate|direct report)(?:'s|s')?\\b)");

  /** Whose walk-away the message gives, said back in replies ("her walk-away"), or null when it is the user's. */
  static String whoseWalkAway(String lower) {
    Matcher m = OTHERS_FLOOR.matcher(lower);
    if (!m.find()) {
      return null;
    }
    if (m.group(1) != null) {
      return m.group(1);
    }
    if (m.group(2) != null) {
      return m.group(2).equals("she") ? "her" : "his";
    }
    return (lower.startsWith("the", m.start()) ? "the " : "your ") + m.group(3) + "'s";
  }

  /**
   * Whether a percent stands alone among a message's parts: nothing but separators either side of it ("+ 8% +",
   * ", 10%,"), a base named in the message, and no bonus named anywhere in it ("401k match 4%" is not alone).
   */
  private static boolean barePercent(String lower, Amount a, List<Keyword> keywords) {
    boolean base = keywords.stream().anyMatch(k -> k.component() == Component.BASE);
    boolean bonus = keywords.stream().anyMatch(k -> k.component() == Component.BONUS);
    return base && !bonus && alone(lower, a);
  }

  /** Whether a label's colon or equals sign stands right before an amount ("equity: 0.1%"). */
  private static boolean labelled(String lower, Amount a) {
    int j = a.start();
    while (j > 0 && lower.charAt(j - 1) == ' ') {
      j--;
    }
    return j > 0 && (lower.charAt(j - 1) == ':' || lower.charAt(j - 1) == '=');
  }

  /** Whether nothing but separators stand either side of an amount ("+ 8% +", ", 10%,", "/ 15% /"). */
  private static boolean alone(String lower, Amount a) {
    int i = a.end();
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    int j = a.start();
    while (j > 0 && lower.charAt(j - 1) == ' ') {
      j--;
    }
    boolean aloneBefore = j == 0 || ",+;/&(:".indexOf(lower.charAt(j - 1)) >= 0 || lower.startsWith("and", j - 3)
        && (j == 3 || lower.charAt(j - 4) == ' ');
    boolean aloneAfter = i == lower.length() || ",+;/&).".indexOf(lower.charAt(i)) >= 0 || lower.startsWith("and ", i);
    return aloneBefore && aloneAfter;
  }

  /** "of base" after a percent: the bonus target, said as a share of the base. */
  private static final Pattern OF_BASE = Pattern.compile("\\s*of\\s+(?:the\\s+|my\\s+)?(?:base|salary)\\b");
  /** What joins a base to a percent after it: "200 base + 15%", "200k base plus 10%", "190 base / 12%". */
  private static final Pattern PERCENT_AFTER_BASE = Pattern.compile(
      "\\s*(?:base(?:\\s+salary|\\s+pay)?)\\s*(?:\\+|plus|and|with|w/|/|\\||,)\\s*(?:an?\\s+)?");
  /** What follows a base given with no word: a bonus percent ("180K/yr + 15%", "180k w/ 10%"). */
  private static final Pattern BASE_BEFORE_PERCENT = Pattern.compile(
      "\\s*(?:/\\s*(?:yr|year)|a year|per year)?\\s*(?:(?:now|today|currently|rn|right now)\\s*,?\\s*)?"
          + "(?:(?:\\+|and|plus|w/|with)\\s*(?:an?\\s+)?\\d{1,2}(?:\\.\\d+)?\\s*%"
          // "88k, 5% bonus": after a comma the percent must say it is the bonus.
          + "|[,.;]\\s*(?:an?\\s+)?\\d{1,2}(?:\\.\\d+)?\\s*%\\s*(?:target\\s+)?(?:bonus|target|variable|sti)\\b"
          // "offer came in. 145k. bonus 10%.": the bonus named before its percent, in the next clause.
          + "|[,.;]\\s*(?:(?:annual|target)\\s+)?bonus\\s*(?:target\\s*)?(?:of|is|at|:)?\\s*\\d{1,2}(?:\\.\\d+)?\\s*%)");

  /** Their answer said as a match, with no figure: "they matched google", "ally matched it", "they'll match". */
  private static final Pattern MATCHED = Pattern.compile("\\b(?:matched|will match|'ll match|agreed to match|match(?:ed)?"
      + " (?:it|that|them|their|the other|the competing))\\b");

  /** Words that may stand beside a percent sent on its own ("it's 15%", "15% target"). */
  private static final java.util.Set<String> LONE_PERCENT_WORDS = java.util.Set.of("it", "its", "it's", "is", "the",
      "target", "of", "base", "oh", "ok", "okay", "sorry", "yes", "yeah", "yep", "no", "its'", "thats", "that's",
      "percent", "pct");

  /** Whether a percent is the whole message but for a few plain words ("15%", "oh it's 15% of base"). */
  private static boolean lonePercent(String lower, Amount a) {
    String rest = (lower.substring(0, a.start()) + " " + lower.substring(a.end())).replaceAll("[^a-z']+", " ").strip();
    if (rest.isEmpty()) {
      return true;
    }
    for (String word : rest.split(" ")) {
      if (!LONE_PERCENT_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether "OTE" or "on-target earnings" names the figure: right before it, or right after it. */
  private static boolean ote(String lower, Amount a, int[] clause) {
    String before = lower.substring(Math.max(clause[0], a.start() - 24), a.start());
    String after = lower.substring(a.end(), Math.min(clause[1], a.end() + 24));
    return ONE_WORD_OTE.matcher(before).find() && !COMPONENT_AFTER_OTE.matcher(before).find()
        || ONE_WORD_OTE.matcher(after).lookingAt();
  }

  private static final Pattern ONE_WORD_OTE = Pattern.compile("^\\W*(?:ote|on[- ]target earnings)\\b|\\b(?:ote|on[- ]target earnings)\\W*(?:of|is|at|=|:)?\\W*$");
  private static final Pattern COMPONENT_AFTER_OTE = Pattern.compile("\\b(?:ote|earnings)\\b.*\\b(?:base|bonus|rsus?|stock|equity)\\b");

  /**
   * On-target earnings are base plus target commission or bonus, so "OTE 300k" with a 150k base is 150k of target
   * variable pay, read as the bonus and said so; without a base it is asked about, never taken as a total (stock
   * is on top of it).
   */
  private static void onTarget(List<Figure> ote, List<Figure> figures, List<String> owners, List<String> remarks,
      List<String> unclear, List<Figure> later) {
    for (Figure o : ote) {
      Figure base = null;
      boolean bonus = false;
      for (Figure f : figures) {
        if (f.purpose() == o.purpose() && !f.percent()) {
          base = f.component() == Component.BASE ? f : base;
          bonus |= f.component() == Component.BONUS;
        }
      }
      if (base != null && !bonus && o.amount() > base.amount()
          && java.util.Objects.equals(base.currency(), o.currency())) {
        long variable = o.amount() - base.amount();
        figures.add(new Figure(o.purpose(), Component.BONUS, variable, false, o.currency(), 0, false,
            o.written() + " OTE less the base", Period.YEAR));
        owners.add(owners.get(figures.indexOf(base)));
        String said = o.currency() == null ? variable % 1_000 == 0 ? variable / 1_000 + "k" : String.valueOf(variable)
            : Cards.money(variable, o.currency());
        remarks.add("Read OTE " + o.written() + " as the base plus " + said
            + " of target variable pay (commission or bonus), kept as the bonus.");
      } else if (!bonus && base == null && o.purpose() == Figure.Purpose.OFFER) {
        // "they offered $230k OTE" later in a thread: the thread's base splits it, once the thread is known.
        later.add(o);
      } else if (!bonus) {
        unclear.add(onTargetQuestion(o.written()));
      }
    }
  }

  /** The question for on-target earnings with no base to split them at. */
  static String onTargetQuestion(String written) {
    return "OTE " + written + " is base plus target variable pay (commission or bonus): what is the base? Say e.g. "
        + "\"150k base, 300k OTE\", and any stock on top.";
  }

  /** Whether a remark is the one said for the user's own ask ("Noted you asked them for 215k base: …"). */
  static boolean ownAskRemark(String remark) {
    return OWN_ASK_REMARKS.stream().anyMatch(remark::startsWith);
  }

  /** "I told them 210 base": the figure right after telling them is the user's own ask. */
  private static final Pattern TOLD_THEM = Pattern.compile(
      "\\b(?:i|we) (?:told|gave|quoted) (?:them|the recruiter|her|him|hr)(?: (?:i'd take|i want|i need))?\\W*$");
  private static final String ASKED_REMARK = "Noted you asked them for ";
  private static final String WANT_REMARK = "Noted you want ";
  private static final String PLAN_REMARK = "Noted you plan to bring up ";
  private static final List<String> OWN_ASK_REMARKS = List.of(ASKED_REMARK, WANT_REMARK, PLAN_REMARK);

  /**
   * The user's own ask on one part, kept so the thread can stand on it: a bare "170" is in thousands, as no pay part is
   * $170 a year; "10k more stock" is a step on the offer's stock; a total or a figure with no part stays a remark only.
   */
  private static void addAsk(List<Figure> asks, Amount a, Component part, boolean step) {
    if (part == null || part == Component.TOTAL || a.percent() && part != Component.BONUS || a.range() != null) {
      return;
    }
    Amount scaled = bare(a) ? a.times(1_000) : a;
    asks.add(new Figure(step && !a.percent() ? Figure.Purpose.STEP : Figure.Purpose.OFFER, part,
        value(scaled, a.percent()), a.percent(), a.currency(), 0,
        part == Component.STOCK, a.written()));
  }

  /** A clause that gives their side's answer after the user's ask: "they said the max is 158", "hr came back at 160". */
  private static boolean answerToTheAsk(String clause) {
    return Attribution.opensWithThey(clause) || containsAny(clause, THEIR_ANSWER);
  }

  /**
   * The remark for a figure that belongs to neither offer: the user's own ask ("i sent them a counter asking for
   * 215k base") or someone else's pay ("my buddy got 240k base"); null for any other clause.
   */
  private static String aside(String said, String written) {
    // "asking for a candidate: they offered her 100k": a coach or recruiter speaking for someone, not an ask or a peer.
    String clause = ON_BEHALF.matcher(said).replaceAll(" ");
    boolean asking = clause.contains("should i") || clause.contains("can i");
    int at = clause.indexOf(written);
    String lead = at < 0 ? clause : clause.substring(0, at);
    // "they came back at 195 after i countered": their answer, with the user's counter only as its time.
    boolean theirAnswer = containsAny(lead, REVISION) && !containsAny(lead, OWN_ASK);
    if (containsAny(clause, OWN_ASK) && !asking && !theirAnswer && containsAny(clause, THEIR_PERSON)) {
      // "she's asking for 190 base", said by a recruiter or coach: the candidate's ask.
      return "Noted the candidate's ask of " + written + ": an ask, not the offer, so the offer stays as it was. Tell "
          + "me what is agreed.";
    }
    if ((containsAny(clause, OWN_ASK) || TOLD_THEM.matcher(lead).find()) && !asking && !theirAnswer) {
      return ASKED_REMARK + written + ": that's your ask, not their offer, so their offer stays as it "
          + "was. Tell me what they come back with.";
    }
    if (containsAny(clause, WANT_WORDS) && containsAny(clause, WANT) && !asking && !containsAny(clause, REVISION)) {
      return WANT_REMARK + written + ": that's your ask, not their offer, so their offer stays as it was. Say "
          + "\"what should I ask for?\" to see it against the market.";
    }
    if (plans(lead)) {
      return PLAN_REMARK + written + ": that's your own ask, not their offer, so their offer stays "
          + "as it was. Tell me what they come back with.";
    }
    if (containsAny(clause, PEER)) {
      return "Left " + written + " out: it's someone else's pay, not an offer to you. Their level, timing and "
          + "history differ, so the counter comes from the market and your offer.";
    }
    return null;
  }

  /**
   * "$95/hr, no bonus no equity": a part the message says is absent is a figure of 0, so the offer is whole; only
   * beside this offer's own figures, and never over a figure the message gives for that part.
   */
  private static void nothingOf(String lower, List<Figure> figures, List<String> owners) {
    // Whose offer lacks the part: this one's beside its figures, or a competing offer's when the message gives only
    // that ("JPMorgan: 210k base + 20% bonus, no stock").
    boolean ours = figures.stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER);
    int theirs = -1;
    for (int k = 0; k < figures.size() && !ours && theirs < 0; k++) {
      theirs = figures.get(k).purpose() == Figure.Purpose.COMPETING ? k : -1;
    }
    if (!ours && (theirs < 0 || figures.stream().anyMatch(f -> f.purpose() != Figure.Purpose.COMPETING))) {
      return;
    }
    Figure.Purpose purpose = ours ? Figure.Purpose.OFFER : Figure.Purpose.COMPETING;
    for (String[] none : NONE_OF) {
      Component part = Component.valueOf(none[0]);
      boolean given = figures.stream().anyMatch(f -> f.purpose() == purpose && f.component() == part);
      for (int k = 1; k < none.length && !given; k++) {
        if (lower.contains(none[k])) {
          figures.add(new Figure(purpose, part, 0, false, null, 0, true, none[k]));
          owners.add(ours ? null : owners.get(theirs));
          given = true;
        }
      }
    }
  }

  /** Verbs of raising that make "by 10k" a step: "bumped base by 10k", "raised the base by $10,000". */
  private static final List<String> RAISED = List.of("bump", "rais", "increas", "upped", " up ", "sweeten", "add",
      "moved", "went up", "boost", "improv", "lift");

  /**
   * Whether a figure with its word is a step up of that part: "by 10k" after a verb of raising, "another 5k
   * signing", "an extra 10k of stock", "+10k base", "10k more base"; never "went to 190k".
   */
  private static boolean step(String clause, int start, int end) {
    String before = clause.substring(Math.max(0, start - 16), start).replace("$", "").replace("£", "").stripTrailing();
    String after = clause.substring(end, Math.min(clause.length(), end + 12)).stripLeading();
    return before.endsWith(" by") && containsAny(clause.substring(0, start), RAISED)
        || before.endsWith("another") || before.endsWith("extra") || before.endsWith("additional")
        || after.startsWith("more") || after.startsWith("extra") || after.startsWith("on top");
  }

  /** Whether an amount is a step rather than a figure: "+5k", "5k more", "a 12k bump", "raise of 10k". */
  private static boolean difference(String lower, Amount a) {
    String before = lower.substring(Math.max(0, a.start() - 12), a.start());
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 14)).stripLeading();
    return before.endsWith("+") || before.endsWith("+ ") || before.endsWith("raise of ") || before.endsWith("bump of ")
        || before.endsWith("increase of ") || before.endsWith("extra ") || before.endsWith("another ")
        || DIFFERENCE_AFTER.stream().anyMatch(after::startsWith);
  }

  /**
   * A plain whole bonus from 1 to 19 ("base is 170. bonus 15.", "bonus is 12"): thousands, or a percent of base; from
   * 20 up a bare figure is read in thousands like the thread's (see {@link #bare}).
   */
  private static boolean bonusOrPercent(Amount a) {
    return !a.percent() && !a.marked() && !a.magnitude() && a.range() == null && a.kind() == null
        && a.value().stripTrailingZeros().scale() <= 0
        && a.value().signum() > 0 && a.value().compareTo(BigDecimal.valueOf(20)) < 0;
  }

  /** A plain whole number from 20 to 999 with no mark, magnitude or range: "175" where "175k" may be meant. */
  private static boolean bare(Amount a) {
    return !a.percent() && !a.marked() && !a.magnitude() && a.range() == null && a.value().scale() <= 0
        && a.value().compareTo(BigDecimal.valueOf(20)) >= 0 && a.value().compareTo(BigDecimal.valueOf(1_000)) < 0;
  }

  /** How many bare amounts a component word names, in the message's pairing direction. */
  /**
   * Whether each figure's word comes after it ("200 base 60 rsu") or before it ("base 180, rsu 45"), decided
   * sentence by sentence (the clauses' own sentence ends): a message may give the offer one way and a competing offer
   * the other. A sentence whose figures carry no word either way takes the message's style.
   */
  private static boolean[] sentenceStyles(List<int[]> clauses, int[] clauseIndex, Component[] after,
      Component[] before, boolean messageStyle) {
    boolean[] out = new boolean[clauseIndex.length];
    int from = 0;
    while (from < clauseIndex.length) {
      int end = clauseIndex[from];
      while (clauses.get(end)[2] == 0) {
        end++;
      }
      int to = from;
      int afterCount = 0;
      int beforeCount = 0;
      while (to < clauseIndex.length && clauseIndex[to] <= end) {
        afterCount += after[to] == null ? 0 : 1;
        beforeCount += before[to] == null ? 0 : 1;
        to++;
      }
      boolean style = afterCount + beforeCount == 0 ? messageStyle : afterCount >= beforeCount;
      java.util.Arrays.fill(out, from, to, style);
      from = to;
    }
    return out;
  }

  private static int bareParts(List<Amount> amounts, Component[] after, Component[] before, boolean suffixStyle) {
    int count = 0;
    for (int i = 0; i < amounts.size(); i++) {
      Component c = suffixStyle ? (after[i] != null ? after[i] : before[i]) : (before[i] != null ? before[i] : after[i]);
      count += c != null && bare(amounts.get(i)) ? 1 : 0;
    }
    return count;
  }

  /** Whose figures each clause gives and what for, carried along a sentence until a clause says otherwise. */
  private static Said[] said(String text, String clean, List<int[]> clauses, Attribution attribution,
                             String[] unsure) {
    Said[] out = new Said[clauses.size()];
    Said carried = Said.THIS_OFFER;
    Attribution.Owner[] owners = new Attribution.Owner[clauses.size()];
    boolean homeNamed = false;
    Attribution.Other lastOther = null;
    for (int k = 0; k < clauses.size(); k++) {
      String clauseText = text.substring(clauses.get(k)[0], clauses.get(k)[1]);
      owners[k] = clauseText.contains("ffer") && THIS_OFFER_LABEL.matcher(clauseText).lookingAt()
          ? new Attribution.Home() : attribution.of(clauseText);
      if (owners[k] == null && lastOther != null && Attribution.opensWithThey(clauseText)) {
        // "interviewing with bofa too. they said 175 base": "they" is the company just named, not this one; "Meta
        // came in at 350k and they offered 190k base" sets "they" against it with an offer verb, and stays home.
        owners[k] = lastOther;
      }
      if (owners[k] instanceof Attribution.Home && Attribution.opensWithThey(clauseText) && k > 0
          && clauses.get(k - 1)[2] == 0 && owners[k - 1] instanceof Attribution.Other named
          && !holdsDigit(text, clauses.get(k - 1))) {
        // "an offer from monzo, they offered £95k": "they" is the company the sentence has just named, before any
        // figure of its own; after its figures ("Meta came in at 350k and they offered 190k") it is this company.
        owners[k] = named;
      }
      if (owners[k] instanceof Attribution.Other other) {
        lastOther = other;
      }
      homeNamed |= owners[k] instanceof Attribution.Home;
    }
    for (int k = 0; k < clauses.size(); k++) {
      int[] clause = clauses.get(k);
      String clauseText = clean.substring(clause[0], clause[1]);
      Figure.Purpose words = purpose(clauseText);
      Attribution.Owner owner = owners[k];
      boolean afterAnother = k > 0 && clauses.get(k - 1)[2] == 0 && (owners[k - 1] instanceof Attribution.Other
          || otherName(owners[k - 1], owner));
      // "capital one said 220 and chime 205": two names each with its own figures in one sentence are two companies.
      boolean beforeAnother = clause[2] == 0 && k + 1 < clauses.size() && otherName(owners[k + 1], owner);
      if (owner instanceof Attribution.Unsure maybe && (homeNamed || afterAnother || beforeAnother)) {
        // "ally 190k base …, and stripe 205 base …": beside this company, named, another name is another company;
        // so is one after another company's figures in the same sentence ("amazon offered 210 and google 200").
        owner = new Attribution.Other(Attribution.titled(maybe.name()));
      }
      String from = owner instanceof Attribution.Other other ? other.name() : null;
      if (from == null && words == Figure.Purpose.COMPETING) {
        Matcher whom = FROM_WHOM.matcher(text.substring(clause[0], clause[1]));
        from = whom.find() ? whom.group(1) : null;
      }
      if (owner instanceof Attribution.Unsure maybe && unsure[0] == null) {
        unsure[0] = maybe.name();
      }
      Said now;
      if (words == Figure.Purpose.FORFEITED || words == Figure.Purpose.WALK_AWAY
          || words == Figure.Purpose.CURRENT) {
        now = new Said(words, null);
      } else if (owner instanceof Attribution.Home) {
        now = Said.THIS_OFFER;
      } else if (words == Figure.Purpose.COMPETING || owner instanceof Attribution.Other) {
        now = new Said(Figure.Purpose.COMPETING, from);
      } else {
        now = carried;
      }
      out[k] = now;
      carried = clause[2] == 1 ? Said.THIS_OFFER : now;
    }
    return out;
  }

  /** Whether {@code next} names a company, unsure or not, other than the one {@code owner} is unsure of. */
  private static boolean otherName(Attribution.Owner next, Attribution.Owner owner) {
    String name = next instanceof Attribution.Unsure u ? u.name() : next instanceof Attribution.Other o ? o.name() : null;
    return owner instanceof Attribution.Unsure maybe && name != null && !name.equalsIgnoreCase(maybe.name());
  }

  /** "offer 185", "their offer: 185k", "the offer is 185": a clause labelled as this offer's figures. */
  private static final Pattern THIS_OFFER_LABEL = Pattern.compile("\\W*(?:the |their |this |ur |your )?offer\\s*"
      + "(?:[:=]|is|of|at|-)?\\s*[$£€]?\\d", Pattern.CASE_INSENSITIVE);

  private static boolean holdsDigit(String text, int[] clause) {
    for (int i = clause[0]; i < clause[1]; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Pairs of amounts that are one thing together: a correction ("190 not 180", "not 180, 190") replaces the figure
   * it names. Returns which amounts the pairs used up.
   */
  private static boolean[] pairs(String lower, List<Amount> amounts, List<Correction> corrections) {
    boolean[] used = new boolean[amounts.size()];
    for (int i = 0; i + 1 < amounts.size(); i++) {
      Amount a = amounts.get(i);
      Amount b = amounts.get(i + 1);
      if (used[i] || a.percent() || b.percent() || a.range() != null || b.range() != null) {
        continue;
      }
      String between = lower.substring(a.end(), b.start()).strip();
      if (between.equals("not") || between.equals(", not") || between.equals("not,")) {
        corrections.add(new Correction(value(a, false), a.written(), value(b, false), b.written()));
        used[i] = true;
        used[i + 1] = true;
      } else if (lower.substring(Math.max(0, a.start() - 5), a.start()).strip().endsWith("not")
          && (between.equals(",") || between.equals("but") || between.equals(", but") || between.equals(", it's")
              || between.equals(", it is") || between.equals("but it's"))) {
        corrections.add(new Correction(value(b, false), b.written(), value(a, false), a.written()));
        used[i] = true;
        used[i + 1] = true;
      }
    }
    return used;
  }

  /** The pay period written after the amount ("a month", "/hr") or as an adjective before it ("monthly base"). */
  private static Period period(String lower, Amount a, int limit, int clauseStart) {
    int at = a.end();
    // Skip a component word between the figure and its period: "$15,000 base a month".
    for (int k = at; k < limit; k++) {
      Period p = k == at || lower.charAt(k - 1) == ' ' || lower.charAt(k - 1) == '/' || lower.charAt(k) == '/'
          ? Period.at(lower, k) : null;
      if (p != null && k - at <= 24) {
        return p;
      }
    }
    Period adjective = Period.adjectiveIn(lower.substring(clauseStart, a.start()));
    return adjective == null ? Period.YEAR : adjective;
  }

  private static boolean unclearPeriod(String lower, int from, int limit) {
    for (int k = from; k < limit && k - from <= 24; k++) {
      if ((k == from || lower.charAt(k - 1) == ' ') && Period.unclearAt(lower, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An unmarked number that reads as pay rather than a count, a date or a year: at least 20, not 1900–2100, and not
   * followed by a unit ("30 days", "50 people"); "it was 45" is asked about, never dropped in silence.
   */
  private static boolean looksLikePay(Amount a, String lower) {
    double number = a.value().doubleValue();
    if (number < 20 || number >= 1900 && number <= 2100 && a.written().length() == 4) {
      return false;
    }
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 12)).stripLeading();
    for (String unit : COUNTED) {
      int end = unit.length();
      if (after.startsWith(unit) && (end >= after.length() || !Character.isLetter(after.charAt(end))
          || after.charAt(end) == 's' && (end + 1 >= after.length() || !Character.isLetter(after.charAt(end + 1))))) {
        return false;
      }
    }
    return true;
  }

  /** What a clause's figures are for and, for a competing offer, whose. */
  private record Said(Figure.Purpose purpose, String from) {
    static final Said THIS_OFFER = new Said(Figure.Purpose.OFFER, null);
  }

  private static Figure.Purpose purpose(String clause) {
    String lower = clause.toLowerCase(Locale.ROOT) + " ";
    if (containsAny(lower, FORFEIT)) {
      return Figure.Purpose.FORFEITED;
    }
    // The long phrase lists are tried only where a word they all share occurs: most clauses have none.
    if (containsAny(lower, WALK_AWAY_WORDS) && containsAny(lower, WALK_AWAY)) {
      return Figure.Purpose.WALK_AWAY;
    }
    // The two patterns are tried only where a word they need occurs: most clauses have none.
    if ((containsAny(lower, COMPETING) || (lower.contains("offer") || lower.contains("option"))
        && containsAny(lower, HOLDING_WORDS) && HOLDING_ANOTHER.matcher(lower).find()
        || containsAny(lower, MAKER_NOUNS) && ANOTHER_MAKER.matcher(lower).find())
        && !containsAny(lower, OWN_OFFER)) {
      return Figure.Purpose.COMPETING;
    }
    if (!lower.contains("offer") && containsAny(lower, CURRENT_WORDS) && (containsAny(lower, CURRENT)
        || CURRENT_FIGURE.matcher(lower).find())) {
      return Figure.Purpose.CURRENT;
    }
    return Figure.Purpose.OFFER;
  }

  private static boolean containsAny(String lower, List<String> phrases) {
    for (String phrase : phrases) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static long value(Amount a, boolean percent) {
    return value(a, percent, 1);
  }

  /** The amount in whole units, times {@code perYear} before rounding ("$92.50/hr" is 192,400 a year). */
  private static long value(Amount a, boolean percent, long perYear) {
    // A percent is kept in hundredths, so "12.5%" stays 12.5% and is never rounded to 13%.
    BigDecimal v = a.value().multiply(BigDecimal.valueOf(percent ? 100 * perYear : perYear))
        .setScale(0, RoundingMode.HALF_UP);
    // Saturates like Math.round: an absurd figure stays absurd and is asked about.
    return v.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : v.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : v.longValue();
  }

  /** What to ask about a count of options: their worth a year, from the share price less the strike. */
  private static String optionsQuestion(String count) {
    return "What are " + count + " options worth a year? An option is worth the share price minus its strike, which "
        + "an offer rarely says: ask them for the latest share valuation (the 409A or preferred price), then tell me "
        + "a yearly value, e.g. \"options worth 40k a year\".";
  }

  /** Words right before a number that make it a count of options or shares: "stock options 20,000", "isos: 5,000". */
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "\\b(?:options?|isos?|nsos?|shares|units)\\s*(?:of|:|=|-)?\\s*$");

  /** Whether an unmarked number is a count of options or shares, named just before it. */
  private static boolean countOfOptions(String lower, Amount a) {
    return COUNT_BEFORE.matcher(lower.substring(Math.max(0, a.start() - 20), a.start())).find();
  }

  /** Currencies whose people group thousands with a point: "€80.000", "CHF 140.000", "80.000 € brutto". */
  private static final java.util.Set<String> POINT_GROUPED = java.util.Set.of("EUR", "CHF", "DKK", "NOK", "SEK",
      "PLN", "BRL", "IDR", "TRY", "CZK", "HUF", "RON");
  /** Words after a figure that say a continental European payslip wrote it: "brutto", "netto", "p.a.". */
  private static final Pattern CONTINENTAL_AFTER = Pattern.compile(
      "^\\s*(?:€|eur|euro|chf)?\\s*(?:brutto|netto|bruto|neto|lordo|jährlich|p\\.a\\.|pro jahr|im jahr)\\b");

  /**
   * Whether a figure whose point may group thousands ("80.000") was written where it does: in a currency paid where
   * the point groups thousands, or beside "brutto"; a salary of eighty euros with three decimals is no reading.
   */
  private static boolean groupsThousandsWithDots(Amount a, String lower) {
    return a.written().matches(".*\\d\\.\\d{3}\\D*") && (a.currency() != null
        && POINT_GROUPED.contains(a.currency()) || CONTINENTAL_AFTER.matcher(lower.substring(a.end())).find());
  }

  /** Their side saying it may give a figure, not that it does: "they might do 10k", "hr may be able to add 5k". */
  private static final Pattern HEDGE = Pattern.compile("\\b(?:they|they'd|recruiter|hr|she|he|company|manager|team)"
      + "\\b[^.;]{0,40}?[\"'“”‘’]?\\b(?:might|may be|could possibly|could maybe|possibly|potentially)\\b");

  /** Whether the other side only hedged the clause's figure ("they 'might' be able to do a 10k sign-on"). */
  private static boolean hedged(String clause) {
    return (clause.contains("might") || clause.contains("may be") || clause.contains("maybe") || clause.contains("possibl")
        || clause.contains("potential")) && HEDGE.matcher(clause).find();
  }

  /** Words after a percent that make it equity that vests: "0.2% over 4 years", "0.1% vesting over 4". */
  private static final Pattern PERCENT_VESTING = Pattern.compile("\\s*(?:of (?:the )?(?:company|equity|shares)\\s*)?"
      + "(?:over|vesting|vested|vests|equity|in equity|of equity|stock|options)\\b");

  /** Words before a figure that make it the company's limit: "capped at 195", "the max is 158", "tops out at". */
  private static final Pattern CAP_BEFORE = Pattern.compile("(?:\\bcapped (?:at|to)|\\btops? out at|\\btop of (?:the"
      + "|their|our) (?:band|range) is|\\bcan'?t go (?:above|over|past|higher than|beyond)|\\bno (?:more|higher) than"
      + "|\\b(?:cap|max|maximum|ceiling|limit)\\b(?: (?:they|we|she|he) (?:can|could) (?:do|offer|go|pay))? (?:is|of|at))"
      + "\\s*(?:\\$|usd\\s*)?$");
  /** Words after a figure that make it the company's limit: "205 base is the top of the band", "195 is their max". */
  private static final Pattern CAP_AFTER = Pattern.compile("^\\s*(?:k\\b)?\\s*(?:base|salary)?\\s*(?:is|was|would be)"
      + " (?:the|their|our) (?:top|max|maximum|cap|ceiling|limit)\\b");

  /** Whether a message holds a word every cap phrase needs: most hold none, and skip the patterns. */
  private static boolean mayCap(String lower) {
    return lower.contains("cap") || lower.contains("max") || lower.contains("top") || lower.contains("ceiling")
        || lower.contains("go ") || lower.contains("than") || lower.contains("limit");
  }

  /** Whether the company names a figure as its limit, in the figure's clause. */
  private static boolean capped(String lower, int[] clause, Amount a) {
    // A range ("between 180k and 200k") may run past its clause's end: each side is read within the message.
    int from = Math.min(a.start(), Math.max(clause[0], a.start() - 40));
    return CAP_BEFORE.matcher(lower.substring(from, a.start())).find()
        || CAP_AFTER.matcher(lower.substring(a.end(), Math.max(a.end(), clause[1]))).find();
  }

  /** One part named for every figure of a message: "(all base)", "all are base", "both base". */
  private static final Pattern ALL_PART = Pattern.compile("\\b(?:all|both)(?: of them| of those| are| were| is)?"
      + "\\s+(base|bases|base salary|salary|salaries|tc|total comp|total)\\b");

  /** The part a message names for all its figures at once, or null. */
  private static Component allPart(String lower) {
    if (!lower.contains("all ") && !lower.contains("both ")) {
      return null;
    }
    Matcher m = ALL_PART.matcher(lower);
    return !m.find() ? null : m.group(1).startsWith("t") ? Component.TOTAL : Component.BASE;
  }

  /** Units straight after a figure that count restricted stock units: "2,000 RSUs". */
  private static final Pattern RSU_UNITS = Pattern.compile("\\s*(?:rsus?|restricted stock units?)\\b");

  /**
   * Whether a figure is a count of RSUs: unmarked, with no "k", between 1,000 and 9,999 and followed by "RSUs" ("2,000
   * RSUs"). No grant is worth $2,000, and "80 rsu" beside "210 base" is thousands of dollars.
   */
  private static boolean rsuCount(Amount a, String lower) {
    return a.kind() == null && !a.percent() && !a.marked() && !a.magnitude() && a.currency() == null
        && a.value().compareTo(BigDecimal.valueOf(1_000)) >= 0 && a.value().compareTo(BigDecimal.valueOf(10_000)) < 0
        && RSU_UNITS.matcher(lower).region(a.end(), lower.length()).lookingAt();
  }

  /** The question a figure needs before it can be read, or null: an exponent, a range, a doubtful separator. */
  private static String question(Amount a, String lower) {
    if (a.kind() == Token.Kind.EXPONENT) {
      return "I can't read " + a.written() + " as a figure. Write it out, e.g. \"1,000,000\" or \"1M\", "
          + "with what it is (\"base\", \"total\").";
    }
    if (a.kind() == Token.Kind.SHARES) {
      String unit = lower.substring(a.end(), Math.min(lower.length(), a.end() + 16)).strip().split("[^a-z]")[0];
      if (unit.startsWith("option")) {
        return optionsQuestion(a.written());
      }
      return "What are " + a.written() + (unit.isEmpty() ? "" : " " + unit) + " worth? Give me the grant's value, "
          + "e.g. \"$200k RSU over 4 years\", and I'll read it as a year's equity.";
    }
    if (a.range() != null) {
      return "Is it " + a.range().lowWritten() + " or " + a.range().highWritten().replaceFirst("^[-−]\\s?", "")
          + "? A range isn't an offer yet: tell me the figure in the written offer, or ask them for one.";
    }
    if (a.ambiguous()) {
      return "Is " + a.written() + " " + a.written().replace('.', ',') + "? Write it with a comma for thousands "
          + "(\"" + a.written().replace('.', ',') + "\") or as \"k\", so I read the right figure.";
    }
    return null;
  }

  private static Component keywordAfter(List<Keyword> keywords, int from, int limit) {
    for (Keyword k : keywords) {
      if (k.start() >= from && k.end() <= limit) {
        return k.start() - from <= NEAR ? k.component() : null;
      }
    }
    return null;
  }

  private static Component keywordBefore(List<Keyword> keywords, int from, int limit) {
    Keyword last = null;
    for (Keyword k : keywords) {
      if (k.start() >= from && k.end() <= limit) {
        last = k;
      }
    }
    return last != null && limit - last.end() <= NEAR ? last.component() : null;
  }

  /**
   * Every component word in the text, from its words: "base", "base salary", "salary", "rsu(s)", "stock",
   * "equity", "shares", "grant", "options", "lti", "bonus", "variable (pay)", "incentive", "sti", "annual/target bonus",
   * "sign-on (bonus)", "signing (bonus)", "joining/welcome bonus", "tc", "total (comp/compensation)", "package", "comp", "all in".
   */
  private static List<Keyword> keywords(String text, List<String> slips) {
    List<int[]> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Character.isLetter(text.charAt(i))) {
        int start = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
          i++;
        }
        words.add(new int[] {start, i});
      } else {
        i++;
      }
    }
    List<Keyword> out = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      int[] span = words.get(w);
      String word = text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
      String next = w + 1 < words.size() && adjacent(text, span, words.get(w + 1))
          ? text.substring(words.get(w + 1)[0], words.get(w + 1)[1]).toLowerCase(Locale.ROOT) : "";
      Component component = null;
      boolean takesNext = false;
      String meant = partSlip(word);
      if (meant != null) {
        slips.add("\"" + text.substring(span[0], span[1]) + "\" as " + meant);
        word = meant;
      }
      switch (word) {
        case "sign-on", "signon", "signing" -> {
          component = Component.SIGN_ON;
          takesNext = next.equals("bonus");
        }
        case "sign" -> {
          if (next.equals("on")) {
            component = Component.SIGN_ON;
            takesNext = true;
          }
        }
        case "joining", "welcome", "retention", "stay" -> {
          if (next.equals("bonus")) {
            component = Component.SIGN_ON;
            takesNext = true;
          }
        }
        case "base" -> {
          component = Component.BASE;
          takesNext = next.equals("salary") || next.equals("pay");
        }
        case "salary" -> component = Component.BASE;
        case "rsu", "rsus", "stock", "equity", "shares", "grant", "options", "lti", "ltip" -> component = Component.STOCK;
        case "bonus" -> component = Component.BONUS;
        case "variable", "incentive", "sti" -> {
          // A sales offer's "15% variable", "variable pay 30k", "target incentive": its bonus.
          component = Component.BONUS;
          takesNext = next.equals("pay") || next.equals("comp") || next.equals("bonus") || next.equals("plan");
        }
        case "annual", "target" -> {
          if (next.equals("bonus")) {
            component = Component.BONUS;
            takesNext = true;
          } else if (word.equals("target") && text.substring(0, span[0]).stripTrailing().endsWith("%")) {
            // "bonus eligible, 8% target": a percent target is the bonus's.
            component = Component.BONUS;
          }
        }
        case "tc", "package", "comp", "all-in", "ote" -> component = Component.TOTAL;
        case "on-target" -> {
          if (next.equals("earnings")) {
            component = Component.TOTAL;
            takesNext = true;
          }
        }
        case "all" -> {
          // "pays 190 all in": everything together, a total.
          if (next.equals("in")) {
            component = Component.TOTAL;
            takesNext = true;
          }
        }
        case "total" -> {
          component = Component.TOTAL;
          takesNext = next.equals("comp") || next.equals("compensation");
        }
        default -> {
          // not a component word
        }
      }
      if (component != null) {
        int end = takesNext ? words.get(w + 1)[1] : span[1];
        out.add(new Keyword(span[0], end, component));
        w += takesNext ? 1 : 0;
      }
    }
    return out;
  }

  /** The part words a slip of one letter still finds: long or distinct enough that a slip is rarely another word. */
  private static final List<String> SLIPPED_PARTS = List.of("base", "bonus", "stock", "equity", "salary");
  /** English words one letter off a part word ("based", "stuck", "bogus"): a real word is never a slip. */
  private static final java.util.Set<String> NEAR_PART_WORDS = java.util.Set.of("babe", "bade", "bake", "bale", "bane",
      "bare", "based", "basel", "baser", "bases", "bash", "basie", "bask", "bass", "bast", "baste", "bate", "bose",
      "bogus", "bonds", "bones", "bongs", "shock", "smock", "sock", "spock", "stack", "stick", "stocks", "stocky",
      "stork", "stuck");

  /** The part word {@code word} is a one-letter slip of ("bse", "bouns", "stok", "equty"), or null. */
  static String partSlip(String word) {
    if (word.length() < 3 || NEAR_PART_WORDS.contains(word) || SLIPPED_PARTS.contains(word)) {
      return null;
    }
    for (String part : SLIPPED_PARTS) {
      if (part.charAt(0) == word.charAt(0) && Math.abs(part.length() - word.length()) <= 1
          && IntentTable.oneSlip(word, part)) {
        return part;
      }
    }
    return null;
  }

  /** Whether two words are separated by blanks only. */
  private static boolean adjacent(String text, int[] first, int[] second) {
    for (int i = first[1]; i < second[0]; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every figure the money grammar read in the message, as this reader needs it: money and percents, plus exponents
   * and share counts, which get a question. Dates, times, years, counts and phone numbers are not figures.
   */
  private static List<Amount> amounts(List<Token> tokens) {
    List<Amount> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t instanceof Token.Money m) {
        out.add(new Amount(m.start(), m.end(), m.written(), m.negative() ? m.amount().negate() : m.amount(), false,
            m.marked(), m.magnitude(), currency(m), m.range(), m.ambiguous(), null));
      } else if (t instanceof Token.Percent p) {
        out.add(new Amount(p.start(), p.end(), p.written(), p.value(), true, false, false, null, p.range(), false,
            null));
      } else if (t instanceof Token.Other o && (o.kind() == Token.Kind.EXPONENT || o.kind() == Token.Kind.SHARES)) {
        out.add(new Amount(o.start(), o.end(), o.written(), BigDecimal.ZERO, false, false, false, null, null, false,
            o.kind()));
      }
    }
    return out;
  }

  /** The currency as the coach compares it: an ISO code, or "$" for a dollar the band settles ("$", "dollars"). */
  private static String currency(Token.Money m) {
    if (!m.currencyUnsettled()) {
      return m.currency();
    }
    return m.mark().endsWith("$") || m.mark().equalsIgnoreCase("dollars") ? "$" : m.mark();
  }

  /** The years of an "over 4 years" said right after a figure ("$200k over 4 years"), or 0. */
  private static int grantYearsRightAfter(String lower, Amount a, List<int[]> yearSpans) {
    for (int[] span : yearSpans) {
      if (span[0] >= a.end() && lower.substring(a.end(), span[0]).isBlank()
          && (lower.startsWith("over", span[0]) || lower.startsWith("vest", span[0]))) {
        return span[2];
      }
    }
    return 0;
  }

  /**
   * A grant's years around the "y" at {@code at}: "over 4 years", "vesting over four years", "4-year", "for 3 yrs", "4y",
   * as {start, end, years}; null when that "y" does not start such a phrase. Read by hand around the word, because
   * a pattern with optional lead words would be tried at every character of the message.
   */
  private static int[] yearSpan(String lower, int at) {
    int end;
    if (lower.startsWith("years", at)) {
      end = at + 5;
    } else if (lower.startsWith("year", at)) {
      end = at + 4;
    } else if (lower.startsWith("yrs", at)) {
      end = at + 3;
    } else if (lower.startsWith("yr", at)) {
      end = at + 2;
    } else if (at > 0 && Character.isDigit(lower.charAt(at - 1))) {
      end = at + 1; // "over 4y", "$160k rsu / 4y": the unit glued to its number
    } else {
      return null;
    }
    if ((at > 0 && Character.isLetter(lower.charAt(at - 1))) || (end < lower.length() && isWordChar(lower.charAt(end)))) {
      return null;
    }
    int j = at;
    while (j > 0 && (lower.charAt(j - 1) == ' ' || lower.charAt(j - 1) == '-')) {
      j--;
    }
    int numberEnd = j;
    while (j > 0 && Character.isLetterOrDigit(lower.charAt(j - 1))) {
      j--;
    }
    String number = lower.substring(j, numberEnd);
    int years;
    boolean digits = number.chars().allMatch(Character::isDigit);
    Integer cardinal = NumberWords.cardinal(number);
    if (cardinal == null || digits && number.length() > 2) {
      return null;
    }
    years = cardinal;
    int start = j;
    int k = j;
    while (k > 0 && lower.charAt(k - 1) == ' ') {
      k--;
    }
    for (String lead : List.of("vesting over", "over", "for")) {
      if (k - lead.length() >= 0 && lower.startsWith(lead, k - lead.length())
          && (k - lead.length() == 0 || !isWordChar(lower.charAt(k - lead.length() - 1)))) {
        start = k - lead.length();
        break;
      }
    }
    if (lower.startsWith(" vesting", end)) {
      end += " vesting".length();
    }
    return new int[] {start, end, years};
  }

  /**
   * A grant's years written without "years" ("160k RSUs over 4", "200k equity over four, 20k sign-on") as
   * {start, end, years}: "over" and a number from 1 to 10 that ends its clause, after a stock word in the 40
   * characters before; null otherwise ("over 4k" and "over 40" are amounts, "over 4 months" is no grant's years).
   */
  private static int[] bareYearSpan(String lower, int at) {
    if (at > 0 && isWordChar(lower.charAt(at - 1))) {
      return null;
    }
    int from = at + "over ".length();
    int to = from;
    while (to < lower.length() && Character.isLetterOrDigit(lower.charAt(to))) {
      to++;
    }
    String number = lower.substring(from, to);
    Integer years = NumberWords.cardinal(number);
    if (years == null || years < 1 || years > 10) {
      return null;
    }
    String rest = lower.substring(to).stripLeading();
    boolean endsClause = rest.isEmpty() || ",.;:)!?+".indexOf(rest.charAt(0)) >= 0
        || BARE_YEARS_NEXT.matcher(rest).lookingAt();
    return endsClause && STOCK_WORD.matcher(lower.substring(Math.max(0, at - 40), at)).find()
        ? new int[] {at, to, years} : null;
  }

  /**
   * The message as the money grammar should see it, position for position: a currency code typed in lower case
   * before its figure is upper-cased ("usd 20k" is US$20,000, as "20k usd" already is), and "ish" after a figure
   * is blanked ("165ish" is 165, said back as an estimate).
   */
  private static String forGrammar(String text) {
    char[] out = null;
    int n = text.length();
    for (int i = 0; i + 3 < n; i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (text.charAt(i + 3) == ' ' || Character.isDigit(text.charAt(i + 3)))
          && Character.isLowerCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2))
          && CODES.contains(text.substring(i, i + 3))) {
        int digit = i + 3 < n && text.charAt(i + 3) == ' ' ? i + 4 : i + 3;
        if (digit < n && Character.isDigit(text.charAt(digit))) {
          out = out == null ? text.toCharArray() : out;
          for (int k = i; k < i + 3; k++) {
            out[k] = Character.toUpperCase(text.charAt(k));
          }
        }
      } else if (c == '-' && i > 0 && text.charAt(i - 1) == '\n' || c == '-' && i > 1 && text.charAt(i - 1) == ' '
          && text.charAt(i - 2) == '\n') {
        // A bullet opening a line ("20k\n- 401k match") is no range's dash: the grammar would join the two lines.
        out = out == null ? text.toCharArray() : out;
        out[i] = ' ';
      } else if ((c == 'i' || c == '-') && i > 0 && (Character.isDigit(text.charAt(i - 1))
          || (text.charAt(i - 1) == 'k' || text.charAt(i - 1) == 'K') && i > 1 && Character.isDigit(text.charAt(i - 2)))) {
        int end = text.regionMatches(true, i, "-ish", 0, 4) ? i + 4 : text.regionMatches(true, i, "ish", 0, 3) ? i + 3 : i;
        if (end > i && (end >= n || !Character.isLetter(text.charAt(end)))) {
          out = out == null ? text.toCharArray() : out;
          for (int k = i; k < end; k++) {
            out[k] = ' ';
          }
        }
      }
    }
    return out == null ? text : new String(out);
  }

  /** The figure as the user hedged it ("about 230k", "~20k", "165ish"), or null when it was given as exact. */
  private static String estimate(String lower, Amount a) {
    String before = lower.substring(Math.max(0, a.start() - 16), a.start()).stripTrailing();
    for (String word : ABOUT_BEFORE) {
      if (before.endsWith(word) && (word.length() == 1 || before.length() == word.length()
          || !Character.isLetter(before.charAt(before.length() - word.length() - 1)))) {
        return word + (Character.isLetter(word.charAt(0)) ? " " : "") + a.written();
      }
    }
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 16));
    for (String word : ABOUT_AFTER) {
      if (after.startsWith(word) && (after.length() == word.length()
          || !Character.isLetter(after.charAt(word.length())))) {
        return a.written() + word.strip();
      }
    }
    return null;
  }

  /** Whether a figure is a price per share ("$12 strike", "at a strike price of $4.10"): not pay, so not read. */
  private static boolean perShare(String lower, Amount a) {
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 12));
    for (String word : PER_SHARE_AFTER) {
      if (after.startsWith(word)) {
        return true;
      }
    }
    String before = lower.substring(Math.max(0, a.start() - 24), a.start()).stripTrailing();
    before = before.endsWith("at") ? before.substring(0, before.length() - 2).stripTrailing() : before;
    for (String word : PER_SHARE_BEFORE) {
      if (before.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a figure is relocation money: "15k relo", "relocation of $10,000", "10k for the move". */
  private static boolean relocation(String lower, Amount a, int[] clause) {
    String after = lower.substring(a.end(), Math.max(a.end(), Math.min(clause[1], a.end() + NEAR))).stripLeading();
    after = after.startsWith("for the ") ? after.substring(8) : after.startsWith("in ") ? after.substring(3) : after;
    String before = lower.substring(Math.min(a.start(), Math.max(clause[0], a.start() - NEAR)), a.start());
    for (String word : RELOCATION) {
      if (after.startsWith(word) && (after.length() == word.length() || !Character.isLetter(after.charAt(word.length()))
          || word.equals("relo"))) {
        return !word.equals("move") || lower.substring(a.end(), Math.min(lower.length(), a.end() + 14)).contains("the move");
      }
    }
    return before.contains("relocation") || before.contains("relo ") || before.contains("moving allowance")
        || before.contains("moving stipend");
  }

  /** A stipend or allowance named beside a figure: "a $2k/month housing stipend", "Phone Allowance: $50". */
  private static final Pattern ALLOWANCE = Pattern.compile("\\b(?:stipends?|allowances?|per diems?)\\b");

  /** Whether a figure with no pay word of its own is a stipend or an allowance named within a few words of it. */
  private static boolean allowance(String lower, Amount a, int[] clause) {
    String after = lower.substring(a.end(), Math.max(a.end(), Math.min(clause[1], a.end() + NEAR)));
    String before = lower.substring(Math.min(a.start(), Math.max(clause[0], a.start() - NEAR)), a.start());
    return ALLOWANCE.matcher(after).find() || ALLOWANCE.matcher(before).find();
  }

  /** Where the next word after {@code at} starts. */
  private static int firstLetter(String lower, int at) {
    int i = at;
    while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The message after its what-if opener ("if they give me 205 base should i take it" gives "they give me 205 base
   * should i take it"), to weigh its figures as a what-if; null when it opens with none.
   */
  static String supposed(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    Matcher filler = FILLER_OPENING.matcher(lower);
    int from = filler.lookingAt() ? filler.end() : 0;
    for (String word : WHAT_IF) {
      if (lower.startsWith(word, from)) {
        return message.substring(from + word.length());
      }
    }
    return null;
  }

  /** Their side moving, before the first figure: "they give me", "the company comes back with". */
  private static final Pattern THEIR_MOVE = Pattern.compile("\\b(?:they|they'd|they'll|theyd|theyll|the company"
      + "|the recruiter|recruiter|hr|the offer|their offer|the base)\\b");
  /** The user as the subject ("i ask for 80k"): their own ask or plan, never a what-if of the offer. */
  private static final Pattern MY_MOVE = Pattern.compile("\\b(?:i|i'd|i'm|im|id|we|we'd|my|ask|asking|request)\\b");

  /** A what-if that moves a part by an amount ("they add 10k to the base"), not to one. */
  private static final Pattern BY_AN_AMOUNT = Pattern.compile("\\b(?:add|adds|adding|bump|bumps|up|more|extra"
      + "|another|increase|increases|raise|raises|by|plus|additional|higher|top up|on top)\\b|\\+");

  /** Whether a what-if moves a part by an amount ("they add 10k to the base", "bump base by 10k"). */
  static boolean byAnAmount(String supposed) {
    return BY_AN_AMOUNT.matcher(supposed.toLowerCase(Locale.ROOT)).find();
  }

  /** Where a what-if's first step word stands ("they do 195 base plus a 15k sign-on": at "plus"), or -1. */
  static int firstStep(String supposed) {
    Matcher m = BY_AN_AMOUNT.matcher(supposed.toLowerCase(Locale.ROOT));
    return m.find() ? m.start() : -1;
  }

  /** Whether a what-if's words before its first figure say their side moves and the user does not ask. */
  static boolean theirMove(String supposed) {
    String before = beforeFirstDigit(supposed);
    return THEIR_MOVE.matcher(before).find() && !MY_MOVE.matcher(before).find();
  }

  /** A what-if's words before its first figure, lower-cased: who makes the move. */
  private static String beforeFirstDigit(String supposed) {
    int digit = 0;
    while (digit < supposed.length() && !Character.isDigit(supposed.charAt(digit))) {
      digit++;
    }
    return supposed.substring(0, digit).toLowerCase(Locale.ROOT);
  }

  /** The company's side moving, before the first figure: "what if we do 180 base", "if we go to 175". */
  static boolean ourMove(String supposed) {
    return OUR_MOVE.matcher(beforeFirstDigit(supposed)).find();
  }

  private static final Pattern OUR_MOVE = Pattern.compile("\\b(?:we|we'd|we'll|we're|our offer|our side)\\b");

  /** The opener that makes the message a what-if ("what if they add 20k sign on"), or null. */
  private static String whatIf(String lower) {
    // "ok what if…", "hmm, what about…": a filler before the opener changes nothing.
    Matcher filler = FILLER_OPENING.matcher(lower);
    String opening = filler.lookingAt() ? lower.substring(filler.end()) : lower;
    for (String word : WHAT_IF) {
      if (opening.startsWith(word)) {
        return word;
      }
    }
    return null;
  }

  /**
   * Several companies' figures in one message ("stripe at 175k base… and a verbal from chime at 250k tc"): the
   * strongest is the competing offer weighed, and a remark says so; the others' figures move to {@code rivals}, by
   * company, to be kept beside it. Returns its name.
   */
  private static String strongest(List<Figure> figures, List<String> owners, String competitor,
                                  List<String> remarks, java.util.Map<String, List<Figure>> rivals) {
    java.util.Map<String, Long> years = new java.util.LinkedHashMap<>();
    java.util.Map<String, Long> totals = new java.util.HashMap<>();
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      String who = owners.get(k);
      if (f.purpose() != Figure.Purpose.COMPETING || who == null || f.percent()) {
        continue;
      }
      if (f.component() == Component.TOTAL) {
        totals.put(who, f.amount());
      } else if (f.component() != Component.SIGN_ON) {
        long yearly = f.component() == Component.STOCK && f.years() > 0 ? f.amount() / f.years() : f.amount();
        years.merge(who, yearly, Long::sum);
      }
      years.putIfAbsent(who, 0L);
    }
    if (years.size() < 2) {
      return competitor;
    }
    totals.forEach(years::put);
    String best = null;
    for (var e : years.entrySet()) {
      best = best == null || e.getValue() > years.get(best) ? e.getKey() : best;
    }
    List<String> others = new ArrayList<>();
    for (int k = figures.size() - 1; k >= 0; k--) {
      String who = owners.get(k);
      if (figures.get(k).purpose() == Figure.Purpose.COMPETING && who != null && !who.equals(best)) {
        if (!others.contains(who)) {
          others.add(0, who);
        }
        rivals.computeIfAbsent(who, w -> new ArrayList<>()).add(0, figures.get(k));
        figures.remove(k);
        owners.remove(k);
      }
    }
    remarks.add(best + "'s offer pays the most a year, so it is the competing offer I weigh ("
        + String.join(" and ", others) + "'s " + (others.size() == 1 ? "is" : "are") + " lower, and kept beside it).");
    return best;
  }

  /**
   * Clause spans as {start, end, 1 when a sentence ends there}: split at commas (not thousands separators), ";",
   * "+", line breaks, sentence ends, and/but.
   */
  private static List<int[]> clauses(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int breakLength = 0;
      boolean sentence = false;
      if (c == ';' || c == '\n') {
        breakLength = 1;
        sentence = true;
      } else if (c == '+' || c == '→' || c == '⇒') {
        breakLength = 1;
      } else if ((c == '-' || c == '=') && i + 1 < n && text.charAt(i + 1) == '>') {
        // "current 160 -> offer 185": an arrow from one package to the next.
        breakLength = 2;
      } else if (c == ',') {
        // A comma between digits is inside a figure, as the money grammar reads it: "180,000", and "178,5k" written
        // with a decimal comma; a clause split there would cut the figure in two.
        boolean inFigure = i > 0 && i + 1 < n && Character.isDigit(text.charAt(i - 1))
            && Character.isDigit(text.charAt(i + 1));
        breakLength = inFigure ? 0 : 1;
      } else if (c == '.' || c == '!' || c == '?') {
        breakLength = i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)) ? 1 : 0;
        sentence = breakLength > 0;
      } else if (Character.isLetter(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        for (String word : CLAUSE_WORDS) {
          int end = i + word.length();
          if (text.regionMatches(true, i, word, 0, word.length()) && (end >= n || !isWordChar(text.charAt(end)))) {
            breakLength = word.length();
            break;
          }
        }
      }
      if (breakLength > 0) {
        out.add(new int[] {start, i, sentence ? 1 : 0});
        start = i + breakLength;
        i = start;
      } else {
        i++;
      }
    }
    out.add(new int[] {start, n, 1});
    return out;
  }

  /** A reading of a message written out anew, with how it was written out said first. */
  /** Whether a letter o follows a digit anywhere: most messages have none, so the pattern is tried only then. */
  private static boolean digitThenO(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'o' || c == 'O') && Character.isDigit(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Where the sentence holding a clause ends. */
  private static int sentenceEnd(List<int[]> clauses, int from) {
    int k = from;
    while (k < clauses.size() - 1 && clauses.get(k)[2] == 0) {
      k++;
    }
    return clauses.get(k)[1];
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static void blank(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      text[i] = ' ';
    }
  }

  /** One component word and where it stands. */
  private record Keyword(int start, int end, Component component) {}

  /**
   * One figure of the message as the grammar read it, signed; {@code kind} is set only for figures that get a
   * question (an exponent, a share count).
   */
  private record Amount(int start, int end, String written, BigDecimal value, boolean percent, boolean marked,
                        boolean magnitude, String currency, Token.Range range, boolean ambiguous, Token.Kind kind) {

    /** "80.000" read with its point grouping thousands: 80,000. */
    Amount grouped() {
      return new Amount(start, end, written, value.movePointRight(3), percent, marked, magnitude, currency, range,
          false, kind);
    }

    /** The same figure in a larger unit: "175" read as thousands. */
    Amount times(long unit) {
      return new Amount(start, end, written, value.multiply(BigDecimal.valueOf(unit)), percent, marked, true,
          currency, range, ambiguous, kind);
    }
  }

}
