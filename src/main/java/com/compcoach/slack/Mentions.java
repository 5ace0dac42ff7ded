package com.compcoach.slack;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/** {@code @comp-coach …} anywhere: the coach answers in the mention's thread (a new one under a top-level mention). */
final class Mentions implements BoltEventHandler<AppMentionEvent> {

  static final String LETTER_UNREAD = "I didn't read the file you shared with that message: I read an offer letter "
      + "shared in a thread I coach or in a DM with me. To have it read, share it again here, in this thread.";

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
    String root = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    String workspace = Workspace.of(payload);
    if (workspace == null) {
      Workspace.unnamed("a mention");
      return context.ack();
    }
    ConversationKey key = new ConversationKey(workspace, event.getChannel(), root);
    Venue venue = ThreadRef.venueOf(event.getChannel(), null);
    String userId = event.getUser();
    String said = MessageText.plain(event.getText());
    // "@comp-coach" alone asks what the bot does, as /comp alone does; read as nothing it got "I didn't catch a
    // figure", with a thread's suggestions where there was no thread yet.
    String text = said == null || said.isBlank() ? "help" : said;
    String eventId = payload.getEventId();
    // Slack sends the files of a top-level channel message outside any thread, and those are not read (SharedFiles):
    // a letter attached to the mention that starts the thread would be left unread with no word.
    boolean letterUnread = event.getFiles() != null && !event.getFiles().isEmpty() && event.getThreadTs() == null
        && venue != Venue.DIRECT_MESSAGE;
    try {
      // In the thread's order, with its other turns; claimed there, so an event refused while busy is retried.
      crew.turns().submit(key, () -> {
        if (!crew.ledger().claim(eventId)) {
          crew.metrics().duplicate();
          return CompletableFuture.completedFuture(null);
        }
        // The state the turn saved, so "@comp remind me" schedules like a thread message does.
        AtomicReference<Conversation> saved = new AtomicReference<>();
        return crew.conversations().take(key, userId, c -> {
              Turn turn = crew.coach().reply(c, text, venue);
              saved.set(turn.conversation());
              return turn;
            })
            .thenCompose(reply -> crew.delivery().inThread(key, userId, reply))
            .thenCompose(posted -> letterUnread ? crew.delivery().inThread(key.channelId(), root,
                new com.compcoach.coach.Reply.Text(LETTER_UNREAD)) : CompletableFuture.completedFuture(posted))
            .thenCompose(posted -> crew.reminders().follow(key, userId, saved.get()));
      });
    } catch (RejectedExecutionException busy) {
      return Response.builder().statusCode(503).build(); // Slack delivers it again later
    }
    return context.ack();
  }
}
