package com.compcoach.coach;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose figures a clause gives, from the company it names as their maker: "Globex put 240k on the table",
 * "Stripe's offer is 300k", "an offer from Initech of 250k". A name that is this offer's company (the guide's) keeps
 * the figures on this offer; any other makes them a competing offer. Read by hand over the clause's words.
 */
final class Attribution {

  /** Words that name a part of pay ("Base", "RSU", "LTI", "Target"): never a company, and a pay label's word. */
  private static final Set<String> PAY_WORDS = Set.of("base", "salary", "total", "stock", "stocks", "bonus",
      "rsu", "rsus", "tc", "equity", "sign-on", "signing", "annual", "target", "ote", "lti", "sti", "variable", "incentive");
  /**
   * A plan or a hedge opening a sentence, never its maker ("Thinking 195 base, 15% bonus. Thoughts?"), but the first
   * word of a company's name when a capitalized word follows ("Planning Center") (s28).
   */
  private static final Set<String> HEDGES = Set.of("thinking", "considering", "planning", "proposing", "offering",
      "leaning", "looking", "aiming", "targeting", "maybe", "probably", "perhaps", "likely", "roughly", "around", "about",
      "approx", "approximately", "something");
  /** Capitalized words that open sentences or name components, never a company. */
  private static final Set<String> NOT_NAMES = union(union(PAY_WORDS, Set.of("i", "i'm", "i've", "i'd", "im", "they",
      "they're", "theyre", "the", "my", "we", "we're", "it", "it's", "its", "their", "our", "he", "she", "you", "your",
      "recruiter", "hr", "sorry", "actually", "also", "then", "and", "but", "so", "ok", "okay", "hi", "hey", "hello",
      "thanks", "what", "how", "should", "is", "can", "do", "just", "now", "this", "that", "a", "an", "offer",
      "update", "plus", "new", "oh", "well", "yes", "no", "yeah", "wait", "correction", "instead", "hmm", "fyi", "btw",
      "final", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "usd", "gbp", "eur", "cad",
      "aud", "inr", "jpy", "ceo", "cto", "vp", "ml", "ai", "us", "uk", "nyc", "sf", "l4", "l5", "l6", "e5", "ic",
      "other", "another", "both", "if", "when", "after", "before", "per", "competing", "walk-away", "walkaway",
      "minimum", "lever", "why", "start", "compare", "there", "here", "anyway", "first", "second", "not", "only",
      "still", "hiring", "manager", "team", "company", "bank",
      // A pay part written as an acronym the pay words lack: "LTIP 18k a year".
      "ltip",
      // The person the offer is for, as a coach or recruiter names them: "Candidate's offer: £72,000 base".
      "candidate", "candidates", "client", "clients", "applicant", "mentee", "hire", "her", "his", "him",
      // A form of the job, never its maker: "FTE at 180k or contract at $100 an hour", "Permanent at 175k".
      "fte", "perm", "permanent", "salaried", "fulltime", "full-time", "contract", "contracting", "contractor", "c2h",
      "contract-to-hire",
      // A date written short before the figures: "Dec 6: they offered 180k base", "Sept 30 deadline, 180k base".
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "saturday", "sunday",
      // The user's own wish said with no "I": "currently at 185 base, want 230", "ideally 250" (s30).
      "want", "ideally",
      // How often a part pays, never who pays it: "bonus is 15% but usually pays out around 12" (s30 lead).
      "usually", "typically", "normally", "generally", "historically", "often", "always", "sometimes", "rarely",
      "never", "mostly", "traditionally")),
      Attribution.HEDGES);
  /** Verbs of a company waiting on the user's answer: "rocket wants an answer by wednesday on their offer". */
  private static final Set<String> WAITING = Set.of("wants", "needs", "want", "need", "expects", "gave", "asked",
      "asks");

  /** Words that head a line of figures with a colon and are no company: "recap: 200 base", "comp: 190/15%". */
  private static final Set<String> HEADINGS = Set.of("comp", "compensation", "recap", "summary", "details",
      "breakdown", "package", "numbers", "figures", "verbal", "written", "revised", "current", "edit", "note", "notes",
      "total", "tc", "mine", "me", "them", "tldr", "ps", "pay", "salary", "base", "bonus", "stock", "stocks", "equity",
      "rsu", "rsus", "signing", "sign-on", "counter", "ask", "target", "range", "band", "today", "now", "initial", "original",
      "latest", "round", "before", "after", "was", "is", "old", "result", "status", "info", "news", "q", "question",
      // The user's own labels, as common as a company's name before a colon.
      "outcome", "final", "finally", "update", "updated", "offer", "offered", "new", "results", "so", "ok", "okay",
      "fyi", "context", "background", "correction", "actually", "basically", "here", "first", "second", "third",
      "then", "also", "plus", "hi", "hey", "hello", "yesterday", "last", "next", "terms", "proposal",
      "verbally", "officially", "confirmed", "agreed", "deal", "approved", "their", "theirs", "ours",
      "yours", "us", "we", "they", "she", "he", "her", "him", "client", "candidate", "friend", "wife", "husband",
      "partner", "employer", "recruiter", "hr", "manager", "letter", "email", "call", "phone", "text", "slack");
  private static final List<String> VERBS = List.of("offered", "offers", "is offering", "are offering",
      "has offered", "have offered", "put", "puts", "came in", "comes in", "came back", "come back", "gave", "gives",
      "countered", "matched", "quoted", "proposed", "pays", "will pay", "would pay", "is paying", "wants to pay",
      "want to pay", "bid", "tabled", "sent", "offer", "is at", "are at",
      // "Stripe is about to extend her an offer at 210 base": the offer named by its verb of making it.
      "extended", "is extending", "are extending", "is about to extend", "are about to extend", "will extend",
      "is going to extend",
      // "Truist has me at 190 base": the company's figure for the user, said as where it puts them.
      "has me at", "have me at", "put me at", "puts me at", "has me down at", "has me down for", "at",
      // "The Wells Fargo counteroffer is 200 base + 15% to stay": the current employer's offer to keep them.
      "counteroffer", "counter-offer", "counter offer", "retention offer", "retention package", "package");

