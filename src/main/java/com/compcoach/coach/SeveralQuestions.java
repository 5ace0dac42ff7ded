package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A message that asks several questions ("is 15% bonus normal and should I push on base or stock?"): each answered
 * in turn, in one reply.
 */
final class SeveralQuestions {

  /** How one question is answered, the way a message of its own would be. */
  @FunctionalInterface
  interface Route {
    Turn answer(Conversation conversation, String text, IntentTable.Match match, Venue venue);
  }

  /**
   * The intents answered in words alone, which several questions in one message can share a reply between; one of
   * them may be a note to send (more time), the other answers then following it.
   */
  private static final Set<Class<? extends Intent>> ANSWERS_ALONE = Set.of(Intent.Realistic.class,
      Intent.Subject.class, Intent.AskAim.class, Intent.Accept.class, Intent.IfNo.class, Intent.Leverage.class,
      Intent.Rescind.class, Intent.CurrentPay.class, Intent.WalkAwayAdvice.class, Intent.MentionOffer.class,
      Intent.EquityValue.class, Intent.Relocation.class, Intent.PeerPay.class, Intent.Clawback.class,
      Intent.OtherProcess.class, Intent.Law.class, Intent.Priority.class, Intent.Negotiate.class, Intent.Verbal.class,
      Intent.Tone.class, Intent.Pressure.class, Intent.FollowUp.class, Intent.BaseFixed.class, Intent.StockFixed.class,
      Intent.TopOfBand.class, Intent.TheirRange.class, Intent.Feelings.class, Intent.Which.class, Intent.Deadline.class,
      Intent.Part.class, Intent.Pulled.class, Intent.Extension.class, Intent.ReplyWhen.class, Intent.Medium.class,
      Intent.Proof.class);

  private final IntentTable intents;

  SeveralQuestions(IntentTable intents) {
    this.intents = intents;
  }

  /**
   * Each question answered in turn, in one reply. Null when it asks one thing, or when any part is not a question
   * with a written answer (figures, a command, a card): then the whole message goes the usual way.
   */
  Turn answer(Conversation c, String text, Venue venue, Route route) {
    List<String> questions = Questions.split(text);
    if (questions.size() < 2 || c.pending() != null) {
      return null;
    }
    List<IntentTable.Match> matches = questions.stream().map(intents::match).toList();
    if (matches.stream().anyMatch(m -> !ANSWERS_ALONE.contains(m.intent().getClass()))
        || matches.stream().map(IntentTable.Match::intent).distinct().count() < matches.size()) {
      return null;
    }
    Conversation now = c;
    List<String> answers = new ArrayList<>();
    // "can I ask for more time and also is 170 too low?": one note to send, the other answers after it.
    Reply.Draft draft = null;
    boolean topic = false;
    for (int i = 0; i < questions.size(); i++) {
      Intent intent = matches.get(i).intent();
      // "is the sign-on negotiable and how much should I ask for?": the topic's answer gives its own figure.
      if (topic && intent instanceof Intent.AskAim) {
        continue;
      }
      topic |= intent instanceof Intent.Subject;
      Turn turn = route.answer(now, questions.get(i), matches.get(i), venue);
      if (turn.reply() instanceof Reply.Draft note && draft == null) {
        draft = note;
      } else if (turn.reply() instanceof Reply.Text answered) {
        answers.add(answered.text());
      } else {
        return null;
      }
      now = turn.conversation();
    }
    if (draft != null) {
      List<String> notes = new ArrayList<>(draft.notes());
      notes.addAll(answers);
      return new Turn(now, new Reply.Draft(draft.kind(), draft.title(), draft.body(), notes));
    }
    return new Turn(now, new Reply.Text(String.join("\n\n", answers)));
  }
}
