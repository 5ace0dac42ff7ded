package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * The question a message is held for when the coach can't read one figure ("1850k base", "base in the high 180s"):
 * its part, so the reply that gives the figure ("lol 185k*", "it's 188 in writing") is read with the rest of the
 * message ({@link HeldMessage}), not asked about again.
 *
 * @param part the part the doubtful figure was for
 */
record HeldFigure(Component part) implements HeldMessage.Question {

  static final String KIND = "figure";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<String> fields() {
    return List.of(part.name());
  }

  /** What the reading keeps while the figure is asked: its part alone, the rest joined in when the doubt is raised. */
  static String mark(Component part) {
    return new HeldMessage(new HeldFigure(part), List.of()).stored();
  }

  /** What the thread keeps: the part, then the other offer figures of the message held. */
  static String pending(String choice, List<Figure> figures) {
    HeldMessage held = HeldMessage.parse(choice);
    if (held == null || !(held.asked() instanceof HeldFigure asked)) {
      return null;
    }
    // A competing offer, a walk-away or another figure for the part beside the doubt is said again by the user: the
    // part is held alone, never half the message.
    List<String> rest = HeldMessage.othersSaid(figures, null,
        HeldMessage.OFFER_FIGURE.and(f -> f.component() != asked.part()));
    return new HeldMessage(asked, rest == null ? List.of() : rest).stored();
  }

  /** The held message as the reply completes it: "185k base, 12% bonus". */
  String completedWith(String figure, List<String> rest) {
    List<String> said = new ArrayList<>();
    said.add(figure + " " + word(part));
    said.addAll(rest);
    return String.join(", ", said);
  }

  /** What the reply is said back as: "Took 185k as the base you were asked about, with the rest of that message." */
  String remark(String figure, List<String> rest) {
    return "Took " + figure + " as the " + part.label() + " I asked about" + (rest.isEmpty() ? "."
        : ", with the rest of that message (" + String.join(", ", rest) + ").");
  }

  /** A part as a message would name it after its figure ("base", "rsu per year"). */
  static String word(Component part) {
    return part == Component.STOCK ? "rsu per year" : part.label();
  }
}
