package com.compcoach.coach;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a clause's figures are for: an offer, a competing one, a walk-away, pay today or pay left behind. */
final class ClausePurpose {

  private ClausePurpose() {}

  /**
   * "honestly I'd be happy with 175 base", "i'd settle for 175k": the least the user would take, said by how it feels,
   * with one figure that ends the clause. Not where the message makes it a condition, a wish or a step ("… if they add
   * equity", "… but I'd love 210", "10k more", "…, what do you think?"): those are read as before (s29).
   */
  static boolean contentWith(String clause, String message) {
    String lower = clause.toLowerCase(Locale.ROOT);
    if (!(lower.contains("happy") || lower.contains("fine") || lower.contains("ok") || lower.contains("content")
        || lower.contains("settle")) || !CONTENT_WITH.matcher(lower).find()) {
      return false;
    }
    String whole = message.toLowerCase(Locale.ROOT) + " ";
    return !Phrases.containsAny(whole, NOT_CONTENT);
  }

  private static final Pattern CONTENT_WITH = Pattern.compile("\\b(?:i['’]d|i\\s+would|id|she['’]d|he['’]d|she\\s+would"
      + "|he\\s+would)\\s+(?:be\\s+(?:happy|fine|ok|okay|content)\\s+(?:with|at)|settle\\s+for)\\s+\\$?\\d[\\d,.]*\\s*k?"
      + "(?:\\s+(?:base(?:\\s+salary)?|salary|total|tc|all[- ]in))?\\s*[.!,;]?\\s*$");

  /** What makes a contented figure a condition, a wish, a step or a question. */
  private static final List<String> NOT_CONTENT = List.of(" if ", "unless", "but ", "love", "dream", "ideally",
      "long shot", "?", " more", "extra", "increase", "bump", "raise", "on top");

  static Figure.Purpose purpose(String clause) {
    String lower = clause.toLowerCase(Locale.ROOT) + " ";
    // "195 on base if I give up the sign-on" trades a part of this offer: no pay left behind.
    if (Phrases.startsAnyWord(lower, FORFEIT) && Phrases.startsAnyWord(AbsentParts.untraded(lower), FORFEIT)
        || repaidToToday(lower)) {
      return Figure.Purpose.FORFEITED;
    }
    // The long phrase lists are tried only where a word they all share occurs: most clauses have none.
    if (Phrases.containsAny(lower, WALK_AWAY_WORDS) && Phrases.containsAny(lower, WALK_AWAY)) {
      return Figure.Purpose.WALK_AWAY;
    }
    // The two patterns are tried only where a word they need occurs: most clauses have none.
    if ((Phrases.containsAny(lower, COMPETING) || lower.contains(" one") && ONE_OF_SEVERAL.matcher(lower).find()
        || (lower.contains("offer") || lower.contains("option"))
        && Phrases.containsAny(lower, HOLDING_WORDS) && HOLDING_ANOTHER.matcher(lower).find()
        || Phrases.containsAny(lower, MAKER_NOUNS) && ANOTHER_MAKER.matcher(lower).find())
        && !Phrases.containsAny(lower, OWN_OFFER) && !(lower.contains("offer from") && OWN_UNIT.matcher(lower).find())) {
      return Figure.Purpose.COMPETING;
    }
    if (!lower.contains("offer") && pastJob(lower)) {
      // "I had stripe at 200 base before I got laid off": pay at a past job is pay before, read as pay today is.
      return Figure.Purpose.CURRENT;
    }
    if (!lower.contains("offer") && Phrases.containsAny(lower, CURRENT_WORDS) && !Phrases.containsAny(lower, OUR_STANDING)
        && !Phrases.containsAny(lower, THEIR_STANDING)
        // "they came back, my base now 195k": the base now is the one they came back with.
        && !(lower.contains(" now") && Phrases.containsAny(lower, Revisions.REVISION))
        && (Phrases.containsAny(lower, CURRENT)
        || CURRENT_FIGURE.matcher(lower).find() || THIRD_PERSON_TODAY.matcher(lower).find()
        || FIRST_PERSON_AS.matcher(lower).find())) {
      return Figure.Purpose.CURRENT;
    }
    return Figure.Purpose.OFFER;
  }

