package com.compcoach.coach;

/** Where a message was typed: it decides whether private figures (a walk-away) may be repeated back. */
public enum Venue {
  /** A direct message with the bot: private figures may be asked for and repeated. */
  DIRECT_MESSAGE,
  /** A channel others can read: offers are coached with a note suggesting a DM; a walk-away is never repeated. */
  SHARED_CHANNEL
}
