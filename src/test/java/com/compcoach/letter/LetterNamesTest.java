package com.compcoach.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Company names as a person would write them, never invented from a letterhead's capitals. */
class LetterNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "INFOSYS LIMITED|Infosys Limited",
      "ACME ROBOTICS PVT. LTD.|Acme Robotics Pvt. Ltd.",
      "IBM CONSULTING SERVICES PRIVATE LIMITED|IBM Consulting Services Private Limited",
      "AWS DATA LABS LLC|AWS Data Labs LLC",
      "NEW HORIZON BANK OF INDIA|New Horizon Bank of India",
      "Tidepool Robotics, Inc.|Tidepool Robotics, Inc."})
  void asWritten_letterheadWithNoRunningText_titleCasesKeepingAcronymsAndLegalForms(String head, String shown) {
    assertEquals(shown, LetterNames.asWritten(head, List.of(head, "Dear Ms Rao,", "We are pleased to offer you a role.")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "QUILLON FINANCIAL GROUP|We confirm your transfer from QuillOn Financial Group's London office.|QuillOn Financial Group",
      "KPMG ADVISORY LLP|Welcome to KPMG Advisory.|KPMG Advisory LLP"})
  void asWritten_runningTextSpellsTheName_usesItsSpelling(String head, String sentence, String shown) {
    assertEquals(shown, LetterNames.asWritten(head, List.of(head, sentence)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"OFFER LETTER", "PRIVATE AND CONFIDENTIAL", "LETTER OF APPOINTMENT"})
  void repeatedHeading_headingThatNamesNoCompany_isNull(String heading) {
    assertNull(LetterNames.repeatedHeading(heading, List.of("Please read this " + heading.toLowerCase() + " carefully.",
        "This Offer Letter sets out your terms.")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Poste : Ingénieur logiciel principal|Ingénieur logiciel principal",
      "Nous avons le plaisir de vous offrir le poste de Analyste de données chez Érable inc.|Analyste de données"})
  void title_frenchLabelOrProse_readsTheTitleInLowerCase(String sentence, String title) {
    assertEquals(title, LetterNames.title(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Lieu de travail : Montréal|Montréal",
      "You will work remotely from Nashville, Tennessee.|Nashville, Tennessee"})
  void location_frenchLabelOrARemoteHome_readsThePlace(String sentence, String place) {
    assertEquals(place, LetterNames.location(sentence));
  }
}
