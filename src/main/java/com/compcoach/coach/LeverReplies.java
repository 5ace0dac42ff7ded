package com.compcoach.coach;

import com.compcoach.guide.Lever;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The guide's lever wording, restated for the thread's region: every lever, or the one asked for by number. */
final class LeverReplies {

  private final LeverWording wording;

  LeverReplies(LeverWording wording) {
    this.wording = wording;
  }

  /** Every lever, restated for the conversation's region. */
  Turn all(Conversation c, Scene s) {
    List<LocalizedLever> levers = wording.localize(s.guide(), s.region(), c.competing(), c.employer());
    if (levers.isEmpty()) {
      return new Turn(c, new Reply.Text("This guide has no lever wording."));
    }
    List<String> lines = new ArrayList<>();
    lines.add("Lever wording for " + s.guide().role().title() + " in " + s.region().shortName()
        + (s.region().equals(s.guide().leverRegion()) ? ":" : " (figures restated from "
            + s.guide().leverRegion().shortName() + "):"));
    for (LocalizedLever lever : levers) {
      lines.addAll(LeverWording.lines(lever, null));
    }
    return new Turn(c.about(Conversation.Subject.LEVER, 0), new Reply.Text(String.join("\n", lines)));
  }

  /** "lever 2": that lever alone, or the levers the guide has. */
  Turn one(Conversation c, Scene s, int number) {
    Optional<Lever> lever = s.guide().levers().stream().filter(l -> l.number() == number).findFirst();
    if (lever.isEmpty()) {
      return new Turn(c, new Reply.Text("This guide has levers 1 to " + s.guide().levers().size()
          + "; there is no lever " + number + "."));
    }
    Competing competing = c.competing() != null && c.competing().currency().equals(s.region().currency())
        ? c.competing() : null;
    LocalizedLever localized = wording.localize(lever.get(), s.guide().leverRegion(), s.region(), competing,
        c.employer());
    return new Turn(c.about(Conversation.Subject.LEVER, number), new Reply.Text(String.join("\n",
        LeverWording.lines(localized, s.region().shortName()))));
  }
}