  /** Whether the user speaks of her own pay at a past job: "i had stripe at 200 last year", "before i got laid off". */
  static boolean pastJob(String lower) {
    return (lower.contains("i had") || lower.contains("i made") || lower.contains("i was") || lower.contains("i used"))
        && PAST_JOB.matcher(lower).find();
  }

  private static final Pattern PAST_JOB = Pattern.compile("\\bi\\s+(?:had|made|was\\s+(?:at|on|making|earning|paid)"
      + "|used\\s+to\\s+(?:make|earn|get|have|be))\\b.*?\\b(?:before\\s+(?:i|the|my)|last\\s+year|laid\\s+off|let\\s+go"
      + "|used\\s+to|previous(?:ly)?|old\\s+(?:job|company|employer|role)|last\\s+(?:job|company|employer|role)"
      + "|prior|ago|back\\s+then|until)\\b|\\bi\\s+used\\s+to\\s+(?:make|earn|get|have|be)\\b");

  /**
   * Money today's employer takes back when she leaves ("her current employer will claw back a 20k sign-on"): left
   * behind, as unvested stock is. Only with today's employer named, as a letter's own clawback ("we will claw back
   * the $25,000 sign-on if you leave within 12 months") is part of the offer.
   */
  private static boolean repaidToToday(String lower) {
    return (lower.contains("claw") || lower.contains("repay") || lower.contains("pay back"))
        && Phrases.containsAny(lower, TODAYS_EMPLOYER);
  }

