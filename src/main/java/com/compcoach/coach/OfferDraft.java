package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * What one read of an offer message has gathered so far, shared by the classes that read it: the message's pieces
 * (set once by {@link MessagePieces}), whose each clause is, and the figures, remarks and questions so far. Discarded
 * after the read.
 */
final class OfferDraft {

  /** The message as typed, with struck figures blanked and a letter o for a zero mended; and lower-cased. */
  String text;
  String lower;
  /** The text with schedules, cliffs and a grant's years blanked, so no figure is read in them; and lower-cased. */
  String clean;
  String cleanLower;
  List<int[]> clauses;
  List<OfferAmount> amounts;
  List<PartWords.Keyword> keywords;
  Vesting vesting;
  /** A grant's years said in the message, as {start, end, years}. */
  List<int[]> yearSpans;
  /** Amounts a correction pair used up. */
  boolean[] skip;
  /** Each amount's clause, and the part words right after and right before it. */
  int[] clauseIndex;
  Component[] after;
  Component[] before;
  /** Whether each amount's sentence puts its words after its figures ("200 base") rather than before. */
  boolean[] suffixed;
  /** The part named once for every figure ("all base"), or null. */
  Component allPart;
  /** A figure in the tens of thousands, or several bare parts, shows that bare figures are in thousands. */
  boolean thousands;
  boolean sized;
  /** The opener that makes the message a what-if, or null. */
  String whatIf;
  /** Words the refresher, cap and hedge checks need: most messages hold none. */
  boolean refreshers;
  boolean mayCap;
  boolean mayHedge;

  /** Whose figures each clause gives; a name the message leaves unsure, to ask about. */
  Whose.Said[] said;
  final String[] unsure = new String[1];

  final List<Figure> figures = new ArrayList<>();
  /** The company of each figure in {@link #figures} when it is a competing offer's, else null. */
  final List<String> owners = new ArrayList<>();
  final List<String> loose = new ArrayList<>();
  final List<String> remarks = new ArrayList<>();
  final List<String> unclear = new ArrayList<>();
  final List<Correction> corrections = new ArrayList<>();
  final List<String> estimates = new ArrayList<>();
  final List<String> inThousands = new ArrayList<>();
  final List<String> differences = new ArrayList<>();
  /** The other form of the job's pay a year ("or C2H at $95/hr": 197,600), weighed beside the full-time one; or 0. */
  long otherForm;
  final List<Figure> onTarget = new ArrayList<>();
  final List<Figure> asks = new ArrayList<>();
  final AskRun ask = new AskRun();
  String competitor;
  boolean currentPay;
  boolean walkAwayInThousands;
  String bonusUnsure;
  /** Two figures for one named part, either of them, asked beside the rest ({@link EitherFigure#pending()}). */
  String choice;
  /** A figure before a percent was taken as the base, so the percent is its bonus. */
  boolean impliedBase;
  String perShareSeen;

  /** The clause holding amount {@code i}. */
  int[] clauseOf(int i) {
    return clauses.get(clauseIndex[i]);
  }
}
