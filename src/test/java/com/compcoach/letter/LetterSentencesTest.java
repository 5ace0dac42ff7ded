package com.compcoach.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A letter cut into the units its facts are read from. */
class LetterSentencesTest {

  @Test
  void formFields_labelsOnTheLineAboveTheirValues_areRowsOfLabelAndValue() {
    String[] lines = {"Position Title", "Senior Data Engineer", "Annual Base Salary", "$172,000.00",
        "Offer Expiration Date", "12/11/2026"};

    assertEquals(List.of("Position Title | Senior Data Engineer", "Annual Base Salary | $172,000.00",
        "Offer Expiration Date | 12/11/2026"), LetterSentences.formFields(lines));
  }

  @Test
  void formFields_addressOrSignatureBlock_isLeftAsItIs() {
    String[] lines = {"Marcus Bell", "88 Pearl Street, Apt 4", "Boston, MA 02110", "", "Sincerely,", "Renata Okafor",
        "Chief People Officer", "Halcyon Biosciences"};

    assertEquals(List.of(lines), LetterSentences.formFields(lines));
  }

  @Test
  void split_dayWithAPointBeforeItsMonth_endsNoSentence() {
    assertEquals(List.of("Das Arbeitsverhältnis beginnt am 1. März 2027.", "Arbeitsort ist Hamburg."),
        LetterSentences.split("Das Arbeitsverhältnis beginnt am 1. März 2027. Arbeitsort ist Hamburg."));
  }
}
