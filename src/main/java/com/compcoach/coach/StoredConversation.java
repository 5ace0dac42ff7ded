package com.compcoach.coach;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved conversation: its state as JSON, the user who started it (so {@code /comp forget} can find it),
 * the version the store gave it (for optimistic concurrency) and when it was last saved.
 */
public record StoredConversation(String startedBy, String stateJson, long version, Instant savedAt) {

  public StoredConversation {
    Objects.requireNonNull(startedBy, "startedBy");
    Objects.requireNonNull(stateJson, "stateJson");
    Objects.requireNonNull(savedAt, "savedAt");
    if (version < 1) {
      throw new IllegalArgumentException("StoredConversation.version must be 1 or more, was " + version);
    }
  }
}
