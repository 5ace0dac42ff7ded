package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures that are no offer: the user's own ask, what they want or plan to raise, someone else's pay. */
final class OwnAsks {

  private OwnAsks() {}

  /** A clause that gives the user's own ask, sent to them: not their offer ("i sent them a counter asking for 215k"). */
  private static final List<String> OWN_ASK = List.of("i asked for", "i asked them for", "i'd asked for",
      "i had asked for", "we asked for", "asking for", "i countered", "we countered", "i counter", "my counter",
      "sent a counter", "sent them a counter", "sent my counter", "i requested", "i proposed", "i went back with",
      "i came back with", "i pushed for", "i told them i want", "i told them i need", "i said i want", "i quoted",
      // "I sent the counter for 195", "emailed my counter of 200": the counter sent, said as a thing the user sent.
      "sent the counter", "sent over my counter", "sent over a counter", "sent over the counter", "sent back a counter",
      "sent back my counter", "emailed my counter", "emailed the counter", "emailed a counter", "emailed them a counter",
      "submitted my counter", "submitted a counter", "submitted the counter", "put in a counter", "put in my counter",
      "gave them a counter", "gave them my counter", "made a counter", "made my counter", "i went back at",
      "i pushed back with", "i pushed back at", "i came back at",
      // "i already told the recruiter i wanted 200 base before they made the offer": a number said first, the user's.
      // Not a bare "i wanted": "I wanted to let you know they offered 185k" is their offer.
      "said i wanted", "told them i wanted", "told the recruiter i wanted", "told her i wanted", "told him i wanted",
      "i said i needed", "i told them i needed", "i named ",
      // "they said no to my ask of 195": the ask named after their no, the user's, never their new base.
      "my ask of ", "my ask for ", "my ask at ",
      // "Me: could you do 210k base?" pasted from the chat with the recruiter: the user asking them, never their offer.
      "could you do ", "can you do ", "would you do ", "could you go to ", "can you go to ", "would you go to ",
      "could you get to ", "can you get to ", "would you consider ", "could you make it ", "can you make it ");

  /** Words that give the other side's answer to an ask, ending the ask's sentence: "…and they said the max is 158". */
  private static final List<String> THEIR_ANSWER = List.of("they said", "they say", "they came back", "came back with",
      "came back at", "they offered", "they countered", "they can do", "they could do", "the max", "their max",
      "the most they", "best they can", "they went to", "they moved to", "they agreed", "they only", "they'll do",
      "they will do", "they would do", "she said", "he said", "recruiter said", "hr said", "the answer was",
      // "she's asking 190 base, we're at 172 base": the company's side of the table, said by a recruiter.
      "we're at", "we are at", "we offered", "we're offering", "we are offering", "our offer", "we can do",
      "we can go", "we could do", "we could go");

  /** Where "we" stand, with its figure: "we're currently at 160", "we are sitting at $178k". */
  private static final java.util.regex.Pattern OUR_FIGURE = java.util.regex.Pattern.compile(
      "\\bwe(?:'re|’re|re|\\s+are)\\s+(?:currently\\s+|sitting\\s+)?at\\s+\\$?\\d"
      // "we were thinking 175, enough of a bump?", "we agreed 188 base with her on the call": the team's plan or
      // deal, with its figure.
      + "|\\bwe(?:'re|’re|re|\\s+are|\\s+were)\\s+thinking\\s+(?:of\\s+offering\\s+|about\\s+offering\\s+|around\\s+)?\\$?\\d"
      + "|\\bwe\\s+agreed\\s+(?:on\\s+|to\\s+)?\\$?\\d[\\d,.]*\\s*k?\\s+(?:base\\s+)?with\\s+(?:her|him|them|the\\s+candidate)\\b");

