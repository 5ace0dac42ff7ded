package com.compcoach.letter;

/** What a phrase in a letter is about; the phrases are in {@code letter/words.txt}. */
enum Topic {
  SIGN_ON("signOn"), RELOCATION("relocation"), BONUS("bonus"), BASE("base"), EQUITY("equity"), REFRESH("refresh"),
  CLAWBACK("clawback"), START("start"), DEADLINE("deadline"), LOCATION("location"), TITLE("title"), LEVEL("level"),
  PRIVATE("private"), PUBLIC("public"),
  /** A figure the letter states that is none of the offer's fields: a car allowance, superannuation, a CTC total. */
  ASIDE("aside");

  /** The name used in words.txt and in the reply's source list. */
  final String key;

  Topic(String key) {
    this.key = key;
  }

  /** Topics whose phrases a figure in the same sentence belongs to. */
  boolean takesFigures() {
    return this == SIGN_ON || this == RELOCATION || this == BONUS || this == BASE || this == EQUITY || this == REFRESH
        || this == ASIDE;
  }
}
