package com.compcoach.coach;

/** Remembers which Slack events were already taken, so each event is answered once even across instances. */
public interface EventLedger {

  /**
   * Claims an event for this caller.
   *
   * @return {@code true} for exactly one caller per event id within the ledger's memory window; {@code false}
   *     for every retry or for the other instance that received the same event
   */
  boolean claim(String eventId);
}
