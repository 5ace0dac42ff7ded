package com.compcoach.coach;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that make a message a what-if, and who moves in it. */
final class WhatIfWords {

  private WhatIfWords() {}

  /** Words before a message's figures that make them a what-if, not an offer: "what if they add 20k sign on". */
  private static final List<String> WHAT_IF = List.of("what if", "what about", "if ", "suppose", "supposing",
      "hypothetically", "say they", "let's say", "lets say", "assuming", "imagine", "would ", "could they",
      "should i ask for", "can i ask for", "is it ok to ask for", "would it be ok",
      // "how about i ask for 240?": the user's own ask weighed, as "what if i ask for".
      "how about i ask for", "how about asking for", "what if i asked for",
      // "should I push for 190?": an ask weighed before it is made, in the words people use for it.
      "should i push for", "can i push for", "could i ask for", "could i push for", "should i go for",
      "should i aim for", "should i counter with", "should we ask for", "can we ask for", "should we push for",
      "is it too much to ask for", "would it be too much to ask for",
      // "should i just tell them 160?": a figure weighed before it is said to them, never their offer.
      "should i just tell them", "should i tell them", "can i just tell them", "can i tell them", "do i tell them",
      "should i just say", "what if i tell them", "what if i just tell them", "could i tell them",
      // "can we do 182 and a 10k signing instead?": the company's side weighing a move before it makes it.
      "can we do", "could we do", "can we offer", "could we offer", "should we offer", "should we do",
      "can we go to", "could we go to", "can we go up to", "could we go up to", "how about we offer", "how about we do");

  /**
   * The company's side asking whether a move would bring a candidate back ("can we win her back with 180 base?",
   * "want to re-approach with 175 base, thoughts?"): a what-if of its own offer, read from these words on, and also
   * after a first clause with no figure ("she declined, can we win her back with 180 base?").
   */
  private static final List<String> WIN_BACK = List.of("can we win", "could we win", "should we win", "can we get her back",
      "can we get him back", "could we get her back", "could we get him back", "can we re-approach",
      "could we re-approach", "should we re-approach", "we want to re-approach", "want to re-approach",
      "can we reapproach", "could we reapproach", "want to reapproach", "can we go back to her", "can we go back to him",
      "could we go back to her", "could we go back to him", "should we go back to her", "should we go back to him");

  /** The first clause of a message, to its comma or full stop, when no figure is in it: "she declined, ". */
  private static final Pattern FIRST_CLAUSE = Pattern.compile("^[^\\d,.;!?]{1,80}?[,.;!?]+\\s+");

  /**
   * Where the move of a win-back opener starts in {@code lower} from {@code from} (at its "we", or its
   * "re-approach"), after a first clause with no figure; or -1 when the message opens with none.
   */
  private static int winBack(String lower, int from) {
    if (!lower.contains("back") && !lower.contains("approach")) {
      return -1;
    }
    for (int at : new int[] {from, clauseEnd(lower, from)}) {
      if (at < 0) {
        continue;
      }
      for (String word : WIN_BACK) {
        if (lower.startsWith(word, at)) {
          int approach = word.indexOf("approach");
          return at + (approach >= 0 ? word.lastIndexOf("re", approach) : word.indexOf("we"));
        }
      }
    }
    return -1;
  }

  private static int clauseEnd(String lower, int from) {
    Matcher clause = FIRST_CLAUSE.matcher(lower.substring(from));
    return clause.lookingAt() ? from + clause.end() : -1;
  }

  /** Words people open with before a what-if: "ok", "so", "hmm,", "and". */
  private static final Pattern FILLER_OPENING = Pattern.compile(
      "^\\W*(?:(?:ok|okay|ok so|so|hmm+|um+|and|but|also|well|right|cool|thanks|thx|got it|alright|k)\\b[\\s,.!-]*)*");

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
    int back = winBack(lower, from);
    if (back >= 0) {
      // From the opener's "we" (or "re-approach"), which names the company's own move.
      return message.substring(back);
    }
    String asked = enoughAsked(lower.substring(from));
    return asked == null ? null : message.substring(from + asked.length());
  }

  /** "is 10k signing enough", "is a 15k sign-on enough?": a figure weighed before anyone offers it, never their offer. */
  // A figure written as money ("10k", "$15,000"): "is 184 enough for a promo" asks about the figure they gave.
  private static final Pattern ENOUGH = Pattern.compile("((?:is|are|would|will)\\s+(?:an?\\s+)?)(?:\\$\\d|\\d[\\d,.]*\\s*k\\b)"
      + "[^.?!]{0,40}?\\b(?:enough|sufficient)\\b");

  /** The opener of a figure asked about as enough ("is "), or null. */
  private static String enoughAsked(String opening) {
    if (!opening.contains("enough") && !opening.contains("sufficient")) {
      return null;
    }
    Matcher m = ENOUGH.matcher(opening);
    return m.lookingAt() ? m.group(1) : null;
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

  private static final Pattern OUR_MOVE = Pattern.compile("\\b(?:we|we'd|we'll|we're|our offer|our side"
      + "|re-?approach)\\b");

  /**
   * The company's own move in a win-back ("she went with another company, can we win her back with 180 base?" gives
   * "we win her back with 180 base?"), or null when the text opens with none: the first clause says why she is gone,
   * and its words never make the figures after it hers or another company's.
   */
  static String wonBackMove(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher filler = FILLER_OPENING.matcher(lower);
    int back = winBack(lower, filler.lookingAt() ? filler.end() : 0);
    return back < 0 ? null : text.substring(back);
  }

  /** The opener that makes the message a what-if ("what if they add 20k sign on"), or null. */
  static String whatIf(String lower) {
    // "ok what if…", "hmm, what about…": a filler before the opener changes nothing.
    Matcher filler = FILLER_OPENING.matcher(lower);
    String opening = filler.lookingAt() ? lower.substring(filler.end()) : lower;
    for (String word : WHAT_IF) {
      if (opening.startsWith(word)) {
        return word;
      }
    }
    int back = winBack(opening, 0);
    if (back >= 0) {
      return opening.substring(back);
    }
    return enoughAsked(opening);
  }
}
