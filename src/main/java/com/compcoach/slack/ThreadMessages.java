package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import com.compcoach.coach.Conversation;
import com.compcoach.coach.Turn;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Messages ({@code message.im}, {@code message.channels}, {@code message.groups}): in a card's thread, or anywhere
 * in a DM, they go through the coach and the reply goes to the same thread. Bots, edits and other subtypes are
 * ignored; each event is answered once however often Slack retries it. A thread's messages are answered one at a
 * time, in the order they came ({@link TurnQueue}).
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
    String root = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    ConversationKey key = new ConversationKey(payload.getTeamId(), event.getChannel(), root);
    Venue venue = direct ? Venue.DIRECT_MESSAGE : Venue.SHARED_CHANNEL;
    String userId = event.getUser();
    String eventId = payload.getEventId();
    try {
      crew.turns().submit(key, () -> answer(eventId, key, direct, userId, text, venue));
    } catch (RejectedExecutionException busy) {
      // Nothing was claimed or changed: Slack delivers the event again later, when there is room.
      return Response.builder().statusCode(503).build();
    }
    return context.ack();
  }

  /** One turn, in its thread's order: claimed once, only in our threads, answered once it is saved. */
  private CompletionStage<?> answer(String eventId, ConversationKey key, boolean direct, String userId, String text,
      Venue venue) {
    return answer(crew, eventId, key, direct, userId,
        () -> CompletableFuture.completedFuture(c -> crew.coach().reply(c, MessageText.plain(text), venue)));
  }

  /**
   * A turn of a thread, from a message or a shared file: claimed once, only in our threads, and answered once saved.
   * {@code step} is made first (a shared file is downloaded then), then run inside the turn.
   */
  static CompletionStage<?> answer(Crew crew, String eventId, ConversationKey key, boolean direct, String userId,
      Supplier<CompletionStage<Function<Conversation, Turn>>> step) {
    // Claimed here, not before queueing, so an event refused while the app was busy is taken by Slack's retry.
    if (!crew.ledger().claim(eventId)) {
      crew.metrics().duplicate();
      return CompletableFuture.completedFuture(null);
    }
    if (!direct) {
      Optional<Boolean> known = crew.conversations().known(key);
      if (known.isPresent() && !known.get()) {
        return CompletableFuture.completedFuture(null); // a thread that isn't one of our cards'
      }
    }
    // The state the turn saved (the last run of the step is the one saved), so reminders follow it without a read.
    AtomicReference<Conversation> saved = new AtomicReference<>();
    return step.get().thenCompose(turn -> crew.conversations().take(key, userId, c -> {
          Turn t = turn.apply(c);
          saved.set(t.conversation());
          return t;
        }))
        .thenCompose(reply -> crew.delivery().inThread(key, userId, reply))
        .thenCompose(posted -> crew.reminders().follow(key, userId, saved.get()));
  }
}
