package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Venue;

/**
 * A card's thread: the workspace, the channel and the card's ts; carried through the offer modal's metadata.
 *
 * @param teamId    the workspace
 * @param channelId the channel ("D…" for a direct message)
 * @param threadTs  the ts of the thread's root message (the card)
 */
record ThreadRef(String teamId, String channelId, String threadTs) {

  /** The key the conversation is stored under. */
  ConversationKey key() {
    return new ConversationKey(teamId, channelId, threadTs);
  }

  /** A direct message is private; anything else is shared. */
  Venue venue() {
    return venueOf(channelId, null);
  }

  /** "team|channel|ts": none of Slack's ids contain '|'. */
  String encode() {
    return teamId + "|" + channelId + "|" + threadTs;
  }

  /** Reads what {@link #encode} wrote; null for anything else. */
  static ThreadRef decode(String metadata) {
    if (metadata == null) {
      return null;
    }
    String[] parts = metadata.split("\\|", -1);
    if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
      return null;
    }
    return new ThreadRef(parts[0], parts[1], parts[2]);
  }

  /** Slack's DM channel ids start with 'D'; events also say {@code channel_type: im}. */
  static Venue venueOf(String channelId, String channelType) {
    boolean direct = "im".equals(channelType) || (channelId != null && channelId.startsWith("D"));
    return direct ? Venue.DIRECT_MESSAGE : Venue.SHARED_CHANNEL;
  }
}
