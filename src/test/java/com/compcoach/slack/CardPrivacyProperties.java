package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Coach;
import com.compcoach.coach.Reply;
import com.compcoach.coach.ThreadMessagesArbitrary;
import com.compcoach.coach.Venue;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Region;
import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Privacy of a channel's card, over real sockets against the Slack stand-ins: whatever is typed in a card's thread,
 * the card's region select never writes it into the channel's top-level message, and the card's buttons act on the
 * card's own role and region.
 */
class CardPrivacyProperties {

  private static final Duration WITHIN = Duration.ofSeconds(10);
  private static final String ROLE = "ml-ai-engineer";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 8)
  void regionSelect_afterAnyThread_neverWritesThreadFiguresIntoTheCard(
      @ForAll("threads") List<String> messages, @ForAll @IntRange(min = 0, max = 20) int pick) throws Exception {
    try (SlackHarness slack = new SlackHarness()) {
      String cardTs = slack.card(ROLE + " charlotte");
      String blockId = cardBlockId(slack.api.calls("chat.postMessage").get(0));
      int posts = 1;
      for (int i = 0; i < messages.size(); i++) {
        slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, messages.get(i), "EvP" + i));
        slack.api.awaitPost(++posts);
      }
      Guide guide = guide(slack);
      Region region = guide.regions().get(pick % guide.regions().size());

      slack.sender.interaction(select(slack, cardTs, blockId, region.name()));

      JsonNode update = JSON.readTree(slack.api.await("chat.update", 1, WITHIN).get(0).params().get("blocks"));
      assertEquals(bareCard(slack, region), update, "the top-level card is the card, nothing typed in its thread");
      for (String message : messages) {
        for (String figure : figures(message)) {
          assertFalse(update.toString().contains(figure), () -> figure + " from \"" + message + "\" is on the card");
        }
      }
    }
  }

  @Example
  void leversButton_afterTheThreadMovedToAnotherRegion_answersForTheCardsOwnRegion() throws Exception {
    try (SlackHarness slack = new SlackHarness()) {
      String cardTs = slack.card(ROLE + " charlotte");
      String blockId = cardBlockId(slack.api.calls("chat.postMessage").get(0));
      slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs, "what about new york?", "EvNy"));
      slack.api.awaitPost(2);

      slack.sender.interaction(button(slack, cardTs, blockId, BlockIds.LEVERS));

      String levers = slack.api.awaitPost(3).params().get("blocks");
      assertTrue(levers.contains("Charlotte"), levers);
      assertFalse(levers.contains("New York"), levers);
    }
  }

  @Example
  void regionSelect_withAnOfferInTheThread_recomputesItInTheThreadNotOnTheCard() throws Exception {
    try (SlackHarness slack = new SlackHarness()) {
      String cardTs = slack.card(ROLE + " charlotte");
      String blockId = cardBlockId(slack.api.calls("chat.postMessage").get(0));
      slack.sender.event(slack.threadMessage(SlackHarness.CHANNEL, cardTs,
          "they offered 187k base, 51k rsu, 43k bonus", "EvOffer"));
      slack.api.awaitPost(2);

      slack.sender.interaction(select(slack, cardTs, blockId, "Detroit, MI (HQ)"));

      String update = slack.api.await("chat.update", 1, WITHIN).get(0).params().get("blocks");
      assertFalse(update.contains("187"), update);
      WebApiStandIn.Call inThread = slack.api.awaitPost(3);
      assertEquals(cardTs, inThread.params().get("thread_ts"));
      String advice = inThread.params().get("blocks");
      assertTrue(advice.contains("Detroit") && advice.contains("$187,000") && advice.contains("Counter with"), advice);
    }
  }

  @Provide
  Arbitrary<List<String>> threads() {
    return ThreadMessagesArbitrary.messages(4, List.of("what about detroit?", "what about new york?", "levers",
        "bands", "lever 4", "why?", "I'm currently at Initech"));
  }

  /** The figures a message types, as a card would print them: "$187K" and "$187,000". */
  private static List<String> figures(String message) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)k").matcher(message);
    while (m.find()) {
      out.add("$" + m.group(1) + ",000");
    }
    return out;
  }

  private static JsonNode bareCard(SlackHarness slack, Region region) throws Exception {
    Coach coach = new Coach(slack.library::catalog, Clock.systemUTC());
    Reply card = coach.switchRegion(coach.onCard(null, "ally-financial", ROLE, "Charlotte, NC"), region.name(),
        Venue.SHARED_CHANNEL).reply();
    return JSON.readTree(new ReplyRenderer().render(card).blocks().toString());
  }

  private static Guide guide(SlackHarness slack) {
    return slack.library.catalog().guides().stream().filter(g -> g.role().slug().equals(ROLE)).findFirst()
        .orElseThrow();
  }

  private static String cardBlockId(WebApiStandIn.Call post) throws Exception {
    JsonNode blocks = JSON.readTree(post.params().get("blocks"));
    return blocks.get(blocks.size() - 1).path("block_id").asText();
  }

  private static String select(SlackHarness slack, String cardTs, String blockId, String region) {
    return Fixtures.text("action-region-select.json", Map.of("message_ts", cardTs, "channel", SlackHarness.CHANNEL,
        "response_url", slack.api.responseUrl("act"), "region", region))
        .replace("\"card_actions\"", JSON.valueToTree(blockId).toString());
  }

  private static String button(SlackHarness slack, String cardTs, String blockId, String actionId) {
    return Fixtures.text("action-card-button.json", Map.of("message_ts", cardTs, "channel", SlackHarness.CHANNEL,
        "response_url", slack.api.responseUrl("act"), "action_id", actionId))
        .replace("\"card_actions\"", JSON.valueToTree(blockId).toString());
  }
}
