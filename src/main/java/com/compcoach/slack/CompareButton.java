package com.compcoach.slack;

import com.compcoach.coach.Reply;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/** The card's "Compare regions" button: the guide's regions side by side, posted in its thread. */
final class CompareButton implements BlockActionHandler {

  private final Crew crew;

  CompareButton(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    CardAction action = CardAction.of(request.getPayload());
    if (action.complete()) {
      ThreadRef thread = action.cardThread();
      crew.work().execute(() -> {
        Reply reply = crew.conversations().turn(thread.key(), action.userId(),
            c -> crew.coach().compare(c, thread.venue()));
        crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply);
      });
    }
    return context.ack();
  }
}
