package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The candidate's ask told by the company's side, in any clause of a message, written as one form before reading. */
class CandidateAskTest {

  @Test
  void asAsk_heCameInBesideOurCap_isHisAskAndTheCapStays() {
    assertEquals("He is asking for 210 base; we can do 195 max",
        CandidateAsk.asAsk("He came in at 210 base; we can do 195 max", false));
  }

  @Test
  void asAsk_candidateAskedAfterAnApproval_isHerAsk() {
    assertEquals("HM approved 190; candidate is asking for 205",
        CandidateAsk.asAsk("HM approved 190; candidate asked 205", false));
  }

  @Test
  void asAsk_candidatesAskAsANoun_isHerAsk() {
    assertEquals("candidate is asking for 205 base. Our approved ceiling: 198.",
        CandidateAsk.asAsk("Candidate's ask: 205 base. Our approved ceiling: 198.", false));
  }

  @Test
  void asAsk_lowercaseNameAskingAndTheyWantMore_isAllHerAsk() {
    assertEquals("candidate is asking for 196 and a 15k sign-on too",
        CandidateAsk.asAsk("jordan's asking 196 and they want a 15k sign-on too", true));
  }

  @Test
  void asAsk_sheAlsoWantsBesideOurOffer_isHerAskAndStillShe() {
    assertEquals("we offered 190 base, she is asking for a 20k sign-on",
        CandidateAsk.asAsk("we offered 190 base, she also wants a 20k sign-on", false));
  }

  @Test
  void asAsk_oneFigure_isLeftToTheReadersOfOneSide() {
    assertEquals("she came back at 210", CandidateAsk.asAsk("she came back at 210", true));
  }

  @Test
  void asAsk_sheCountersWithNoCompanyWord_isLeftAsWritten() {
    // A candidate may write of her recruiter so: only the company's words or thread make "she" the candidate.
    assertEquals("she came back at 195 and 10k signing, is that good?",
        CandidateAsk.asAsk("she came back at 195 and 10k signing, is that good?", false));
  }

  @Test
  void asAsk_herOtherOffer_isLeftToTheCompetingReader() {
    assertEquals("she countered with 210 from another offer, we're at 190",
        CandidateAsk.asAsk("she countered with 210 from another offer, we're at 190", true));
  }

  @Test
  void asAsk_financeIsAsking_namesNoCandidate() {
    assertEquals("finance is asking for 190 max, 20k sign-on",
        CandidateAsk.asAsk("finance is asking for 190 max, 20k sign-on", false));
  }

  @Test
  void asAsk_sheCameBackInACandidatesOwnThread_staysTheRecruitersFigure() {
    String said = "the recruiter called, she came back at 190 and said the budget tops out at 195";
    assertEquals(said, CandidateAsk.asAsk(said, false, true));
    assertEquals("we offered 175 base, she is asking for 195",
        CandidateAsk.asAsk("we offered 175 base, she came back at 195", false, true));
  }
}
