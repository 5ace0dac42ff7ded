package com.compcoach.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A review's guides under {@code guides/<folder>/}, read as the seeds' reader reads them, and a place of one. */
final class ReviewGuides {

  private ReviewGuides() {}

  static GuideReading read(String folder, String name) {
    try (InputStream in = ReviewGuides.class.getResourceAsStream("/guides/" + folder + "/" + name + ".md")) {
      return SeedGuides.READER.read("acme/" + name + ".md", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Region place(GuideReading reading, String name) {
    return reading.guide().regions().stream().filter(r -> r.name().startsWith(name)).findFirst()
        .orElseThrow(() -> new AssertionError(reading.findings().toString()));
  }
}
