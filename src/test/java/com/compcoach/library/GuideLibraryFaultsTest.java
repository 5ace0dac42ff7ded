package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.Lookup;
import com.compcoach.health.Health;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library when reading fails outright (not a lint error: the reader itself throws), while it is watched. */
class GuideLibraryFaultsTest {

  private static final Clock BEFORE_REVIEW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private static final String GBP = "gbp-cad-millions/staff-engineer.md";
  /** A list nested a few hundred thousand levels deep: well under the size cap, and over any reader's stack. */
  private static final String NESTED_LISTS = "# Staff Engineer\n\n" + "- ".repeat(200_000) + "\n";

  @TempDir
  Path dir;

  private final ExecutorService watcher = Executors.newSingleThreadExecutor();
  private final Health health = new Health();
  private final Reloads reloads = new Reloads();

  @AfterEach
  void stopWatcher() throws InterruptedException {
    watcher.shutdownNow();
    assertTrue(watcher.awaitTermination(10, TimeUnit.SECONDS));
  }

  private String fixture() throws Exception {
    return Files.readString(Path.of(getClass().getResource("/guides/library/" + GBP).toURI()));
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private GuideLibrary watched() {
    GuideLibrary library = GuideLibrary.open(LibrarySource.directory(dir), new GuideReader(BEFORE_REVIEW), watcher);
    library.reportTo(health);
    library.onReload(reloads);
    library.watch();
    return library;
  }

  private static long londonBaseLow(GuideCatalog catalog) {
    Lookup.Found found = assertInstanceOf(Lookup.Found.class, catalog.find("staff engineer london"));
    return found.region().bands().base().low();
  }

  @Test
  void watch_readerOverflowsItsStackOnAnEdit_keepsTheLastGoodGuideSaysDegradedAndSeesTheNextEdit() throws Exception {
    write(GBP, fixture());
    try (GuideLibrary library = watched()) {
      long before = londonBaseLow(library.catalog());
      assertTrue(health.ok());

      write(GBP, NESTED_LISTS);
      GuideCatalog broken = reloads.await(c -> !health.ok());

      assertEquals(before, londonBaseLow(broken), "the last good version is served");
      assertEquals(Map.of("guides", "reading " + GBP + " failed (StackOverflowError); its last good version is "
          + "served, if it had one"), health.causes());

      write(GBP, fixture().replace("£600K–£800K", "£620K–£800K"));
      GuideCatalog fixed = reloads.await(c -> londonBaseLow(c) == 620_000);

      assertEquals(620_000, londonBaseLow(fixed), "the watcher lived on and saw the edit");
      assertTrue(health.ok(), "fixed: " + health.causes());
      assertFalse(library.findings().stream().anyMatch(f -> f.message().contains("StackOverflowError")));
    }
  }

  @Test
  void open_oneGuideTheReaderCannotRead_servesTheOthersAndSaysWhichIsBroken() throws Exception {
    write(GBP, fixture());
    write("acme/staff-engineer.md", NESTED_LISTS);

    try (GuideLibrary library = GuideLibrary.open(LibrarySource.directory(dir), new GuideReader(BEFORE_REVIEW),
        watcher)) {
      library.reportTo(health);

      assertEquals(1, library.catalog().guides().size());
      assertTrue(health.causes().get("guides").startsWith("reading acme/staff-engineer.md failed"),
          health.causes().toString());
    }
  }

  @Test
  void watch_guideDirectoryDeleted_keepsServingAndSaysDegradedUntilAReloadWorks() throws Exception {
    write(GBP, fixture());
    try (GuideLibrary library = watched()) {
      Files.delete(dir.resolve(GBP));
      Files.delete(dir.resolve(GBP).getParent());
      Files.delete(dir);

      awaitDegraded();

      assertEquals(1, library.catalog().guides().size(), "the last good library is served");
      assertTrue(health.causes().get("guides").startsWith("reloading after a change failed"),
          health.causes().toString());
      write(GBP, fixture());
      library.reload();
      assertTrue(health.ok(), health.causes().toString());
    }
  }

  private void awaitDegraded() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (health.ok() && System.nanoTime() < deadline) {
      reloads.poll(java.time.Duration.ofMillis(100)); // a failed reload brings no catalog: this is only a bounded wait
    }
    assertFalse(health.ok(), "degraded within 20 s");
  }
}
