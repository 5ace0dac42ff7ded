package com.compcoach.coach;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who each clause's figures belong to: this offer's company, another company, the user or someone they speak for. */
final class Whose {

  private Whose() {}

  /** What a clause's figures are for and, for a competing offer, whose. */
  record Said(Figure.Purpose purpose, String from) {
    static final Said THIS_OFFER = new Said(Figure.Purpose.OFFER, null);
    /**
     * The other form the same job is offered in ("… or contract at $95/hr"): no competing offer, so never claimed as
     * one to the company; its figures are left out with a remark.
     */
    static final Said OTHER_FORM = new Said(Figure.Purpose.COMPETING, "the other form of this job");
  }

  /** Whose figures each clause gives and what for, carried along a sentence until a clause says otherwise. */
  static Said[] said(String text, String clean, List<int[]> clauses, Attribution attribution,
      String[] unsure) {
    Said[] out = new Said[clauses.size()];
    Said carried = Said.THIS_OFFER;
    Attribution.Owner[] owners = new Attribution.Owner[clauses.size()];
    boolean homeNamed = false;
    Attribution.Other lastOther = null;
    // "a final round at another bank next week, they hinted ~190 base": "they" is the employer just named by what it
    // is, with no figure of its own, not this offer's company.
    boolean[] theyElsewhere = new boolean[clauses.size()];
    boolean elsewhereNamed = false;
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
          && !Clauses.holdsDigit(text, clauses.get(k - 1))) {
        // "an offer from monzo, they offered £95k": "they" is the company the sentence has just named, before any
        // figure of its own; after its figures ("Meta came in at 350k and they offered 190k") it is this company.
        owners[k] = named;
      }
      if (owners[k] instanceof Attribution.Other other) {
        lastOther = other;
      }
      homeNamed |= owners[k] instanceof Attribution.Home;
      theyElsewhere[k] = owners[k] == null && elsewhereNamed && Attribution.opensWithThey(clauseText);
      elsewhereNamed = owners[k] == null && !Clauses.holdsDigit(text, clauses.get(k))
          ? elsewhereNamed || ClausePurpose.namesAnotherEmployer(clauseText.toLowerCase(Locale.ROOT))
          : elsewhereNamed && owners[k] == null;
    }
    Said offeredElsewhere = null;
    // "just got another offer from Truist!! 168k base + 20k sign on": a sentence that names another offer and gives no
    // figure of its own points at the next one, whose figures with no owner or offer verb of their own are that offer's.
    Said namedAhead = null;
    Said namedInSentence = null;
    boolean sentenceHasFigure = false;
    for (int k = 0; k < clauses.size(); k++) {
      int[] clause = clauses.get(k);
      String clauseText = clean.substring(clause[0], clause[1]);
      Figure.Purpose words = ClausePurpose.purpose(clauseText);
      if (words == Figure.Purpose.OFFER && ClausePurpose.contentWith(clauseText, clean)) {
        words = Figure.Purpose.WALK_AWAY;
      }
      if (words == Figure.Purpose.CURRENT && clauseText.contains(" now") && k > 0
          && Phrases.containsAny(clean.substring(0, clause[0]).toLowerCase(java.util.Locale.ROOT), Revisions.REVISION)) {
        // "they came back, my base now 195k": the base now is the one they came back with, not pay today.
        words = Figure.Purpose.OFFER;
      }
      if (words == Figure.Purpose.OFFER && k > 0 && clauses.get(k - 1)[2] == 0 && saysNow(clauseText)
          && !Clauses.holdsDigit(text, clauses.get(k - 1)) && !THEIR_FIGURE.matcher(clauseText).find()
          && WORKS_AT.matcher(clean.substring(clauses.get(k - 1)[0], clauses.get(k - 1)[1])).find()) {
        // "i work at truist, 165 base now": pay at the employer the sentence has just named, never this offer; but
        // "i work at truist, they offered 190 base now" is their figure, whoever the user works for.
        words = Figure.Purpose.CURRENT;
      }
      if (words == Figure.Purpose.CURRENT && offeredElsewhere != null && ClausePurpose.paidThere(clauseText)) {
        // "i also have an offer from truist. my base there would be 205": "there" is the company whose offer the
        // message has just named, not where the user works today.
        out[k] = offeredElsewhere;
        carried = clause[2] == 1 ? Said.THIS_OFFER : offeredElsewhere;
        continue;
      }
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
      Figure.Purpose form = words == Figure.Purpose.OFFER && !(owner instanceof Attribution.Other)
          ? ClausePurpose.formOffered(clauseText, clean) : null;
      if (form != null) {
        // "contract at $110/hr or full time at 175 base": the full-time job is the offer, the contract the other one.
        out[k] = form == Figure.Purpose.OFFER ? Said.THIS_OFFER : Said.OTHER_FORM;
        carried = clause[2] == 1 ? Said.THIS_OFFER : out[k];
        continue;
      }
      if (words == Figure.Purpose.FORFEITED || words == Figure.Purpose.WALK_AWAY
          || words == Figure.Purpose.CURRENT) {
        now = new Said(words, null);
      } else if (owner instanceof Attribution.Home) {
        now = Said.THIS_OFFER;
      } else if (theyElsewhere[k]) {
        now = new Said(Figure.Purpose.COMPETING, null);
      } else if (words == Figure.Purpose.COMPETING || owner instanceof Attribution.Other) {
        now = new Said(Figure.Purpose.COMPETING, from);
      } else if (WhatIfWords.wonBackMove(clauseText) != null) {
        // "she went with another company, can we win her back with 180 base?": the company's own move, never the
        // other company's offer carried on from the clause that says why she is gone.
        now = Said.THIS_OFFER;
      } else if ((carried.purpose() == Figure.Purpose.CURRENT || carried.purpose() == Figure.Purpose.WALK_AWAY)
          && (clauseText.toLowerCase(Locale.ROOT).contains("offer")
          || THEIRS_AFTER_MINE.matcher(clean.substring(Math.max(0, clause[0] - 8), clause[0]).replaceAll(".*\\d", "")
              + clauseText).lookingAt())) {
        // "he's on 140 right now, we're offering 160 base": pay today runs on to the next clause, never into one
        // that speaks of an offer, or of theirs set against it ("current 165 base vs their 185 base + 15%"); nor does a
        // walk-away ("she would walk below 175, we offered 185k base").
        now = Said.THIS_OFFER;
      } else if (namedAhead != null && owner == null && carried == Said.THIS_OFFER
          && !THEIR_FIGURE.matcher(clauseText).find()) {
        now = namedAhead;
      } else {
        now = carried;
      }
      out[k] = now;
      boolean figure = Clauses.holdsDigit(text, clause);
      sentenceHasFigure |= figure;
      if (!figure && now.purpose() == Figure.Purpose.COMPETING && words == Figure.Purpose.COMPETING) {
        namedInSentence = now;
      }
      if (clause[2] == 1) {
        namedAhead = sentenceHasFigure ? null : namedInSentence;
        namedInSentence = null;
        sentenceHasFigure = false;
      }
      if (now.purpose() == Figure.Purpose.COMPETING && now.from() != null && ClausePurpose.offerElsewhere(clauseText)) {
        offeredElsewhere = now;
      }
      carried = clause[2] == 1 ? Said.THIS_OFFER : now;
    }
    return out;
  }

  /** Whether {@code next} names a company, unsure or not, other than the one {@code owner} is unsure of. */
  private static boolean otherName(Attribution.Owner next, Attribution.Owner owner) {
    String name = next instanceof Attribution.Unsure u ? u.name() : next instanceof Attribution.Other o ? o.name() : null;
    return owner instanceof Attribution.Unsure maybe && name != null && !name.equalsIgnoreCase(maybe.name());
  }

  /** A clause set against pay today by "vs" or led by their side: "… vs their 185 base", "…, they're at 185". */
  private static final Pattern THEIRS_AFTER_MINE = Pattern.compile("(?i)[^\\d]*?(?:\\b(?:vs\\.?|versus)\\s+[^\\d]*"
      // Not a bare "they": "my current base is 150k and they pay a 10% bonus" is still the employer of today.
      + "|[,;]?\\s*(?:their|they're|theyre|they are|they're offering|they offer|they offered|the new|new one|new job"
      + "|new role)\\b[^\\d]*)\\d");

  /** "offer 185", "their offer: 185k", "the offer is 185": a clause labelled as this offer's figures. */
  private static final Pattern THIS_OFFER_LABEL = Pattern.compile("\\W*(?:the |their |this |ur |your )?offer\\s*"
      + "(?:[:=]|is|of|at|-)?\\s*[$£€]?\\d", Pattern.CASE_INSENSITIVE);

  private static final Pattern FROM_WHOM = Pattern.compile("\\bfrom\\s+([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*)*)");

  /**
   * Someone else's walk-away: "her floor", "he won't go below", "my candidate needs at least"; "candidate is at 165"
   * opening a sentence too, as GatheredOffer reads only the figure's own sentence.
   */
  private static final Pattern OTHERS_FLOOR = Pattern.compile("\\b(?:(her|his|their)\\s+(?:\\w+\\s+)?(?:floor|walk-?\\s?away"
      + "|minimum|bottom[- ]line|number|lowest|limit|min)|(she|he)\\b(?:'s|'d|'ll| is| would| will| needs?| won'?t| can'?t"
      + "| wants?| makes| earns| gets| currently)|(?:(?:my|our|the)\\s+|^\\W*)(candidate|client|friend|report|mentee|colleague|teammate|direct report)(?:'s|s')?\\b)");

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

  /** Where the user works, said as a clause of its own: "i work at truist", "I'm with Wells Fargo". */
  private static final Pattern WORKS_AT = Pattern.compile("(?i)\\bi(?:'m| am)? (?:currently |still |now )?"
      + "(?:work (?:at|for)|with(?!\\s+(?:you|the|her|him|them|my|a|an|it|that|this|your|y'all)\\b))\\s+\\S");

  /** A figure clause that says whose it is: "they offered 190 base now", "she says 190", "so they're at 190". */
  private static final Pattern THEIR_FIGURE = Pattern.compile("(?i)\\b(?:they|they're|theyre|she|he|she's|he's"
      + "|offer|offered|offering|offers|says|said|recruiter|company|came back|bumped|raised|upped)\\b");

  /** A word of now in a clause: " now", "today", "currently", "rn". */
  private static boolean saysNow(String clause) {
    String lower = " " + clause.toLowerCase(Locale.ROOT) + " ";
    return lower.contains(" now ") || lower.contains(" today") || lower.contains("currently")
        || lower.contains(" rn ") || lower.contains("these days");
  }

  static final Pattern EMPLOYER = Pattern.compile(
      "\\b(?:[Ii](?:'m| am) (?:currently |now )?(?:at|with)|[Ii] (?:currently |now )?work (?:at|for)"
          + "|[Mm]y (?:current )?(?:company|employer) is|[Cc]urrently at)\\s+([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*)*)");
}
