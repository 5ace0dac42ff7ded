package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormalRegisterTest {

  @Test
  void of_casualEmail_writesOutContractionsAndFormalTurnsWithFiguresKept() {
    String casual = "Hi,\n\nI'm excited about the work and the team. I'd like to ask for a base of $233,000. "
        + "Could we find a time to talk this week?\n\nBest regards,";
    assertEquals("Dear [name],\n\nI am enthusiastic about the work and the team. I would like to ask for a base of "
        + "$233,000. Would you be available to discuss this in the coming days?\n\nKind regards,\n[Your full name]",
        FormalRegister.of(casual));
  }

  @Test
  void of_hiInsideALine_isLeftAlone() {
    assertEquals("Say Hi, then it is done.", FormalRegister.of("Say Hi, then it's done."));
  }
}