  /**
   * A person's ask, said by who asks and with a verb of their own: "she's asking", "candidate wants 185k base", "she's
   * countering at"; both {@link #THEIR_PERSON} and {@link #THEIR_ASK} hold it.
   */
  private static final List<String> THEIR_ASKING = List.of("she's asking", "he's asking", "she is asking",
      "he is asking", "candidate is asking", "candidate's asking", "candidate wants", "client is asking",
      "she's countering", "he's countering", "she is countering", "he is countering", "candidate is countering",
      "candidate's countering", "she wants", "he wants", "candidate asking",
      // "candidate came back: 175 base, $20,000 sign on", said on the company's side: the candidate's ask; not
      // "my candidate came back from the call: they offered 170".
      "candidate came back with", "candidate came back at", "candidate came back:", "candidate has come back with",
      "candidate countered",
      // "cand wants 190b + 20s": a recruiter's shorthand for the candidate.
      "cand wants", "cand is asking", "cand asking", "cand countered",
      // "she said she needs 200": the figure she needs to move is her ask, told by the team she said it to ("she
      // needs an answer by friday" is a deadline, "needs at least" a walk-away, so "she needs" alone is none).
      "said she needs", "said he needs", "says she needs", "says he needs", "she'd need", "he'd need",
      // "she just replied asking for 185 base and 20k sign-on", "he wrote back asking 200": her answer, asking (s29).
      "she replied asking", "he replied asking", "she just replied asking", "he just replied asking",
      "she responded asking", "he responded asking", "she wrote back asking", "he wrote back asking",
      "she emailed asking", "he emailed asking", "she emailed back asking", "he emailed back asking",
      "candidate replied asking", "candidate responded asking", "candidate wrote back asking");

  /** The person an ask is by when it is not the user's own: "she's asking for", "the candidate asked for". */
  private static final List<String> THEIR_PERSON = java.util.stream.Stream.concat(THEIR_ASKING.stream(),
      java.util.stream.Stream.of("she asked", "he asked", "candidate asked", "client asked", "she's countered",
          "he's countered", "she countered", "he countered", "she came back asking", "he came back asking",
          "candidate came back asking", "cand asked", "cand came back")).toList();

  /** A person's ask said with a verb of their own, not of asking: "candidate wants 185k base", "she's countering at". */
  private static final List<String> THEIR_ASK = java.util.stream.Stream.concat(THEIR_ASKING.stream(),
      // "candidate came back asking 175 base": an ask said without "for".
      java.util.stream.Stream.of("came back asking",
          // "he asked for 205 base. should we match it": the candidate's ask, heard by the company, never its offer.
          "he asked for", "she asked for", "candidate asked for", "client asked for", "cand asked for",
          "cand came back with", "cand came back at")).toList();

  /**
   * Whether a message is the company's side speaking: the candidate's ask heard beside where "we" stand ("she's asking
   * 172. we're currently at 160", "candidate wants 205 base, we're at 190"). Either alone may be a candidate's.
   */
  static boolean heardByCompany(String message) {
    String lower = message.toLowerCase(java.util.Locale.ROOT) + " ";
    // "we're at" with its figure: "she asked about my timeline. we're at the final stage" is a candidate's.
    return (Phrases.containsAny(lower, THEIR_PERSON) || Phrases.containsAny(lower, THEIR_ASK))
        && Phrases.containsAny(lower, ClausePurpose.OUR_STANDING) && OUR_FIGURE.matcher(lower).find();
  }

  /** Whether a message says where "we" stand with a figure: "we're at 165b/10%", "we are sitting at $178k". */
  static boolean ourFigure(String message) {
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    return OUR_FIGURE.matcher(lower).find() || lower.contains("going with") && GOING_WITH.matcher(lower).find();
  }

  /** "we're going with 198 base, 15% bonus": the offer the company settled on, with its figure. */
  private static final java.util.regex.Pattern GOING_WITH = java.util.regex.Pattern.compile(
      "\\bwe(?:'re|’re|re|\\s+are|'ll|\\s+will)\\s+(?:be\\s+)?going\\s+with\\s+(?:an?\\s+offer\\s+of\\s+|a\\s+base\\s+of\\s+)?\\$?\\d");

