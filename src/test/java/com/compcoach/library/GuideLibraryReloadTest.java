package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Finding;
import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.GuideTemplate;
import com.compcoach.guide.Lookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watched library of many guides takes each edit, deletion and rename file by file, and nothing else changes. */
class GuideLibraryReloadTest {

  private static final Clock MARCH_1 = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private static final int GUIDES = 40;
  /** The template's Charlotte row, the first (HQ), and the same row with other figures that still add up. */
  private static final String HQ_ROW = "| Charlotte, NC (HQ) | $150K–$190K | $20K–$40K | $15K–$25K | $185K–$255K |";
  private static final String HQ_ROW_RAISED =
      "| Charlotte, NC (HQ) | $160K–$190K | $20K–$40K | $15K–$25K | $195K–$255K |";
  private static final String HQ_ROW_UPSIDE_DOWN =
      "| Charlotte, NC (HQ) | $190K–$150K | $20K–$40K | $15K–$25K | $185K–$255K |";

  @TempDir
  Path dir;

  private final ExecutorService watcher = Executors.newSingleThreadExecutor();
  private final Reloads reloads = new Reloads();
  private GuideLibrary library;

  @BeforeEach
  void aWatchedLibraryOfManyGuides() throws IOException {
    for (int i = 1; i <= GUIDES; i++) {
      write(path(i), text(i));
    }
    library = GuideLibrary.open(LibrarySource.directory(dir), new GuideReader(MARCH_1), watcher);
    library.onReload(reloads);
    library.watch();
  }

  @AfterEach
  void stop() throws InterruptedException {
    library.close();
    watcher.shutdownNow();
    assertTrue(watcher.awaitTermination(10, TimeUnit.SECONDS));
  }

  private static String path(int company) {
    return GuideTemplate.path("Co " + company, "Staff Engineer");
  }

  private static String text(int company) {
    String text = GuideTemplate.text("Co " + company, "Staff Engineer", List.of("Charlotte, NC", "Austin, TX"),
        LocalDate.of(2026, 2, 1));
    assertTrue(text.contains(HQ_ROW), "the template's HQ row is the one these tests edit");
    return text;
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static Lookup find(GuideCatalog catalog, int company) {
    return catalog.find("co " + company + " staff engineer charlotte");
  }

  private static long charlotteBaseLow(GuideCatalog catalog, int company) {
    Lookup.Found found = assertInstanceOf(Lookup.Found.class, find(catalog, company));
    return found.region().bands().base().low();
  }

  private static Map<String, Guide> byPath(GuideCatalog catalog) {
    return catalog.guides().stream().collect(Collectors.toMap(Guide::path, Function.identity()));
  }

  @Test
  void watch_oneGuideEditedAmongMany_servesItsNewFiguresAndLeavesTheOthersAsTheyWere() throws Exception {
    Map<String, Guide> before = byPath(library.catalog());
    assertEquals(150_000, charlotteBaseLow(library.catalog(), 7));

    write(path(7), text(7).replace(HQ_ROW, HQ_ROW_RAISED));
    GuideCatalog after = reloads.await(c -> charlotteBaseLow(c, 7) == 160_000);

    Map<String, Guide> now = byPath(after);
    assertEquals(GUIDES, now.size());
    for (int i = 1; i <= GUIDES; i++) {
      if (i != 7) {
        assertSame(before.get(path(i)), now.get(path(i)), "guide " + i + " was not read again");
      }
    }
    assertEquals(List.of(), library.findings());
  }

  @Test
  void watch_guideDeleted_leavesTheLibrary() throws Exception {
    Files.delete(dir.resolve(path(3)));

    GuideCatalog after = reloads.await(c -> c.guides().size() == GUIDES - 1);

    assertFalse(find(after, 3) instanceof Lookup.Found, find(after, 3).toString());
    assertEquals(150_000, charlotteBaseLow(after, 4));
  }

  @Test
  void watch_guideRenamed_isServedUnderItsNewNameOnly() throws Exception {
    String renamed = "co-5/principal-engineer.md";
    Files.move(dir.resolve(path(5)), dir.resolve(renamed));

    GuideCatalog after = reloads.await(c -> byPath(c).containsKey(renamed) && !byPath(c).containsKey(path(5)));

    assertEquals(GUIDES, after.guides().size());
    Lookup.Found found = assertInstanceOf(Lookup.Found.class, after.find("co 5 principal engineer charlotte"));
    assertEquals(renamed, found.guide().path());
  }

  @Test
  void watch_companyFolderRenamed_dropsEveryGuideUnderTheOldNameAndServesTheNew() throws Exception {
    Files.move(dir.resolve("co-9"), dir.resolve("co-99"));

    GuideCatalog after = reloads.await(c -> byPath(c).containsKey("co-99/staff-engineer.md")
        && !byPath(c).containsKey(path(9)));

    assertEquals(GUIDES, after.guides().size());
    assertEquals(150_000, charlotteBaseLow(after, 99));
  }

  @Test
  void watch_malformedEdit_keepsTheLastGoodVersionAndNamesTheFileAndLine() throws Exception {
    String broken = text(7).replace(HQ_ROW, HQ_ROW_UPSIDE_DOWN);
    int row = broken.lines().toList().indexOf(HQ_ROW_UPSIDE_DOWN) + 1;

    write(path(7), broken);
    // A reload may catch the file half written (truncated, then written): wait for the error on the row itself.
    GuideCatalog after = reloads.await(c -> library.findings().stream()
        .anyMatch(f -> f.isError() && f.line() == row));

    assertEquals(150_000, charlotteBaseLow(after, 7), "the last good version is served");
    List<Finding> errors = library.findings().stream().filter(Finding::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(path(7), errors.get(0).path());
    assertEquals(row, errors.get(0).line(), errors.toString());
    assertTrue(library.findings().contains(Finding.warning(path(7), 1,
        "serving the last good version of this guide until its errors are fixed")), library.findings().toString());

    write(path(7), text(7).replace(HQ_ROW, HQ_ROW_RAISED));
    GuideCatalog fixed = reloads.await(c -> charlotteBaseLow(c, 7) == 160_000);
    assertEquals(GUIDES, fixed.guides().size());
    assertEquals(List.of(), library.findings());
  }
}
