package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #12: Negotiate-Up targets as people write them, with the place named as the guide names it. */
class NegotiateUpTest {

  private static GuideReading read(String targets) {
    return SeedGuides.READER.read("acme/data-engineer.md", """
        # Acme — Data Engineer

        ## Pay bands

        | Region | Base | Stock | Bonus | Total |
        |---|---|---|---|---|
        | Austin, TX (HQ) | $150K–$180K | $20K–$30K | $10K–$20K | $180K–$230K |
        | Chicago, IL | $160K–$190K | $20K–$30K | $10K–$20K | $190K–$240K |
        | New York, NY | $180K–$220K | $25K–$35K | $15K–$25K | $220K–$280K |

        ## Levers

        1. **Spark**
        > "I'd like the base at $175K given my Spark work."

        ## Negotiate Up

        """ + targets + """

        ## Sources

        - Levels.fyi 2026
        """);
  }

  private static Map<String, Long> lows(Guide guide) {
    return guide.targets().stream().collect(Collectors.toMap(Target::region, t -> t.total().low()));
  }

  private static Map<String, String> labels(Guide guide) {
    return guide.targets().stream().collect(Collectors.toMap(Target::region, Target::written));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Go for $210K (Austin). Go for $230K (Chicago). Go for $268K (NYC).",
      "- Aim for $210K (Austin)\n- Aim for $230K total (Chicago, IL)\n- Aim for $268K TC (New York)",
      "Push for $210K (Austin), $230K (Chicago) and $268K (New York).",
      "Austin ($210K), Chicago ($230K), New York ($268K total).",
      "- Austin ($210K)\n- Chicago ($230K TC)\n- New York ($268K)"})
  void read_placeOrFigureInParentheses_isThatPlacesTarget(String text) {
    Guide guide = read(text).guide();

    assertEquals(Map.of("Austin, TX (HQ)", 210_000L, "Chicago, IL", 230_000L, "New York, NY", 268_000L),
        lows(guide), text);
  }

  @Test
  void read_topOfTheBandWithNoFigure_isTheTotalBandsTopSaidSo() {
    Guide guide = read("In Austin, aim for the top of the band: $225K. In Chicago and New York, go for the top of the "
        + "band.").guide();

    assertEquals(Map.of("Austin, TX (HQ)", 225_000L, "Chicago, IL", 240_000L, "New York, NY", 280_000L),
        lows(guide));
    assertEquals("In Chicago and New York, the top of its band", labels(guide).get("Chicago, IL"));
  }

  @Test
  void read_marketReferenceInParentheses_isNotATarget() {
    GuideReading reading = read("In Austin, aim for $210K (market median $195K). In Chicago, aim for $230K "
        + "(Dallas is similar). New York: aim for $268K (the $300K offers are outliers).");

    assertEquals(Map.of("Austin, TX (HQ)", 210_000L, "Chicago, IL", 230_000L, "New York, NY", 268_000L),
        lows(reading.guide()));
    assertTrue(reading.findings().stream().noneMatch(Finding::isError), reading.findings().toString());
  }

  @Test
  void read_figureInParenthesesWithOtherWords_staysAReference() {
    GuideReading reading = read("Austin (median $195K): aim for $210K. Chicago ($230K at the 75th percentile) is "
        + "the ceiling. In New York, aim for $268K.");

    assertEquals(Map.of("Austin, TX (HQ)", 210_000L, "New York, NY", 268_000L), lows(reading.guide()));
  }

  @Test
  void read_targetLabel_isThePlaceAsWrittenWithoutTheLeadIn() {
    Guide guide = read("For Austin, aim for $210K total; in New York push toward $268K. Stretch goal for Chicago "
        + "folks: $230K.").guide();

    assertEquals(Map.of("Austin, TX (HQ)", "For Austin", "New York, NY", "in New York", "Chicago, IL", "for Chicago"),
        labels(guide));
  }

  @Test
  void read_targetLabelAfterTheFigure_isThePlaceAsWritten() {
    Guide guide = read("Aim for $210K total in Austin, $230K if you're based in Chicago and $268K NYC.").guide();

    assertEquals(Map.of("Austin, TX (HQ)", "in Austin", "Chicago, IL", "in Chicago", "New York, NY", "NYC"),
        labels(guide));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Aim for $210K in Austin and $230K in Chicago. For New York we have no good data yet.",
      "Aim for $210K in Austin and $230K in Chicago. New York: TBD until the Q1 survey.",
      "- Austin: $210K\n- Chicago: $230K\n- New York: n/a",
      "Aim for $210K in Austin and $230K in Chicago. No target for New York yet.",
      "Aim for $210K in Austin and $230K in Chicago. In New York, we don't have numbers yet, so don't anchor."})
  void read_placeSaidInWordsToHaveNoTarget_isNullWithoutAWarning(String text) {
    GuideReading reading = read(text);

    assertEquals(Map.of("Austin, TX (HQ)", 210_000L, "Chicago, IL", 230_000L), lows(reading.guide()), text);
    assertTrue(reading.findings().stream().noneMatch(f -> f.message().contains("no target for New York")),
        reading.findings().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "- Aim for $200K base (Austin).\n- Push base to 205k in Chicago.\n- In New York, aim for a base of $230K.",
      "Austin: $200K base. Chicago: push base to $205K. New York: base $230K.",
      "Push base to $200K in Austin, $205K base in Chicago and $230K base in New York.",
      "Austin candidates should aim for about $200K base; Chicago, $205K; and $230K in New York.",
      "Austin candidates should hold out for $200K base; Chicago $205K; New York $230K.",
      // The lead's s15ex2: the second figure after "a base of … and" was read as a total.
      "Aim for a base of $200K in Austin, and $205K in Chicago and $230K in New York.",
      "Aim for a base of $200K in Austin and $205K in Chicago; in New York a base of $230K."})
  void read_baseOnlyAims_areBaseTargetsNeverTotals(String text) {
    GuideReading reading = read(text);
    Guide guide = reading.guide();

    assertTrue(guide.targets().isEmpty(), guide.targets().toString());
    assertEquals(Map.of("Austin, TX (HQ)", 200_000L, "Chicago, IL", 205_000L, "New York, NY", 230_000L),
        guide.baseTargets().stream().collect(Collectors.toMap(BaseTarget::region, t -> t.base().low())), text);
    assertTrue(reading.findings().stream().noneMatch(f -> f.message().contains("gives no target")),
        reading.findings().toString());
  }

  @Test
  void read_baseAimBesideATotal_keepsBothApart() {
    Guide guide = read("In Austin, base $190K, total $215K. Chicago: aim for $232K. New York: aim for $268K.")
        .guide();

    assertEquals(Map.of("Austin, TX (HQ)", 215_000L, "Chicago, IL", 232_000L, "New York, NY", 268_000L),
        lows(guide));
    assertEquals(190_000L, guide.baseTargets().get(0).base().low());
  }

  @Test
  void read_clauseWithItsOwnWordsAfterABaseAim_isATotalAsWritten() {
    Guide guide = read("Austin: $200K base; Chicago candidates can push for $232K. New York: aim for $268K.").guide();

    assertEquals(Map.of("Chicago, IL", 232_000L, "New York, NY", 268_000L), lows(guide));
    assertEquals(200_000L, guide.baseTargets().get(0).base().low());
  }

  @Test
  void read_targetNamingAPlaceWithNoRow_isLeftOutWithAWarning() {
    GuideReading reading = read("Aim for $210K in Austin and $195K in Phoenix.");

    assertEquals(Map.of("Austin, TX (HQ)", 210_000L), lows(reading.guide()));
    assertTrue(reading.findings().stream().anyMatch(f -> f.message().contains("'$195K' names 'Phoenix', which is no "
        + "region of the pay table")), reading.findings().toString());
  }
}