  /**
   * Their answer naming the user's counter as what it answers ("they countered my counter with 190", "she answered my
   * ask with 200"): the figure after it is theirs, so "my counter" there marks no ask of the user's.
   */
  private static final Pattern ANSWERING_MINE = Pattern.compile("\\b(?:they|she|he|recruiter|hr|the company)\\s+"
      + "(?:countered|answered|responded to|replied to|came back on|came back to|met)\\s+my\\s+(?:counter(?:offer)?"
      + "|ask|number)\\b");

  /** The user saying what they want, which is their ask and never the offer: "i want 200 base and 60 stock". */
  private static final List<String> WANT = List.of("i want ", "i wanna ", "i'd like ", "i would like ", "id like ",
      "i'm hoping for", "im hoping for", "hoping for ", "i'm looking for", "im looking for", "i'm aiming for",
      "im aiming for", "aiming for ", "i'm targeting", "im targeting", "my target is", "my ask is", "i'd want",
      "i'm going to ask for", "im going to ask for", "gonna ask for", "going to ask for", "planning to ask for",
      "i plan to ask for", "i'll ask for", "ill ask for", "i will ask for", "i'd ask for",
      // "how about I ask for 260 base and 100k/yr rsu?": an ask proposed, never their offer.
      "how about i ask for", "how about asking for", "what about asking for", "how about i counter with",
      "if i ask for", "if i asked for", "if i counter with",
      // "… and ask them to bump the grant to 360": the user's own ask of the company.
      "ask them to bump", "ask them for ", "ask them to raise", "ask them to move", "ask them to increase",
      "ask them to go to");

  /**
   * "ok lets go with 285 base", "let's counter at 200": the user settling on their own ask, with its figure right
   * after; "let's go with the 190 one" picks one of their options, which is their offer.
   */
  private static final Pattern LET_US_ASK = Pattern.compile("\\blet(?:'|’)?s\\s+(?:go\\s+with|ask\\s+for|counter\\s+"
      + "(?:with|at)|push\\s+for)\\s+(?:a\\s+base\\s+of\\s+)?[~$£€]?\\d");

  /**
   * A goal the user names right before its figure ("my goal is 195k base", "i'm shooting for 210k", "hoping to get to
   * 200"): their ask, never the offer. Only where the words lead straight to the figure: "my goal is to push the 185k
   * base they offered higher" and "hoping to get your read: they offered 185k" name their offer; "we're shooting for
   * 185" is the team's plan and "they're shooting for 180" the recruiter's figure.
   */
  private static final Pattern GOAL_LEAD = Pattern.compile("(?:^\\W*|[,;:.!]\\s*|\\b(?:i['’]?m|i\\s+am)\\s+(?:really\\s+)?"
      + "|\\bmy\\s+)(?:goal\\s+is|goal:|target\\s+is|shooting\\s+for|going\\s+for|hoping\\s+to\\s+get|hoping\\s+for)"
      + "(?:\\s+(?:to\\s+(?:get|hit|reach|land|be)|to|at|at\\s+least|about|around|roughly|something\\s+like|a\\s+base\\s+of|a))*"
      + "\\s*[~$£€]?\\s*$");

  /** A word every {@link #GOAL_LEAD} holds. */
  private static final List<String> GOAL_WORDS = List.of("goal", "target", "shooting", "going for", "hoping");

  /**
   * The user saying they will raise a figure ("i will follow up with them tomorrow about 215k base", "I'll ask them
   * about 215", "going to bring up 215k base", "planning to mention 215"): their own ask or plan, never the offer.
   */
  private static final Pattern PLAN = Pattern.compile("\\b(?:i'll|ill|i will|i'm going to|im going to|going to|gonna"
      + "|planning to|plan to|i plan to|i'd|i want to|wanna|let me|about to|should i|i should|i might|i may|thinking of"
      + "|thinking about|i can)\\s+(?:\\S+\\s+){0,3}?(?:follow(?:ing)? up|ask(?:ing)?|bring(?:ing)? up|bring(?:ing)?"
      + "|mention(?:ing)?|rais(?:e|ing)|propos(?:e|ing)|pitch(?:ing)?|float(?:ing)?|suggest(?:ing)?|push(?:ing)? for"
      + "|counter(?:ing)?|go(?:ing)?\\s+for|aim(?:ing)?\\s+for)\\b");

