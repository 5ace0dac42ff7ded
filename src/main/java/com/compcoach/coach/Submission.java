package com.compcoach.coach;

import java.util.Map;

/** The answer to a submitted offer form: every field's problem at once, or the turn it leads to. */
public sealed interface Submission {

  /** Some fields could not be read; keys are {@link OfferForm} field names, values friendly sentences. */
  record Invalid(Map<String, String> errors) implements Submission {
    public Invalid {
      errors = Map.copyOf(errors);
    }
  }

  /** The offer was read; the turn carries the card with the counteroffer. */
  record Accepted(Turn turn) implements Submission {}
}
