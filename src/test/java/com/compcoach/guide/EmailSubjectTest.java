package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31 (guides31): an email's subject names the guide, but a part of it written all in lower case is the
 * email's topic ("comp talking points"), never the company, and a recruiter's "req's (Q3)" is no part of the role;
 * on `main` "FW: comp talking points - Store Manager req's (Q3)" served company "comp talking points".
 */
class EmailSubjectTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "comp talking points - Store Manager req's (Q3)|Store Manager",
      "quick numbers: Data Engineer, Acme|Data Engineer, Acme",
      "Comp guide - Data Scientist, Acme|Comp guide - Data Scientist, Acme",
      "Store Manager reqs (FY27) - Fairway Outfitters|Store Manager - Fairway Outfitters",
      "re offers this week|re offers this week"})
  void subjectNames_topicPartsAndReqTails_areLeftOut(String subject, String names) {
    assertEquals(names, TitleBlocks.subjectNames(subject));
  }
}
