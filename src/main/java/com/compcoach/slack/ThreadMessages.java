package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
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
 * in a DM, they go through the coach and the reply goes to the same thread. Bots and other subtypes are ignored
 * (an edit is {@link EditedMessages}'); each event is answered once however often Slack retries it. A thread's messages are answered one at a
 * time, in the order they came ({@link TurnQueue}).
 */
final class ThreadMessages implements BoltEventHandler<MessageEvent> {

  /**
   * A reply the person also sent to the channel ("Also send to #channel"): their message in the thread all the same,
   * so it is read as any other (it was left unanswered in silence).
   */
  static final String BROADCAST = "thread_broadcast";

  private final Crew crew;

  ThreadMessages(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
    MessageEvent event = payload.getEvent();
    if (event == null) {
      return context.ack();
    }
    int status = take(new Message(Workspace.of(payload), payload.getEventId(), event.getChannel(),
        event.getChannelType(), event.getUser(), event.getBotId(), event.getSubtype(), event.getText(),
        event.getThreadTs(), event.getTs()), context.getBotUserId());
    return status == 200 ? context.ack() : Response.builder().statusCode(status).build();
  }

  /** The same for a reply also sent to the channel, which Bolt hands to a listener of its own kind. */
  BoltEventHandler<MessageThreadBroadcastEvent> broadcasts() {
    return (payload, context) -> {
      MessageThreadBroadcastEvent event = payload.getEvent();
      if (event == null) {
        return context.ack();
      }
      int status = take(new Message(Workspace.of(payload), payload.getEventId(), event.getChannel(),
          event.getChannelType(), event.getUser(), null, BROADCAST, event.getText(), event.getThreadTs(),
          event.getTs()), context.getBotUserId());
      return status == 200 ? context.ack() : Response.builder().statusCode(status).build();
    };
  }

  /**
   * A plain message event as both routes read it: Bolt's (Socket Mode, and HTTP until the token works) and
   * {@link EventRoute}'s (HTTP, read once).
   */
  record Message(String teamId, String eventId, String channel, String channelType, String user, String botId,
                 String subtype, String text, String threadTs, String ts) {}

  /**
   * Queues the message's turn when it is one for the coach; returns the HTTP status to ack with: 200, or 503 when
   * the work backlog is full (nothing was claimed or changed, so Slack's retry is taken later).
   */
  int take(Message event, String botUserId) {
    if (event.botId() != null || event.subtype() != null && !BROADCAST.equals(event.subtype()) || event.user() == null
        || event.user().equals(botUserId)) {
      return 200;
    }
    boolean direct = ThreadRef.venueOf(event.channel(), event.channelType()) == Venue.DIRECT_MESSAGE;
    String text = event.text() == null ? "" : event.text();
    if (!direct && event.threadTs() == null) {
      return 200; // channel chatter outside our threads is none of our business
    }
    if (!direct && botUserId != null && text.contains("<@" + botUserId)) {
      return 200; // the app_mention event of the same message answers it
    }
    if (event.teamId() == null) {
      Workspace.unnamed("a message event");
      return 200;
    }
    String root = event.threadTs() != null ? event.threadTs() : event.ts();
    ConversationKey key = new ConversationKey(event.teamId(), event.channel(), root);
    Venue venue = direct ? Venue.DIRECT_MESSAGE : Venue.SHARED_CHANNEL;
    String userId = event.user();
    String eventId = event.eventId();
    try {
      crew.turns().submit(key, () -> answer(eventId, key, direct, userId, text, venue));
    } catch (RejectedExecutionException busy) {
      return 503;
    }
    return 200;
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
