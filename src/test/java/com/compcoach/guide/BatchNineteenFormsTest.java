package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Session 15, batch 19: guides written as lists, prose, emails, canvases and checklists, as a user is served them. */
class BatchNineteenFormsTest {

  private static GuideReading read(String path, String text) {
    return SeedGuides.READER.read(path, text);
  }

  private static String errors(GuideReading reading) {
    return reading.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message).toList()
        .toString();
  }

  @Test
  void read_tomlFrontmatter_namesTheCompanyAndRoleAndIsNoText() {
    GuideReading reading = read("analyst.md", """
        +++
        company = "Larchmont Robotics"
        role = "Perception Engineer"
        +++

        # Pay guide

        - Seattle (HQ): base $158K–$186K, bonus 10%, no equity
        - Pittsburgh: base $142K–$168K, bonus 10%, no equity
        """);

    assertEquals("Larchmont Robotics", reading.guide().company().name());
    assertEquals("Perception Engineer", reading.guide().role().title());
    assertEquals(2, reading.guide().regions().size());
  }

  @Test
  void read_bareJsonFrontmatter_namesTheCompanyAndRole() {
    GuideReading reading = read("analyst.md", """
        {
          "company": "Fjordlys Energi",
          "role": "Battery Systems Engineer"
        }

        # Pay guide

        - Oslo (HQ) — base NOK 780k–920k, bonus 8%, no equity
        - Bergen — base NOK 720k–850k, bonus 8%, no equity
        """);

    assertEquals("Fjordlys Energi", reading.guide().company().name());
    assertEquals("Battery Systems Engineer", reading.guide().role().title());
  }

  @Test
  void read_baseGivenAsOneEndOnly_isRefusedNamingTheEndNeverServedAsOneFigure() {
    for (String oneEnd : List.of("starting at $66,000", "from $66,000 upward", "at least $66,000", "up to $80,000")) {
      GuideReading reading = read("acme/analyst.md", """
          # Acme — Analyst

          - Phoenix (HQ): base $72,000–$86,000, bonus 5%, no equity
          - Tucson: base ONE_END, bonus 5%, no equity
          """.replace("ONE_END", oneEnd));

      assertNull(reading.guide(), oneEnd);
      assertTrue(errors(reading).contains("gives one end of the band only"), oneEnd + ": " + errors(reading));
    }
  }

  @Test
  void read_stockUpToOneFigure_isRefusedNotReadAsTheFigure() {
    GuideReading reading = read("acme/analyst.md", """
        # Acme — Analyst

        - Austin (HQ): base $110K–$130K, stock up to $15K a year, bonus 10%
        - Raleigh: base $102K–$120K, stock $8K–$12K a year, bonus 10%
        """);

    assertNull(reading.guide());
    assertTrue(errors(reading).contains("'up to $15K'"), errors(reading));
  }

  @Test
  void read_totalAndBaseWithTheRestEquity_stockIsTheTotalLessBaseAndBonusEndByEnd() {
    GuideReading reading = read("acme/analyst.md", """
        # Acme — Analyst

        **San Diego (HQ)** — total $200K–$240K a year: base $150K–$175K, a 10% bonus, and the remainder comes as RSUs.

        **Remote (US)** — total $180K–$215K a year: base $138K–$160K, a 10% bonus, and the remainder comes as RSUs.
        """);

    Region hq = reading.guide().regions().get(0);
    assertEquals(Range.of(35_000, 47_500), hq.bands().stock());
    assertTrue(reading.findings().stream().anyMatch(f -> f.message().contains("the rest of the total")));
  }

  @Test
  void read_checklistBoxesAndSlackShortcodes_areNoPartOfANameOrFigure() {
    GuideReading reading = read("acme/analyst.md", """
        # :rocket: Acme — Analyst

        ## Pay

        - [x] :round_pushpin: **Zürich (HQ)** — base CHF 140k–165k · bonus 15% · RSUs CHF 20k/yr
        - [ ] **Basel** — base CHF 132k–155k · bonus 15% · RSUs CHF 16k/yr
        """);

    assertEquals(List.of("Zürich (HQ)", "Basel"), reading.guide().regions().stream().map(Region::name).toList());
  }

  @Test
  void read_placeLinesGivingLevelsTheTitleNamesNoneOf_refusalSaysWhichLevelsAndHowToName() {
    GuideReading reading = read("acme/analyst.md", """
        # Software Engineer — Ashgrove Payments

        - London (HQ): L3: base £60K–£72K, bonus 5%. L4: base £75K–£90K, bonus 10%.
        - Manchester: L3: base £52K–£63K, bonus 5%. L4: base £66K–£79K, bonus 10%.
        """);

    assertNull(reading.guide());
    assertTrue(errors(reading).contains("per level (L3, L4) and the title names none of them"), errors(reading));
  }

  @Test
  void read_baseNamedBeforeItsPlaceInAParagraphEach_isThatPlacesBand() {
    GuideReading reading = read("acme/designer.md", """
        # Quillfeather Media — Senior Product Designer

        ## Comp by city

        Base in NYC (HQ) is $152,000–$178,000, RSUs are $18,000 a year and the bonus target is 10%.

        Base in Chicago is $138,000–$160,000, RSUs $14,000 a year, bonus target 10%.
        """);

    Region chicago = reading.guide().regions().get(1);
    assertEquals("Chicago", chicago.name());
    assertEquals(Range.of(138_000, 160_000), chicago.bands().base());
    assertEquals(Range.of(14_000, 14_000), chicago.bands().stock());
  }
}