  /** The other side as the subject of a plan ("they're going to bring up"): their move, not the user's. */
  private static final Pattern THEIR_PLAN = Pattern.compile("\\b(?:they|they're|theyre|they'll|she|she's|she'll|he"
      + "|he's|he'll|recruiter|hr|manager|company)\\s+(?:\\S+\\s+){0,2}$");

  /** Whether the words before a figure say the user will bring it up themselves. */
  private static boolean plans(String lead) {
    Matcher plan = PLAN.matcher(lead);
    return plan.find() && !THEIR_PLAN.matcher(lead.substring(0, plan.start())).find();
  }

  /** How a wish is said: "i'd love 250", "ideally 250", "i'd be happy with 250 but it's a long shot". */
  private static final List<String> WISHING = List.of("i'd love", "i would love", "id love", "ideally", "dream",
      "in a perfect world", "happy with", "be thrilled with", "be thrilled at", "i'd really love", "i would really love",
      "id really love");

  /** {@link #WISHING}'s words right before the figure, with only words that lead to it between. */
  private static final Pattern WISH_LEAD = Pattern.compile("(?:i['’]?d\\s+(?:really\\s+|honestly\\s+)?love"
      + "|i\\s+would\\s+(?:really\\s+)?love|ideally|dream(?:\\s+(?:number|figure|base|salary|offer)\\s+(?:is|would\\s+be))?"
      + "|in\\s+a\\s+perfect\\s+world|happy\\s+with|thrilled\\s+(?:with|at))"
      + "(?:[\\s,:]+(?:to|get|see|hit|reach|land|make|be|at|with|around|about|roughly|like|something|i['’]?d|i|would"
      + "|a|an|base|of|salary|me|they['’]?d|pay|it|more)){0,6}[\\s,:]*[~$£€]?\\s*$");

  /** What makes a contented figure a wish the user doubts they will get. */
  private static final List<String> DOUBTED = List.of("long shot", "longshot", "dream", "ideally", "in a perfect world",
      "wishful", "unlikely", "not realistic", "unrealistic", "probably won't", "probably wont", "won't happen",
      "wont happen", "i'd love", "i would love", "id love", "i'd really love", "i would really love", "id really love");

  /**
   * The remark for a figure the user wishes for ("I'd be happy with 250 base but I know it's a long shot", "ideally
   * 250"): their own ask, never the offer; null where the words before it accept or sign ("i'd love to accept 185").
   */
  static String wished(String said, String message, String written) {
    int at = said.indexOf(written);
    String lead = at < 0 ? said : said.substring(0, at);
    // The wish words lead straight to the figure ("i'd love to get to 190", "ideally 250"): "I'd love some advice:
    // offer is 185k" and "my dream company offered me 185k" give their offer (s30 review).
    if (!Phrases.containsAny(lead, WISHING) || !WISH_LEAD.matcher(lead).find()
        || !Phrases.containsAny(message, DOUBTED) || lead.contains("accept")
        || lead.contains("sign") || lead.contains("take") || Phrases.containsAny(lead, Revisions.REVISION)) {
      return null;
    }
    return WANT_REMARK + written + ": that's your wish, not their offer, so their offer stays as it was. Say "
        + "\"what should I ask for?\" to see it against the market.";
  }

