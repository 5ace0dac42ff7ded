package com.compcoach.coach;

import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideIndex;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real seed guides, read by the real reader, as the coach tests' library. */
final class Seeds {

  /** A fixed day before the seeds' review date, so no "due for review" note depends on when tests run. */
  static final Clock BEFORE_REVIEW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  private static final Path ROOT = Path.of("seeds");

  private Seeds() {}

  static List<Guide> guides() {
    return guides(ROOT);
  }

  /** The guides of another library, read the same way. */
  static List<Guide> guides(Path root) {
    GuideReader reader = new GuideReader();
    List<Guide> guides = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        reader.read(relative, Files.readString(file)).usable().ifPresent(guides::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return guides;
  }

  static GuideCatalog catalog() {
    return GuideIndex.of(guides());
  }

  static Guide mlAiEngineer() {
    return guides().stream().filter(g -> g.role().slug().equals("ml-ai-engineer")).findFirst().orElseThrow();
  }

  static Region region(Guide guide, String prefix) {
    return guide.regions().stream().filter(r -> r.name().startsWith(prefix)).findFirst().orElseThrow();
  }

  static Coach coach() {
    GuideCatalog catalog = catalog();
    return new Coach(() -> catalog, BEFORE_REVIEW);
  }

  /** A coach over another library ("src/test/resources/guides/library/gbp-cad-millions"). */
  static Coach coach(Path library) {
    GuideCatalog catalog = GuideIndex.of(guides(library));
    return new Coach(() -> catalog, BEFORE_REVIEW);
  }

  /** The Charlotte ML/AI Engineer card with an offer of 180k base, 50k RSUs a year and a 40k bonus. */
  static Turn charlotteOffer(Coach coach, Venue venue) {
    return coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", venue);
  }

  /** The ML/AI Engineer thread in a region, after one message of the user's (their offer, as typed). */
  static Turn offered(Coach coach, String region, String message, Venue venue) {
    Turn card = coach.open("ml-ai-engineer " + region, venue);
    return coach.reply(card.conversation(), message, venue);
  }
}
