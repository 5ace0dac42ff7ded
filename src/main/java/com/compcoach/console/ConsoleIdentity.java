package com.compcoach.console;

import com.compcoach.standin.Channel;
import com.compcoach.standin.Team;
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

  ConsoleIdentity {
    channels = List.copyOf(channels);
  }

  /** The workspace every console run uses: a shared channel and a DM with the bot. */
  static ConsoleIdentity standard() {
    return new ConsoleIdentity("T0CONSOLE", "comp-coach-console", "A0CONSOLE", "U0YOU", "you",
        "U0COMPCOACH", "B0COMPCOACH", "comp-coach",
        List.of(new Channel("C0OFFERS", "offers", "channel"), new Channel("D0COACH", "comp-coach", "im")));
  }

  /** The same people as the stand-in kit knows them. */
  Team team() {
    return new Team(teamId, teamDomain, appId, userId, userName, botUserId, botId, botName);
  }

  Optional<Channel> channel(String id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
