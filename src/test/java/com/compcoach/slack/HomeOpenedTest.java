package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The App Home over the real app: the emails and scripts a user was given in threads are kept for them, newest
 * first, each in a box to copy, seen by no one else, and gone with {@code /comp forget}.
 */
class HomeOpenedTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Instant NOW = Instant.parse("2026-12-04T23:00:00Z");
  private static final String OFFER = "they offered 180k base, 200k RSU over 4 years, 15% bonus";
  private static final String SAM = "U0SAM";

  private SlackHarness slack;
  private String cardTs;
  private int sent;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness(Clock.fixed(NOW, ZoneOffset.UTC));
    cardTs = slack.card("ml-ai-engineer charlotte");
    say(OFFER);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  private String say(String text) throws Exception {
    return say(text, "U0PAT");
  }

  private String say(String text, String user) throws Exception {
    int posts = slack.api.calls("chat.postMessage").size();
    slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, text, "EvH" + ++sent)
        .replace("\"U0PAT\"", "\"" + user + "\""));
    return slack.api.awaitPost(posts + 1).params().get("text");
  }

  /** The user opens their App Home: the blocks Slack is asked to publish for them. */
  private JsonNode home(String user) throws Exception {
    int before = slack.api.calls("views.publish").size();
    slack.sender.event(Fixtures.text("event-app-home-opened.json", Map.of("event_id", "EvHome" + ++sent))
        .replace("\"U0PAT\"", "\"" + user + "\""));
    WebApiStandIn.Call publish = slack.api.await("views.publish", before + 1, WAIT).get(before);
    assertEquals(user, publish.params().get("user_id"));
    return new ObjectMapper().readTree(publish.params().get("view")).path("blocks");
  }

  private static List<String> texts(JsonNode blocks) {
    List<String> texts = new ArrayList<>();
    blocks.forEach(b -> texts.add(b.path("text").path("text").asText(b.toString())));
    return texts;
  }

  /** The titles of the kept texts, in the order shown. */
  private static List<String> titles(JsonNode blocks) {
    return texts(blocks).stream().filter(t -> t.startsWith("*") && t.contains("<!date^"))
        .map(t -> t.substring(1, t.indexOf("*\n"))).toList();
  }

  @Test
  void homeOpened_afterEmailAndCallScript_showsBothNewestFirstEachInACodeBlock() throws Exception {
    say("email");
    say("call script");

    JsonNode blocks = home("U0PAT");

    assertEquals(List.of("Call script for ML/AI Engineer at Ally Financial",
        "Counteroffer email for ML/AI Engineer at Ally Financial"), titles(blocks));
    List<String> texts = texts(blocks);
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("```Subject: ML/AI Engineer offer") && t.endsWith("```")),
        "the email is a code block to copy: " + texts);
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("```Open with the ask:")), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.contains("<!date^" + NOW.getEpochSecond()
        + "^{date_short_pretty} at {time}|4 Dec 2026, 23:00 UTC>")), "when each was given: " + texts);
  }

  @Test
  void homeOpened_sameEmailAskedTwice_keptOnce() throws Exception {
    say("email");
    say("email");

    assertEquals(List.of("Counteroffer email for ML/AI Engineer at Ally Financial"), titles(home("U0PAT")));
  }

  @Test
  void homeOpened_extensionScript_keptWithRoleAndCompany() throws Exception {
    say("can I ask for more time?");

    assertEquals(List.of("Asking for more time: ML/AI Engineer at Ally Financial"), titles(home("U0PAT")));
  }

  @Test
  void homeOpened_yearByYearAndOtherReplies_notKept() throws Exception {
    say("year by year");
    say("levers");

    JsonNode blocks = home("U0PAT");

    assertEquals(List.of(), titles(blocks));
    assertTrue(texts(blocks).contains(HomeView.NO_DRAFTS), texts(blocks).toString());
  }

  @Test
  void homeOpened_anotherUser_seesNoneOfTheTextsAskedByTheFirst() throws Exception {
    say("email");
    say("call script", SAM);

    assertEquals(List.of("Counteroffer email for ML/AI Engineer at Ally Financial"), titles(home("U0PAT")));
    assertEquals(List.of("Call script for ML/AI Engineer at Ally Financial"), titles(home(SAM)));
  }

  @Test
  void homeOpened_moreThanFiveTexts_keepsTheLastFive() throws Exception {
    say("email");
    say("call script");
    say("more time");
    cardTs = slack.card("ml-ai-engineer detroit");
    say(OFFER);
    say("email");
    say("call script");
    say("they need an answer by 2026-12-11"); // so this note asks for another date than the first
    say("more time");

    JsonNode blocks = home("U0PAT");

    assertEquals(RecentDrafts.KEEP, titles(blocks).size(), texts(blocks).toString());
    List<String> emails = texts(blocks).stream().filter(t -> t.startsWith("```Subject:")).toList();
    assertEquals(1, emails.size(), "the Charlotte email, the oldest, went: " + titles(blocks) + emails);
    assertTrue(emails.get(0).contains("Detroit"), emails.get(0));
  }

  @Test
  void compForget_inTheChannel_removesItsTextsFromTheHome() throws Exception {
    say("email");

    slack.sender.command(slack.command("forget", SlackHarness.CHANNEL));

    String answer = slack.api.await("response_url", 1, WAIT).get(0).params().get("body");
    assertTrue(answer.contains("gone from your App Home too"), answer);
    assertEquals(List.of(), titles(home("U0PAT")));
  }

  @Test
  void compForget_inAnotherChannel_leavesThisChannelsTexts() throws Exception {
    say("email");

    slack.sender.command(slack.command("forget", "C0ELSEWHERE"));

    slack.api.await("response_url", 1, WAIT);
    assertEquals(List.of("Counteroffer email for ML/AI Engineer at Ally Financial"), titles(home("U0PAT")));
  }
}
