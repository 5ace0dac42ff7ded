package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.ConversationJson;
import com.compcoach.coach.ConversationKey;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.Await;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deadline reminders over the real app: scheduled in the thread, cancelled, and deleted by {@code /comp forget}. */
class ReminderThreadsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  /** Far ahead (within post_at's 32 bits), so no reminder time is past when this runs: 09:00 New York. */
  private static final String DEADLINE = "deadline is 2037-12-11";
  private static final long DAY_BEFORE = Instant.parse("2037-12-10T14:00:00Z").getEpochSecond();
  private static final long MORNING_OF = Instant.parse("2037-12-11T14:00:00Z").getEpochSecond();

  private SlackHarness slack;
  private String cardTs;
  private int sent;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness();
    cardTs = slack.card("ml-ai-engineer charlotte");
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  private void say(String text) throws Exception {
    int posts = slack.api.calls("chat.postMessage").size();
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, text, "EvR" + ++sent));
    slack.api.awaitPost(posts + 1);
  }

  private List<WebApiStandIn.Call> remindMe() throws Exception {
    say(DEADLINE);
    say("remind me");
    return slack.api.await("chat.scheduleMessage", 2, WAIT);
  }

  private Conversation stored() {
    ConversationKey key = new ConversationKey(WebApiStandIn.TEAM, SlackHarness.CHANNEL, cardTs);
    return new ConversationJson().read(slack.state.conversations().load(key).orElseThrow().stateJson());
  }

  @Test
  void remindMe_afterTypedDeadline_schedulesTwoInTheThreadAtNineUserTime() throws Exception {
    List<WebApiStandIn.Call> scheduled = remindMe();

    assertEquals(List.of(DAY_BEFORE, MORNING_OF),
        scheduled.stream().map(c -> Long.parseLong(c.params().get("post_at"))).toList());
    scheduled.forEach(c -> assertEquals(cardTs, c.params().get("thread_ts")));
    scheduled.forEach(c -> assertEquals(SlackHarness.CHANNEL, c.params().get("channel")));
    assertEquals(1, slack.api.calls("users.info").size());
    Await.value(WAIT, () -> stored().remindersOrNone().scheduled().size() == 2 ? true : null);
  }

  @Test
  void cancelReminders_afterScheduling_deletesBothAndForgetsTheirIds() throws Exception {
    remindMe();
    Await.value(WAIT, () -> stored().remindersOrNone().scheduled().size() == 2 ? true : null);
    List<String> scheduled = ids(stored().remindersOrNone().scheduled());

    say("cancel reminders");

    List<WebApiStandIn.Call> deleted = slack.api.await("chat.deleteScheduledMessage", 2, WAIT);
    assertEquals(scheduled, deleted.stream().map(c -> c.params().get("scheduled_message_id")).toList());
    Await.value(WAIT, () -> stored().remindersOrNone().scheduled().isEmpty() ? true : null);
    assertFalse(stored().remindersOrNone().wanted());
  }

  @Test
  void compForget_afterScheduling_deletesTheRemindersWithTheThread() throws Exception {
    remindMe();
    Await.value(WAIT, () -> stored().remindersOrNone().scheduled().size() == 2 ? true : null);
    List<String> scheduled = ids(stored().remindersOrNone().scheduled());

    slack.sender.command(slack.command("forget", SlackHarness.CHANNEL));

    String answer = slack.api.await("response_url", 1, WAIT).get(0).params().get("body");
    assertTrue(answer.contains("forgot the one conversation"), answer);
    // The answer comes after the deletes, so they are all recorded by now.
    assertEquals(scheduled, slack.api.calls("chat.deleteScheduledMessage").stream()
        .map(c -> c.params().get("scheduled_message_id")).toList());
    assertTrue(slack.state.conversations().load(
        new ConversationKey(WebApiStandIn.TEAM, SlackHarness.CHANNEL, cardTs)).isEmpty());
  }

  @Test
  void noRemindMe_afterTypedDeadline_schedulesNothing() throws Exception {
    say(DEADLINE);
    say("thanks");
    slack.settle();
    assertEquals(List.of(), slack.api.calls("chat.scheduleMessage"));
    assertEquals(List.of(), slack.api.calls("users.info"));
  }

  /** The ids Slack gave, as stored ("channel/id"), without the channel. */
  private static List<String> ids(List<String> stored) {
    return stored.stream().map(one -> one.substring(one.indexOf('/') + 1)).toList();
  }
}
