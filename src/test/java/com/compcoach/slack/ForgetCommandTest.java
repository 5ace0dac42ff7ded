package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.Await;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code /comp forget} over the real app: the user's conversations in that channel are deleted, and it says so. */
class ForgetCommandTest {

  private SlackHarness slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness();
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void comp_forgetAfterACard_deletesTheThreadAndSaysSoPrivately() throws Exception {
    String cardTs = slack.card("ml-ai-engineer charlotte");
    ConversationKey thread = new ConversationKey(WebApiStandIn.TEAM, SlackHarness.CHANNEL, cardTs);
    // A card's conversation is saved in the background; forget what is stored, so wait for it to be stored.
    Await.value(Duration.ofSeconds(10), () -> slack.state.conversations().load(thread).orElse(null));

    slack.sender.command(slack.command("forget", SlackHarness.CHANNEL));

    String answer = slack.api.await("response_url", 1, Duration.ofSeconds(10)).get(0).params().get("body");
    assertTrue(answer.contains("forgot the one conversation"), answer);
    assertTrue(answer.contains("\"ephemeral\""), answer);
    assertTrue(slack.state.conversations().load(thread).isEmpty());
  }

  @Test
  void comp_forget_leavesOtherUsersAndOtherChannelsAlone() throws Exception {
    ConversationKey someoneElses = new ConversationKey(WebApiStandIn.TEAM, SlackHarness.CHANNEL, "1800000001.000001");
    ConversationKey elsewhere = new ConversationKey(WebApiStandIn.TEAM, "C0ELSEWHERE", "1800000001.000002");
    slack.state.conversations().save(someoneElses, "U0SAM", "{}", ConversationStore.NEW);
    slack.state.conversations().save(elsewhere, "U0PAT", "{}", ConversationStore.NEW);

    slack.sender.command(slack.command("forget", SlackHarness.CHANNEL));

    String answer = slack.api.await("response_url", 1, Duration.ofSeconds(10)).get(0).params().get("body");
    assertTrue(answer.contains("no conversations of yours in this channel"), answer);
    assertTrue(slack.state.conversations().load(someoneElses).isPresent());
    assertTrue(slack.state.conversations().load(elsewhere).isPresent());
  }

  /** Forget when it cannot be done. */
  @Nested
  class Failures {

    @Test
    void comp_forgetTwice_secondTimeHasNothingToForget() throws Exception {
      String cardTs = slack.card("ml-ai-engineer charlotte");
      ConversationKey thread = new ConversationKey(WebApiStandIn.TEAM, SlackHarness.CHANNEL, cardTs);
      Await.value(Duration.ofSeconds(10), () -> slack.state.conversations().load(thread).orElse(null));
      slack.sender.command(slack.command("forget", SlackHarness.CHANNEL));
      slack.api.await("response_url", 1, Duration.ofSeconds(10));

      // A second command in Slack has its own trigger id; an identical signed body would be a replay, answered once.
      Map<String, String> again = new HashMap<>(slack.command("forget", SlackHarness.CHANNEL));
      again.put("trigger_id", "1111.2222.0001");
      slack.sender.command(again);

      String second = slack.api.await("response_url", 2, Duration.ofSeconds(10)).get(1).params().get("body");
      assertTrue(second.contains("no conversations of yours"), second);
      assertEquals(1, slack.api.calls("chat.postMessage").size(), "forget posts nothing in the channel");
    }
  }
}
