package com.compcoach.coach;

import java.util.Objects;

/** Where a conversation lives in Slack: the workspace, the channel and the thread's root message ts. */
public record ConversationKey(String teamId, String channelId, String threadTs) {

  public ConversationKey {
    requireText(teamId, "teamId");
    requireText(channelId, "channelId");
    requireText(threadTs, "threadTs");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("ConversationKey." + name + " is blank: '" + value + "'");
    }
  }
}
