package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;

/** Adds one line to any reply: a card or comparison takes it as a note, the rest as a last line of text. */
final class Notes {

  private Notes() {}

  static Reply add(Reply reply, String note) {
    if (reply instanceof Reply.Card card) {
      return new Reply.Card(card.guide(), card.region(), card.target(), card.levers(), card.offer(),
          card.positions(), card.counter(), card.aim(), card.verdict(), card.script(), plus(card.notes(), note),
          card.companySide());
    }
    if (reply instanceof Reply.Advice advice) {
      return new Reply.Advice(advice.guide(), advice.region(), advice.offer(), advice.positions(), advice.counter(),
          advice.aim(), advice.verdict(), advice.script(), plus(advice.notes(), note), advice.companySide());
    }
    if (reply instanceof Reply.Comparison comparison) {
      return new Reply.Comparison(comparison.guide(), comparison.columns(), plus(comparison.notes(), note));
    }
    if (reply instanceof Reply.Choices choices) {
      return new Reply.Choices(choices.text() + "\n" + note, choices.choices());
    }
    if (reply instanceof Reply.Question question) {
      return new Reply.Question(question.text() + "\n" + note);
    }
    if (reply instanceof Reply.Text text) {
      return new Reply.Text(text.text() + "\n" + note);
    }
    if (reply instanceof Reply.Draft draft) {
      return new Reply.Draft(draft.kind(), draft.title(), draft.body(), plus(draft.notes(), note));
    }
    return reply;
  }

  private static List<String> plus(List<String> notes, String note) {
    List<String> out = new ArrayList<>(notes);
    out.add(note);
    return out;
  }
}
