package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.GuideReading;
import com.compcoach.guide.Lookup;
import com.compcoach.guide.Range;
import com.compcoach.guide.Bands;
import com.compcoach.guide.Finding;
import com.compcoach.guide.GuideTemplate;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Region;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
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
  @TempDir
  Path elsewhere;

  private final ExecutorService watcher = Executors.newSingleThreadExecutor();

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

  /**
   * Replaces the index with one whose GBP entry holds a London base of {@link #PLANTED}, under the given SHA-256
   * and stamp (those of the file by default), written through the index itself.
   */
  private void plantLondonBase(String sha256, Stamp stamp) throws Exception {
    plantLondonBase("v1", state, sha256, stamp);
  }

  /** As above, in the index of {@code readerVersion} in {@code folder}. */
  private void plantLondonBase(String readerVersion, Path folder, String sha256, Stamp stamp) throws Exception {
    ParseIndex.Entry kept = ParseIndex.open(folder, readerVersion, MARCH_1, Runnable::run)
        .find(GBP, ParseIndex.sha256(fixture(GBP)));
    Guide planted = withLondonBase(kept.reading().guide(), GBP);
    ParseIndex writer = ParseIndex.open(elsewhere, readerVersion, MARCH_1, Runnable::run);
    writer.save(List.of(new ParseIndex.Entry(GBP, sha256, stamp, kept.readOn(),
        new GuideReading(GBP, planted, kept.reading().findings()))));
    assertTrue(writer.flush(Duration.ofSeconds(10)));
    Files.copy(elsewhere.resolve(ParseIndex.FILE), folder.resolve(ParseIndex.FILE),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The guide with a London base of {@link #PLANTED}, as if read from {@code path}. */
  private static Guide withLondonBase(Guide g, String path) {
    List<Region> regions = g.regions().stream().map(r -> !r.name().startsWith("London") ? r
        : new Region(r.name(), r.hq(), r.currency(), new Bands(Range.of(PLANTED, r.bands().base().high()),
            r.bands().stock(), r.bands().bonus(), r.bands().total(), r.bands().grant(), r.bands().bonusPercent(),
            r.bands().totalDerived()), r.line())).toList();
    return new Guide(path, g.company(), g.role(), g.signatureRole(), g.dnaTags(), regions,
        g.levelMapping(), g.premiums(), g.levers(), g.targets(), g.architecture(), g.sources(), g.freshness());
  }

  private void plantLondonBase() throws Exception {
    ParseIndex.Entry kept = ParseIndex.open(state, "v1", MARCH_1, Runnable::run)
        .find(GBP, ParseIndex.sha256(fixture(GBP)));
    plantLondonBase(kept.sha256(), kept.stamp());
  }

  /** The names of the regions the guide read from {@code path} serves. */
  private static List<String> regionNames(GuideCatalog catalog, String path) {
    return catalog.guides().stream().filter(g -> g.path().equals(path)).findFirst().orElseThrow().regions().stream()
        .map(Region::name).toList();
  }

  /** The stamp the file has now, trusted as if taken long after its last change. */
  private Stamp settledStamp(String path) throws IOException {
    return Stamp.of(guides.resolve(path), Instant.now().plus(Duration.ofHours(1)));
  }

  /** The index file's bytes before its checksum, changed, and sealed with a checksum that fits them. */
  private void reseal(byte[] body) throws IOException {
    CRC32C crc = new CRC32C();
    crc.update(body);
    Files.write(indexFile(), ByteBuffer.allocate(body.length + Long.BYTES).put(body).putLong(crc.getValue())
        .array());
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
  void open_restartFromTheIndex_servesWhatAColdReadServes() throws Exception {
    for (String path : List.of(GBP, "warnings-only/design-engineer.md", "no-pay-table/product-manager.md",
        "duplicate-slug/security-engineer.md", "duplicate-slug/Security_Engineer.md", "target-no-row/mobile-engineer.md")) {
      write(path, fixture(path));
    }
    for (int i = 1; i <= 20; i++) {
      write(GuideTemplate.path("Co " + i, "Staff Engineer"), GuideTemplate.text("Co " + i, "Staff Engineer",
          List.of("Charlotte, NC", "Zürich", "東京 (Tokyo)"), LocalDate.of(2026, 2, 1)));
    }
    List<Guide> cold;
    List<Finding> coldFindings;
    try (GuideLibrary library = open("v1", MARCH_1)) {
      cold = library.catalog().guides();
      coldFindings = library.findings();
    }
    assertTrue(Files.size(indexFile()) > 0);

    try (GuideLibrary restarted = open("v1", MARCH_1)) {
      assertEquals(cold, restarted.catalog().guides());
      assertEquals(coldFindings, restarted.findings());
      Lookup.Found london = assertInstanceOf(Lookup.Found.class,
          restarted.catalog().find("gbp cad millions staff engineer london"));
      assertEquals(LONDON_BASE_LOW, london.region().bands().base().low());
    }
    assertTrue(cold.size() > 20, "the templates and the good fixtures served: " + cold.size());
  }

  @Test
  void open_indexRewrittenAfterAnEdit_servesWhatAColdReadServes() throws Exception {
    write(GBP, fixture(GBP));
    write("warnings-only/design-engineer.md", fixture("warnings-only/design-engineer.md"));
    try (GuideLibrary library = open("v1", MARCH_1)) {
      // The rewrite copies the unchanged entry's bytes and encodes the edited one.
      write(GBP, fixture(GBP).replace("£600K–£800K", "£610K–£800K"));
      library.reload();
    }

    try (GuideLibrary restarted = open("v1", MARCH_1);
        GuideLibrary cold = GuideLibrary.open(LibrarySource.directory(guides), new GuideReader(MARCH_1), watcher)) {
      assertEquals(610_000, londonBaseLow(restarted.catalog()));
      assertEquals(cold.catalog().guides(), restarted.catalog().guides());
      assertEquals(cold.findings(), restarted.findings());
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

  @Test
  void open_indexOfTheEarlierFormat_readsEveryGuideAgain() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    plantLondonBase();
    // The same reader version under the format before this one, whose entries were laid out otherwise (format 3 kept
    // the findings before the card): never read as this format, whatever its bytes would decode to.
    byte[] whole = Files.readAllBytes(indexFile());
    byte[] body = java.util.Arrays.copyOf(whole, whole.length - Long.BYTES);
    ByteBuffer.wrap(body).putInt(Integer.BYTES, ReaderVersion.FORMAT - 1);
    reseal(body);

    try (GuideLibrary library = open("v1", MARCH_1)) {
      assertEquals(LONDON_BASE_LOW, londonBaseLow(library.catalog()));
    }
    ParseIndex reopened = ParseIndex.open(state, "v1", MARCH_1, Runnable::run);
    assertNotNull(reopened.find(GBP, ParseIndex.sha256(fixture(GBP))), "the index was written anew");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "truncated", "empty", "one-byte-flipped", "other-shape", "entry-lost",
      "bytes-after"})
  void open_corruptIndexFile_readsEveryGuideAndRewritesTheIndex(String damage) throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    byte[] whole = Files.readAllBytes(indexFile());
    byte[] body = java.util.Arrays.copyOf(whole, whole.length - Long.BYTES);
    switch (damage) {
      case "garbage" -> Files.write(indexFile(), "\u0000\u00ff not an index at all".getBytes(StandardCharsets.UTF_8));
      case "truncated" -> Files.write(indexFile(), java.util.Arrays.copyOf(whole, whole.length / 2));
      case "empty" -> Files.write(indexFile(), new byte[0]);
      case "one-byte-flipped" -> {
        whole[whole.length / 2] ^= 0x10;
        Files.write(indexFile(), whole);
      }
      // A checksum that fits, over bytes that are no index: JSON an earlier version might have left.
      case "other-shape" -> reseal("[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
      // The header counts one entry, and the entry is gone.
      case "entry-lost" -> reseal(java.util.Arrays.copyOf(body, body.length - lastEntryLength(body)));
      default -> reseal(ByteBuffer.allocate(body.length + 3).put(body).put(new byte[] {1, 2, 3}).array());
    }

    try (GuideLibrary library = open("v1", MARCH_1)) {
      assertEquals(LONDON_BASE_LOW, londonBaseLow(library.catalog()));
    }
    ParseIndex reopened = ParseIndex.open(state, "v1", MARCH_1, Runnable::run);
    assertNotNull(reopened.find(GBP, ParseIndex.sha256(fixture(GBP))), "the index was written anew");
  }

  /** The bytes of the only entry of a one-entry index, with its length. */
  private static int lastEntryLength(byte[] body) {
    ByteBuffer in = ByteBuffer.wrap(body);
    in.position(8);
    in.position(in.position() + 2 + Short.toUnsignedInt(in.getShort()) + 4);
    return Integer.BYTES + in.getInt();
  }

  @Test
  void open_keptReadingOfAnotherFile_servesTheFiguresOfTheFileItself() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    ParseIndex.Entry kept = ParseIndex.open(state, "v1", MARCH_1, Runnable::run)
        .find(GBP, ParseIndex.sha256(fixture(GBP)));
    // Under this file's key, another path's reading: caught when a lookup first asks for the guide.
    String elsewherePath = "acme/staff-engineer.md";
    GuideReading other = new GuideReading(elsewherePath, withLondonBase(kept.reading().guide(), elsewherePath),
        kept.findings());
    ParseIndex writer = ParseIndex.open(elsewhere, "v1", MARCH_1, Runnable::run);
    writer.save(List.of(new ParseIndex.Entry(GBP, kept.sha256(), kept.stamp(), kept.readOn(), other)));
    assertTrue(writer.flush(Duration.ofSeconds(10)));
    Files.copy(elsewhere.resolve(ParseIndex.FILE), indexFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    try (GuideLibrary library = open("v1", MARCH_1)) {
      assertEquals(LONDON_BASE_LOW, londonBaseLow(library.catalog()), "the file's own figures, not the kept ones");
      assertEquals(GBP, library.catalog().guides().get(0).path());
    }
  }

  @Test
  void open_unchangedStamp_servesTheKeptReadingWithoutHashingTheFile() throws Exception {
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    // Under a hash no text has: only the stamp can lead to this entry.
    plantLondonBase("0".repeat(64), settledStamp(GBP));

    try (GuideLibrary library = open("v1", MARCH_1)) {
      assertEquals(PLANTED, londonBaseLow(library.catalog()));
    }
  }

  @Test
  void open_fileRewrittenWithItsSizeAndModifiedTimeKept_readsTheNewFigures() throws Exception {
    // The change time, which no tool sets back, is what tells: file systems without one are not this test's.
    assumeTrue(guides.getFileSystem().supportedFileAttributeViews().contains("unix"));
    write(GBP, fixture(GBP));
    open("v1", MARCH_1).close();
    Path file = guides.resolve(GBP);
    FileTime modified = Files.getLastModifiedTime(file);
    plantLondonBase("0".repeat(64), settledStamp(GBP));

    // What rsync -t or a restore from backup can do: other text, the same length, the old modified time.
    write(GBP, fixture(GBP).replace("£600K–£800K", "£610K–£800K"));
    Files.setLastModifiedTime(file, modified);

    try (GuideLibrary library = open("v1", MARCH_1)) {
      assertEquals(610_000, londonBaseLow(library.catalog()));
    }
  }

  @Test
  void restart_indexReadOnAThreadOfItsOwn_keepsTheUnchangedGuideAndReadsWhatChangedWhileDown() throws Exception {
    // As the app starts: the index under STATE_DIR reads its file on its own thread while the library lists files.
    Path stateDir = state.resolve("state-dir");
    String version = ReaderVersion.current().orElseThrow();
    String edited = GuideTemplate.path("Co 1", "Data Analyst");
    String added = GuideTemplate.path("Co 2", "Data Analyst");
    String removed = "warnings-only/design-engineer.md";
    write(GBP, fixture(GBP));
    write(removed, fixture(removed));
    write(edited, GuideTemplate.text("Co 1", "Data Analyst", List.of("Charlotte, NC"), LocalDate.of(2026, 2, 1)));
    try (GuideLibrary first = GuideLibrary.open(LibrarySource.directory(guides), new GuideReader(MARCH_1), watcher,
        ParseIndex.inStateDir(stateDir, MARCH_1))) {
      assertEquals(List.of("Charlotte, NC"), regionNames(first.catalog(), edited));
    }
    // The unchanged guide's kept reading, with a figure no file holds, under the stamp its file has.
    plantLondonBase(version, stateDir.resolve(ParseIndex.FOLDER), ParseIndex.sha256(fixture(GBP)),
        settledStamp(GBP));
    // While the bot was down: one guide edited (another place), one added, one removed.
    write(edited, GuideTemplate.text("Co 1", "Data Analyst", List.of("Zürich"), LocalDate.of(2026, 2, 1)));
    write(added, GuideTemplate.text("Co 2", "Data Analyst", List.of("Charlotte, NC"), LocalDate.of(2026, 2, 1)));
    Files.delete(guides.resolve(removed));

    try (GuideLibrary restarted = GuideLibrary.open(LibrarySource.directory(guides), new GuideReader(MARCH_1),
        watcher, ParseIndex.inStateDir(stateDir, MARCH_1))) {
      GuideCatalog catalog = restarted.catalog();
      assertEquals(PLANTED, londonBaseLow(catalog));
      assertEquals(List.of("Zürich"), regionNames(catalog, edited));
      assertEquals(List.of("Charlotte, NC"), regionNames(catalog, added));
      assertEquals(List.of(GBP, edited, added).stream().sorted().toList(),
          catalog.guides().stream().map(Guide::path).sorted().toList());
    }
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
      kept.add(index.entry(path, ParseIndex.sha256(text), null, reader.read(path, text)));
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
