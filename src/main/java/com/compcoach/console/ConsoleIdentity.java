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
record ConsoleIdentity(Team team, List<Channel> channels) {

  ConsoleIdentity {
    channels = List.copyOf(channels);
  }

  /** The workspace every console run uses: a shared channel and a DM with the bot. */
  static ConsoleIdentity standard() {
    return new ConsoleIdentity(new Team("T0CONSOLE", "comp-coach-console", "A0CONSOLE", "U0YOU", "you",
        "U0COMPCOACH", "B0COMPCOACH", "comp-coach"),
        List.of(new Channel("C0OFFERS", "offers", "channel"), new Channel("D0COACH", "comp-coach", "im")));
  }

  Optional<Channel> channel(String id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
