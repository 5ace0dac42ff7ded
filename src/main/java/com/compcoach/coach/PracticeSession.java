package com.compcoach.coach;

import java.util.List;

/**
 * The practice role-play: starts it, scores each answer and gives the recruiter's next line, ends it. Pure; the
 * state is {@link Practice} in the conversation, and nothing typed while practising touches the offer.
 */
final class PracticeSession {

  static final String HOW_TO_STOP = "Say \"stop practice\" to end it.";

  /** "practice": the recruiter's first line. */
  Turn start(Scene scene, Conversation c) {
    List<Pushback> lines = Recruiter.lines(scene, c);
    return new Turn(c.withPractice(Practice.START), new Reply.Text(String.join("\n",
        "Practice: I'm the recruiter at " + scene.guide().company().name() + " for " + scene.guide().role().title()
            + " in " + scene.region().shortName() + ". Answer as you would on the call; I score each "
            + "answer against the five rules (a precise number, counter once, no first number, the walk-away kept "
            + "private, a lever used). " + HOW_TO_STOP,
        "Recruiter: " + lines.get(0).line())));
  }

  /** One answer: its score, one line of why, and the next recruiter line (or the tally after the last). */
  Turn answer(Scene scene, Conversation c, String text) {
    Practice p = c.practice();
    List<Pushback> lines = Recruiter.lines(scene, c);
    Pushback asked = lines.get(Math.min(p.next(), lines.size() - 1));
    PracticeAnswer answer = PracticeAnswer.of(text, asked, p.ask(), c.walkAway(), scene.region().currency());
    PracticeScore score = PracticeScore.of(answer);
    Long firstAsk = score.of(PracticeRule.CounterOnce.class) == PracticeRule.Outcome.NOT_APPLICABLE ? null
        : answer.amounts().get(0);
    Practice now = p.after(score, firstAsk);
    String scored = score.line() + "\nWhy: " + score.why();
    if (now.next() >= lines.size()) {
      return new Turn(c.withPractice(null), new Reply.Text(scored + "\nRecruiter: Thanks, I'll take that back to "
          + "the team.\n" + tally(now)));
    }
    return new Turn(c.withPractice(now), new Reply.Text(scored + "\nRecruiter: " + lines.get(now.next()).line()));
  }

  /** "stop practice": the tally so far; the thread's offer and ask are as they were before the role-play. */
  Turn stop(Conversation c) {
    if (c.practice() == null) {
      return new Turn(c, new Reply.Text("No practice is running. Say \"practice\" to role-play the call with me as "
          + "the recruiter."));
    }
    return new Turn(c.withPractice(null), new Reply.Text(tally(c.practice())));
  }

  private static String tally(Practice p) {
    return "Practice over: " + p.kept() + " of " + p.checked() + " rule checks kept over " + p.next() + " answer"
        + (p.next() == 1 ? "" : "s") + ". Your offer and ask in this thread are unchanged.";
  }
}
