package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;

/** {@code @comp-coach …} anywhere: the coach answers in the mention's thread (a new one under a top-level mention). */
final class Mentions implements BoltEventHandler<AppMentionEvent> {

  private final Crew crew;

  Mentions(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
    AppMentionEvent event = payload.getEvent();
    if (event == null || event.getBotId() != null || event.getSubtype() != null || event.getUser() == null
        || event.getUser().equals(context.getBotUserId())) {
      return context.ack();
    }
    if (!crew.ledger().claim(payload.getEventId())) {
      crew.metrics().duplicate();
      return context.ack();
    }
    String root = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    ConversationKey key = new ConversationKey(payload.getTeamId(), event.getChannel(), root);
    Venue venue = ThreadRef.venueOf(event.getChannel(), null);
    String userId = event.getUser();
    String text = MessageText.plain(event.getText());
    crew.work().execute(() -> {
      Reply reply = crew.conversations().turn(key, userId, c -> crew.coach().reply(c, text, venue));
      crew.delivery().inThread(event.getChannel(), root, reply);
    });
    return context.ack();
  }
}
