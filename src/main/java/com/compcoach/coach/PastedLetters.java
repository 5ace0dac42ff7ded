package com.compcoach.coach;

import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.Lookup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A pasted offer letter: its figures become the thread's offer and its terms are kept; the reply shows each field
 * with its sentence. Before a role is chosen, the letter's title and location pick the guide when they name one.
 */
final class PastedLetters {

  private final Supplier<GuideCatalog> catalog;
  private final Cards cards;
  private final Clock clock;

  PastedLetters(Supplier<GuideCatalog> catalog, Cards cards, Clock clock) {
    this.catalog = catalog;
    this.cards = cards;
    this.clock = clock;
  }

  /** The letter's offer and terms kept, shown on the card, or with the question for the role and region. */
  Turn take(Conversation c, Optional<Scene> scene, LetterIntake.Read read, Venue venue) {
    Conversation next = c.withTerms(read.terms());
    if (read.offer() != null) {
      next = next.withOffer(read.offer());
    }
    Optional<Scene> where = scene;
    if (where.isEmpty() && read.title() != null) {
      Lookup lookup = catalog.get().find(read.title() + (read.location() == null ? "" : " " + read.location()));
      if (lookup instanceof Lookup.Found found) {
        next = next.withGuide(found.guide().company().slug(), found.guide().role().slug(), found.region().name());
        where = Optional.of(new Scene(found.guide(), found.region()));
      }
    }
    if (where.isEmpty()) {
      List<String> lines = new ArrayList<>(read.lines());
      lines.add("Which role and region should I compare it with? For example \"ml-ai-engineer charlotte\".");
      return new Turn(next, new Reply.Text(String.join("\n", lines)));
    }
    return cards.card(where.get(), next, venue, read.lines(), LocalDate.now(clock));
  }
}
