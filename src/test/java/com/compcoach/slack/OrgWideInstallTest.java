package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An org-wide (Enterprise Grid) install: Slack's commands may carry {@code enterprise_id} and no {@code team_id}. The
 * card is posted, its thread is coached, and nothing is logged as an error; a request naming no workspace at all is
 * answered politely with one warning line.
 */
class OrgWideInstallTest {

  private static final String ORG = "E0GRID01";

  private final ObjectMapper json = new ObjectMapper();
  private SlackHarness slack;
  private LogLines logs;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness();
    logs = LogLines.capture();
  }

  @AfterEach
  void stop() throws Exception {
    logs.stop();
    slack.close();
  }

  @Test
  void comp_orgWideInstallWithoutTeamId_postsTheCardCoachesItsThreadAndLogsNoError() throws Exception {
    Map<String, String> command = slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL);
    command.remove("team_id");
    command.remove("team_domain");
    command.put("enterprise_id", ORG);
    command.put("enterprise_name", "Grid Org");
    command.put("is_enterprise_install", "true");

    HttpResponse<String> ack = slack.sender.command(command);
    String cardTs = slack.api.awaitPost(1).ts();
    slack.settle();
    slack.sender.event(orgWide(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "they offered 180k base",
        "EvGrid1")));

    assertEquals(200, ack.statusCode());
    assertEquals("", ack.body(), "the card comes by chat.postMessage, as for any workspace");
    WebApiStandIn.Call reply = slack.api.awaitPost(2);
    assertEquals(cardTs, reply.params().get("thread_ts"));
    assertTrue(reply.params().get("blocks").contains("Counter with"),
        "the card's conversation was kept under the organisation, so its thread is coached: "
            + reply.params().get("blocks"));
    slack.settle();
    assertEquals(List.of(), logs.all().stream().filter(line -> line.startsWith("ERROR")).toList());
  }

  @Test
  void comp_namingNoWorkspace_answersPolitelyAndLogsOneWarningWithoutATrace() throws Exception {
    Map<String, String> command = slack.command("ml-ai-engineer charlotte", SlackHarness.CHANNEL);
    command.remove("team_id");

    HttpResponse<String> ack = slack.sender.command(command);

    assertEquals(200, ack.statusCode());
    assertEquals(Workspace.UNNAMED, json.readTree(ack.body()).path("text").asText(), ack.body());
    slack.settle();
    assertEquals(0, slack.api.calls("chat.postMessage").size(), "nothing is posted for a command of no workspace");
    List<String> said = logs.all().stream().filter(line -> line.contains("Workspace") || line.startsWith("ERROR"))
        .toList();
    assertEquals(List.of("WARN Workspace: a slash command named no team_id or enterprise_id: answered without "
        + "keeping anything"), said);
  }

  /** The event as an org-wide install sends it: the organisation beside the team, and its authorization says so. */
  private String orgWide(String envelope) throws Exception {
    ObjectNode root = (ObjectNode) json.readTree(envelope);
    root.put("enterprise_id", ORG);
    ((ObjectNode) root.withArray("authorizations").get(0)).put("enterprise_id", ORG).putNull("team_id")
        .put("is_enterprise_install", true);
    return root.toString();
  }
}