  /**
   * "currently at 185 base, want 230": a clause opening on "want" with no one before it is the user's own, as in a
   * diary; never a company named "want".
   */
  private static final Pattern BARE_WANT = Pattern.compile("^\\W*(?:and\\s+|but\\s+|so\\s+)?(?:want|wanting|"
      + "would\\s+like|hoping\\s+for|looking\\s+for|aiming\\s+for|targeting)\\s+(?:to\\s+(?:get|hit|reach|ask\\s+for)\\s+)?"
      + "(?:around\\s+|about\\s+|at\\s+least\\s+)?[$£€]?\\d");

  /** A word every phrase of what the user wants holds. */
  private static final List<String> WANT_WORDS = List.of("want", "like", "hoping", "looking", "aiming", "target",
      "ask", "go with", "counter with", "counter at", "push for");

  /** Someone asking on another's behalf ("asking for a candidate", "on behalf of my client"): whose offer, not an ask. */
  private static final Pattern ON_BEHALF = Pattern.compile("\\b(?:(?:ask|asking|asked|here|writing|posting|checking)"
      + "\\s+for|on\\s+behalf\\s+of)\\s+(?:(?:a|an|my|our|the|one\\s+of\\s+my|one\\s+of\\s+our)\\s+)?(?:candidate|friend|"
      + "client|colleague|co-?worker|teammate|report|direct\\s+report|mentee|someone|somebody|her|him|them)s?\\b");

  /** A clause about someone else's pay, which is neither offer: "my buddy on the same team got 240k base". */
  private static final List<String> PEER = List.of("buddy", "friend", "coworker", "co-worker", "colleague",
      "teammate", "my peer", "a peer", "someone i know", "someone on the team", "a guy on", "people on the team",
      "others on the team", "others at", "people at", "my ex-colleague", "my old manager",
      "someone starting", "someone who started", "someone else", "another new hire", "other new hire");

  /** A person's pay named by its possessive: "my brother's salary is 190k", "her manager's base". */
  private static final Pattern PERSONS_PAY = Pattern.compile("\\b(?:my|his|her|our|their|your)\\s+[a-z-]+(?:'s|’s)\\s+"
      + "(?:salary|pay|base|comp|tc|bonus|package|total comp|total)\\b");

  /** Someone close whose own offer a sentence gives: "my wife just got an offer at capital one, 195 base". */
  private static final Pattern SOMEONE_ELSES = Pattern.compile("\\bmy\\s+(wife|husband|partner|spouse|fianc[eé]e?|"
      + "girlfriend|boyfriend|gf|bf|sister|brother|roommate|friend|buddy)(?:'s)?\\b");

  /** The user's own offer named beside someone else's: "mine from ally is 182 base", "my own offer". */
  private static final Pattern MINE_TOO = Pattern.compile("\\b(?:mine|my own|my offer|for me"
      // "i have 200k base", "i got an offer": the user's own; "i have no clue if it's good" is not.
      + "|(?:i got|i have|i've got)(?=\\s+(?:an?\\s+|my\\s+)?(?:offer|\\$?\\d)))\\b");

  /**
   * The remark for a figure of someone close's own offer, said in a message that gives the user's own offer too ("my
   * wife just got an offer at capital one, 195 base + 20%. mine from ally is 182 base", "my gf got 250k from meta, i
   * have 200k base"): the figures after that person in their sentence, up to the user's own; null otherwise, as where
   * the thread coaches that person's offer ("my wife just got an offer, 160 base").
   */
  static String someoneElses(String lower, int sentenceStart, int figureAt) {
    Matcher whose = SOMEONE_ELSES.matcher(lower).region(sentenceStart, figureAt);
    int from = -1;
    String who = null;
    while (whose.find()) {
      from = whose.start();
      who = whose.group(1);
    }
    if (who == null) {
      return null;
    }
    Matcher mine = MINE_TOO.matcher(lower);
    boolean elsewhere = false;
    while (mine.find()) {
      if (mine.start() >= from && mine.start() < figureAt) {
        return null;
      }
      elsewhere = true;
    }
    // One remark for the whole stretch, whichever of its figures: said once.
    return !elsewhere ? null : "Left your " + who + "'s figures out: that offer isn't yours, so it is neither this "
        + "offer nor a competing one of yours. The counter comes from the market and your offer.";
  }