  private static final List<String> TODAYS_EMPLOYER = List.of("current employer", "current company", "current job",
      "her employer", "his employer", "my employer", "their employer", "present employer", "old employer",
      "previous employer", "today's employer");

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
      // "i'd love 190 but would walk below 175": the walk said with its subject left out.
      "would walk if", "walk away below", "walk away under", "walk below",
      "walk under",
      "ill walk", "need at least", "needs at least", "i need at least", "i'd need", "i would need", "id need",
      "to leave my", "to jump ship", "to make the move", "to make the switch", "to move for less", "to leave for",
      // A conditional yes names the least they would take: "I'd take Ally at 185 base, below that I go with Truist".
      "i'd take", "i would take", "id take", "i'd accept", "i would accept", "id accept", "i'd sign", "i would sign",
      "id sign", "she'd sign", "he'd sign", "she would sign", "he would sign", "they'd sign", "she'd take",
      "he'd take", "she would take", "he would take", "she'd accept", "he'd accept", "she'll sign at", "he'll sign at",
      "she'll take", "he'll take", "below that", "under that", "less than that", "anything less",
      // "i'll accept if they do 200k base": the figure that would make it a yes.
      "accept if", "accept it if", "sign if", "sign it if", "take it if");

  /** A word every walk-away phrase holds. */
  private static final List<String> WALK_AWAY_WORDS = List.of("walk", "bottom", "min", "floor", "accept",
      "lowest", "below", "less", "under", "breaker", "least", "need", "leave", "jump", "make the", "take", "sign");

  private static final List<String> COMPETING = List.of(
      // "competitive" asks whether a figure is at market ("is 170 competitive?"): no other company's offer.
      "competing", "competitor", "competition", "other offer", "another offer", "outside offer",
      "rival offer", "offer from", "other company", "another company", "other firm", "another firm", "other one",
      "offer elsewhere", "second offer", "to stay", "retention", "other co ", "other co.", "to keep me",
      "counter-offered", "counteroffered", "counter offered", "my current employer counter", "my manager counter",
      "my boss counter", "current company counter", "if i stay", "if i stayed", "if i stick around", "if you stay",
      "to keep you",
      "keep me at",
      // "her current employer countered with 170 base to keep her": a recruiter telling of the candidate's stay offer.
      "to keep her", "to keep him", "to keep them", "keep her at", "keep him at", "employer countered",
      // "got two offers … the other is a seed startup: 175k base": the second of two, named by what it is.
      "the other is", "the other's ", "the other pays", "the other gives", "the other offered", "the other came");

  /**
   * Another offer held beside this one, named by what it is rather than who made it: "i also have a london offer",
   * "the other option is a contract gig", "got an offer in berlin too".
   */
  private static final Pattern HOLDING_ANOTHER = Pattern.compile("\\b(?:also|too)\\s+(?:have|got|hold|holding|received|"
      + "getting)\\s+(?:an?|one|another)\\b(?:\\s+[\\w-]+){0,3}?\\s+offer\\b|\\bthe other option\\b|\\boffer (?:in|out of)"
      + " [a-z]+ too\\b");

  /** A word {@link #HOLDING_ANOTHER} needs. */
  private static final List<String> HOLDING_WORDS = List.of("also", "too", "other option");

  /**
   * An employer named by what it is with "a" or "another" before an offer verb ("a zurich bank said CHF 140k",
   * "another startup offered 200k", "Berlin startup offered €80.000" opening a sentence): not the company of this
   * thread's guide, which "the" or "they" would name.
   */
  private static final Pattern ANOTHER_MAKER = Pattern.compile("(?:\\b(?:a|an|another|some|one)\\s+"
      + "|^\\W*(?!the\\b|this\\b|our\\b|their\\b|my\\b)(?=[a-z])(?:[\\w-]+\\s+)?)(?:[\\w-]+\\s+){0,2}?(?:bank|"
      + "startup|start-up|company|firm|fund|hedge fund|shop|lab|fintech|employer|competitor|unicorn|scale-?up|"
      + "consultancy|agency|insurer|retailer)\\s+(?:\\w+\\s+)?(?:offered|offers|said|says|is at|came in|put|gave|pays|"
      + "quoted|is offering|wants to pay)\\b"
      // "I got 200k base from a fintech", "an offer of 190 from another bank": the maker after the figure.
      // "coming from a fintech" is where the user works, not who made an offer.
      + "|(?<!coming |moving |switching |transitioning |jumping |came |moved |switched |leaving |escaping )"
      + "\\bfrom\\s+(?:a|an|another|some|one)\\s+(?:[\\w-]+\\s+){0,2}?(?:bank|startup|start-up|firm|fund|"
      + "hedge fund|shop|lab|fintech|competitor|unicorn|scale-?up|consultancy|agency|insurer|retailer)\\b"
      // "…from a startup i really want to join" is how the user speaks of this company, not of another.
      + "(?!\\s+(?:i|i'd|i'm|im|i've|we|that|which|who|where|you)\\b)");

  /**
   * One of several offers named by what its employer is: "got 2 offers. ally: … the startup one is 170k". This
   * thread's company named so ("the ally one") is still this offer: its name decides first.
   */
  private static final Pattern ONE_OF_SEVERAL = Pattern.compile("\\bthe\\s+(?:[\\w-]+\\s+)?(?:bank|startup|start-up|"
      + "fintech|unicorn|scale-?up|consultancy|agency|insurer|retailer|fund|hedge fund|big tech|faang|remote|contract"
      + ")\\s+one\\b");

  /**
   * Another employer named by what it is, with no offer verb: "a final round at another bank", "interviewing with a
   * different startup", "talking to a couple of other companies", "in process elsewhere".
   */
  private static final Pattern ANOTHER_EMPLOYER = Pattern.compile("\\b(?:another|a different|an?\\s+other|other|a second"
      + "|a couple of other|a few other|some other)\\s+(?:[\\w-]+\\s+){0,2}?(?:bank|startup|start-up|compan(?:y|ies)"
      + "|firm|fund|hedge fund|shop|lab|fintech|employer|competitor|unicorn|scale-?up|consultancy|agency|insurer"
      + "|retailer|place|places)\\b|\\belsewhere\\b");

  /** Whether a clause names another employer by what it is: "a final round at another bank next week". */
  static boolean namesAnotherEmployer(String lower) {
    return (lower.contains("other") || lower.contains("different") || lower.contains("second")
        || lower.contains("elsewhere")) && ANOTHER_EMPLOYER.matcher(lower).find();
  }

  /** The employers {@link #ANOTHER_MAKER} names. */
  private static final List<String> MAKER_NOUNS = List.of("bank", "start", "compan", "firm", "fund", "shop", "lab",
      "fintech", "employer", "competitor", "unicorn", "scale", "consultancy", "agency", "insurer", "retailer");

  /**
   * An offer from a part of this company: "offer from the berlin team", "an offer from their london office"; another
   * company would be named, not "the … team".
   */
  private static final Pattern OWN_UNIT = Pattern.compile("\\boffer from (?:the|their|our|its)\\s+(?:[\\w-]+\\s+){0,2}?"
      + "(?:team|office|branch|site|hub|org|group|division|entity)\\b");

  /** A recruiting team's own offer, said in a channel: "just got an offer from us", never a competing one. */
  private static final List<String> OWN_OFFER = List.of("offer from us", "offer from our", "our offer", "we offered",
      "we're offering", "we are offering", "we offer ", "offered by us");

  /** The company's side saying where its offer stands: "we're currently at 160 + 10%", never the user's pay today. */
  static final List<String> OUR_STANDING = List.of("we're currently at", "we are currently at",
      "were currently at", "we're at ", "we are at ", "we're sitting at", "we are sitting at");

  /** "Currently they're at 165" to the candidate: where the company's offer stands, never the user's pay today. */
  private static final List<String> THEIR_STANDING = List.of("they're at ", "they are at ", "theyre at ",
      "they're currently at", "they are currently at", "theyre currently at", "they're sitting at",
      "they are sitting at");

  /** Pay today, which is neither their offer nor a competing one: "currently making 210k tc", "my current comp". */
  private static final List<String> CURRENT = List.of("currently making", "currently make", "currently earn",
      "currently paid", "currently get", "currently on ", "currently at ", "i make ", "i'm making", "im making",
      "i am making", "i earn", "i'm earning", "im earning", "i'm on ", "im on ", "i'm paid", "i am paid",
      "current comp", "current tc", "current salary", "current base", "current pay", "current package",
      "current total", "making now", "right now i make", "at my current", "my current job", "today i make",
      "i get paid", "my current ", "i currently make", "currently ", "i'm at ", "im at ", "i am at ",
      "i'm sitting at", "i'm now at", "right now i'm at",
      // "can we match her current 190 + 20% bonus?": a recruiter speaking of the candidate's pay today.
      "her current ", "his current ", "their current ", "candidate's current ",
      // What it was last year or where the user is now, said in the past tense or with "there" for the employer just
      // named: "last year i made 152k", "my base there is 175".
      "last year i made", "i made last year", "i made about", "i made around", "i was making", "i was earning", "i was paid", "made last year", "my base there", "my salary there",
      "my pay there", "my comp there", "my tc there", "my bonus there", "i make there", "i'm paid there",
      // The place worked at today, named by what it is: "current job pays me 128k", "my employer pays me 140".
      "current job", "current role", "current employer", "current company", "current position", "current gig",
      "current place", "current team", "current firm", "present job", "present role", "present employer",
      "job pays me", "employer pays me", "company pays me", "role pays me", "gig pays me",
      // "and my bonus now is 10%": a part of pay today, named with "now" or "today".
      "my bonus now", "my base now", "my salary now", "my tc now", "my comp now", "my pay now", "my stock now",
      "my bonus today", "my base today", "my salary today", "my tc today", "my comp today", "my pay today",
      // "my salary is 165k": the user's own salary said in the present tense; the offer's is "the salary", "would be".
      "my salary is ", "my base salary is ", "my salary's ",
      // A client's or candidate's pay said in the present tense: "she makes 150 base plus 8%"; an offer is "she'd make".
      "she makes ", "he makes ", "she earns ", "he earns ", "she's making", "he's making", "she is making",
      "he is making", "she's earning", "he's earning", "she's paid ", "he's paid ", "client makes ", "client earns ",
      "client is making", "candidate makes ", "candidate earns ", "candidate is making");

  /** Pay said with "there" for the employer just named: "my base there is 175", "my base there would be 205". */
  private static final List<String> THERE = List.of("my base there", "my salary there", "my pay there",
      "my comp there", "my tc there", "my bonus there", "i make there", "i'm paid there", "i'd make there",
      "i would make there", "i'd get there", "i would get there");

  /** Money to stay where the user is: a counteroffer from the employer of today, not another company's offer. */
  private static final List<String> TO_STAY = List.of("to stay", "retention", "to keep me", "if i stay", "if you stay",
      "to keep you", "counter-offered", "counteroffered", "counter offered", "keep me at", "to keep her", "to keep him",
      "to keep them", "keep her at", "keep him at", "employer countered");

  /** Whether the clause gives pay with "there", for the employer the message named just before. */
  static boolean paidThere(String clause) {
    return clause.contains("there") && Phrases.containsAny(clause.toLowerCase(Locale.ROOT), THERE);
  }

  /** Whether the clause names an offer made elsewhere, not money to stay: "i also have an offer from truist". */
  static boolean offerElsewhere(String clause) {
    String lower = clause.toLowerCase(Locale.ROOT);
    return lower.contains("offer") && !Phrases.containsAny(lower, TO_STAY);
  }

  /** A word every phrase of pay today holds. */
  private static final List<String> CURRENT_WORDS = List.of("current", "mak", "earn", "paid", "on ", " at ", "my salary",
      "i'm at", "im at", "pays me", "present", "made", "there", " now", " today");

  /**
   * "current 160", "current: 160k", "was at 140", "making 150 at citi rn": pay today said as a label before its
   * figure, as what it was, or as what the user is making with the "i'm" left out.
   */
  private static final Pattern CURRENT_FIGURE = Pattern.compile("^\\W*(?:(?:my\\s+|her\\s+|his\\s+|their\\s+"
      // "candidate's current: 170 base", "the candidate's current comp is 170": a recruiter speaking of pay today.
      + "|(?:the\\s+)?(?:candidate|candidates|hire|applicant)['’]?s\\s+)?current(?:\\s+(?:comp|pay|salary|base|tc|package"
      // "current bonus is 12%", "current rsus: 20k/yr": a part of pay today named with "current" alone.
      + "|bonus|stock|rsus?|equity|total))?"
      + "|(?:i\\s+)?was\\s+(?:at|on"
      + "|making|earning)|making|earning)\\s*(?:[:=]|is|are|-)?\\s*[$£€]?\\d");

  /**
   * A candidate's pay today, said of her or him with a word of now: "she's at 150 base today", "he's on 140 right
   * now", "she makes 150 currently". Without the word of now "she's at 175k" may be another company's offer.
   */
  // "candidate is at 165 base today": a recruiter naming the candidate rather than "she".
  private static final Pattern THIRD_PERSON_TODAY = Pattern.compile("\\b(?:she|he|(?:the\\s+|our\\s+|my\\s+)?"
      + "(?:candidate|applicant))(?:'s|s|\\s+is)?\\s+(?:at|on|making"
      + "|earning|paid|makes|earns|currently)\\b.*\\b(?:today|now|currently|rn|presently|at the moment|these days)\\b");

  /**
   * The user's pay today said with what they are: "i'm a contractor right now at $85/hr", "im an analyst at 120k".
   */
  private static final Pattern FIRST_PERSON_AS = Pattern.compile("\\b(?:i'm|i’m|im|i am)\\s+an?\\s+"
      + "(?:[\\w-]+\\s+){1,5}?(?:at|on|making|earning|paid)\\s+[$£€]?\\d");

  /** A form of employment a job is offered in: "full time", "contract", "1099", "perm". */
  static final Pattern EMPLOYMENT_FORM = Pattern.compile("(?i)(?:an?\\s+|as\\s+an?\\s+)?"
      + "(?:\\d{1,2}[- ]?(?:months?|mo|weeks?|years?)\\s+)?(?:full[- ]?time|fte|perm"
      + "|permanent|salaried|c2h|contract[- ]to[- ]hire|contract(?:or|ing)?|c2c|corp[- ]to[- ]corp)\\b");
  private static final Pattern CONTRACT = Pattern.compile("(?i)\\b(?:contract(?:or|ing)?|c2c|corp[- ]to[- ]corp)"
      + "\\b");
  /** The words for the full-time form of a job, and for its contract form. */
  private static final String FULL_TIME_WORDS = "(?:full[- ]?time|fte|perm|permanent|salaried)";
  private static final String CONTRACT_WORDS = "(?:c2h|contract[- ]to[- ]hire|contract)";
  private static final Pattern FULL_TIME = Pattern.compile("(?i)\\b" + FULL_TIME_WORDS + "\\b");
  /** Two forms of the job put as a choice: "FTE … or C2H …", "a choice between". */
  private static final Pattern CHOICE = Pattern.compile("(?i)\\b" + FULL_TIME_WORDS + "\\b[^.?!]*"
      + "\\bor\\s+(?:a\\s+|as\\s+a\\s+)?" + CONTRACT_WORDS + "\\b|\\b" + CONTRACT_WORDS
      + "\\b[^.?!]*\\bor\\s+(?:a\\s+|as\\s+an?\\s+)?" + FULL_TIME_WORDS + "\\b");
  /** A contract that becomes the full-time job: one offer in two stages, never two options. */
  private static final Pattern TO_HIRE = Pattern.compile("(?i)\\b(?:to[- ]hire|c2h|conver(?:t|ts|ted|sion))\\b");
  private static final Pattern BY_THE_HOUR = Pattern.compile("(?i)(?:/\\s*(?:hr|hour|h|day)\\b|\\b(?:an|per|a)\\s+"
      + "(?:hour|day)\\b|\\bhourly\\b|\\bdaily\\b)");

  /**
   * Which of two forms of the job a clause prices, when the message offers both: "contract at $110/hr or full time at
   * 175 base". The full-time one is the offer the guide's bands weigh; the contract is the other option, kept as a
   * competing one. Null when the message offers one form only.
   */
  static Figure.Purpose formOffered(String clause, String message) {
    // "FTE at 175 base, or C2H at $95/hr then convert": a contract-to-hire offered beside the full-time job is the
    // other form of it; alone ("contract-to-hire at $95/hr") it is the one offer, in two stages.
    boolean either = CHOICE.matcher(message).find();
    if (!FULL_TIME.matcher(message).find() || !CONTRACT.matcher(message).find() && !either
        || TO_HIRE.matcher(message).find() && !either) {
      return null;
    }
    if ((CONTRACT.matcher(clause).find() || TO_HIRE.matcher(clause).find()) && BY_THE_HOUR.matcher(clause).find()
        && !FULL_TIME.matcher(clause).find()) {
      return Figure.Purpose.COMPETING;
    }
    return FULL_TIME.matcher(clause).find() && !CONTRACT.matcher(clause).find() ? Figure.Purpose.OFFER : null;
  }

  /** Words that close an offer: "it expired", "they rescinded it", "i turned it down". */
  private static final Pattern EXPIRED = Pattern.compile("\\b(?:expired|lapsed|rescinded|withdrawn|withdrew|pulled it"
      + "|fell through|i turned (?:it |that |them )?down|i declined it|no longer (?:open|valid|on the table))\\b");
  /** "it has not expired yet", "hasn't lapsed", "never withdrew": the offer is still open. */
  private static final Pattern NOT_BEFORE = Pattern.compile("(?:\\bnot|n't|n’t|\\bnever|\\bnot\\s+yet)\\s+(?:\\w+\\s+){0,2}$");

  /** Whether the sentence around {@code at} says the offer there is closed ("… for 170 last month but it expired"). */
  static boolean expired(String lower, int at) {
    int start = Math.max(Math.max(lower.lastIndexOf(". ", at), lower.lastIndexOf('\n', at)),
        Math.max(lower.lastIndexOf("! ", at), lower.lastIndexOf("? ", at)));
    int end = lower.length();
    for (String stop : new String[] {". ", "\n", "! ", "? "}) {
      int i = lower.indexOf(stop, at);
      end = i >= 0 ? Math.min(end, i) : end;
    }
    Matcher m = EXPIRED.matcher(lower).region(Math.max(0, start), end);
    while (m.find()) {
      if (!NOT_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 30), m.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /** Words before a total that make it the first year's: "total first year is 337,250", "year 1 total". */
  static final List<String> YEAR_ONE = List.of("first year", "first-year", "year one", "year 1", "1st year",
      "yr 1", "year-one");
}
