package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec guides of session 26 that say once, in a sentence of its own, that nobody gets equity ("Meridian does not
 * grant equity.", "There's no equity at Ally Servicing.", "Aktien oder Optionen gibt es bei Nordwind nicht.", "Non sono
 * previste stock option."): stock is 0 for every place with no warning that it was never said.
 */
class NoneSaidOnceTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "company-by-name-does-not-grant-equity-said-once-place-lines-usd",
      "no-equity-at-the-company-by-name-theres-said-once-place-lines-usd",
      "german-prose-zwischen-und-hauptsitz-keine-aktien-ziele-satz-eur",
      "italian-prose-ral-da-a-premio-percent-sede-centrale-nessuna-stock-option-eur"})
  void read_noEquitySaidOnceForTheCompany_raisesNoWarning(String name) throws IOException {
    GuideReading reading = SeedGuides.READER.read(name + ".md", Files.readString(GuideSpecTest.SPEC.resolve(name + ".md")));

    List<String> warnings = reading.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(Finding::message).toList();
    assertEquals(List.of(), warnings, name + " says once that nobody gets equity");
    assertEquals(0, reading.guide().regions().get(0).bands().stock().high());
  }
}
