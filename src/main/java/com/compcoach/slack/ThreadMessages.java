package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import java.util.Optional;

/**
 * Messages ({@code message.im}, {@code message.channels}, {@code message.groups}): in a card's thread, or anywhere
 * in a DM, they go through the coach and the reply goes to the same thread. Bots, edits and other subtypes are
 * ignored; each event is answered once however often Slack retries it.
 */
final class ThreadMessages implements BoltEventHandler<MessageEvent> {

  private final Crew crew;

  ThreadMessages(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
    MessageEvent event = payload.getEvent();
    if (event == null || event.getBotId() != null || event.getSubtype() != null || event.getUser() == null
        || event.getUser().equals(context.getBotUserId())) {
      return context.ack();
    }
    boolean direct = ThreadRef.venueOf(event.getChannel(), event.getChannelType()) == Venue.DIRECT_MESSAGE;
    String text = event.getText() == null ? "" : event.getText();
    if (!direct && event.getThreadTs() == null) {
      return context.ack(); // channel chatter outside our threads is none of our business
    }
    if (!direct && context.getBotUserId() != null && text.contains("<@" + context.getBotUserId())) {
      return context.ack(); // the app_mention event of the same message answers it
    }
    if (!crew.ledger().claim(payload.getEventId())) {
      crew.metrics().duplicate();
      return context.ack();
    }
    String root = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    ConversationKey key = new ConversationKey(payload.getTeamId(), event.getChannel(), root);
    Venue venue = direct ? Venue.DIRECT_MESSAGE : Venue.SHARED_CHANNEL;
    String userId = event.getUser();
    crew.work().execute(() -> {
      if (!direct) {
        Optional<Boolean> known = crew.conversations().known(key);
        if (known.isPresent() && !known.get()) {
          return; // a thread that isn't one of our cards'
        }
      }
      Reply reply = crew.conversations().turn(key, userId,
          c -> crew.coach().reply(c, MessageText.plain(text), venue));
      crew.delivery().inThread(event.getChannel(), root, reply);
    });
    return context.ack();
  }
}
