package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A message held whole while the coach asks one question it can't read on without: the question asked, and the
 * message's other offer figures said again as a message would say them, so the reply that answers ("185k", "4 years",
 * "the grant", "on top") completes the message and nothing is typed twice.
 *
 * <p>Kept in {@link Conversation#pending} as one line: {@code asked:<kind>|<the question's fields>|<figure>|…}, each
 * kind with a fixed number of fields. Threads stored before sessions 28 and 29 kept each question in its own form
 * ({@code held:}, {@code grant:}, {@code grantstep:}, {@code signonadded:}, {@code either:}, {@code step:},
 * {@code abroad:}), which still resume.
 *
 * @param asked the question asked, with what the reply needs to complete the message
 * @param rest  the message's other offer figures as a message would say them ("12% bonus"), never its words
 */
record HeldMessage(Question asked, List<String> rest) {

  /** The question a message is held for. */
  sealed interface Question permits HeldFigure, HeldGrant, GrantStep, AddedSignOn, EitherFigure, StepAsked,
      HeldAbroad {

    /** The kind's name in the stored line. */
    String kind();

    /** The question's own fields as stored, a fixed number for its kind, none holding "|". */
    List<String> fields();
  }

  /** A figure held with any other offer figure: an offer figure, never a competing offer's or a walk-away. */
  static final Predicate<Figure> OFFER_FIGURE = f -> f.purpose() == Figure.Purpose.OFFER;
  /** An offer figure whose percent says its "%" ("12% bonus"): a bare "12" said again would be read afresh. */
  static final Predicate<Figure> OFFER_FIGURE_MARKED = OFFER_FIGURE.and(f -> !f.percent() || f.written().endsWith("%"));

  private static final String MARK = "asked:";

  HeldMessage {
    rest = List.copyOf(rest);
  }

  /**
   * The message's figures other than {@code asked} said again, or null when one of them is not {@code holdable}: a
   * competing offer or a walk-away beside the question is said again by the user, never half-kept.
   */
  static List<String> othersSaid(List<Figure> figures, Figure asked, Predicate<Figure> holdable) {
    List<String> said = new ArrayList<>();
    for (Figure f : figures) {
      if (f == asked) {
        continue;
      }
      if (!holdable.test(f)) {
        return null;
      }
      said.add(said(f));
    }
    return said;
  }

  /** A figure as a message would say it again ("180k base", "200k rsu over 4 years"). */
  static String said(Figure f) {
    if (f.component() == Component.STOCK) {
      return f.written() + (f.years() > 0 ? " rsu over " + f.years() + " years" : f.yearly() ? " rsu per year"
          : " rsu");
    }
    return f.written() + " " + HeldFigure.word(f.component());
  }

  /** What the thread keeps. */
  String stored() {
    List<String> parts = new ArrayList<>();
    parts.add(asked.kind());
    parts.addAll(asked.fields());
    parts.addAll(rest);
    return MARK + String.join("|", parts);
  }

  /** The question of that kind a thread keeps ({@code pending}), or null when it keeps none or another kind. */
  static <Q extends Question> Q asked(String pending, Class<Q> kind) {
    HeldMessage held = parse(pending);
    return held != null && kind.isInstance(held.asked()) ? kind.cast(held.asked()) : null;
  }

  /** The held message a thread keeps, in this form or a form stored before it, or null when it keeps another kind. */
  static HeldMessage parse(String pending) {
    if (pending == null) {
      return null;
    }
    if (!pending.startsWith(MARK)) {
      return storedBefore(pending);
    }
    String[] parts = pending.substring(MARK.length()).split("\\|", -1);
    int fields = switch (parts[0]) {
      case HeldAbroad.KIND -> 0;
      case HeldFigure.KIND, HeldGrant.KIND, StepAsked.KIND -> 1;
      case GrantStep.KIND, EitherFigure.KIND -> 3;
      case AddedSignOn.KIND -> 4;
      default -> -1;
    };
    if (fields < 0 || parts.length <= fields) {
      return null;
    }
    List<String> f = Arrays.asList(parts).subList(1, fields + 1);
    try {
      Question asked = switch (parts[0]) {
        case HeldFigure.KIND -> new HeldFigure(Component.valueOf(f.get(0)));
        case HeldGrant.KIND -> new HeldGrant(f.get(0));
        case GrantStep.KIND -> new GrantStep(f.get(0), f.get(1).equals(GrantStep.THEIRS), f.get(2));
        case EitherFigure.KIND -> new EitherFigure(f.get(0), f.get(1), Component.valueOf(f.get(2)));
        case StepAsked.KIND -> new StepAsked(f.get(0));
        case HeldAbroad.KIND -> new HeldAbroad();
        default -> new AddedSignOn(f.get(0), Long.parseLong(f.get(1)), f.get(2), f.get(3).isEmpty() ? null : f.get(3));
      };
      List<String> rest = figuresFrom(parts, fields + 1);
      // Figures held for a rate are the whole message: none held, nothing waits.
      return asked instanceof HeldAbroad && rest.isEmpty() ? null : new HeldMessage(asked, rest);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The seven forms threads kept before one held message: each question's own mark and fields. */
  private static HeldMessage storedBefore(String pending) {
    if (pending.startsWith("held:")) {
      String[] parts = pending.substring("held:".length()).split("\\|");
      try {
        return new HeldMessage(new HeldFigure(Component.valueOf(parts[0])), figuresFrom(parts, 1));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (pending.startsWith("grant:")) {
      String[] parts = pending.substring("grant:".length()).split("\\|");
      return new HeldMessage(new HeldGrant(parts.length == 0 ? "" : parts[0]), figuresFrom(parts, 1));
    }
    if (pending.startsWith("grantstep:")) {
      String[] parts = pending.substring("grantstep:".length()).split("\\|", -1);
      if (parts.length < 2) {
        return null;
      }
      String[] flags = parts[1].split(",", -1);
      return new HeldMessage(new GrantStep(parts[0], flags[0].equals(GrantStep.THEIRS), flags.length > 1 ? flags[1]
          : ""), figuresFrom(parts, 2));
    }
    if (pending.startsWith("signonadded:")) {
      String[] parts = pending.substring("signonadded:".length()).split("\\|", -1);
      if (parts.length < 3 || !parts[1].matches("\\d+")) {
        return null;
      }
      // The message's own words came last, marked "said:", once session 27 kept them.
      String words = null;
      List<String> rest = new ArrayList<>();
      for (String part : figuresFrom(parts, 3)) {
        if (part.startsWith("said:")) {
          words = part.substring("said:".length());
        } else {
          rest.add(part);
        }
      }
      return new HeldMessage(new AddedSignOn(parts[0], Long.parseLong(parts[1]), parts[2], words), rest);
    }
    if (pending.startsWith("either:")) {
      String[] parts = pending.substring("either:".length()).split("\\|");
      try {
        return parts.length != 3 ? null
            : new HeldMessage(new EitherFigure(parts[0], parts[1], Component.valueOf(parts[2])), List.of());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (pending.startsWith("step:")) {
      return new HeldMessage(new StepAsked(pending.substring("step:".length())), List.of());
    }
    if (pending.startsWith("abroad:")) {
      List<String> said = figuresFrom(pending.substring("abroad:".length()).split("\\|"), 0);
      return said.isEmpty() ? null : new HeldMessage(new HeldAbroad(), said);
    }
    return null;
  }

  /** The stored figures from {@code from} on, blanks left out. */
  private static List<String> figuresFrom(String[] parts, int from) {
    List<String> figures = new ArrayList<>();
    for (int k = from; k < parts.length; k++) {
      if (!parts[k].isBlank()) {
        figures.add(parts[k]);
      }
    }
    return figures;
  }
}
