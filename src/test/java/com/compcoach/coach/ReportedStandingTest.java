package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportedStandingTest {

  @Test
  void unquoted_whereSomeoneStandsInQuotes_readAsSaid() {
    assertEquals("he mentioned he's at about 165 all in right now",
        ReportedStanding.unquoted("he mentioned he's \"at about 165 all in\" right now"));
    assertEquals("she's making 160 today", ReportedStanding.unquoted("she's “making 160” today"));
  }

  @Test
  void unquoted_aQuotedAskOrEmail_leftAsWritten() {
    String ask = "her reply: \"I was hoping for a base closer to 180k\"";
    assertEquals(ask, ReportedStanding.unquoted(ask));
    String said = "she said \"190 base\"";
    assertEquals(said, ReportedStanding.unquoted(said));
  }
}
