package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Coach;
import com.compcoach.coach.LocalizedLever;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Role;
import com.compcoach.library.GuideLibrary;
import com.compcoach.library.LibrarySource;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every kind of reply rendered to Block Kit, against snapshot files; escaping and Block Kit's limits. */
class ReplyRendererTest {

  private static GuideLibrary library;
  private static Coach coach;
  private final ReplyRenderer renderer = new ReplyRenderer();

  @BeforeAll
  static void openSeeds() {
    library = GuideLibrary.open(LibrarySource.seeds());
    // A fixed day before the seeds' review date, so the snapshots do not change with the calendar.
    coach = new Coach(library::catalog, Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void close() {
    library.close();
  }

  @Test
  void card_roleAndRegion_matchesSnapshot() throws Exception {
    Reply reply = coach.open("ml-ai-engineer charlotte", Venue.SHARED_CHANNEL).reply();

    Snapshots.assertMatches(getClass(), "card_roleAndRegion_matchesSnapshot", renderer.render(reply).blocks());
  }

  @Test
  void card_withOfferInChannel_matchesSnapshot() throws Exception {
    Reply reply = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", Venue.SHARED_CHANNEL).reply();

    Snapshots.assertMatches(getClass(), "card_withOfferInChannel_matchesSnapshot", renderer.render(reply).blocks());
  }

  @Test
  void advice_offerInChannelThread_matchesSnapshot() throws Exception {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.SHARED_CHANNEL);
    Reply reply = coach.reply(card.conversation(), "they offered 180k base, 50k rsu, 40k bonus",
        Venue.SHARED_CHANNEL).reply();

    Snapshots.assertMatches(getClass(), "advice_offerInChannelThread_matchesSnapshot", renderer.render(reply).blocks());
  }

  @Test
  void advice_competingOfferThenTheirMove_matchesSnapshot() throws Exception {
    Turn turn = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", Venue.DIRECT_MESSAGE);
    turn = coach.reply(turn.conversation(), "I have a competing offer of 400k TC from Stripe", Venue.DIRECT_MESSAGE);
    Reply reply = coach.reply(turn.conversation(), "they came back with 205k base", Venue.DIRECT_MESSAGE).reply();

    Snapshots.assertMatches(getClass(), "advice_competingOfferThenTheirMove_matchesSnapshot",
        renderer.render(reply).blocks());
  }

  @Test
  void advice_threadReply_leavesBandsAndLeversForTheButtons() {
    Turn card = coach.open("ml-ai-engineer charlotte", Venue.DIRECT_MESSAGE);
    Reply reply = coach.reply(card.conversation(), "they offered 180k base, 50k rsu, 40k bonus",
        Venue.DIRECT_MESSAGE).reply();

    JsonNode blocks = renderer.render(reply).blocks();
    String all = blocks.toString();
    assertFalse(all.contains("Fair Lending") || all.contains("*Base*\\n"), all);
    assertTrue(all.contains("Counter with") && all.contains("What to say"), all);
    JsonNode actions = blocks.get(blocks.size() - 1);
    assertEquals("[\"bands\",\"levers\",\"compare_regions\"]", actions.path("elements").findValues("action_id")
        .toString().replace(" ", ""));
  }

  @Test
  void card_regionWrittenRelativeToAnother_saysBesideItsBandsHowTheyWereWorkedOut() throws Exception {
    Path dir = Path.of(getClass().getResource("/guides/region-relative-to-another").toURI());
    try (GuideLibrary own = GuideLibrary.open(LibrarySource.directory(dir))) {
      Coach onOwn = new Coach(own::catalog, Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));
      Reply reply = onOwn.open("data engineer remote", Venue.SHARED_CHANNEL).reply();

      String all = renderer.render(reply).blocks().toString();
      assertTrue(all.contains("Derived: Austin, TX (HQ)'s bands minus 10% on base"), all);
      assertTrue(all.contains("$135K"), all);
    }
  }

  @Test
  void comparison_threeRegions_matchesSnapshot() throws Exception {
    Reply reply = coach.open("compare ml-ai-engineer detroit charlotte new york", Venue.SHARED_CHANNEL).reply();

    Snapshots.assertMatches(getClass(), "comparison_threeRegions_matchesSnapshot", renderer.render(reply).blocks());
  }

