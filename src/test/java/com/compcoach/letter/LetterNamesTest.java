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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Here's where we landed with Granite Peak Software, Inc. for the role:|Granite Peak Software, Inc.",
      "I'm excited to share your offer from Lumen Labs LLC for the role.|Lumen Labs LLC",
      "You would report to the CTO at Harrow & Finch Ltd from March.|Harrow & Finch Ltd",
      "zwischen der Nordlicht Data GmbH, Speicherstraße 12, 20457 Hamburg|Nordlicht Data GmbH",
      "We'd love you to join Wisła Labs sp. z o.o. as an engineer.|Wisła Labs sp. z o.o.",
      "We are pleased to confirm your offer from Nordfjord Analytics AS for the role.|Nordfjord Analytics AS",
      "Your offer of employment from Aubépine Systèmes SA, listed on Euronext Paris, follows.|Aubépine Systèmes SA"})
  void company_nameWithItsLegalFormInProse_readsTheNameAndNoMore(String sentence, String company) {
    assertEquals(company, LetterNames.company(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "At Kettlewell Robotics, we build machines that work alongside people.|Kettlewell Robotics",
      "\"At Brindle & Oak, we're a small team that ships fast.\"|Brindle & Oak",
      "\"We build machines that work alongside people.\" — Kettlewell Robotics|Kettlewell Robotics",
      "\"Make the hard thing easy.\" – The Lantern Group|Lantern Group"})
  void company_companySpeakingOfItselfOrAQuotesBylineOrganisation_readsTheName(String sentence, String company) {
    assertEquals(company, LetterNames.company(sentence));
  }

  @ParameterizedTest
  @ValueSource(strings = {"We had a great call with Sarah Jones on Monday.", "Thanks for meeting with Q1 Planning.",
      "Your offer from us is below.", "\"Hire people smarter than you.\" — Dana Whitfield, CEO",
      "At Monday's meeting, we agreed on the figures.", "At our Pittsburgh office, we build robots."})
  void company_capitalisedWordsWithoutALegalForm_isNoCompany(String sentence) {
    assertNull(LetterNames.company(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I'm delighted to confirm your promotion to Staff Software Engineer (IC5) at Brightfold.|Staff Software Engineer",
      "Your title will remain Senior Data Engineer, based in Atlanta.|Senior Data Engineer",
      "Die Arbeitnehmerin wird als Leitende Entwicklerin im Bereich Zahlungen eingestellt.|Leitende Entwicklerin",
      "Temos o prazer de oferecer a posição de Analista de Dados Pleno na Jabuti Ltda.|Analista de Dados Pleno",
      "Nos complace ofrecerle el puesto de Ingeniera de Datos en Nube Roja Tecnología S.L.|Ingeniera de Datos",
      "Nous vous proposons de nous rejoindre en qualité d'Architecte cloud, en CDI.|Architecte cloud",
      "We are pleased to offer you employment with Talloway Logistics, Inc. as Data Analytics Manager.|Data Analytics Manager",
      "Siamo lieti di proporLe l'assunzione in qualità di Senior Data Engineer, con sede di lavoro a Milano.|Senior Data Engineer",
      "Lumen Grid Inc. would like to engage you as a Senior Backend Developer.|Senior Backend Developer",
      "we are Pleased to offer you the postion of SENIOR DEVOPS ENGINEER at Brambleway Logistics inc.|SENIOR DEVOPS ENGINEER"})
  void title_promotionOrAnotherLanguagesCue_readsTheTitleAlone(String sentence, String title) {
    assertEquals(title, LetterNames.title(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Arbeitsort ist München.|München",
      "Em regime CLT, com local de trabalho em Porto Alegre.|Porto Alegre",
      "El puesto es con sede en Valencia.|Valencia",
      "L'assunzione prevede come sede di lavoro a Torino il nostro ufficio.|Torino",
      "You will be based in Seattle, WA for Summer 2027.|Seattle, WA"})
  void location_germanPortugueseOrSpanishCueOrASeasonAfter_readsThePlaceAlone(String sentence, String place) {
    assertEquals(place, LetterNames.location(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tidepool Robotics, Inc.|Tidepool Robotics, Inc.",
      "Nordfjord Analytics AS|Nordfjord Analytics AS",
      "Lumen Harbour Pte. Ltd.|Lumen Harbour Pte. Ltd.",
      "Coral Sea Analytics Pty Ltd|Coral Sea Analytics Pty Ltd",
      "Varuna Fintech Private Limited|Varuna Fintech Private Limited",
      "Brückner Mobility GmbH|Brückner Mobility GmbH",
      "Cascata Software S.r.l.|Cascata Software S.r.l.",
      "Harbourview Payments DAC|Harbourview Payments DAC",
      "Jabuti Pagamentos Ltda.|Jabuti Pagamentos Ltda.",
      "Falcon Grid Energy Solutions L.L.C.|Falcon Grid Energy Solutions L.L.C.",
      "Hikari Systems Co., Ltd.|Hikari Systems Co., Ltd."})
  void letterhead_eachLegalFormOfTheOneList_isAName(String unit, String company) {
    assertEquals(company, LetterNames.letterhead(unit));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "You will join our Houston team in January.|Houston",
      "I'm happy to confirm your offer as a Designer II on our Chicago team.|Chicago",
      "You will be part of the São Paulo team.|São Paulo",
      "You would join our Austin, Texas team.|Austin, Texas",
      "Welcome to our New York team!|New York"})
  void location_teamNamedByItsPlace_isThePlace(String sentence, String place) {
    assertEquals(place, LetterNames.location(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Remote working is available for up to four weeks a year, and you will be based at our Leeds office.|Leeds",
      "With up to 20 remote working days a year, you will be based at our Leeds office.|Leeds",
      "You may work remotely for up to ten days a year, but you will be based at our Leeds office.|Leeds",
      "Remote work is permitted for a maximum of 4 weeks per year, and your place of work is our Leeds office.|Leeds"})
  void location_remoteDaysAllowedInAnOfficeJob_isTheOffice(String sentence, String place) {
    assertEquals(place, LetterNames.location(sentence));
  }

  @ParameterizedTest
  @ValueSource(strings = {"You will work remotely, with two on-site weeks a year at our Denver office.",
      "This is a remote role with quarterly visits to our Austin office.",
      "You will work remotely, with up to four on-site weeks a year at our Denver office."})
  void location_remoteRoleVisitingAnOffice_isNotTheOffice(String sentence) {
    String place = LetterNames.location(sentence);
    assertEquals(true, place == null || place.startsWith("Remote"), place);
  }

  @ParameterizedTest
  @ValueSource(strings = {"You will join our Data Platform team.", "You will report to the Head of our Payments team.",
      "Welcome to the ML Infrastructure group.", "You will join our Developer Experience team.",
      "You will join our Go-To-Market team."})
  void location_teamNamedByWhatItDoes_isNoPlace(String sentence) {
    assertNull(LetterNames.location(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2100 Market Street, Suite 400, Philadelphia, PA 19103|Philadelphia",
      "1 Fusionopolis Way, #12-01, Singapore 138632|Singapore",
      "Torstraße 120, 10119 Berlin, Germany|Berlin"})
  void addressOnly_addressLine_isItsCity(String line, String city) {
    assertEquals(city, LetterNames.addressOnly(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PO Box 1234", "Suite 4000", "We look forward to hearing from you."})
  void addressOnly_noCityBeforeOrAfterAPostcode_isNull(String line) {
    assertNull(LetterNames.addressOnly(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "St. Brigid Regional Health Human Resources Department 1200 Riverside Avenue Dayton, OH 45402|St. Brigid Regional Health",
      "ASHDOWN UNIVERSITY Human Resources Ashdown House, Lime Walk, Ashdown AS4 7QT|ASHDOWN UNIVERSITY",
      "Fernhall Insurance Group 2 Wellington Place, Leeds LS1 4AP|Fernhall Insurance Group"})
  void letterheadOrganisation_pdfRanTheLetterheadIntoOneLine_readsTheNameBeforeItsDepartmentOrAddress(String line,
      String name) {
    assertEquals(name, LetterNames.letterheadOrganisation(List.of(line, "1 December 2026", "Dear Ms Alvarez,")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hollis Institute for Biomedical Research 450 Longwood Avenue, Boston, MA 02115",
      "Claims Operations Department 40 Kingsway, Manchester M2 3AB", "Margaret Ellison 22 Orchard Road"})
  void letterheadOrganisation_nameGoesOnOrIsNoOrganisations_isNull(String line) {
    assertNull(LetterNames.letterheadOrganisation(List.of(line, "1 December 2026", "Dear Ms Alvarez,")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1200 Riverside Avenue Dayton, OH 45402|Dayton", "Dayton, OH 45402|Dayton"})
  void addressOnly_cityAfterItsStreetOnOneLine_isTheCityNotTheState(String line, String city) {
    assertEquals(city, LetterNames.addressOnly(line));
  }
}
