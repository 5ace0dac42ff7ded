package com.compcoach.slack;

/** What a request's signature headers say before its body is read: {@link SignedHeaders} to go on with, or why not. */
sealed interface HeaderCheck permits SignedHeaders, HeaderCheck.Refusal {

  /** Why the headers were refused, with the short error code the caller is sent (never the input itself). */
  enum Refusal implements HeaderCheck {
    SIGNATURE_MISSING("signature_missing"),
    SIGNATURE_MALFORMED("signature_malformed"),
    TIMESTAMP_OUTSIDE_WINDOW("timestamp_outside_window");

    final String code;

    Refusal(String code) {
      this.code = code;
    }
  }
}