  @Test
  void choices_unknownRole_matchesSnapshot() throws Exception {
    Reply reply = coach.open("ml engineeer charlote", Venue.SHARED_CHANNEL).reply();

    Snapshots.assertMatches(getClass(), "choices_unknownRole_matchesSnapshot", renderer.render(reply).blocks());
  }

  @Test
  void text_help_matchesSnapshot() throws Exception {
    Reply reply = coach.open("help", Venue.SHARED_CHANNEL).reply();

    Snapshots.assertMatches(getClass(), "text_help_matchesSnapshot", renderer.render(reply).blocks());
  }

  @Test
  void card_charlotte_fieldsInDollarsAndRegionSelectOnCharlotte() {
    Reply reply = coach.open("ml-ai-engineer charlotte", Venue.SHARED_CHANNEL).reply();

    JsonNode blocks = renderer.render(reply).blocks();

    assertEquals("header", blocks.get(0).path("type").asText());
    assertEquals("*Base*\n$173K–$233K", blocks.get(1).path("fields").get(0).path("text").asText());
    JsonNode select = blocks.get(blocks.size() - 1).path("elements").get(3);
    assertEquals("Charlotte, NC", select.path("initial_option").path("value").asText());
  }

  @Nested
  class HostileOrHugeText {

    @Test
    void card_guideAndNoteTextWithMentions_escapesEveryOne() {
      Reply.Card card = charlotte();
      Reply.Card hostile = new Reply.Card(card.guide(), card.region(), card.target(),
          List.of(new LocalizedLever(1, "Ping <!here>", "Tell <@U999> & <!channel> <https://evil|click>", 10)),
          card.offer(), card.positions(), card.counter(), card.aim(), card.verdict(), "Say <!everyone>",
          List.of("note <!subteam^S1>"));

      String json = renderer.render(hostile).blocks().toString();

      assertFalse(json.contains("<!") || json.contains("<@") || json.contains("<https"), json);
      assertTrue(json.contains("&lt;!channel&gt;") && json.contains("&lt;@U999&gt;") && json.contains("&amp;"), json);
    }

    @Test
    void card_hugeLeversAndNotes_staysInsideBlockKitLimits() {
      Reply.Card card = charlotte();
      List<LocalizedLever> levers = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (int i = 1; i <= 60; i++) {
        levers.add(new LocalizedLever(i, "Lever " + i, "x & y ".repeat(100), i));
        notes.add("note " + i + " " + "z".repeat(3000));
      }
      Guide longTitle = withRoleTitle(card.guide(), "Principal ".repeat(30) + "Engineer");
      Reply.Card huge = new Reply.Card(longTitle, card.region(), card.target(), levers, card.offer(),
          card.positions(), card.counter(), card.aim(), card.verdict(), "s".repeat(5000), notes);

      JsonNode blocks = renderer.render(huge).blocks();

      assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
      String header = blocks.get(0).path("text").path("text").asText();
      assertTrue(header.length() <= 150 && header.endsWith("…"), header);
      for (JsonNode block : blocks) {
        assertTrue(block.path("text").path("text").asText().length() <= 3000, block.toString());
        assertTrue(block.path("fields").size() <= 10);
        assertTrue(block.path("elements").size() <= 25);
        for (JsonNode element : block.path("elements")) {
          assertTrue(element.path("text").asText().length() <= 2000);
        }
      }
      assertFalse(blocks.toString().contains("&am…"), "an escape is never cut in half");
      assertEquals("actions", blocks.get(blocks.size() - 1).path("type").asText(), "the buttons survive trimming");
    }

    @Test
    void text_longerThanASection_isSplitIntoSectionsUnderTheLimit() {
      String text = String.join("\n", java.util.Collections.nCopies(200, "A line of forty characters, more or less"));

      JsonNode blocks = renderer.text(text).blocks();

      assertTrue(blocks.size() >= 3);
      for (JsonNode block : blocks) {
        assertTrue(block.path("text").path("text").asText().length() <= 3000);
      }
    }

    private Reply.Card charlotte() {
      return (Reply.Card) coach.open("ml-ai-engineer charlotte", Venue.SHARED_CHANNEL).reply();
    }

    private Guide withRoleTitle(Guide g, String title) {
      return new Guide(g.path(), g.company(), new Role(g.role().slug(), title), g.signatureRole(), g.dnaTags(),
          g.regions(), g.levelMapping(), g.premiums(), g.levers(), g.targets(), g.architecture(), g.sources(),
          g.freshness());
    }
  }
}
