package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AskCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static String fixtureLibrary() {
    try {
      return Path.of(AskCommandTest.class.getResource("/guides/library").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(CommandRun run) throws Exception {
    return JSON.readTree(run.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/cli/seed-figures-from-tables-and-negotiate-up.csv", numLinesToSkip = 1)
  void call_seedQueryAsJson_givesEveryTableAndTargetFigureInWholeUnits(String query, String company, String role,
      String region, String currency, long baseLow, long baseHigh, long stockLow, long stockHigh, long bonusLow,
      long bonusHigh, long totalLow, long totalHigh, long targetLow, long targetHigh) throws Exception {
    CommandRun run = CommandRun.of(new AskCommand(), "--format", "json", query);

    assertEquals(0, run.exit(), run.err());
    JsonNode answer = json(run);
    assertEquals(company, answer.get("company").asText());
    assertEquals(role, answer.get("role").asText());
    assertEquals(region, answer.get("region").asText());
    assertEquals(currency, answer.get("currency").asText());
    JsonNode bands = answer.get("bands");
    assertEquals(List.of(baseLow, baseHigh, stockLow, stockHigh, bonusLow, bonusHigh, totalLow, totalHigh),
        List.of(bands.at("/base/low").asLong(), bands.at("/base/high").asLong(),
            bands.at("/stock/low").asLong(), bands.at("/stock/high").asLong(),
            bands.at("/bonus/low").asLong(), bands.at("/bonus/high").asLong(),
            bands.at("/total/low").asLong(), bands.at("/total/high").asLong()));
    assertEquals(List.of(targetLow, targetHigh),
        List.of(answer.at("/target/low").asLong(), answer.at("/target/high").asLong()));
    assertTrue(bands.at("/base/low").isIntegralNumber(), "figures are whole numbers, not strings or decimals");
  }

  @Test
  void call_json_hasExactlyTheIssueShape() throws Exception {
    JsonNode answer = json(CommandRun.of(new AskCommand(), "--format", "json", "ml-ai-engineer charlotte"));

    List<String> keys = new ArrayList<>();
    answer.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("company", "role", "region", "currency", "bands", "target", "levelMapping", "premiums",
        "levers", "freshness", "sources"), keys);
    assertEquals(4, answer.get("levers").size());
    JsonNode lever = answer.get("levers").get(2);
    assertEquals(3, lever.get("number").asInt());
    assertEquals("Direct-to-Customer Model Deployment Lever", lever.get("title").asText());
    assertTrue(lever.get("text").asText().endsWith("I'd like the bonus target at 22% to reflect this direct "
        + "customer impact accountability."));
    assertEquals("2026-05-23", answer.at("/freshness/nextReviewDue").asText());
    assertEquals("2025-Q4", answer.at("/freshness/dataQuarter").asText());
    assertEquals(7, answer.get("sources").size());
    assertEquals(18000, answer.at("/premiums/0/amount/low").asLong());
    assertEquals(30000, answer.at("/premiums/0/amount/high").asLong());
    assertEquals("Capital One Equivalent", answer.at("/levelMapping/header/1").asText());
  }

  @Test
  void call_textFormat_printsAReadableCardWithFullFigures() {
    CommandRun run = CommandRun.of(new AskCommand(), "ml engineer clt");

    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("ML/AI Engineer at Ally Financial — Charlotte, NC (USD)"), run.out());
    assertTrue(run.out().contains("$173,000       $233,000"), run.out());
    assertTrue(run.out().contains("Negotiate-Up target: $334K–$365K total (In Charlotte)"), run.out());
  }

  @Test
  void call_regionOtherThanTheLeversOwn_restatesLeverFiguresAsSlackDoes() throws Exception {
    JsonNode answer = json(CommandRun.of(new AskCommand(), "--format", "json", "ml-ai-engineer charlotte"));
    CommandRun text = CommandRun.of(new AskCommand(), "ml-ai-engineer charlotte");

    String lever1 = answer.at("/levers/0/text").asText();
    assertTrue(lever1.contains("a base of $231K–$233K and RSUs of $68K–$71K"), lever1);
    assertEquals("only if you have a competing offer", answer.at("/levers/0/condition").asText());
    assertTrue(text.out().contains("targeting $357K–$365K"), text.out());
    assertTrue(text.out().contains("Levers (figures for Charlotte, NC, restated from Detroit"), text.out());
  }

  @Test
  void call_libraryWithBrokenGuides_namesTheirErrorsOnStderrAndStillAnswersFromTheGoodOnes() throws Exception {
    CommandRun run = CommandRun.of(new AskCommand(), "--guides", fixtureLibrary(), "--format", "json", "qa engineer");

    assertEquals(2, run.exit(), "the broken QA guide is left out, so no role matches");
    assertTrue(run.err().contains("low-above-high/qa-engineer.md:"), run.err());
    assertTrue(run.err().lines().allMatch(l -> l.contains(": error: ") || l.endsWith("the lint command lists them")),
        run.err());
    assertEquals("GBP", json(CommandRun.of(new AskCommand(), "--guides", fixtureLibrary(), "--format", "json",
        "staff engineer london")).get("currency").asText());
  }

  @Test
  void call_guidesDirectoryWithGbpAndCad_answersInTheRowsCurrency() throws Exception {
    JsonNode london = json(CommandRun.of(new AskCommand(), "--guides", fixtureLibrary(), "--format", "json",
        "staff engineer london"));
    JsonNode toronto = json(CommandRun.of(new AskCommand(), "--guides", fixtureLibrary(), "--format", "json",
        "staff-engineer toronto"));

    assertEquals("GBP", london.get("currency").asText());
    assertEquals(1_050_000, london.at("/bands/total/low").asLong());
    assertEquals(1_420_000, london.at("/bands/total/high").asLong());
    assertEquals(1_300_000, london.at("/target/low").asLong());
    assertEquals("CAD", toronto.get("currency").asText());
    assertEquals(33_000, toronto.at("/bands/bonus/low").asLong());
    assertEquals(348_000, toronto.at("/target/high").asLong());
  }

  @Test
  void call_premiumWrittenAsAPercent_showsThePercentAndTheAskedRegionsAmountMarkedDerived(@TempDir Path dir)
      throws Exception {
    writeGuide(dir, """
        # Acme — Data Engineer

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Austin, TX (HQ) | $150K–$180K | $20K–$30K | $10K–$20K | $180K–$230K |
        | London, UK | £90K–£110K | £10K–£20K | £5K–£10K | £105K–£140K |

        ## Premiums

        - **Remote**: remote roles pay 5% more.
        """);

    CommandRun text = CommandRun.of(new AskCommand(), "--guides", dir.toString(), "data engineer london");
    JsonNode json = json(CommandRun.of(new AskCommand(), "--guides", dir.toString(), "--format", "json",
        "data engineer london"));

    assertTrue(text.out().contains("  - Remote: 5% of base (£4.5K–£5.5K on the base in London, UK, derived)"),
        text.out());
    JsonNode remote = json.at("/premiums/0");
    assertEquals(4_500, remote.at("/amount/low").asLong());
    assertEquals(5_500, remote.at("/amount/high").asLong());
    assertEquals(5, remote.at("/percent/low").asLong());
    assertEquals("base", remote.get("of").asText());
    assertEquals("GBP", remote.get("currency").asText());
    assertTrue(remote.get("derived").asBoolean());
  }

  @Test
  void call_percentPremiumForOneRegion_isOfThatRegionsBandWhicheverRegionIsAsked(@TempDir Path dir) throws Exception {
    writeGuide(dir, """
        # Acme — Data Engineer

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Austin, TX (HQ) | $150K–$180K | $20K–$30K | $10K–$20K | $180K–$230K |
        | Toronto, ON | C$160K–C$190K | C$20K–C$30K | C$10K–C$20K | C$190K–C$240K |

        ## Premiums

        - **Toronto**: +10% for bilingual candidates in Toronto.
        """);

    for (String asked : List.of("austin", "toronto")) {
      CommandRun text = CommandRun.of(new AskCommand(), "--guides", dir.toString(), "data engineer " + asked);
      JsonNode premium = json(CommandRun.of(new AskCommand(), "--guides", dir.toString(), "--format", "json",
          "data engineer " + asked)).at("/premiums/0");

      assertTrue(text.out().contains("  - Toronto: 10% of base (C$16K–C$19K on the base in Toronto, ON, derived)"),
          text.out());
      assertEquals(16_000, premium.at("/amount/low").asLong(), asked);
      assertEquals(19_000, premium.at("/amount/high").asLong(), asked);
      assertEquals("CAD", premium.get("currency").asText(), asked);
      assertEquals("Toronto, ON", premium.get("region").asText(), asked);
    }
  }

  @Test
  void call_guideAimingBaseAlone_showsABaseTargetAndNoTotalTarget(@TempDir Path dir) throws Exception {
    writeGuide(dir, """
        # Acme — Data Engineer

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Austin, TX (HQ) | $150K–$180K | $20K–$30K | $10K–$20K | $180K–$230K |

        ## Negotiate Up

        Aim for $185K base (Austin).
        """);

    CommandRun text = CommandRun.of(new AskCommand(), "--guides", dir.toString(), "data engineer austin");
    JsonNode json = json(CommandRun.of(new AskCommand(), "--guides", dir.toString(), "--format", "json",
        "data engineer austin"));

    assertTrue(text.out().contains("Negotiate-Up base target: $185K base, not a total (Austin)"), text.out());
    assertTrue(json.get("target").isNull());
    assertEquals(185_000, json.at("/baseTarget/low").asLong());
  }

  @Test
  void call_regionWrittenRelativeToAnother_saysBesideItsFiguresHowTheyWereWorkedOut() throws Exception {
    String library = Path.of(getClass().getResource("/guides/region-relative-to-another").toURI()).toString();

    CommandRun text = CommandRun.of(new AskCommand(), "--guides", library, "data engineer remote");
    JsonNode json = json(CommandRun.of(new AskCommand(), "--guides", library, "--format", "json",
        "data engineer remote"));

    assertTrue(text.out().contains("(derived: Austin, TX (HQ)'s bands minus 10% on base)"), text.out());
    assertEquals("Austin, TX (HQ)'s bands minus 10% on base", json.get("derivedFrom").asText());
    assertEquals(135_000, json.at("/bands/base/low").asLong());
  }

  @Test
  void call_optionsCountedAtAStrike_showsCountAndStrikeAsNotValuedAndLeavesThemOutOfTheBands(@TempDir Path dir)
      throws Exception {
    writeGuide(dir, """
        # Acme — Data Engineer

        ## Pay

        | Region | Base | Equity | Total |
        |---|---|---|---|
        | Austin, TX (HQ) | $150K–$180K | 10,000–16,000 options at a $4.20 strike | $150K–$180K |
        """);

    CommandRun text = CommandRun.of(new AskCommand(), "--guides", dir.toString(), "data engineer austin");
    JsonNode json = json(CommandRun.of(new AskCommand(), "--guides", dir.toString(), "--format", "json",
        "data engineer austin"));

    assertTrue(text.out().contains("Options: 10,000–16,000 options at a $4.20 strike (not valued: not in the stock"
        + " or total)"), text.out());
    assertEquals(16_000, json.at("/options/count/high").asLong());
    assertEquals("$4.20", json.at("/options/strike").asText());
    assertEquals(0, json.at("/bands/stock/high").asLong());
  }

  @Test
  void call_guideWrittenInDayRates_showsAYearsPayAndSaysItIsADayRateTimesTheDays(@TempDir Path dir)
      throws Exception {
    writeGuide(dir, """
        # Acme — Data Engineer

        Contract roles; we assume 220 billable days a year.

        ## Day rates

        | Location | Day rate |
        |---|---|
        | London (HQ) | £550–£650/day |
        """);

    CommandRun text = CommandRun.of(new AskCommand(), "--guides", dir.toString(), "data engineer london");

    assertTrue(text.out().contains("£121,000       £143,000"), text.out());
    assertTrue(text.out().contains("(derived: base written per day (£550–£650) × 220 days a year)"), text.out());
  }

  /** Writes a one-guide library: Acme's Data Engineer. */
  private static void writeGuide(Path dir, String text) throws Exception {
    Path guide = dir.resolve("acme/data-engineer.md");
    Files.createDirectories(guide.getParent());
    Files.writeString(guide, text);
  }

  @Nested
  class UnknownInput {

    @Test
    void call_misspeltRegionAsText_exits2WithSuggestionsOnStderr() {
      CommandRun run = CommandRun.of(new AskCommand(), "ml-ai-engineer charlote");

      assertEquals(2, run.exit());
      assertEquals("", run.out());
      assertTrue(run.err().contains("No region of that guide matches \"charlote\"."), run.err());
      assertTrue(run.err().contains("  ml-ai-engineer charlotte"), run.err());
    }

    @Test
    void call_unknownRoleAsJson_printsErrorObjectWithClosestRolesFirst() throws Exception {
      CommandRun run = CommandRun.of(new AskCommand(), "--format", "json", "secruity engineer nyc");

      assertEquals(2, run.exit());
      JsonNode error = json(run);
      assertEquals("No role matches \"secruity engineer\".", error.get("error").asText());
      assertEquals("security-engineer nyc", error.get("suggestions").get(0).asText());
    }

    @Test
    void call_regionWithoutRole_asksWhichRoleListingRolesThere() {
      CommandRun run = CommandRun.of(new AskCommand(), "charlotte");

      assertEquals(2, run.exit());
      assertTrue(run.err().startsWith("Which role in Charlotte, NC?"), run.err());
      assertTrue(run.err().contains("  security-engineer charlotte"), run.err());
    }

    @Test
    void call_misspeltRegionWithoutRole_namesTheClosestRegionWithoutAnswering() throws Exception {
      CommandRun run = CommandRun.of(new AskCommand(), "--format", "json", "charlote");

      assertEquals(2, run.exit());
      JsonNode error = json(run);
      assertEquals("No role or region matches \"charlote\"; the closest region is Charlotte, NC.",
          error.get("error").asText());
      assertTrue(error.get("suggestions").toString().contains("ml-ai-engineer charlotte"), error.toString());
    }

    @Test
    void call_placeNoGuideHas_saysNoGuideHasIt() {
      CommandRun run = CommandRun.of(new AskCommand(), "london");

      assertEquals(2, run.exit());
      assertTrue(run.err().startsWith("No guide has a region called \"london\"."), run.err());
    }

    @Test
    void call_blankQuery_asksForRoleAndRegion() {
      CommandRun run = CommandRun.of(new AskCommand(), " ");

      assertEquals(2, run.exit());
      assertTrue(run.err().startsWith("Which role and region?"), run.err());
    }

    @Test
    void call_roleWithoutRegion_asksWhichRegionInsteadOfGuessing() throws Exception {
      CommandRun run = CommandRun.of(new AskCommand(), "--format", "json", "security");

      assertEquals(2, run.exit());
      JsonNode error = json(run);
      assertTrue(error.get("error").asText().startsWith("Which region?"), error.toString());
      assertEquals(3, error.get("suggestions").size());
    }

    @Test
    void call_missingGuideDirectory_exits1NamingTheDirectory() {
      CommandRun run = CommandRun.of(new AskCommand(), "--guides", "/no/such/guides", "security nyc");

      assertEquals(1, run.exit());
      assertTrue(run.err().contains("/no/such/guides"), run.err());
    }
  }
}
