package com.compcoach.slack;

import com.compcoach.coach.Reply;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/** The card's "Lever wording" button: every lever restated for the card's region, posted in its thread. */
final class LeversButton implements BlockActionHandler {

  private final Crew crew;

  LeversButton(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    CardAction action = CardAction.of(request.getPayload());
    if (action.complete()) {
      ThreadRef thread = action.cardThread();
      crew.work().execute(() -> {
        Reply reply = crew.conversations().turn(thread.key(), action.userId(),
            c -> crew.coach().levers(c, thread.venue()));
        crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply);
      });
    }
    return context.ack();
  }
}
