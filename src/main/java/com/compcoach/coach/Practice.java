package com.compcoach.coach;

/**
 * A negotiation role-play under way in a thread: the coach plays the recruiter, the user answers.
 *
 * @param next    index of the recruiter's next line in {@link Recruiter#lines}: the one the user is answering
 * @param ask     the first figure the user countered with, or null before one; a different one later is a second
 *                counter
 * @param kept    rules kept over the answers so far, for the closing tally
 * @param checked rules that applied over the answers so far
 */
public record Practice(int next, Long ask, int kept, int checked) {

  /** A role-play about to hear its first answer. */
  static final Practice START = new Practice(0, null, 0, 0);

  /** The state after one scored answer. */
  Practice after(PracticeScore score, Long firstAsk) {
    return new Practice(next + 1, ask != null ? ask : firstAsk, kept + score.kept(), checked + score.checked());
  }
}
