package com.compcoach.letter;

/** What a phrase in a letter is about; the phrases are in {@code letter/words.txt}. */
enum Topic {
  SIGN_ON("signOn"), RELOCATION("relocation"), BONUS("bonus"), BASE("base"), EQUITY("equity"), REFRESH("refresh"),
  /** The candidate paying money back; never where it stands inside a {@link #PAID_TO_YOU} phrase. */
  CLAWBACK("clawback"),
  /** The employer paying the candidate back ("will refund your relocation expenses"): no repayment. */
  PAID_TO_YOU("paidToYou"),
  START("start"), DEADLINE("deadline"), LOCATION("location"), TITLE("title"), LEVEL("level"),
  PRIVATE("private"), PUBLIC("public"),
  /** A month's salary paid on top of twelve: a 13th month, a Singapore AWS, an aguinaldo, a "13º salário". */
  EXTRA_MONTH("extraMonth"),
  /** A second such month: a 14th salary. */
  SECOND_EXTRA_MONTH("secondExtraMonth"),
  /** A grant that replaces equity forfeited at the current employer: kept apart from the new-hire grant. */
  MAKE_WHOLE("makeWhole"),
  /** A figure the letter states that is none of the offer's fields: a car allowance, superannuation, a CTC total. */
  ASIDE("aside"),
  /** Pay beyond the main parts (a car allowance, a retention bonus, super): listed with the fields, never added in. */
  EXTRA("extra"),
  /** Paid time off ("20 days of paid time off", "Annual leave: 4 weeks"): listed with its days, never a figure of pay. */
  TIME_OFF("timeOff");

  /** The name used in words.txt and in the reply's source list. */
  final String key;

  Topic(String key) {
    this.key = key;
  }

  /** The topic whose phrases, where one covers this topic's phrase, say the opposite of it; null for none. */
  Topic unless() {
    return this == CLAWBACK ? PAID_TO_YOU : null;
  }

  /** Topics whose phrases a figure in the same sentence belongs to. */
  boolean takesFigures() {
    return this == SIGN_ON || this == RELOCATION || this == BONUS || this == BASE || this == EQUITY || this == REFRESH
        || this == ASIDE || this == EXTRA || this == MAKE_WHOLE || this == EXTRA_MONTH || this == SECOND_EXTRA_MONTH;
  }
}
