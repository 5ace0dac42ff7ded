package com.compcoach.slack;

import com.compcoach.coach.Coach;
import com.compcoach.coach.Conversation;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * A button answered by one coach step in the card's thread: "Lever wording", "Compare regions", "Bands". On the card
 * it acts on the card's own role and region; on a thread reply, on the thread's conversation.
 */
final class ThreadButton implements BlockActionHandler {

  /** The coach call a button stands for, e.g. {@code Coach::levers}. */
  @FunctionalInterface
  interface Step {
    Turn take(Coach coach, Conversation conversation, Venue venue);
  }

  private final Crew crew;
  private final Step step;

  ThreadButton(Crew crew, Step step) {
    this.crew = crew;
    this.step = step;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    CardAction action = CardAction.of(request.getPayload());
    if (action.complete()) {
      ThreadRef thread = action.cardThread();
      // A turn of the thread like a message's, in line with them: a click and a message never race on its state.
      crew.turns().submit(thread.key(), () -> crew.conversations().take(thread.key(), action.userId(), c -> {
        CardRef card = action.card();
        if (card == null) {
          return step.take(crew.coach(), c, thread.venue());
        }
        // A card's button answers for the card's own role and region and leaves the thread where it was.
        Turn turn = step.take(crew.coach(), crew.coach().onCard(c, card.company(), card.role(), card.region()),
            thread.venue());
        return new Turn(c, turn.reply());
      }).thenCompose(reply -> crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply)));
    }
    return context.ack();
  }
}
