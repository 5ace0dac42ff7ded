package com.compcoach.slack;

import com.compcoach.coach.Reply;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/** The card's region select: the same conversation for another region, the card re-rendered in place. */
final class RegionSelect implements BlockActionHandler {

  private final Crew crew;

  RegionSelect(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    CardAction action = CardAction.of(request.getPayload());
    if (action.complete() && action.value() != null) {
      ThreadRef thread = action.cardThread();
      crew.work().execute(() -> {
        Reply reply = crew.conversations().turn(thread.key(), action.userId(),
            c -> crew.coach().switchRegion(c, action.value(), thread.venue()));
        if (reply instanceof Reply.Card && action.threadTs() == null) {
          crew.delivery().replace(thread.channelId(), action.messageTs(), reply);
        } else {
          crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply);
        }
      });
    }
    return context.ack();
  }
}
