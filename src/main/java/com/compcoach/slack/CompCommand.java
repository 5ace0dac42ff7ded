package com.compcoach.slack;

import com.compcoach.coach.Reply;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * {@code /comp …}: acks at once; then a card or a comparison is posted so that it owns a thread, while help, closest
 * matches and questions go privately to the one who asked.
 */
final class CompCommand implements SlashCommandHandler {

  /** {@code /comp}, or whatever the command is named in the app's settings. */
  static final java.util.regex.Pattern ANY = java.util.regex.Pattern.compile("/.*");

  /** Slack does not send a command again, so a full backlog is said to the one who typed it, not answered 500. */
  static final String BUSY = "I'm busy right now and couldn't take that. Please try again in a minute.";

  private final Crew crew;

  CompCommand(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) {
    SlashCommandPayload p = request.getPayload();
    Venue venue = ThreadRef.venueOf(p.getChannelId(), "directmessage".equals(p.getChannelName()) ? "im" : null);
    // Slack sends the command's text escaped and with its markup, as it sends messages.
    String text = MessageText.plain(p.getText());
    String teamId = Workspace.of(p);
    String channelId = p.getChannelId();
    String userId = p.getUserId();
    String responseUrl = p.getResponseUrl();
    if (teamId == null) {
      Workspace.unnamed("a slash command");
      return context.ack(Workspace.UNNAMED);
    }
    try {
      return answer(context, venue, text, teamId, channelId, userId, responseUrl);
    } catch (RejectedExecutionException busy) {
      return context.ack(BUSY);
    }
  }

  private Response answer(SlashCommandContext context, Venue venue, String text, String teamId, String channelId,
      String userId, String responseUrl) {
    if (text != null && text.trim().equalsIgnoreCase("forget")) {
      // /comp forget: the store deletes this user's conversations in this channel, and Slack the reminders they
      // scheduled; only they see the answer.
      crew.work().executeOrWait(() -> {
        List<String> reminders = new ArrayList<>();
        String said = crew.conversations().forget(teamId, channelId, userId, reminders::addAll);
        ScheduledReminders.Deleted deleted = crew.reminders().delete(reminders).join();
        int texts = crew.drafts().forget(teamId, userId, channelId);
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (texts > 0) {
          lines.add(texts == 1 ? "The email or script you were given here is gone from your App Home too."
              : "The " + texts + " emails and scripts you were given here are gone from your App Home too.");
        }
        if (!deleted.kept().isEmpty()) {
          lines.add(ScheduledReminders.notCancelled(deleted, false));
        }
        crew.delivery().privately(responseUrl, new Reply.Text(said),
            lines.isEmpty() ? null : String.join(" ", lines));
      });
      return context.ack();
    }
    crew.work().executeOrWait(() -> {
      RecentAnswers.Answer answer = crew.answers().get(text, venue, () -> {
        Turn turn = crew.coach().open(text, venue);
        return new RecentAnswers.Answer(turn, crew.renderer().render(turn.reply()));
      });
      crew.delivery().start(teamId, channelId, userId, responseUrl, answer.turn(), answer.rendered());
    });
    return context.ack();
  }
}
