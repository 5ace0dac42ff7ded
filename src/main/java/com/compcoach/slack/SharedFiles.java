package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.compcoach.letter.LetterFile;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;

/**
 * A file shared in a card's thread or a DM ({@code message} with subtype {@code file_share}): an offer letter as PDF
 * or text, fetched with {@code files.info} and the bot token, read into the thread's offer. Anything else gets a
 * sentence asking for the text. The file's content is never stored or logged.
 */
final class SharedFiles implements BoltEventHandler<MessageFileShareEvent> {

  private final Crew crew;

  SharedFiles(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(EventsApiPayload<MessageFileShareEvent> payload, EventContext context) {
    MessageFileShareEvent event = payload.getEvent();
    if (event == null || event.getUser() == null || event.getUser().equals(context.getBotUserId())
        || event.getFiles() == null || event.getFiles().isEmpty()) {
      return context.ack();
    }
    boolean direct = ThreadRef.venueOf(event.getChannel(), event.getChannelType()) == Venue.DIRECT_MESSAGE;
    if (!direct && event.getThreadTs() == null) {
      return context.ack(); // files shared in a channel outside our threads are none of our business
    }
    String root = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    String workspace = Workspace.of(payload);
    if (workspace == null) {
      Workspace.unnamed("a shared file");
      return context.ack();
    }
    ConversationKey key = new ConversationKey(workspace, event.getChannel(), root);
    Venue venue = direct ? Venue.DIRECT_MESSAGE : Venue.SHARED_CHANNEL;
    String fileId = event.getFiles().get(0).getId();
    try {
      crew.turns().submit(key, () -> ThreadMessages.answer(crew, payload.getEventId(), key, direct, event.getUser(),
          () -> letter(fileId).thenApply(contents -> c -> contents instanceof LetterFile.Text text
              ? crew.coach().letter(c, text.text(), venue)
              : new Turn(c, new Reply.Question(((LetterFile.Unreadable) contents).reason())))));
    } catch (RejectedExecutionException busy) {
      return Response.builder().statusCode(503).build();
    }
    return context.ack();
  }

  /** The shared file's text: its details from {@code files.info}, then its bytes with the bot token. */
  private CompletionStage<LetterFile.Contents> letter(String fileId) {
    return crew.api().fileInfo(fileId).thenCompose(info -> {
      File file = info.ok() ? info.response().getFile() : null;
      if (file == null || file.getUrlPrivateDownload() == null) {
        return CompletableFuture.completedFuture(new LetterFile.Unreadable("I couldn't open that file (Slack said "
            + (info.ok() ? "it has no download" : info.error()) + "); paste the letter's text instead."));
      }
      if (file.getSize() != null && file.getSize() > LetterFile.LARGEST) {
        return CompletableFuture.completedFuture(LetterFile.read(new byte[LetterFile.LARGEST + 1]));
      }
      return crew.api().download(file.getUrlPrivateDownload(), LetterFile.LARGEST).thenApply(bytes -> bytes
          .map(LetterFile::read)
          .orElseGet(() -> new LetterFile.Unreadable("I couldn't download that file; paste the letter's text instead.")));
    });
  }
}
