package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pay-table row a Notes cell says is for remote work answers "/comp <role> remote". */
class RemoteNoteRowTest {

  private static List<Region> regions(String spec) throws Exception {
    Path md = GuideSpecTest.SPEC.resolve(spec + ".md");
    return SeedGuides.READER.read(md.getFileName().toString(), Files.readString(md)).guide().regions();
  }

  @Test
  void remote_asksForTheRowItsNotesCellSaysIsRemoteOnly() throws Exception {
    List<Region> rows = regions("notes-column-remote-only-row-answers-remote-usd");

    assertEquals(List.of("United States"), Places.named(rows, "remote").stream().map(Region::name).toList());
    assertEquals(List.of("Chicago (HQ)"), Places.named(rows, "chicago").stream().map(Region::name).toList());
  }

  @Test
  void remote_neverAsksForACityWhoseNotesSayHybrid() throws Exception {
    List<Region> rows = regions("notes-column-hq-hybrid-remote-only-paid-in-cad-equity-per-year-percent-bonus-usd-cad");

    assertEquals(List.of("United States"), Places.named(rows, "remote").stream().map(Region::name).toList());
  }
}
