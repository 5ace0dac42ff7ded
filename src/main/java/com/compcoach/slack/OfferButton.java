package com.compcoach.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/** The card's "Enter my offer" button: opens the offer modal, which remembers the card's thread. */
final class OfferButton implements BlockActionHandler {

  private final Crew crew;

  OfferButton(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    CardAction action = CardAction.of(request.getPayload());
    if (action.complete() && action.triggerId() != null) {
      // A trigger id lives three seconds: open the modal now rather than queue it behind other work.
      crew.api().openView(action.triggerId(), crew.modal().view(action.cardThread()));
    }
    return context.ack();
  }
}
