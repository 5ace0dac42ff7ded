package com.compcoach.coach;

/**
 * Who the coach is talking to in a thread, and the note its last answer offered to write.
 *
 * @param company true once the thread speaks for the company ("our offer", "how high can we go", "I'm the
 *                recruiter"): answers give the band, where the offer sits and what a candidate will likely ask,
 *                never a candidate's ask to send or a candidate's walk-away
 * @param note    the note the last answer was about ("follow up", "more time"), so "what do i write" writes that
 *                one; null when the last answer offered none
 */
public record Voice(boolean company, Note note) {

  /** A note an answer offers to write, other than the counter email. */
  public enum Note { FOLLOW_UP, EXTENSION, REOPEN, DEADLINE, PULLED, DECLINED }

  static final Voice COMPANY = new Voice(true, null);

  Voice withNote(Note next) {
    return new Voice(company, next);
  }
}
