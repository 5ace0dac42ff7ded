package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.Period;

/** One figure of a message while it is read: what it is for and which part, as each step settles them. */
final class FigureDraft {

  final int index;
  /** The figure, in thousands once a bare figure is read so. */
  OfferAmount amount;
  final int[] clause;
  final Whose.Said whose;
  final boolean percent;
  Figure.Purpose purpose;
  Component component;
  /** "bumped rsus to 200k total": a grant's whole value, not the offer's yearly total. */
  boolean grantTotal;
  Period period;
  /** A competing offer's figure no word named, kept as its total. */
  boolean unnamedPart;

  FigureDraft(int index, OfferAmount amount, int[] clause, Whose.Said whose) {
    this.index = index;
    this.amount = amount;
    this.clause = clause;
    this.whose = whose;
    this.percent = amount.percent();
    this.purpose = whose.purpose();
  }
}
