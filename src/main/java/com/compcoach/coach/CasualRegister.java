package com.compcoach.coach;

import java.util.List;

/**
 * A draft in a casual register ("make it less formal"): the short email with a first-name greeting, a warm thanks and
 * an easy close. Every figure stays exactly as it is.
 */
final class CasualRegister {

  /** The short email's turns, each with its casual form. */
  private static final List<String[]> TURNS = List.of(
      new String[] {"Hi,", "Hi [first name],"},
      new String[] {"Thank you for the offer: I'm excited about the role.", "Thanks so much for the offer, I'm "
          + "really excited about the role!"},
      new String[] {"Best regards,", "Thanks!\n[Your first name]"});

  /** What the casual draft changed, said with it. */
  static final String NOTE = "The same ask, less formal: a first-name greeting, a warm thanks and an easy close. Keep "
      + "the figures exactly as they are: casual wording, precise numbers.";

  private CasualRegister() {
  }

  static String of(String body) {
    return FormalRegister.turned(body, TURNS);
  }
}
