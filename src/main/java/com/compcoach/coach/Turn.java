package com.compcoach.coach;

import java.util.Objects;

/** The outcome of one message: the conversation's next state and the reply to show. */
public record Turn(Conversation conversation, Reply reply) {

  public Turn {
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(reply, "reply");
  }
}
