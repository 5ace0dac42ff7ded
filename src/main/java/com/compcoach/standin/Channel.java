package com.compcoach.standin;

/**
 * One conversation in a stand-in workspace.
 *
 * @param type Slack's {@code channel_type}: {@code channel} for a public channel, {@code im} for a DM
 */
public record Channel(String id, String name, String type) {

  /** A channel known by id alone, typed the way Slack's ids say: {@code D…} is a DM, anything else a channel. */
  public static Channel of(String id) {
    return new Channel(id, id.toLowerCase(java.util.Locale.ROOT), id.startsWith("D") ? "im" : "channel");
  }
}
