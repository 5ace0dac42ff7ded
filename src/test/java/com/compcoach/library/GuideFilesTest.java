package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Finding;
import com.compcoach.guide.GuideReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a library does with files a guide directory should not hold: huge ones, and links leading out of it. */
class GuideFilesTest {

  private static final Clock BEFORE_REVIEW = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private static final String GBP = "gbp-cad-millions/staff-engineer.md";

  @TempDir
  Path dir;
  @TempDir
  Path elsewhere;

  private final ExecutorService watcher = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopWatcher() throws InterruptedException {
    watcher.shutdownNow();
    assertTrue(watcher.awaitTermination(10, TimeUnit.SECONDS));
  }

  private GuideLibrary open() {
    return GuideLibrary.open(LibrarySource.directory(dir), new GuideReader(BEFORE_REVIEW), watcher);
  }

  private void writeGoodGuide() throws Exception {
    Path file = dir.resolve(GBP);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Files.readString(Path.of(getClass().getResource("/guides/library/" + GBP).toURI())));
  }

  /** Every guide file of the directory, listed and read. */
  private List<GuideFiles.Text> texts() {
    return GuideFiles.list(LibrarySource.directory(dir)).stream().map(GuideFiles::text).toList();
  }

  private static List<String> lines(GuideLibrary library) {
    return library.findings().stream().map(Finding::toString).toList();
  }

  @Test
  void open_guideOfFiftyMegabytes_isALintErrorAndNotRead() throws Exception {
    writeGoodGuide();
    Path huge = dir.resolve("acme/staff-engineer.md");
    Files.createDirectories(huge.getParent());
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024); // sparse: costs the disk nothing, and would cost a reader 100 MB of heap
    }

    try (GuideLibrary library = open()) {
      assertEquals(List.of("acme/staff-engineer.md:1: error: is 52428800 bytes, over the 1024 KiB a guide may "
          + "have; it is not read"), lines(library));
      assertEquals(1, library.catalog().guides().size(), "the other guide is served");
    }
  }

  @Test
  void open_guideOfExactlyTheCap_isRead() throws Exception {
    Path file = dir.resolve("acme/notes.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x".repeat(GuideFiles.MAX_BYTES));

    List<GuideFiles.Text> texts = texts();

    assertEquals(1, texts.size());
    assertEquals(GuideFiles.MAX_BYTES, texts.get(0).text().length(), "read, not refused: " + texts.get(0).error());
  }

  @Test
  void open_linkToAFileOutsideTheDirectory_isRefusedWithALintLine() throws Exception {
    writeGoodGuide();
    Path secret = Files.writeString(elsewhere.resolve("passwd.md"), "root:x:0:0:root:/root:/bin/bash\n");
    Files.createDirectories(dir.resolve("acme"));
    Files.createSymbolicLink(dir.resolve("acme/staff-engineer.md"), secret);

    try (GuideLibrary library = open()) {
      assertEquals(List.of("acme/staff-engineer.md:1: error: is a link leading outside the guide directory; it is "
          + "not read"), lines(library));
      assertFalse(library.findings().toString().contains("root:x"));
    }
  }

  @Test
  void open_linkToAFolderOutsideTheDirectory_isRefusedAndNothingUnderItRead() throws Exception {
    writeGoodGuide();
    Files.createDirectories(elsewhere.resolve("acme"));
    Files.writeString(elsewhere.resolve("acme/staff-engineer.md"), "# not ours\n");
    Files.createSymbolicLink(dir.resolve("acme"), elsewhere.resolve("acme"));

    try (GuideLibrary library = open()) {
      assertEquals(List.of("acme:1: error: is a link leading outside the guide directory; it is not read"),
          lines(library));
      assertEquals(1, library.catalog().guides().size());
    }
  }

  @Test
  void open_linkToAGuideInsideTheDirectory_isServedUnderTheLinksName() throws Exception {
    writeGoodGuide();
    Files.createDirectories(dir.resolve("archive"));
    Files.move(dir.resolve(GBP), dir.resolve("archive/staff-engineer.md"));
    Files.createSymbolicLink(dir.resolve(GBP), dir.resolve("archive/staff-engineer.md"));

    List<String> paths = texts().stream().map(GuideFiles.Text::path).toList();

    assertEquals(List.of("archive/staff-engineer.md", GBP), paths);
  }

  @Test
  void open_guideDirectoryThatIsItselfALink_readsItsGuides() throws Exception {
    writeGoodGuide();
    Path link = elsewhere.resolve("guides");
    Files.createSymbolicLink(link, dir);

    try (GuideLibrary library = GuideLibrary.open(LibrarySource.directory(link), new GuideReader(BEFORE_REVIEW),
        watcher)) {
      assertEquals(List.of(), lines(library));
      assertEquals(1, library.catalog().guides().size());
    }
  }

  @Test
  void open_brokenLink_isALintErrorNamingIt() throws IOException {
    Files.createDirectories(dir.resolve("acme"));
    Files.createSymbolicLink(dir.resolve("acme/staff-engineer.md"), dir.resolve("acme/gone.md"));

    List<GuideFiles.Text> texts = texts();

    assertEquals(1, texts.size());
    assertEquals("is a link to a file that does not exist; it is not read", texts.get(0).error());
  }
}