  /** What a client pays an agency for the user's work, never the user's pay: "the client pays them $85 an hour". */
  private static final Pattern BILLED = Pattern.compile("\\b(?:pays|paying|pay|bills?|billing|charges?|charging)\\s+"
      + "(?:them|the agency|the firm|the staffing (?:agency|firm))\\b(?!\\s+back)|\\bbill(?:ing)?[- ]rate\\b");

  /** Whether a remark is the one said for the user's own ask ("Noted you asked them for 215k base: …"). */
  static boolean ownAskRemark(String remark) {
    return OWN_ASK_REMARKS.stream().anyMatch(remark::startsWith);
  }

  /** "I told them 210 base": the figure right after telling them is the user's own ask. */
  private static final Pattern TOLD_THEM = Pattern.compile(
      "\\b(?:i|we) (?:told|gave|quoted) (?:them|the recruiter|her|him|hr)(?: (?:i'd take|i want|i need|i wanted"
      // "i told the recruiter my number was 200 base": the number named to them is the user's own.
      + "|i needed|i was looking for|i'm looking for|im looking for|my number (?:was|is)|my ask (?:was|is)"
      + "|my expectation (?:was|is)|my expectations (?:were|are)))?\\W*$"
      // "I sent 210, they haven't replied in a week": the figure the user sent them is their own ask. Not "we sent her
      // 160", the team's offer, nor "i sent her 160" by a recruiter.
      + "|\\bi (?:sent|emailed|replied with|responded with)(?: (?:them|back|over))*\\W*$");

  /**
   * A message that opens on a verb of asking with no subject ("countered with 232 base", "ok so asked for 215"): the
   * user writes of themself; the company's answer names them ("they countered with").
   */
  private static final Pattern UNSAID_I = Pattern.compile("^\\W*(?:(?:ok|okay|so|and|then|just|today|yesterday|"
      + "also|fyi|update|finally)[,:]?\\s+)*(?:countered|counter-?offered|asked (?:them )?for|pushed for"
      + "|went back (?:to them )?with|sent (?:them )?(?:a|my) counter)\\b");

  private static final String ASKED_REMARK = "Noted you asked them for ";

  /** How the remark for an ask the user says they sent opens ("Noted you asked them for 200: …"). */
  static final String SENT_ASK_REMARK = ASKED_REMARK;

  private static final String WANT_REMARK = "Noted you want ";

  private static final String PLAN_REMARK = "Noted you plan to bring up ";

  /** Said by the company's side or a coach: the candidate's ask, kept to place the offer beside it, never stood on. */
  private static final String CANDIDATE_REMARK = "Noted the candidate's ask of ";

  private static final List<String> OWN_ASK_REMARKS = List.of(ASKED_REMARK, WANT_REMARK, PLAN_REMARK);

  /** How the remark for the candidate's ask opens, before the figure as written. */
  static String candidateAskPrefix() {
    return CANDIDATE_REMARK;
  }

  /** Whether a remark is the one said for the candidate's ask, heard from the company's side or a coach. */
  static boolean candidateAskRemark(String remark) {
    return remark.startsWith(CANDIDATE_REMARK);
  }

  /**
   * The user's own ask on one part, kept so the thread can stand on it: a bare "170" is in thousands, as no pay part is
   * $170 a year; "10k more stock" is a step on the offer's stock; a total or a figure with no part stays a remark only.
   */
  static void addAsk(List<Figure> asks, OfferAmount a, Component part, boolean step, String text) {
    if (part == null || part == Component.TOTAL || a.percent() && part != Component.BONUS || a.range() != null) {
      return;
    }
    OfferAmount scaled = a.bare() ? a.times(1_000) : a;
    // Stock asked with no word of a year ("60k RSUs") is marked a whole grant, which the offer's terms settle.
    String after = text.substring(a.end(), Math.min(text.length(), a.end() + 30));
    boolean grant = part == Component.STOCK && !a.percent() && !Grants.PER_YEAR.matcher(after).find()
        && !after.stripLeading().startsWith("/");
    asks.add(new Figure(step && !a.percent() ? Figure.Purpose.STEP : Figure.Purpose.OFFER, part,
        scaled.whole(a.percent()), a.percent(), a.currency(), 0,
        part == Component.STOCK, a.written(), Period.YEAR, grant));
  }

