package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Finding;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.Lookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideLibraryTest {

  private static final Clock BEFORE_REVIEW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private static final String GBP = "gbp-cad-millions/staff-engineer.md";

  @TempDir
  Path dir;

  private final ExecutorService watcher = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopWatcher() throws InterruptedException {
    watcher.shutdownNow();
    assertTrue(watcher.awaitTermination(10, TimeUnit.SECONDS));
  }

  private static String fixture(String path) throws Exception {
    return Files.readString(Path.of(GuideLibraryTest.class.getResource("/guides/library/" + path).toURI()));
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private GuideLibrary open() {
    return GuideLibrary.open(LibrarySource.directory(dir), new GuideReader(BEFORE_REVIEW), watcher);
  }

  private static long londonBaseLow(GuideCatalog catalog) {
    Lookup.Found found = assertInstanceOf(Lookup.Found.class, catalog.find("staff engineer london"));
    return found.region().bands().base().low();
  }

  @Test
  void open_builtInSeeds_servesTheThreeSeedGuides() {
    try (GuideLibrary library = GuideLibrary.open(LibrarySource.seeds(), new GuideReader(BEFORE_REVIEW), watcher)) {
      assertEquals(3, library.catalog().guides().size());
      assertEquals(List.of(), library.findings());
    }
  }

  @Test
  void open_directoryWithBrokenGuides_servesTheGoodOnesAndReportsTheRest() throws Exception {
    write(GBP, fixture(GBP));
    write("no-pay-table/product-manager.md", fixture("no-pay-table/product-manager.md"));

    try (GuideLibrary library = open()) {
      assertEquals(1, library.catalog().guides().size());
      assertEquals(1_050_000, ((Lookup.Found) library.catalog().find("staff engineer london")).region().bands()
          .total().low());
      assertEquals(List.of("no-pay-table/product-manager.md"),
          library.findings().stream().filter(Finding::isError).map(Finding::path).toList());
    }
  }

  @Test
  void reload_changedFile_swapsInANewCatalogAndLeavesTheOldOneAsItWas() throws Exception {
    write(GBP, fixture(GBP));
    try (GuideLibrary library = open()) {
      GuideCatalog before = library.catalog();

      write(GBP, fixture(GBP).replace("£600K–£800K", "£610K–£800K"));
      GuideCatalog after = library.reload();

      assertNotSame(before, after);
      assertEquals(600_000, londonBaseLow(before));
      assertEquals(610_000, londonBaseLow(after));
      assertEquals(after, library.catalog());
    }
  }

  @Test
  void reload_brokenRewrite_keepsTheLastGoodGuideAndSaysSo() throws Exception {
    write(GBP, fixture(GBP));
    try (GuideLibrary library = open()) {
      write(GBP, fixture(GBP).replace("| Location | Base | Equity per year | Annual bonus | TC |",
          "| Location | Pay | Equity per year | Annual bonus | Sum |"));
      library.reload();

      assertEquals(600_000, londonBaseLow(library.catalog()));
      assertEquals(List.of(
          Finding.error(GBP, 1, "no pay table: no table has a header naming a base column and a total column, and no"
              + " place is written with its pay; write a table (| Region | Base | Stock | Bonus | Total |) or a line per"
              + " place ('Austin: base $150K–$180K, stock $20K–$30K a year, bonus 10%')"),
          Finding.warning(GBP, 1, "serving the last good version of this guide until its errors are fixed")),
          library.findings());
    }
  }

  @Test
  void reload_deletedFile_leavesTheLibrary() throws Exception {
    write(GBP, fixture(GBP));
    try (GuideLibrary library = open()) {
      Files.delete(dir.resolve(GBP));
      library.reload();

      assertEquals(0, library.catalog().guides().size());
    }
  }

  @Test
  void watch_fileChange_reloadsOnTheInjectedExecutor() throws Exception {
    write(GBP, fixture(GBP));
    try (GuideLibrary library = open()) {
      LinkedBlockingQueue<GuideCatalog> reloads = new LinkedBlockingQueue<>();
      library.onReload(reloads::add);
      library.watch();

      write(GBP, fixture(GBP).replace("£600K–£800K", "£620K–£800K"));

      GuideCatalog next = reloads.poll(20, TimeUnit.SECONDS);
      assertTrue(next != null, "no reload within 20 s of the change");
      while (londonBaseLow(next) != 620_000) {
        next = reloads.poll(20, TimeUnit.SECONDS);
        assertTrue(next != null, "the change never arrived");
      }
      assertEquals(620_000, londonBaseLow(library.catalog()));
    }
  }

  @Test
  void watch_newCompanyFolder_isWatchedAndItsGuideServed() throws Exception {
    write("channel-mention/support-engineer.md", fixture("channel-mention/support-engineer.md"));
    try (GuideLibrary library = open()) {
      LinkedBlockingQueue<GuideCatalog> reloads = new LinkedBlockingQueue<>();
      library.onReload(reloads::add);
      library.watch();

      write(GBP, fixture(GBP));

      GuideCatalog next;
      do {
        next = reloads.poll(20, TimeUnit.SECONDS);
        assertTrue(next != null, "the new guide never arrived");
      } while (next.guides().size() < 2);
      assertEquals(600_000, londonBaseLow(next));
    }
  }

  @Nested
  class Refusals {

    @Test
    void open_missingDirectory_namesIt() {
      Path missing = dir.resolve("nope");

      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> GuideLibrary.open(LibrarySource.directory(missing)));

      assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void watch_builtInSeeds_isRefused() {
      try (GuideLibrary library = GuideLibrary.open(LibrarySource.seeds(), new GuideReader(BEFORE_REVIEW), watcher)) {
        assertThrows(IllegalStateException.class, library::watch);
      }
    }

    @Test
    void open_fileThatIsNotUtf8_isReportedAndLeftOut() throws Exception {
      write(GBP, fixture(GBP));
      Files.write(dir.resolve("gbp-cad-millions/latin1.md"), new byte[] {'#', ' ', (byte) 0xE9, (byte) 0xFF});
      try (GuideLibrary library = open()) {
        assertEquals(1, library.catalog().guides().size());
        Finding f = library.findings().get(0);
        assertEquals("gbp-cad-millions/latin1.md", f.path());
        assertTrue(f.message().startsWith("cannot read the file"), f.message());
      }
    }
  }
}
