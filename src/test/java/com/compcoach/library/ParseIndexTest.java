package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.GuideReading;
import com.compcoach.guide.Lookup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParseIndexTest {

  private static final Clock MARCH_1 = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private static final Clock MARCH_2 = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
  /** After the fixture's "Next review due: 2027-03-31". */
  private static final Clock APRIL_2027 = Clock.fixed(Instant.parse("2027-04-02T12:00:00Z"), ZoneOffset.UTC);
  private static final String GBP = "gbp-cad-millions/staff-engineer.md";
  private static final long LONDON_BASE_LOW = 600_000;
  /** A figure no guide holds: seen in an answer, it can only have come from the index file. */
  private static final long PLANTED = 1;

  @TempDir
  Path guides;
  @TempDir
  Path state;

  private final ExecutorService watcher = Executors.newSingleThreadExecutor();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void stopWatcher() throws InterruptedException {
    watcher.shutdownNow();
    assertTrue(watcher.awaitTermination(10, TimeUnit.SECONDS));
  }

  private static String fixture(String path) throws Exception {
    return Files.readString(Path.of(ParseIndexTest.class.getResource("/guides/library/" + path).toURI()));
  }

  private void write(String path, String text) throws IOException {
    Path file = guides.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Path indexFile() {
    return state.resolve(ParseIndex.FILE);
  }

  /** Opens the library with an index in {@code state} that writes on the calling thread, so no test waits. */
  private GuideLibrary open(String readerVersion, Clock clock) {
    return GuideLibrary.open(LibrarySource.directory(guides), new GuideReader(clock), watcher,
        ParseIndex.open(state, readerVersion, clock, Runnable::run));
  }

  private static long londonBaseLow(GuideCatalog catalog) {
    Lookup.Found found = assertInstanceOf(Lookup.Found.class, catalog.find("staff engineer london"));
    return found.region().bands().base().low();
  }

  /** Rewrites the kept London base of the GBP guide in the index file (one JSON value a line) to {@link #PLANTED}. */
  private void plantLondonBase() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(indexFile())) {
      JsonNode entry = json.readTree(line);
      if (entry.path("path").asText().equals(GBP)) {
        for (JsonNode region : entry.at("/reading/guide/regions")) {
          if (region.get("name").asText().startsWith("London")) {
            ((ObjectNode) region.at("/bands/base")).put("low", PLANTED);
          }
        }
      }
      lines.add(json.writeValueAsString(entry));
    }
    Files.write(indexFile(), lines);
  }

  @Test
  void open_unchangedFileInTheIndex_servesTheKeptReadingWithoutReadingTheFile() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    plantLondonBase();

    try (GuideLibrary library = open("v1", MARCH_1)) {
      assertEquals(PLANTED, londonBaseLow(library.catalog()));
    }
  }

  @Test
  void open_fileEditedSinceTheIndexWasWritten_readsTheNewFigures() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    plantLondonBase();
    write(GBP, fixture(GBP).replace("£600K–£800K", "£610K–£800K"));

    try (GuideLibrary library = open("v1", MARCH_1)) {
      assertEquals(610_000, londonBaseLow(library.catalog()));
    }
  }

  @Test
  void open_indexWrittenByAnotherReaderVersion_readsEveryGuideAgain() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    plantLondonBase();

    try (GuideLibrary library = open("v2", MARCH_1)) {
      assertEquals(LONDON_BASE_LOW, londonBaseLow(library.catalog()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "truncated", "empty", "other-shape", "bad-range", "entry-lost"})
  void open_corruptIndexFile_readsEveryGuideAndRewritesTheIndex(String damage) throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    String whole = Files.readString(indexFile());
    Files.writeString(indexFile(), switch (damage) {
      case "garbage" -> "\u0000\u00ff not json at all";
      case "truncated" -> whole.substring(0, whole.length() / 2);
      case "empty" -> "";
      case "other-shape" -> "[1, 2, 3]";
      // Whole lines, but fewer than the header counts: the header line alone.
      case "entry-lost" -> whole.substring(0, whole.indexOf('\n') + 1);
      // Valid JSON of the right shape holding a range whose low is above its high: the model refuses it.
      default -> whole.replace("\"low\":600000", "\"low\":900000000");
    });

    try (GuideLibrary library = open("v1", MARCH_1)) {
      assertEquals(LONDON_BASE_LOW, londonBaseLow(library.catalog()));
    }
    ParseIndex reopened = ParseIndex.open(state, "v1", MARCH_1, Runnable::run);
    assertNotNull(reopened.find(GBP, ParseIndex.sha256(fixture(GBP))), "the index was written anew");
  }

  @Test
  void open_guideRemovedFromTheLibrary_dropsItsEntry() throws Exception {
    write(GBP, fixture(GBP));
    write("warnings-only/design-engineer.md", fixture("warnings-only/design-engineer.md"));
    open("v1", MARCH_1).close();
    Files.delete(guides.resolve(GBP));
    open("v1", MARCH_1).close();

    ParseIndex reopened = ParseIndex.open(state, "v1", MARCH_1, Runnable::run);
    assertNull(reopened.find(GBP, ParseIndex.sha256(fixture(GBP))));
    assertNotNull(reopened.find("warnings-only/design-engineer.md",
        ParseIndex.sha256(fixture("warnings-only/design-engineer.md"))));
  }

  @Test
  void find_samePathAndBytesUnderAnotherPath_isAMiss() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();

    ParseIndex reopened = ParseIndex.open(state, "v1", MARCH_1, Runnable::run);
    // The path names the company and role: the same text elsewhere is another guide.
    assertNull(reopened.find("another-bank/staff-engineer.md", ParseIndex.sha256(fixture(GBP))));
  }

  @Test
  void find_readingKeptOnAnEarlierDayWithoutAPassedReviewDate_isAHit() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();

    assertNotNull(ParseIndex.open(state, "v1", MARCH_2, Runnable::run).find(GBP, ParseIndex.sha256(fixture(GBP))));
  }

  @Test
  void open_reviewDatePassedSinceTheReadingWasKept_warnsWithToday() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();

    assertNull(ParseIndex.open(state, "v1", APRIL_2027, Runnable::run).find(GBP, ParseIndex.sha256(fixture(GBP))));
    try (GuideLibrary library = open("v1", APRIL_2027)) {
      assertTrue(library.findings().stream().anyMatch(f -> f.message().contains("today is 2027-04-02")),
          library.findings().toString());
    }
  }

  @Test
  void save_everySeedAndTestGuide_readsBackEqualToAFreshRead() throws Exception {
    GuideReader reader = new GuideReader(MARCH_1);
    List<ParseIndex.Entry> kept = new ArrayList<>();
    ParseIndex index = ParseIndex.open(state, "v1", MARCH_1, Runnable::run);
    List<Path> roots = List.of(Path.of("seeds"), Path.of(ParseIndexTest.class.getResource("/guides").toURI()));
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
      }
    }
    for (Path file : files) {
      String path = file.toString();
      String text = Files.readString(file);
      kept.add(index.entry(path, ParseIndex.sha256(text), reader.read(path, text)));
    }
    index.save(kept);
    assertTrue(index.flush(java.time.Duration.ofSeconds(10)));

    ParseIndex reopened = ParseIndex.open(state, "v1", MARCH_1, Runnable::run);
    for (Path file : files) {
      String path = file.toString();
      String text = Files.readString(file);
      ParseIndex.Entry found = reopened.find(path, ParseIndex.sha256(text));
      assertNotNull(found, path);
      GuideReading fresh = reader.read(path, text);
      assertEquals(fresh, found.reading(), path);
    }
    assertTrue(files.size() > 70, "seeds and test guides found: " + files.size());
    assertFalse(kept.stream().allMatch(e -> e.reading().guide() == null), "some guides were served");
  }
}
