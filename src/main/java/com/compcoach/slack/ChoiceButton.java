package com.compcoach.slack;

import com.compcoach.coach.Turn;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * A closest-match button: in a thread it is the next message of that thread; elsewhere it is the {@code /comp}
 * the user meant, and its card starts a thread of its own.
 */
final class ChoiceButton implements BlockActionHandler {

  private final Crew crew;

  ChoiceButton(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    CardAction action = CardAction.of(request.getPayload());
    if (action.complete() && action.value() != null) {
      if (action.threadTs() != null) {
        // The next message of the thread: in line with the thread's other turns.
        ThreadRef thread = action.cardThread();
        crew.turns().submit(thread.key(), () -> crew.conversations().take(thread.key(), action.userId(),
            c -> crew.coach().reply(c, action.value(), thread.venue()))
            .thenCompose(reply -> crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply)));
      } else {
        crew.work().execute(() -> {
          Turn turn = crew.coach().open(action.value(), ThreadRef.venueOf(action.channelId(), null));
          crew.delivery().start(action.teamId(), action.channelId(), action.userId(), action.responseUrl(), turn);
        });
      }
    }
    return context.ack();
  }
}
