package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * A message held whole for one figure the coach can't read ("1850k base", "base in the high 180s"): its part and the
 * other offer figures are kept for one message, so the reply that gives the figure ("lol 185k*", "it's 188 in
 * writing") is read with them, not asked about again.
 *
 * @param part the part the doubtful figure was for
 * @param rest the message's other offer figures as a message would say them ("12% bonus"), never its words
 */
record HeldFigure(Component part, List<String> rest) {

  private static final String MARK = "held:";

  HeldFigure {
    rest = List.copyOf(rest);
  }

  /** What the reading keeps while the figure is asked: its part alone, the rest joined in when the doubt is raised. */
  static String mark(Component part) {
    return MARK + part.name();
  }

  /** What the thread keeps: the part, then the other offer figures of the message held. */
  static String pending(String choice, List<Figure> figures) {
    HeldFigure held = parse(choice);
    if (held == null) {
      return null;
    }
    List<String> rest = new ArrayList<>();
    for (Figure f : figures) {
      if (f.purpose() != Figure.Purpose.OFFER || f.component() == held.part()) {
        // A competing offer or a walk-away beside the doubt is said again by the user: kept out, never half-kept.
        return MARK + held.part().name();
      }
      rest.add(said(f));
    }
    return MARK + held.part().name() + (rest.isEmpty() ? "" : "|" + String.join("|", rest));
  }

  /** The held figure a thread keeps, or null when it keeps another kind. */
  static HeldFigure parse(String pending) {
    if (pending == null || !pending.startsWith(MARK)) {
      return null;
    }
    String[] parts = pending.substring(MARK.length()).split("\\|");
    try {
      return new HeldFigure(Component.valueOf(parts[0]), List.of(parts).subList(1, parts.length));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The held message as the reply completes it: "185k base, 12% bonus". */
  String completedWith(String figure) {
    List<String> said = new ArrayList<>();
    said.add(figure + " " + word(part));
    said.addAll(rest);
    return String.join(", ", said);
  }

  /** What the reply is said back as: "Took 185k as the base you were asked about, with the rest of that message." */
  String remark(String figure) {
    return "Took " + figure + " as the " + part.label() + " I asked about" + (rest.isEmpty() ? "."
        : ", with the rest of that message (" + String.join(", ", rest) + ").");
  }

  /** A figure as a message would say it again ("180k base", "200k rsu over 4 years"). */
  static String said(Figure f) {
    if (f.component() == Component.STOCK) {
      return f.written() + (f.years() > 0 ? " rsu over " + f.years() + " years" : f.yearly() ? " rsu per year"
          : " rsu");
    }
    return f.written() + " " + word(f.component());
  }

  private static String word(Component part) {
    return part == Component.STOCK ? "rsu per year" : part.label();
  }
}
