package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageChangedEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * A person's message edited in one of our threads ({@code message_changed} with new text): the edit is not read, and
 * the thread is told so once, with what to do instead. Re-reading an edit as a turn would count a step twice ("they
 * added 20k" edited to "they added 25k" is 45k), and undoing the turn it replaced would need every earlier state kept;
 * so the new figure is asked for as a new message, never taken or dropped in silence.
 */
final class EditedMessages implements BoltEventHandler<MessageChangedEvent> {

  static final String NOT_READ = "I read each message once, as it was sent, so I didn't read your edit. If a figure "
      + "changed, send it again as a new message, e.g. \"they offered 190k base\", and I'll update the offer.";

  /** What a turn answers when the thread was told before: nothing is posted. */
  private static final Reply.Text TOLD_BEFORE = new Reply.Text("");

  private final Crew crew;
  /**
   * Threads this instance told, a cheap first check; the thread's stored state says it for every instance
   * ({@link com.compcoach.coach.Conversation#toldEditsNotRead()}).
   */
  private final Cache<ConversationKey, Boolean> told = Caffeine.newBuilder()
      .maximumSize(10_000)
      .expireAfterWrite(Duration.ofDays(1))
      .executor(Runnable::run)
      .build();

  EditedMessages(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(EventsApiPayload<MessageChangedEvent> payload, EventContext context) {
    MessageChangedEvent event = payload.getEvent();
    MessageChangedEvent.Message edited = event == null ? null : event.getMessage();
    if (edited == null || edited.getUser() == null || edited.getBotId() != null
        || edited.getUser().equals(context.getBotUserId()) || !textChanged(event)) {
      return context.ack(); // a bot's edit, or Slack adding a link's preview: no edit of the person's words
    }
    boolean direct = ThreadRef.venueOf(event.getChannel(), event.getChannelType()) == Venue.DIRECT_MESSAGE;
    if (!direct && edited.getThreadTs() == null) {
      return context.ack(); // channel chatter outside our threads
    }
    String root = edited.getThreadTs() != null ? edited.getThreadTs() : edited.getTs();
    String workspace = Workspace.of(payload);
    if (workspace == null) {
      Workspace.unnamed("an edited message");
      return context.ack();
    }
    ConversationKey key = new ConversationKey(workspace, event.getChannel(), root);
    String eventId = payload.getEventId();
    String userId = edited.getUser();
    try {
      crew.turns().submit(key, () -> tell(eventId, key, userId));
    } catch (RejectedExecutionException busy) {
      return Response.builder().statusCode(503).build(); // Slack delivers it again later
    }
    return context.ack();
  }

  private CompletableFuture<?> tell(String eventId, ConversationKey key, String userId) {
    if (!crew.ledger().claim(eventId) || told.getIfPresent(key) != null) {
      return CompletableFuture.completedFuture(null);
    }
    if (!crew.conversations().known(key).orElse(false)) {
      return CompletableFuture.completedFuture(null); // not a thread of ours (or the store can't say: say nothing)
    }
    told.put(key, Boolean.TRUE);
    // Said once per thread, whichever instance behind the store takes the edit: the thread's state remembers it.
    return crew.conversations().take(key, userId, conversation -> conversation.toldEditsNotRead()
            ? new Turn(conversation, TOLD_BEFORE) : new Turn(conversation.withEditsNotRead(), new Reply.Text(NOT_READ)))
        .thenCompose(reply -> reply == TOLD_BEFORE ? CompletableFuture.completedFuture(null)
            : crew.delivery().inThread(key.channelId(), key.threadTs(), reply));
  }

  private static boolean textChanged(MessageChangedEvent event) {
    MessageChangedEvent.PreviousMessage before = event.getPreviousMessage();
    String was = before == null || before.getMessage() == null ? null : before.getMessage().getText();
    return !Objects.equals(was, event.getMessage().getText());
  }
}
