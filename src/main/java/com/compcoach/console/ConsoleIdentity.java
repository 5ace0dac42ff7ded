package com.compcoach.console;

import java.util.List;
import java.util.Optional;

/**
 * Who is who in the console's one-person workspace: the team, the person at the keyboard, the bot, the channels.
 *
 * @param channels the conversations the page lists; the first is where the page opens
 */
record ConsoleIdentity(
    String teamId,
    String teamDomain,
    String appId,
    String userId,
    String userName,
    String botUserId,
    String botId,
    String botName,
    List<Channel> channels) {

  /**
   * One conversation in the sidebar.
   *
   * @param type Slack's {@code channel_type}: {@code channel} for a public channel, {@code im} for a DM
   */
  record Channel(String id, String name, String type) {}

  ConsoleIdentity {
    channels = List.copyOf(channels);
  }

  /** The workspace every console run uses: a shared channel and a DM with the bot. */
  static ConsoleIdentity standard() {
    return new ConsoleIdentity("T0CONSOLE", "comp-coach-console", "A0CONSOLE", "U0YOU", "you",
        "U0COMPCOACH", "B0COMPCOACH", "comp-coach",
        List.of(new Channel("C0OFFERS", "offers", "channel"), new Channel("D0COACH", "comp-coach", "im")));
  }

  Optional<Channel> channel(String id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
