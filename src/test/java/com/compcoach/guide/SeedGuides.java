package com.compcoach.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Reads the real seed guides and the test fixtures with the real reader. */
final class SeedGuides {

  /** A day before the seeds' review date, so readings carry no review warning. */
  static final Clock BEFORE_REVIEW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  static final GuideReader READER = new GuideReader(BEFORE_REVIEW);

  private SeedGuides() {}

  static GuideReading seed(String role) {
    return read(Path.of("seeds"), "ally-financial/" + role + ".md");
  }

  static Guide guide(String role) {
    return seed(role).usable().orElseThrow(() -> new AssertionError(seed(role).findings().toString()));
  }

  static GuideReading fixture(String path) {
    try {
      return read(Path.of(SeedGuides.class.getResource("/guides/library").toURI()), path);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(Path root, String path) {
    try {
      return Files.readString(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GuideReading read(Path root, String path) {
    return READER.read(path, text(root, path));
  }
}
