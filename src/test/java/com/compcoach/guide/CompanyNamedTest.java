package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The company a guide is for: said outright, never taken from a sentence that describes some company. */
class CompanyNamedTest {

  private static final String TABLE = """

      ## Pay bands

      | Office | Base | Equity / yr | Bonus | Total |
      |---|---|---|---|---|
      | Austin (HQ) | $140K–$170K | $10K–$20K | $10K–$15K | $160K–$205K |
      """;

  @ParameterizedTest
  @ValueSource(strings = {
      "Ramp, a fintech headquartered in New York, pays engineers in this band.",
      "**Brex**, a fintech headquartered in San Francisco, competes with us for engineers.",
      "About the company: Brex, a fintech headquartered in San Francisco.",
      "Mercury, the banking startup, hires from the same pool."})
  void company_underARoleTitle_aSentenceDescribingACompanyIsNotIt_theFolderNamesIt(String line) {
    Guide guide = SeedGuides.READER.read("cobalt-freight/backend-engineer.md",
        "# Senior Backend Engineer\n\n" + line + "\n" + TABLE).guide();

    assertEquals("Cobalt Freight", guide.company().name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cobalt Freight Systems · Austin, TX", "Cobalt Freight Systems · comp notes for recruiters"})
  void company_underARoleTitle_aLineNamingItIsTheCompany(String line) {
    Guide guide = SeedGuides.READER.read("cobalt-freight/backend-engineer.md",
        "# Senior Backend Engineer\n\n" + line + "\n" + TABLE).guide();

    assertEquals("Cobalt Freight Systems", guide.company().name());
  }
}