  /** A clause that gives their side's answer after the user's ask: "they said the max is 158", "hr came back at 160". */
  static boolean answerToTheAsk(String clause) {
    return Attribution.opensWithThey(clause) || Phrases.containsAny(clause, THEIR_ANSWER);
  }

  /**
   * The remark for a figure that belongs to neither offer: the user's own ask ("i sent them a counter asking for
   * 215k base") or someone else's pay ("my buddy got 240k base"); null for any other clause.
   */
  static String aside(String said, String written) {
    // "asking for a candidate: they offered her 100k": a coach or recruiter speaking for someone, not an ask or a peer.
    String clause = ANSWERING_MINE.matcher(ON_BEHALF.matcher(said).replaceAll(" ")).replaceAll("they countered");
    boolean asking = clause.contains("should i") || clause.contains("can i");
    int at = clause.indexOf(written);
    String lead = at < 0 ? clause : clause.substring(0, at);
    // "countered with 232 base": a verb of asking with no subject is the user's own, as in a diary.
    boolean mine = UNSAID_I.matcher(clause).lookingAt();
    // "they came back at 195 after i countered": their answer, with the user's counter only as its time.
    // "candidate came back asking 175 base": the candidate's ask, however it came back.
    boolean theirAnswer = Phrases.containsAny(lead, Revisions.REVISION) && !Phrases.containsAny(lead, OWN_ASK) && !mine
        && !Phrases.containsAny(lead, THEIR_ASK);
    if ((Phrases.containsAny(clause, OWN_ASK) || Phrases.containsAny(clause, THEIR_ASK)) && !asking && !theirAnswer
        && Phrases.containsAny(clause, THEIR_PERSON)) {
      // "she's asking for 190 base", said by a recruiter or coach: the candidate's ask.
      return CANDIDATE_REMARK + written + ": an ask, not the offer, so the offer stays as it was. Tell "
          + "me what is agreed.";
    }
    if ((Phrases.containsAny(clause, OWN_ASK) || TOLD_THEM.matcher(lead).find() || mine) && !asking
        && !theirAnswer) {
      return ASKED_REMARK + written + ": that's your ask, not their offer, so their offer stays as it "
          + "was. Tell me what they come back with.";
    }
    if ((Phrases.containsAny(clause, WANT_WORDS) && (Phrases.containsAny(clause, WANT)
        || clause.contains("want") && BARE_WANT.matcher(clause).lookingAt() || LET_US_ASK.matcher(clause).find())
        || Phrases.containsAny(lead, GOAL_WORDS) && GOAL_LEAD.matcher(lead).find()) && !asking
        && !Phrases.containsAny(clause, Revisions.REVISION)) {
      return WANT_REMARK + written + ": that's your ask, not their offer, so their offer stays as it was. Say "
          + "\"what should I ask for?\" to see it against the market.";
    }
    if (plans(lead)) {
      return PLAN_REMARK + written + ": that's your own ask, not their offer, so their offer stays "
          + "as it was. Tell me what they come back with.";
    }
    if (BILLED.matcher(clause).find()) {
      return "Left " + written + " out: it's what the client pays the agency, not your pay. Your pay is what the "
          + "agency pays you, and the counter weighs that.";
    }
    if (Phrases.containsAny(clause, PEER) || PERSONS_PAY.matcher(clause).find()) {
      return "Left " + written + " out: it's someone else's pay, not an offer to you. Their level, timing and "
          + "history differ, so the counter comes from the market and your offer.";
    }
    return null;
  }
}
