package com.compcoach.coach;

/**
 * The notes other than the counter email, made short when "shorter" follows them: a decline, an acceptance, a
 * follow-up. The counter email has its own short form ({@code Drafts.shortEmail}).
 */
final class ShortNotes {

  private ShortNotes() {}

  /** The note the last answer wrote, shorter; null when the note is none of these (the counter email is then meant). */
  static String of(Voice.Note note, Scene s, Conversation c) {
    String role = s.guide().role().title();
    String company = s.guide().company().name();
    if (note == Voice.Note.DECLINED) {
      return "A shorter decline, the same no with the door open:\n\"Hi [name], thank you for the offer and for your "
          + "time. After careful thought I'll have to decline the " + role + " role at " + company + ". I hope our "
          + "paths cross again.\"";
    }
    if (note == Voice.Note.ACCEPTING) {
      Offer offer = Cards.usable(c.offer(), s.region());
      String figures = offer == null || offer.isEmpty() ? ""
          : " (" + TextRenderer.offer(offer, s.region().currency()) + ")";
      return "A shorter acceptance, still in writing with their figures:\n\"Hi [name], thank you: I'm happy to accept "
          + "the " + role + " offer" + figures + ". Could you send the final letter for me to sign?\"";
    }
    if (note == Voice.Note.FOLLOW_UP) {
      return "A shorter follow-up, sent once and with your ask unchanged:\n\"Hi [name], just checking in on my note "
          + "from [day] about the " + role + " offer. Happy to talk by phone if that's easier.\"";
    }
    return null;
  }
}
