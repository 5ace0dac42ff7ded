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

  @Test
  void formFields_cellsBetweenBlankLinesUnderAHeading_areRowsOfLabelAndValue() {
    // An HTML email pasted as text: a heading, then each cell of its table on a line of its own.
    String[] lines = {"Your offer at a glance", "", "Role", "", "Product Designer II", "", "Base salary", "",
        "$142,000 / year", "", "Sign-on bonus", "", "$10,000", "", "Review and sign your offer in our portal by "
        + "Thursday, December 10, 2026."};

    assertEquals(List.of("Your offer at a glance", "Role | Product Designer II", "Base salary | $142,000 / year",
        "Sign-on bonus | $10,000", "", "Review and sign your offer in our portal by Thursday, December 10, 2026."),
        LetterSentences.formFields(lines));
  }

  @Test
  void split_labelsAfterADash_eachLineIsAUnitOfItsOwn() {
    // A quick email's list: "Label - value" lines whose next line starts in lower case.
    assertEquals(List.of("Sign on bonus: $15k. if you leave in the first 12 months you must pay it back.",
        "equity - 2,000 RSUs vesting over 4 yrs (25 % each year)", "Start Date - jan 19th 2027"),
        LetterSentences.split("Sign on bonus: $15k. if you leave in the first 12 months you must pay it back.\n"
            + "equity - 2,000 RSUs vesting over 4 yrs (25 % each year)\nStart Date - jan 19th 2027"));
  }

  @Test
  void split_clauseNumberBeforeALabel_isNoPartOfTheLabel() {
    assertEquals(List.of("Place of work: Central, Hong Kong.", "Please sign by 11 December 2026."),
        LetterSentences.split("6. Place of work: Central, Hong Kong.\nPlease sign by 11 December 2026."));
  }

  @Test
  void formFields_shortLineRightAfterTheCells_keepsTheFormAndTheLine() {
    // The HTML email's cells, then a short closing line: the form is read, the line stays a line.
    String[] lines = {"Base salary", "", "$142,000 / year", "", "Sign-on bonus", "", "$10,000", "",
        "Questions? Just reply."};

    assertEquals(List.of("Base salary | $142,000 / year", "Sign-on bonus | $10,000", "Questions? Just reply."),
        LetterSentences.formFields(lines));
  }

  @Test
  void formFields_proseLinesBeforeTheForm_stayProse() {
    String[] lines = {"Thanks for your time this week,", "here is the summary", "Base salary", "$150,000",
        "Start date", "January 4, 2027"};

    assertEquals(List.of("Thanks for your time this week,", "here is the summary", "Base salary | $150,000",
        "Start date | January 4, 2027"), LetterSentences.formFields(lines));
  }

  @Test
  void split_clauseHeadedByItsLabelAndAPoint_isOneSentenceWithItsFigure() {
    assertEquals(List.of("Base Salary. $168,000 per year, paid bi-weekly.", "Annual Bonus.",
        "You are eligible for a bonus."),
        LetterSentences.split("1. Base Salary. $168,000 per year, paid bi-weekly.\n2. Annual Bonus. You are eligible "
            + "for a bonus."));
  }
}
