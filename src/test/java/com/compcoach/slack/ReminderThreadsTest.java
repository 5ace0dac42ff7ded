package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.ConversationJson;
import com.compcoach.coach.ConversationKey;
import com.compcoach.standin.WebApiStandIn;
import com.compcoach.store.Await;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deadline reminders over the real app: scheduled in the thread, cancelled, and deleted by {@code /comp forget}. */
class ReminderThreadsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  /** Friday 4 December 2026, evening in New York: the app's and the coach's clock. */
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-04T23:00:00Z"), ZoneOffset.UTC);
  /** A week ahead; its reminders at 09:00 New York (the stand-in's user time zone). */
  private static final String DEADLINE = "they need an answer by 2026-12-11";
  private static final long DAY_BEFORE = Instant.parse("2026-12-10T14:00:00Z").getEpochSecond();
  private static final long MORNING_OF = Instant.parse("2026-12-11T14:00:00Z").getEpochSecond();

  private SlackHarness slack;
  private String cardTs;
  private int sent;

  @BeforeEach
  void start() throws Exception {
    start(NOW);
  }

  private void start(Clock clock) throws Exception {
    start(clock, Duration.ofSeconds(10));
  }

  private void start(Clock clock, Duration readTimeout) throws Exception {
    if (slack != null) {
      slack.close();
    }
    slack = new SlackHarness(clock, readTimeout);
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

  /** "remind me" after a deadline: returns the two schedule calls once their ids are stored. */
  private List<WebApiStandIn.Call> remindMe() throws Exception {
    say(DEADLINE);
    say("remind me");
    List<WebApiStandIn.Call> scheduled = slack.api.await("chat.scheduleMessage", 2, WAIT);
    Await.value(WAIT, () -> stored().remindersOrNone().scheduled().size() == 2 ? true : null);
    return scheduled;
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
  }

  @Test
  void cancelReminders_afterScheduling_deletesBothAndForgetsTheirIds() throws Exception {
    remindMe();
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

  @Test
  void cancelReminders_slackFailingEveryRetry_keepsTheIdsTellsTheUserAndRetriesNextTurn() throws Exception {
    remindMe();
    for (int i = 0; i < WebApi.ATTEMPTS; i++) {
      slack.api.failNext("chat.deleteScheduledMessage", "internal_error");
    }

    say("cancel reminders");

    // The first reminder's delete is tried ATTEMPTS times, with backoff; the second's goes through.
    slack.api.await("chat.deleteScheduledMessage", WebApi.ATTEMPTS + 1, WAIT);
    Await.value(WAIT, () -> lastPost().contains("couldn't cancel a reminder") ? true : null);
    assertTrue(lastPost().contains("may still arrive"), lastPost());
    assertTrue(slack.pauses.contains(Duration.ofSeconds(1)) && slack.pauses.contains(Duration.ofSeconds(4)),
        "backoff 1, 2, 4 s: " + slack.pauses);
    Await.value(WAIT, () -> stored().remindersOrNone().cancelling().size() == 1 ? true : null);

    say("thanks");

    Await.value(WAIT, () -> stored().remindersOrNone().cancelling().isEmpty() ? true : null);
    assertFalse(stored().remindersOrNone().wanted());
  }

  @Test
  void cancelReminders_slackSaysAlreadySent_dropsTheIdWithoutANotice() throws Exception {
    remindMe();
    slack.api.failNext("chat.deleteScheduledMessage", ScheduledReminders.GONE);

    say("cancel reminders");

    slack.api.await("chat.deleteScheduledMessage", 2, WAIT);
    Await.value(WAIT, () -> stored().remindersOrNone().inSlack().isEmpty() ? true : null);
    slack.settle();
    assertFalse(lastPost().contains("couldn't cancel"), lastPost());
  }

  @Test
  void compForget_deleteRefused_answerSaysAReminderMayStillArrive() throws Exception {
    remindMe();
    slack.api.failNext("chat.deleteScheduledMessage", "access_denied");

    slack.sender.command(slack.command("forget", SlackHarness.CHANNEL));

    String answer = slack.api.await("response_url", 1, WAIT).get(0).params().get("body");
    assertTrue(answer.contains("forgot the one conversation") && answer.contains("couldn't cancel a reminder")
        && answer.contains("Slack said access_denied"), answer);
  }

  @Test
  void remindMe_slackRefusesTheFirst_setsNoneAndSaysSo() throws Exception {
    say(DEADLINE);
    slack.api.failNext("chat.scheduleMessage", "time_too_far");

    say("remind me");

    Await.value(WAIT, () -> lastPost().contains("couldn't set the reminders (Slack schedules at most 120 days ahead)")
        ? true : null);
    assertEquals(1, slack.api.calls("chat.scheduleMessage").size(), "the second is not asked for");
    assertFalse(stored().remindersOrNone().wanted(), "\"remind me\" works again");
  }

  @Test
  void remindMe_secondGetsNoAnswer_deletesTheFirstAndSaysSo() throws Exception {
    start(NOW, Duration.ofMillis(300));
    say(DEADLINE);
    // The morning-of reminder's call hangs past the read timeout: Slack may or may not have it, so none are kept.
    slack.api.hold((method, params) -> method.equals("chat.scheduleMessage")
        && String.valueOf(MORNING_OF).equals(params.get("post_at")));

    say("remind me");

    List<WebApiStandIn.Call> deleted = slack.api.await("chat.deleteScheduledMessage", 1, WAIT);
    slack.api.release();
    Await.value(WAIT, () -> lastPost().contains("couldn't set the reminders (Slack did not answer in time)") ? true : null);
    Await.value(WAIT, () -> stored().remindersOrNone().inSlack().isEmpty() ? true : null);
    assertFalse(stored().remindersOrNone().wanted(), "\"remind me\" works again");
    assertEquals(2, slack.api.calls("chat.scheduleMessage").size(), "a schedule that timed out is not sent twice");
    assertEquals(1, deleted.size());
  }

  @Test
  void remindMe_deadlineAfter2038_sendsPostAtInFull() throws Exception {
    start(Clock.fixed(Instant.parse("2038-01-04T12:00:00Z"), ZoneOffset.UTC));
    // Slack on that day takes them (the stand-in's own clock is today's, so it would say time_too_far).
    slack.api.answer("chat.scheduleMessage", p -> WebApiStandIn.ok().put("channel", p.get("channel"))
        .put("scheduled_message_id", "Q" + p.get("post_at")));

    say("deadline is 2038-02-10");
    say("remind me");

    List<WebApiStandIn.Call> scheduled = slack.api.await("chat.scheduleMessage", 2, WAIT);
    assertEquals(List.of(Instant.parse("2038-02-09T14:00:00Z").getEpochSecond(),
            Instant.parse("2038-02-10T14:00:00Z").getEpochSecond()),
        scheduled.stream().map(c -> Long.parseLong(c.params().get("post_at"))).toList());
  }

  private String lastPost() {
    List<WebApiStandIn.Call> posts = slack.api.calls("chat.postMessage");
    return posts.get(posts.size() - 1).params().get("text");
  }

  /** The ids Slack gave, as stored ("channel/id"), without the channel. */
  private static List<String> ids(List<String> stored) {
    return stored.stream().map(one -> one.substring(one.indexOf('/') + 1)).toList();
  }
}