  /**
   * Words that make a capitalized label before a figure a part of pay, not a company: a recruiter's summary pasted
   * as "RSU Grant: $120,000", "Housing Stipend: $2,000 a month", "Year 1 Total: $230,000".
   */
  private static final Set<String> PAY_LABEL_WORDS = union(PAY_WORDS, Set.of("grant", "grants", "award", "awards",
      "stipend", "allowance", "refresh", "refresher", "compensation", "comp", "commission", "sign", "signon",
      "joining", "relocation", "relo", "package", "options", "shares", "units", "retention", "vesting", "year",
      "monthly", "pay", "payment", "pension", "match", "401k", "espp", "draw"));

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

  /** Whether a label of capitalized words ("RSU Grant", "Housing Stipend") names a part of pay. */
  private static boolean paysLabel(String label) {
    for (String word : NOT_WORD.split(label.toLowerCase(Locale.ROOT))) {
      if (PAY_LABEL_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Both sets of words as one. */
  private static Set<String> union(Set<String> first, Set<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Whether a clause opens with "they": the company named last in the message, when one was. */
  static boolean opensWithThey(String clause) {
    String opening = clause.stripLeading().toLowerCase(Locale.ROOT);
    return opening.startsWith("they ") || opening.startsWith("they're") || opening.startsWith("they’re")
        || opening.startsWith("theyre ") || opening.startsWith("they'");
  }

  /** How people name the company they're negotiating with without naming it. */
  private static final List<String> HOME_SUBJECTS = List.of("they", "the recruiter", "recruiter", "hr",
      "the company", "the bank", "the hiring manager", "this company", "this offer", "their offer", "the offer");

  /**
   * People on the company's side saying a figure ("legal said the sign-on is 20k", "payroll said", "the hiring
   * manager told me"): the offer's figure, whoever of theirs says it.
   */
  private static final String THEIR_PEOPLE = "^(?:(?:and|but|so|also|then|ok|okay|update|fyi)[,:]?\\s+)*"
      + "(?:(?:the|my|their|our|a)\\s+)?(?:legal|legal team|payroll|hr|h\\.r\\.|human resources|people ops|people team"
      + "|recruiter|recruiting|recruiting team|talent|talent team|talent acquisition|ta|hiring manager|hm|hiring team"
      + "|comp team|compensation team|finance|benefits|benefits team|offer team|future manager|manager)\\s+";
  private static final java.util.regex.Pattern THEIR_SIDE_SAID = java.util.regex.Pattern.compile(THEIR_PEOPLE
      + "(?:\\S+\\s+)?(?:said|says|told me|tells me|confirmed|mentioned|wrote|emailed|texted|explained|clarified"
      + "|came back)\\b");
  /**
   * Their people named with their company ("the recruiter at coinbase said", "hr from stripe"): the company named is
   * the figures' maker, this one or another.
   */
  private static final java.util.regex.Pattern PEOPLE_AT = java.util.regex.Pattern.compile(THEIR_PEOPLE
      + "(?:at|from|with|of)\\s+");

  /**
   * A word of a company's name before its recruiter: never "the" or "my" inside it, so "spoke to sam the recruiter"
   * names a person, not a company "sam the".
   */
  private static final String RECRUITER_NAME_WORD =
      "(?!(?:the|a|an|my|your|his|her|their|our|this|that|its)\\b)[\\p{L}&.-]+";
  /**
   * A company's people named by the company before them: "w/ wells fargo recruiter", "the stripe recruiter said",
   * "talked to truist's hr": the company whose figures follow.
   */
  private static final java.util.regex.Pattern RECRUITER_OF = java.util.regex.Pattern.compile(
      "(?:^|\\s)(?:w/|with|to|from|by|the|and)\\s+(?:the\\s+)?(?<name>" + RECRUITER_NAME_WORD + "(?:\\s+"
      + RECRUITER_NAME_WORD + "){0,2}?)(?:['’]s)?"
      + "\\s+(?:recruiter|recruiting\\s+team|hr|hiring\\s+manager|talent\\s+team)\\b");
  /**
   * Words that say whose or what kind of recruiter it is ("my recruiter", "the corporate recruiter", "an in-house hr"),
   * anywhere in the words before it: never a company's name.
   */
  private static final Set<String> RECRUITER_KINDS = Set.of("a", "an", "my", "their", "your", "his", "her", "our",
      "this", "that", "that's", "thats", "what", "whose", "who", "said", "told", "one", "another",
      "corporate", "head", "lead", "in-house", "inhouse",
      "university", "campus", "college", "contract", "contracted", "contractor", "technical", "tech", "agency",
      "staffing", "sourcing", "executive", "exec", "senior", "sr", "junior", "jr", "principal", "chief", "main",
      "internal", "external", "outside", "third-party", "independent", "freelance", "hiring", "talent", "company",
      "original", "first", "second", "actual", "real", "current", "previous", "regional", "local", "global", "remote",
      "engineering", "new", "same", "other", "former", "old", "nice", "friendly", "helpful", "young", "recruiting");

  private final List<String> home;

  /** @param home the names of this offer's company ("Ally Financial", "Ally"), in any case */
  Attribution(List<String> home) {
    this.home = home.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }

  /** Who a clause's figures belong to. */
  sealed interface Owner {}

  /** This offer's company, named. */
  record Home() implements Owner {}

  /** Another company: its figures are a competing offer. */
  record Other(String name) implements Owner {}

  /** A word in a name's place with nothing to say whose it is ("stripe at 175k base"): ask, never guess. */
  record Unsure(String name) implements Owner {}

  /**
   * Today's employer making an offer to stay ("and my current employer counter offered 160 + 12%"): an alternative of
   * its own, never the figures of a company named before it in the message.
   */
  private static final java.util.regex.Pattern STAYING = java.util.regex.Pattern.compile(
      "^(?:(?:and|but|plus|also|then)[,:]?\\s+)*my\\s+(?:current\\s+|present\\s+)?(?:employer|company|job|boss|manager)\\b"
      // The offer to stay said in the clause: "… to keep me", "… countered", "a retention …"; never advice to the
      // candidate ("my manager says i should counter at 210") or the company's own move.
      + "(?!.*\\b(?:i\\s+should|told\\s+me\\s+to|tells\\s+me\\s+to|suggests?\\s+i|thinks\\s+i)\\b)"
      // Their own words quoted ("my manager said \"we can match 200 base if you stay\""): "you" is the user.
      + "(?=.*\\b(?:keep\\s+(?:me|you)|to\\s+stay|if\\s+(?:i|you)\\s+stay|stay\\s+on|retention|retain\\s+(?:me|you)"
      + "|counter(?:ed|-?offered)?|counter\\s+offer(?:ed)?|matched|match\\s+it)\\b)");

  /** The name an offer to stay is kept under. */
  static final String STAYING_NAME = "your current employer";

  /**
   * Whether the message opens with today's employer offering to keep the user ("my manager said \"we can match 200
   * base if you stay\""): its "we" is that employer's, never the user speaking for the company that made the offer.
   */
  static boolean staying(String message) {
    String lower = message.stripLeading().toLowerCase(Locale.ROOT);
    return lower.startsWith("my ") && STAYING.matcher(lower).find();
  }

  /** The company a clause names as its figures' maker, or null when it names none. */
  Owner of(String clause) {
    String opening = clause.stripLeading().toLowerCase(Locale.ROOT);
    if (STAYING.matcher(opening).find()) {
      return new Other(STAYING_NAME);
    }
    java.util.regex.Matcher recruiter = opening.contains("recruiter") || opening.contains("hr ")
        || opening.contains("hiring manager") ? RECRUITER_OF.matcher(opening) : null;
    if (recruiter != null && recruiter.find() && !NOT_NAMES.contains(recruiter.group("name").split(" ")[0])
        && java.util.Arrays.stream(recruiter.group("name").split(" ")).noneMatch(RECRUITER_KINDS::contains)) {
      // "just got off the phone w/ wells fargo recruiter - 205 base": their people named by their company.
      String named = recruiter.group("name");
      return isHome(named) ? new Home() : new Other(titled(named));
    }
    java.util.regex.Matcher at = PEOPLE_AT.matcher(opening);
    if (at.find()) {
      String named = nameAfter(List.of(opening.substring(at.end()).split("[\\s,.;:!?]+")), 0);
      if (named != null) {
        return isHome(named) ? new Home() : new Other(titled(named));
      }
    }
    if (THEIR_SIDE_SAID.matcher(opening).find()) {
      return new Home();
    }
    for (String subject : HOME_SUBJECTS) {
      // "…, and they offered 190k base": the company being negotiated with, after another's figures.
      if (opening.startsWith(subject + " ") && makes(opening, subject.length())) {
        return new Home();
      }
    }
    int n = clause.length();
    int i = 0;
    boolean first = true;
    while (i < n) {
      char c = clause.charAt(i);
      if (!Character.isLetter(c)) {
        if (Character.isDigit(c)) {
          first = false;
        }
        i++;
        continue;
      }
      int runStart = i;
      int labelStart = i;
      int runEnd = -1;
      int j = i;
      // A run of capitalized words: "Globex", "Acme Bank", "JP Morgan"; stops at the first lower-case word.
      while (j < n && Character.isUpperCase(clause.charAt(j))) {
        int wordEnd = j;
        while (wordEnd < n && (Character.isLetterOrDigit(clause.charAt(wordEnd)) || clause.charAt(wordEnd) == '&'
            || clause.charAt(wordEnd) == '.' && wordEnd + 1 < n && Character.isLetter(clause.charAt(wordEnd + 1)))) {
          wordEnd++;
        }
        String word = clause.substring(j, wordEnd).toLowerCase(Locale.ROOT);
        boolean ofFollows = joinedByOf(clause, wordEnd);
        boolean namesOn = HEDGES.contains(word) && wordEnd + 1 < n && clause.charAt(wordEnd) == ' '
            && Character.isUpperCase(clause.charAt(wordEnd + 1));
        if (NOT_NAMES.contains(word) && !namesOn && !(ofFollows && runEnd < 0 && word.equals("bank"))) {
          if (runEnd < 0) {
            runStart = wordEnd;
          } else {
            break;
          }
        } else {
          runEnd = wordEnd;
        }
        j = wordEnd;
        if (ofFollows && runEnd > 0) {
          // "Bank of America", "Royal Bank of Canada": "of" between capitalized words is inside one name.
          j += 4;
        } else if (j < n && clause.charAt(j) == ' ' && j + 1 < n && Character.isUpperCase(clause.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      if (runEnd > 0) {
        String name = clause.substring(runStart, runEnd).trim();
        if (!name.isEmpty() && (first && figureFollows(clause, runEnd) && !paysLabel(clause.substring(labelStart,
            runEnd)) || makes(clause, runEnd)
            || after(clause, runStart, "from") || pursued(clause.substring(0, runStart)))) {
          return isHome(name) ? new Home() : new Other(name);
        }
      }
      first = false;
      i = Math.max(j, i + 1);
      while (i < n && Character.isLetterOrDigit(clause.charAt(i))) {
        i++;
      }
    }
    return lowerCase(clause);
  }

  /**
   * Slack is typed in lower case: "offer from ally", "380k tc from google", "capital one already gave me 215 base",
   * "she also has stripe at 175 base", "the other co (discover) offered 170k". A lower-case name counts only where
   * its place says it is a maker: after "from", before an offer verb as the clause's subject, or held ("has stripe
   * at"); a word after "the", "my" or "a" is a noun ("the startup offered"), never a name.
   */
  private Owner lowerCase(String clause) {
    String lower = clause.toLowerCase(Locale.ROOT);
    if (!maybeNamed(lower)) {
      return null;
    }
    List<String> words = new java.util.ArrayList<>();
    List<Integer> ends = new java.util.ArrayList<>();
    int n = lower.length();
    for (int i = 0; i < n; ) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '(' ) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(lower.charAt(i)) || "'’&().-".indexOf(lower.charAt(i)) >= 0)) {
          i++;
        }
        words.add(strip(lower.substring(start, i)));
        ends.add(i);
      } else if (c == ':' || c == '/' || c == '~' || c == '@') {
        // A colon or slash ends a name ("from ally: 150k", "stripe at 175 base / 40k bonus").
        words.add(String.valueOf(c));
        ends.add(i + 1);
        i++;
      } else {
        i++;
      }
    }
    int colonAt = words.indexOf(":");
    if (colonAt >= 1 && colonAt <= 5 && competingHeading(words.subList(0, colonAt))) {
      // "competing: stripe 200 base": under a heading that says the figures are another offer, the words before
      // them are its maker.
      String named = nameAfter(words, colonAt + 1);
      int after = colonAt + 1 + (named == null ? 0 : named.split(" ").length);
      if (named != null && after < words.size() && Character.isDigit(words.get(after).charAt(0))) {
        return isHome(named) ? new Home() : new Other(titled(named));
      }
    }
    if (colonAt >= 2 && colonAt <= 3 && colonAt + 1 < words.size() && (Character.isDigit(words.get(colonAt + 1)
        .charAt(0)) || words.get(colonAt + 1).equals("~")) && nameAfter(words, 0) != null
        && nameAfter(words, 0).split(" ").length == colonAt) {
      // "capital one: 200 base": a name of two or three words before a colon and its figures names whose they are,
      // as "datadog:" does.
      String named = nameAfter(words, 0);
      return isHome(named) ? new Home() : new Other(titled(named));
    }
    // "bank of america is at 190k": "of" joins two name words.
    String leading = words.size() > 2 && nameWord(words.get(0)) && words.get(1).equals("of") && nameWord(words.get(2))
        ? String.join(" ", words.subList(0, 3)) : nameAfter(words, 0);
    int afterLeading = leading == null ? 0 : leading.split(" ").length;
    if (afterLeading >= 2 && afterLeading + 2 < words.size() && HELD_AT.contains(words.get(afterLeading))
        && words.get(afterLeading + 1).equals("at") && Character.isDigit(words.get(afterLeading + 2).charAt(0))) {
      // "capital one is at 195 base": a name of two or three words held at its figures, as "google is at 190" is.
      return isHome(leading) ? new Home() : new Other(titled(leading));
    }
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      String name = null;
      if (w == 0 && words.size() > 1 && nameWord(word) && !word.endsWith("ing") && (!word.endsWith("ly")
          || home.contains(word))
          && !word.equals("one") && PartWords.partSlip(word) == null) {
        // "google is at 190 base" says the same as "google at 190 base".
        int atWord = words.size() > 3 && (words.get(1).equals("is") || words.get(1).equals("was")) ? 2 : 1;
        boolean at = words.size() > atWord + 1 && words.get(atWord).equals("at")
            && (Character.isDigit(words.get(atWord + 1).charAt(0)) || words.get(atWord + 1).equals("~"));
        boolean colon = words.size() > 2 && words.get(1).equals(":")
            && (Character.isDigit(words.get(2).charAt(0)) || words.get(2).equals("~"));
        if (at) {
          // "stripe at 175k base": a company held at its figures, as "she has stripe at 175k" says in full.
          return home.contains(word) ? new Home() : new Other(titled(word));
        }
        if (WAITING.contains(words.get(1)) && !home.contains(word) && words.contains("their")
            && words.indexOf("their") + 1 < words.size() && words.get(words.indexOf("their") + 1).startsWith("offer")) {
          // "rocket wants an answer by wednesday on their offer: 185 base": a company waiting on an answer to its
          // own offer, or a recruiter ("sarah needs an answer … on their offer"): a person's name and a company's
          // look alike here, so only the user can say whose.
          return new Unsure(word);
        }
        if (colon && !HEADINGS.contains(word) && !home.contains(word)) {
          // "datadog: 225 base, 15% bonus": a name and a colon before the figures, not this thread's company, is
          // another company's offer; the user's own words before a colon ("outcome:", "final:") are HEADINGS.
          return new Other(titled(word));
        }
        if (colon && HEADINGS.contains(word)) {
          // "outcome: 205 base", "recap: 200 base": the user's own label, whose figures are this offer's.
          continue;
        }
        if (colon || Character.isDigit(words.get(1).charAt(0))) {
          // "stripe 205 base": a company's name or a word of the user's, only the user can say.
          return home.contains(word) ? new Home() : new Unsure(word);
        }
        if (atWord == 2 && Character.isDigit(words.get(2).charAt(0))) {
          // "…and ally is 180k base": the company and its figures, as "ally 180k base" says; another name is only
          // the user's to say ("chase is 195k base" may be the bank or a word of theirs).
          return home.contains(word) ? new Home() : new Unsure(word);
        }
      }
      if (word.equals("from")) {
        name = nameAfter(words, w + 1);
      } else if ((word.equals("at") || word.equals("with") || word.equals("to"))
          && pursued(String.join(" ", words.subList(0, w + 1)))) {
        // "she's also interviewing at bofa, they're at 175": the other company in the process, not this one.
        name = nameAfter(words, w + 1);
      } else if (WEIGHED_AGAINST.contains(word) && w + 3 < words.size()
          && (!word.equals("to") && !word.equals("with") || lower.contains("compar"))) {
        // "is it better than google at 250k?", "compared to stripe at 230": the other side of a comparison, held at
        // its figures, is another company as "Google at 250k" is.
        String held = nameAfter(words, w + 1);
        int after = w + 1 + (held == null ? 0 : held.split(" ").length);
        if (held != null && after + 1 < words.size() && words.get(after).equals("at")
            && (Character.isDigit(words.get(after + 1).charAt(0)) || words.get(after + 1).equals("~"))) {
          name = held;
        }
      } else if (word.equals("offer") && w >= 2 && w + 1 < words.size() && ONE_OF.contains(words.get(w - 2))
          && nameWord(words.get(w - 1)) && !SAID_OF_AN_OFFER.contains(words.get(w - 1))
          && (words.get(w + 1).equals("at") || words.get(w + 1).equals("of") || words.get(w + 1).equals(":"))) {
        // "a bangalore offer at ₹45 LPA", "an amazon offer of 300k": the offer named by its maker or its place.
        name = words.get(w - 1);
      } else if (HOLDS.contains(word) && w + 2 < words.size()) {
        // "has stripe at 175 base": the name between a verb of having and "at" or its figure.
        String held = nameAfter(words, w + 1);
        int after = w + 1 + (held == null ? 0 : held.split(" ").length);
        if (held != null && after < words.size() && (words.get(after).equals("at")
            || Character.isDigit(words.get(after).charAt(0))
            || words.get(after).equals(":") && (words.contains("also") || words.contains("too"))
            || onTheTable(words, after) && (words.contains("also") || words.contains("too")))) {
          // "i also have zurich: CHF 140k": held beside this offer, with its figures after a colon; "also have london
          // on the table, £120k": with its figures after the phrase.
          name = held;
          if (word.equals("had") && !isHome(held)) {
            // "I had stripe at 200 base before I got laid off": pay at a past job, never an offer held (ClausePurpose
            // reads it as pay before). Only an offer used as leverage ("… so I told ally", "had an offer") is one held
            // before; any other "had" is asked whose.
            if (ClausePurpose.pastJob(lower)) {
              name = null;
            } else if (!HAD_AS_LEVERAGE.matcher(lower).find()) {
              return new Unsure(held);
            }
          }
        }
      } else if (w > 0 && STRONG.contains(word) && (!word.equals("came") || w + 1 < words.size()
          && CAME.contains(words.get(w + 1))) || w > 0 && madeAnOffer(words, w)) {
        name = nameBefore(words, w);
      } else if (w > 0 && SAID.contains(word)) {
        String speaker = nameBefore(words, w);
        if (speaker != null) {
          return home.contains(speaker) ? new Home() : new Unsure(speaker);
        }
        // "he says amazon is at 250k all in": the name said to be at a figure is the company that pays it.
        String held = nameAfter(words, w + 1);
        int after = w + 1 + (held == null ? 0 : held.split(" ").length);
        if (held != null && after + 2 < words.size() && (words.get(after).equals("is")
            || words.get(after).equals("are")) && words.get(after + 1).equals("at")
            && (Character.isDigit(words.get(after + 2).charAt(0)) || words.get(after + 2).startsWith("$"))) {
          name = held;
        }
      }
      if (name == null && (word.endsWith("'s") || word.endsWith("’s")) && w + 1 < words.size()) {
        // "stripe's 210k", "google's recruiter said 280k": a possessive before its figures or its people.
        String owner = word.substring(0, word.length() - 2);
        String next = words.get(w + 1);
        boolean someone = PEOPLE.contains(owner) || w > 0 && OWNERS.contains(words.get(w - 1));
        if (nameWord(owner) && !someone && (Character.isDigit(next.charAt(0)) || POSSESSED.contains(next))) {
          name = possessor(words, w, owner);
        }
      }
      if (name == null) {
        for (String h : home) {
          // This offer's company named in lower case with a maker cue: "ally offered", "ally's offer".
          if (word.equals(h) || word.equals(h + "'s") || word.equals(h + "’s")) {
            if (word.length() > h.length() || w + 1 < words.size() && (makes(lower, ends.get(w))
                || Character.isDigit(words.get(w + 1).charAt(0))
                || words.get(w + 1).equals(":") && w + 2 < words.size() && Character.isDigit(words.get(w + 2).charAt(0)))) {
              return new Home();
            }
          }
        }
        continue;
      }
      return isHome(name) ? new Home() : new Other(titled(name));
    }
    return null;
  }

  /**
   * A heading before a colon that makes what follows another company's offer: "competing: stripe 200 base", "got two
   * other offers: capital one 200 base…", "competitor:".
   */
  private static boolean competingHeading(List<String> heading) {
    String last = heading.get(heading.size() - 1);
    boolean other = heading.contains("other") || heading.contains("another") || heading.contains("competing");
    return last.startsWith("compet") || other && (last.startsWith("offer") || last.equals("other")
        || last.equals("ones"));
  }

  /** "capital one made me an offer", "pnc made an offer": "made" as an offer verb, only with the offer after it. */
  private static boolean madeAnOffer(List<String> words, int w) {
    return words.get(w).equals("made") && words.subList(w + 1, Math.min(words.size(), w + 4)).contains("offer");
  }

  /** Whether a clause holds any place a lower-case name can stand: most clauses hold none, and skip the words. */
  private boolean maybeNamed(String lower) {
    if (lower.contains("from") || lower.contains("offered") || lower.contains("offers") || lower.contains("gave")
        || lower.contains("came") || lower.contains("quoted") || lower.contains("proposed") || lower.contains("pays")
        || lower.contains("matched") || lower.contains("tabled") || lower.contains("countered")
        || lower.contains("said") || lower.contains("says") || lower.contains("mentioned") || lower.contains("told")
        || lower.contains("floated") || lower.contains("promised") || lower.contains("indicated")
        || lower.contains("hinted") || lower.contains("interview") || lower.contains("onsite")
        || lower.contains("round") || lower.contains("process with") || lower.contains("talk")
        || lower.contains("on the table") || lower.contains("in hand") || lower.contains("made me an offer")
        || lower.contains("made an offer")
        || lower.contains("'s ") || lower.contains("’s ") || lower.contains("competing:")
        || lower.contains("other offer:") || lower.contains("other offers:") || lower.contains("competitor:")
        || figureAfter(lower, " at ") || figureAfter(lower, ":") || wordThenFigure(lower)) {
      return true;
    }
    for (String h : home) {
      if (lower.contains(h)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause opens with one word and then a figure: "stripe 205 base", "amazon 200k", "google is 210k". */
  private static boolean wordThenFigure(String lower) {
    int i = 0;
    int n = lower.length();
    while (i < n && !Character.isLetter(lower.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < n && Character.isLetter(lower.charAt(i))) {
      i++;
    }
    if (i > start && (lower.startsWith(" is ", i) || lower.startsWith(" was ", i))) {
      // "google is 210k base": the same, said with "is".
      i = lower.indexOf(' ', i + 1);
    }
    return i > start && i + 1 < n && lower.charAt(i) == ' ' && Character.isDigit(lower.charAt(i + 1));
  }

  /** Whether a figure follows {@code mark} somewhere: "stripe at 175k", "amazon: 200k", "chime at ~250k". */
  private static boolean figureAfter(String lower, String mark) {
    for (int at = lower.indexOf(mark); at >= 0; at = lower.indexOf(mark, at + 1)) {
      int i = at + mark.length();
      while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '~'
          || Character.getType(lower.charAt(i)) == Character.CURRENCY_SYMBOL)) {
        i++;
      }
      int code = i;
      while (code < lower.length() && code - i < 3 && Character.isLetter(lower.charAt(code))) {
        code++;
      }
      if (code - i == 3 && code + 1 < lower.length() && lower.charAt(code) == ' ') {
        // "zurich: chf 140k": a currency code before the figure.
        i = code + 1;
      }
      if (i < lower.length() && Character.isDigit(lower.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code at} say an offer is held: "on the table", "in hand". */
  private static boolean onTheTable(List<String> words, int at) {
    return at + 2 < words.size() && (words.get(at).equals("on") && words.get(at + 1).equals("the")
        && words.get(at + 2).equals("table") || words.get(at).equals("in") && words.get(at + 1).equals("hand"));
  }

  /**
   * What a company's possessive names before its figures: "google's recruiter", "stripe's offer", and its parts
   * ("robinhood's rsus should be around 100k").
   */
  private static final Set<String> POSSESSED = Set.of("offer", "recruiter", "package", "number", "tc", "comp",
      "base", "hr", "team", "verbal", "counter", "counteroffer", "bid", "salary", "bonus", "rsu", "rsus", "stock",
      "equity", "grant", "options", "sign-on", "signing", "total");

  /** People whose pay a possessive names, never a company: "my brother's salary is 190k". */
  private static final Set<String> PEOPLE = Set.of("brother", "sister", "wife", "husband", "partner", "spouse",
      "friend", "buddy", "mom", "dad", "mother", "father", "boss", "manager", "coworker", "co-worker", "colleague",
      "roommate", "cousin", "gf", "bf", "girlfriend", "boyfriend", "teammate", "fiance", "fiancee", "son", "daughter",
      "neighbor", "neighbour", "mentor", "peer");
  /** Words that make the possessive after them a person's: "my brother's", "her manager's". */
  private static final Set<String> OWNERS = Set.of("my", "his", "her", "our", "their", "your");

  /** Words before the other side of a comparison: "better than google at 250k", "compared to stripe at 230". */
  private static final Set<String> WEIGHED_AGAINST = Set.of("than", "vs", "versus", "against", "to", "with");
  /** Articles before an offer named by its maker or place: "a bangalore offer", "another meta offer". */
  private static final Set<String> ONE_OF = Set.of("a", "an", "another");
  /** Words said of an offer in a name's place, never a maker: "a good offer at 200k", "a remote offer of 150k". */
  private static final Set<String> SAID_OF_AN_OFFER = Set.of("good", "great", "better", "best", "bad", "decent",
      "solid", "strong", "weak", "real", "formal", "official", "lowball", "generous", "fair", "firm", "competitive",
      "initial", "remote", "onsite", "hybrid", "full", "permanent", "exploding", "tentative", "conditional", "signed",
      "amazing", "nice", "big", "huge", "small", "low", "high", "similar", "same", "different", "higher", "lower",
      "actual", "revised", "last", "previous", "local", "serious", "paper", "fulltime",
      "full-time", "part-time", "internal", "external", "us", "uk", "eu", "overseas", "foreign", "domestic");
  /** Verbs of having before a lower-case name: "she has stripe at 175 base", "got chime at 250 tc". */
  private static final Set<String> HOLDS = Set.of("has", "have", "got", "holding",
      // "I had datadog at 200 base 50 rsu so I told ally": the offer held before telling this company (s30).
      "had");
  /** Words that make "i had <name> at 200" an offer the user held and used: "so I told ally", "their offer". */
  private static final java.util.regex.Pattern HAD_AS_LEVERAGE = java.util.regex.Pattern.compile(
      "\\b(?:so\\s+i\\s+(?:told|showed|used|mentioned)|told\\s+(?:them|ally|the\\s+recruiter)|offers?|competing|leverage"
      + "|matched?)\\b");
  /** Offer verbs whose subject may be a lower-case name: "capital one already gave me", "google offered". */
  private static final Set<String> STRONG = Set.of("offered", "gave", "countered", "quoted", "proposed",
      "came", "pays", "matched", "tabled", "offers");
  private static final Set<String> CAME = Set.of("in", "back", "thru", "through");
  /**
   * Verbs of saying after a lower-case word: "meta said something like 120 base". The word may be a company or a
   * person ("jess said 120"), so its figures are asked about, never taken as this offer's.
   */
  private static final Set<String> SAID = Set.of("said", "says", "mentioned", "floated", "promised", "indicated",
      "hinted", "told");
  /** Words between a subject and its verb: "capital one already gave me". */
  private static final Set<String> ADVERBS = Set.of("already", "also", "just", "finally", "initially", "originally",
      "officially", "verbally", "actually", "apparently", "then", "too");
  /** Lower-case words that are never a company's name where a name could stand. */
  private static final Set<String> NOT_LOWER_NAMES = Set.of(
      "over", "under", "two", "three", "several", "multiple", "couple", "them", "him", "her", "me", "us", "home", "scratch", "last", "next", "today", "tomorrow", "yesterday", "work",
      "client", "candidate", "manager", "mgr", "boss", "employer", "company", "team", "org", "lead", "director", "person", "guy", "people", "folks",
      "panel", "committee", "startup", "someone", "somebody", "everyone", "one", "which", "who", "that", "these",
      "those", "in", "for", "with", "at", "of", "on", "to", "by", "as", "is", "was", "are", "were", "be", "been",
      "has", "have", "had", "gave", "got", "offered", "came", "said", "says", "told", "verbal", "verbally",
      // "he claims capital one offered 280k": a verb of saying before the name is no part of it.
      "claims", "claimed", "reckons", "thinks", "believes", "swears", "insists",
      "written", "writing", "email", "call", "phone", "linkedin", "slack", "levels", "glassdoor", "co", "firm",
      "place", "job", "role", "position", "all", "in-hand", "hand", "cash", "options", "option", "shares", "share",
      "k", "m", "usd", "year", "years", "month", "months", "week", "weeks", "yr", "yrs", "ta", "talent",
      "recruiters", "ish", "about", "around", "roughly", "approx", "approximately", "maybe", "like", "yoe", "lol",
      "tbh", "fwiw", "imo", "idk", "pls", "please", "thx", "ty", "cad", "eur", "gbp", "comp", "pay", "package",
      "signon", "sign", "grant", "relo", "relocation", "stipend", "allowance", "currently", "still", "now",
      "probably", "definitely", "up", "down", "rate", "number", "figure", "ask", "counter", "target", "aim", "band",
      "range", "top", "bottom", "mid", "midpoint", "max", "min", "level", "offer", "sitting", "stuck", "capped",
      "topped", "landed", "settled", "valued", "priced", "vesting", "vest", "vests", "recap", "details", "summary",
      "numbers", "breakdown", "final", "new", "old", "current", "latest", "revised", "updated", "edit", "note", "re",
      "fwd", "rn", "atm", "the", "moment", "right", "base", "tc", "mine", "ours", "theirs", "his", "hers", "ote", "ctc",
      "retention", "welcome", "guaranteed", "commission", "commissions", "variable", "fixed", "benefits", "pto",
      "hsa", "fsa", "match", "cliff", "everything", "nothing", "something", "letter", "document", "doc", "paperwork", "posting", "listing", "jd",
      "website", "portal", "policy", "plan", "mentioned", "floated", "promised", "indicated", "hinted", "severance", "notice", "equity", "salary", "bonus", "stock", "rsu", "rsus", "spiff",
      "quota", "bump", "raise", "promo", "promotion", "merit", "refresh", "refresher", "refreshers", "cola",
      "hourly", "day", "daily", "contract", "w2", "1099", "c2c", "plus", "and", "or", "so", "then", "ok", "okay",
      "yes", "no", "first", "total", "gross", "net", "after", "before", "tax", "taxes",
      // Verbs of a step or a what-if ("and add 10k sign-on", "throw in 5k", "only 195 base").
      "add", "adds", "adding", "added", "throw", "throws", "threw", "give", "gives", "giving", "make", "makes",
      "extra", "another", "only", "just", "also", "even", "go", "goes", "went", "do", "does", "did", "offering",
      // A form of the job, never its maker: "either fte at 180k or contracting at $100/hr".
      "fte", "perm", "permanent", "salaried", "fulltime", "full-time", "contracting", "contractor", "c2h",
      "contract-to-hire");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "my", "their", "our", "this", "that", "his",
      "her", "your", "its", "some", "another", "other", "each", "every");

  /** Words after which a name of two or three words may start: "the fifth third's offer", "and capital one's 200". */
  private static final Set<String> BEFORE_A_NAME = Set.of("the", "from", "at", "with", "and", "or", "vs", "but",
      "than", "also", ":");

  /**
   * The whole name before a possessive: "fifth third's offer" is Fifth Third, not Third. The words before it join only
   * where a name can start (the message's start or after "the", "and", "from"…), never an adverb ("honestly").
   */
  private static String possessor(List<String> words, int w, String owner) {
    int k = w;
    while (k > 0 && w - k < 2 && nameWord(words.get(k - 1)) && !words.get(k - 1).endsWith("ly")) {
      k--;
    }
    while (k < w && k > 0 && !BEFORE_A_NAME.contains(words.get(k - 1))) {
      k++;
    }
    return k == w ? owner : String.join(" ", words.subList(k, w)) + " " + owner;
  }

  /** The name after the last " at " of a message about pay today ("making 210k tc at jpm" is JPM), or null. */
  static String employerAt(String lower) {
    int at = lower.lastIndexOf(" at ");
    if (at < 0) {
      return null;
    }
    // The name ends with its clause: "at wells, ally offered…" is Wells, not "Wells Ally".
    String after = lower.substring(at + 4).split("[,;!?\\n]", 2)[0];
    List<String> words = new java.util.ArrayList<>();
    for (String word : after.split("[\\s,.;!?]+")) {
      words.add(strip(word));
    }
    String name = nameAfter(words, 0);
    return name == null ? null : titled(name);
  }

  /** Up to three name words from {@code from}, or null when the first is not a name. */
  /** The verbs between a name and "at" its figures: "capital one is at 195". */
  private static final Set<String> HELD_AT = Set.of("is", "was", "are");

  private static String nameAfter(List<String> words, int from) {
    StringBuilder name = new StringBuilder();
    for (int k = from; k < words.size() && k < from + 3; k++) {
      String word = words.get(k);
      if (!nameWord(word) && !(name.length() > 0 && word.equals("one"))
          || name.length() > 0 && word.endsWith("ing")) {
        // "at jpmorgan making 190": a verb after the name ends it.
        break;
      }
      name.append(name.length() == 0 ? "" : " ").append(word);
    }
    return name.length() == 0 ? null : name.toString();
  }

  /** Up to three name words before the verb at {@code verb}, past adverbs; null after an article or none. */
  private static String nameBefore(List<String> words, int verb) {
    int k = verb - 1;
    while (k >= 0 && ADVERBS.contains(words.get(k))) {
      k--;
    }
    int end = k;
    while (k >= 0 && end - k < 3 && (nameWord(words.get(k))
        || k == end && words.get(k).equals("one") && k > 0 && nameWord(words.get(k - 1)))) {
      k--;
    }
    if (k == end || k >= 0 && ARTICLES.contains(words.get(k))) {
      return null;
    }
    return String.join(" ", words.subList(k + 1, end + 1));
  }

  private static boolean nameWord(String word) {
    return !word.isEmpty() && Character.isLetter(word.charAt(0)) && word.chars().allMatch(ch -> ch != '\'')
        && !NOT_NAMES.contains(word) && !NOT_LOWER_NAMES.contains(word) && !ARTICLES.contains(word)
        && !ADVERBS.contains(word) && !HOLDS.contains(word);
  }

  /** A word without the brackets around it: "(discover)" is "discover". */
  private static String strip(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && "(".indexOf(word.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ").-'’".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(start, end);
  }

  /** A lower-case name as a name is written: "capital one" is "Capital One"; a short one is an initialism. */
  static String titled(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split(" ")) {
      out.append(out.length() == 0 ? "" : " ").append(word.length() <= 3 && !word.equals("one")
          ? word.toUpperCase(Locale.ROOT) : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }

  /**
   * Whether an opening name is followed straight by its figures ("Globex: 240k", "Globex 240k base"): a capitalised
   * word that opens a sentence and goes on in words ("Package from Ally: …") is just the sentence's first word.
   */
  private static boolean figureFollows(String clause, int end) {
    int i = end;
    while (i < clause.length() && (clause.charAt(i) == ' ' || clause.charAt(i) == ':' || clause.charAt(i) == ',')) {
      i++;
    }
    if (i >= clause.length()) {
      return false;
    }
    char c = clause.charAt(i);
    return Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  private boolean isHome(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String h : home) {
      if (lower.equals(h) || h.startsWith(lower + " ") || lower.startsWith(h + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words after a name say it made the figures: "offered", "put", "'s offer". */
  private static boolean makes(String clause, int end) {
    if (end < clause.length() && (clause.startsWith("'s", end) || clause.startsWith("’s", end))) {
      return true;
    }
    String rest = clause.substring(end, Math.min(clause.length(), end + 34)).toLowerCase(Locale.ROOT).stripLeading();
    // "Truist just sent 200 base", "Truist finally came back": an adverb between the name and its verb.
    int space = rest.indexOf(' ');
    if (space > 0 && ADVERBS.contains(rest.substring(0, space))) {
      rest = rest.substring(space + 1);
    }
    for (String verb : VERBS) {
      if (rest.startsWith(verb) && (rest.length() == verb.length() || !Character.isLetter(rest.charAt(verb.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Words before a company the candidate is in another process with: "interviewing at", "final round with". */
  private static final List<String> PURSUED = List.of("interviewing at", "interviewing with", "interview at",
      "interview with", "interviews at", "interviews with", "onsite at", "onsite with", "final round at",
      "final round with", "final rounds at", "final rounds with", "in process with", "in the process with",
      "in talks with", "talking to", "talking with", "loop at", "loop with",
      // "my first choice is Truist, they just sent 200 base": the company preferred is one the user is talking to.
      "first choice is", "top choice is", "1st choice is", "number one choice is");

  /** Whether the text before a name ends in words that put the name in another hiring process. */
  private static boolean pursued(String before) {
    String lower = before.toLowerCase(Locale.ROOT).stripTrailing();
    for (String cue : PURSUED) {
      if (lower.endsWith(cue) && (lower.length() == cue.length()
          || !Character.isLetter(lower.charAt(lower.length() - cue.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether " of " and a capitalized word follow {@code end}: the joint of "Bank of America". */
  private static boolean joinedByOf(String clause, int end) {
    return clause.startsWith(" of ", end) && end + 4 < clause.length() && Character.isUpperCase(clause.charAt(end + 4));
  }

  private static boolean after(String clause, int start, String word) {
    String before = clause.substring(Math.max(0, start - word.length() - 2), start).toLowerCase(Locale.ROOT).trim();
    return before.endsWith(word) && (before.length() == word.length()
        || !Character.isLetter(before.charAt(before.length() - word.length() - 1)));
  }
}
