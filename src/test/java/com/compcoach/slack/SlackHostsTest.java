package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.SharedFile;
import com.compcoach.standin.Team;
import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A response_url or a file's download URL on a host that is not Slack's is never called, and never gets the token. */
class SlackHostsTest {

  private final SlackHosts hosts = SlackHosts.of("http://127.0.0.1:4100/api/");

  @Test
  void owns_slacksHostsOverHttps_true() {
    assertTrue(hosts.owns("https://hooks.slack.com/commands/T0TEAM/123/abc"));
    assertTrue(hosts.owns("https://files.slack.com/files-pri/T0TEAM-F0A/download/offer.pdf"));
    assertTrue(hosts.owns("https://hooks.slack-gov.com/actions/T0TEAM/1/x"));
  }

  @Test
  void owns_theConfiguredWebApisOrigin_true() {
    assertTrue(hosts.owns("http://127.0.0.1:4100/respond/cmd"));
    assertTrue(hosts.owns("http://127.0.0.1:4100/files-pri/T0TEAM-F0A/download/offer.pdf"));
  }

  @Test
  void owns_anotherHostPortSchemeOrALookalike_false() {
    assertFalse(hosts.owns("http://127.0.0.1:9464/metrics"));
    assertFalse(hosts.owns("http://hooks.slack.com/commands/T0TEAM/123/abc"));
    assertFalse(hosts.owns("https://hooks.slack.com.evil.example/commands/x"));
    assertFalse(hosts.owns("https://evilslack.com/x"));
    assertFalse(hosts.owns("https://hooks.slack.com@evil.example/x"));
    assertFalse(hosts.owns("https://evil.example/?next=https://hooks.slack.com/"));
    assertFalse(hosts.owns("https://hooks.slack.com:8443/x"));
    assertFalse(hosts.owns("not a url"));
    assertFalse(hosts.owns(null));
  }

  /** Over real sockets: the app against the stand-in, and a second stand-in on another port that is not Slack. */
  @Nested
  class OverSockets {

    private SlackHarness slack;
    private WebApiStandIn elsewhere;

    @BeforeEach
    void start() throws Exception {
      slack = new SlackHarness();
      elsewhere = new WebApiStandIn();
    }

    @AfterEach
    void stop() throws Exception {
      elsewhere.close();
      slack.close();
    }

    @Test
    void command_responseUrlOnAnotherHost_isNeverCalledWhileSlacksIs() throws Exception {
      Map<String, String> foreign = slack.command("no-such-role-anywhere", SlackHarness.CHANNEL);
      foreign.put("response_url", elsewhere.responseUrl("cmd"));
      slack.sender.command(foreign);
      slack.settle();
      Map<String, String> own = slack.command("no-such-role-anywhere", SlackHarness.CHANNEL);
      slack.sender.command(own);
      slack.settle();

      assertEquals(0, elsewhere.calls().size(), elsewhere.calls().toString());
      assertEquals(1, slack.api.calls("response_url").size(), slack.api.calls().toString());
    }

    @Test
    void fileShared_downloadUrlOnAnotherHost_isNotFetchedAndTheTokenNotSent() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");
      SharedFile letter = elsewhere.share("offer.txt", "text/plain", Team.TEST.userId(),
          "Dear Pat, your annual base salary will be $185,000.\n".getBytes(StandardCharsets.UTF_8));
      ObjectMapper json = new ObjectMapper();
      slack.api.answer("files.info", params -> {
        var answer = json.createObjectNode().put("ok", true);
        answer.set("file", elsewhere.describe(letter).put("id", "F0ELSEWHERE"));
        return answer;
      });

      slack.sender.event(Fixtures.text("event-file-share-in-card-thread.json",
          Map.of("channel", SlackHarness.CHANNEL, "thread_ts", cardTs, "file", "F0ELSEWHERE", "event_id", "EvFar1")));

      String blocks = slack.api.awaitPost(2).params().get("blocks");
      assertTrue(blocks.contains("I couldn't download that file; paste the letter's text instead."), blocks);
      assertEquals(0, elsewhere.calls().size(), elsewhere.calls().toString());
      assertFalse(blocks.contains("185,000"), blocks);
    }
  }
}
