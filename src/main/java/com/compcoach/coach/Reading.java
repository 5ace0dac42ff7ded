package com.compcoach.coach;

import java.util.List;

/**
 * Everything the offer reader found in one message, before it is checked against the bands.
 *
 * @param vesting    a schedule or cliff the message gave, or null
 * @param revision   whether the message reports their answer ("they came back with…")
 * @param competitor who made a competing offer ("Stripe"), or null
 * @param loose      amounts no word tied to a component ("180" alone), as typed
 * @param employer   the user's current employer when the message names it ("I'm currently at Acme"), or null
 * @param unclear    questions about figures written so that no reading is safe ("1e6", "180-200k", "per paycheck")
 * @param corrections "190 not 180": a figure replacing another the user gave before
 * @param remarks    how figures were taken, said back with them: "~20k" taken as exact, "15k relo" left out
 * @param swapped    the user says they gave the two companies' figures the wrong way round ("i mixed them up")
 * @param walkAwayWhose whose walk-away or pay today the message gives when it is not the user's ("her", "your candidate's"), or
 *                   null
 * @param onTarget   this offer's on-target earnings given with no base in the message ("they offered $230k OTE"),
 *                   split at the thread's base
 * @param bonusUnsure a bare bonus beside a base ("bonus 15") that may be thousands or a percent of base, as typed,
 *                   or null: the bonus band decides, or both readings are asked
 * @param rivals     the figures of other companies named beside {@code competitor} in the same message ("stripe
 *                   offered 200 but meta is at 230"), by company in the order named: each is its own competing offer
 * @param asks       the user's own ask by part ("I countered 235 base", "I'll ask for 150 base"), never their offer
 * @param choice     two figures for one part, either of them, asked beside the rest ({@link EitherFigure#pending()}),
 *                   or the part of a figure the message is held for ({@link HeldFigure#mark}), or null
 */
