package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.compcoach.standin.Form;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /comp} when the app has no room for more work: the person who typed it is told, nothing else happens. */
class CompCommandTest {

  @Test
  void apply_backlogFull_acksWithABusySentenceInsteadOfAnError() throws Exception {
    GuardedWork full = new GuardedWork(task -> {
      throw new AssertionError("nothing may run when the backlog is full");
    }, 0, Duration.ZERO, new SlackMetrics());
    Crew crew = new Crew(null, null, null, full, null, null, null, null, null, null, new RecentAnswers(), null, null);
    SlashCommandRequest request = new SlashCommandRequest(Form.encode(Map.of("team_id", "T0TEAM",
        "channel_id", "C0OFFERS", "user_id", "U0PAT", "command", "/comp", "text", "ml-ai-engineer charlotte",
        "response_url", "http://127.0.0.1:9/respond")), new RequestHeaders(Map.of()));

    Response ack = new CompCommand(crew).apply(request, new SlashCommandContext());

    assertEquals(200, ack.getStatusCode(), "Slack shows a failed command as an error; a busy app says so itself");
    assertEquals(CompCommand.BUSY, new ObjectMapper().readTree(ack.getBody()).path("text").asText(), ack.getBody());
  }
}