record Reading(List<Figure> figures, Vesting vesting, boolean revision, String competitor, List<String> loose,
               String employer, List<String> unclear, List<Correction> corrections, List<String> remarks,
               boolean swapped, String walkAwayWhose, List<Figure> onTarget, String bonusUnsure,
               java.util.Map<String, List<Figure>> rivals, List<Figure> asks, String choice) {

  /** A message with nothing in it to read. */
  static final Reading NOTHING = new Reading(List.of(), null, false, null, List.of(), null, List.of(), List.of());

  Reading {
    figures = List.copyOf(figures);
    loose = List.copyOf(loose);
    unclear = List.copyOf(unclear);
    corrections = List.copyOf(corrections);
    remarks = List.copyOf(remarks);
    onTarget = onTarget == null ? List.of() : List.copyOf(onTarget);
    rivals = rivals == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(rivals));
    asks = asks == null ? List.of() : List.copyOf(asks);
  }

  /** A reading with no choice between two figures left to the user. */
  Reading(List<Figure> figures, Vesting vesting, boolean revision, String competitor, List<String> loose,
          String employer, List<String> unclear, List<Correction> corrections, List<String> remarks,
          boolean swapped, String walkAwayWhose, List<Figure> onTarget, String bonusUnsure,
          java.util.Map<String, List<Figure>> rivals, List<Figure> asks) {
    this(figures, vesting, revision, competitor, loose, employer, unclear, corrections, remarks, swapped,
        walkAwayWhose, onTarget, bonusUnsure, rivals, asks, null);
  }

  /** A reading in which the user gives no ask of their own. */
  Reading(List<Figure> figures, Vesting vesting, boolean revision, String competitor, List<String> loose,
          String employer, List<String> unclear, List<Correction> corrections, List<String> remarks,
          boolean swapped, String walkAwayWhose, List<Figure> onTarget, String bonusUnsure,
          java.util.Map<String, List<Figure>> rivals) {
    this(figures, vesting, revision, competitor, loose, employer, unclear, corrections, remarks, swapped,
        walkAwayWhose, onTarget, bonusUnsure, rivals, null);
  }

  /** A reading with no other company's figures beside the competing offer's. */
  Reading(List<Figure> figures, Vesting vesting, boolean revision, String competitor, List<String> loose,
          String employer, List<String> unclear, List<Correction> corrections, List<String> remarks, boolean swapped,
          String walkAwayWhose, List<Figure> onTarget, String bonusUnsure) {
    this(figures, vesting, revision, competitor, loose, employer, unclear, corrections, remarks, swapped,
        walkAwayWhose, onTarget, bonusUnsure, null);
  }

  /** A reading whose walk-away, if any, is the user's own. */
  Reading(List<Figure> figures, Vesting vesting, boolean revision, String competitor, List<String> loose,
          String employer, List<String> unclear, List<Correction> corrections, List<String> remarks, boolean swapped) {
    this(figures, vesting, revision, competitor, loose, employer, unclear, corrections, remarks, swapped, null,
        List.of(), null);
  }

  /** A reading with nothing to remark on. */
  Reading(List<Figure> figures, Vesting vesting, boolean revision, String competitor, List<String> loose,
          String employer, List<String> unclear, List<Correction> corrections) {
    this(figures, vesting, revision, competitor, loose, employer, unclear, corrections, List.of(), false);
  }

  /** This reading with one more remark, said first or last. */
  Reading withRemark(String remark, boolean first) {
    List<String> more = new java.util.ArrayList<>(remarks);
    more.add(first ? 0 : more.size(), remark);
    return new Reading(figures, vesting, revision, competitor, loose, employer, unclear, corrections, more, swapped,
        walkAwayWhose, onTarget, bonusUnsure, rivals, asks, choice);
  }

  /** This reading as the company's own move, not their answer to a counter ("ok we'll do 200", said on its side). */
  Reading asOwnMove() {
    return new Reading(figures, vesting, false, competitor, loose, employer, unclear, corrections, remarks, swapped,
        walkAwayWhose, onTarget, bonusUnsure, rivals, asks, choice);
  }

  /**
   * This reading with one figure taken back to be asked about: "they came back with 60 and 15% bonus" after a 170 base
   * reads 60 as no base before the user says what it is. Remarks that name it go with it.
   */
  Reading withAsked(Figure figure) {
    List<Figure> kept = figures.stream().filter(f -> f != figure).toList();
    List<String> more = new java.util.ArrayList<>(loose);
    more.add(0, figure.written());
    List<String> said = remarks.stream().filter(r -> !r.contains(figure.written() + " ")).toList();
    return new Reading(kept, vesting, revision, competitor, more, employer, unclear, corrections, said, swapped,
        walkAwayWhose, onTarget, bonusUnsure, rivals, asks, choice);
  }

  /** This reading with the user's own ask placed on its part, its remark said with it in place of the one before. */
  Reading withAsk(Figure ask, String was, String remark) {
    List<Figure> more = new java.util.ArrayList<>(asks);
    more.add(ask);
    List<String> said = remarks.stream().map(r -> r.equals(was) ? remark : r).toList();
    return new Reading(figures, vesting, revision, competitor, loose, employer, unclear, corrections, said, swapped,
        walkAwayWhose, onTarget, bonusUnsure, rivals, more, choice);
  }

  /** This reading with a figure of no word left out: it names what the thread already holds. */
  Reading withoutLoose(String figure) {
    List<String> kept = loose.stream().filter(l -> !l.equals(figure)).toList();
    return new Reading(figures, vesting, revision, competitor, kept, employer, unclear, corrections, remarks, swapped,
        walkAwayWhose, onTarget, bonusUnsure, rivals, asks, choice);
  }

  /** This reading with one more question to ask before anything in it is taken. */
  Reading withUnclear(String question) {
    List<String> more = new java.util.ArrayList<>(unclear);
    more.add(question);
    return new Reading(figures, vesting, revision, competitor, loose, employer, more, corrections, remarks, swapped,
        walkAwayWhose, onTarget, bonusUnsure, rivals, asks, choice);
  }

  /** This reading with each question asked in other words, as {@code asked} puts it. */
  Reading withUnclearAsked(java.util.function.UnaryOperator<String> asked) {
    return new Reading(figures, vesting, revision, competitor, loose, employer, unclear.stream().map(asked).toList(),
        corrections, remarks, swapped, walkAwayWhose, onTarget, bonusUnsure, rivals, asks, choice);
  }

  /** This reading with the remarks a test holds left out: a remark said some other way in the reply. */
  Reading withoutRemarks(java.util.function.Predicate<String> said) {
    return new Reading(figures, vesting, revision, competitor, loose, employer, unclear, corrections,
        remarks.stream().filter(said.negate()).toList(), swapped, walkAwayWhose, onTarget, bonusUnsure, rivals, asks, choice);
  }

  /** Whether the message said anything the offer update takes: figures, a correction, a schedule or an employer. */
  boolean hasNews() {
    return !figures.isEmpty() || !corrections.isEmpty() || vesting != null || employer != null
        || !remarks.isEmpty() || !onTarget.isEmpty() || bonusUnsure != null;
  }
}
