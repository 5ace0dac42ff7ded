package com.compcoach.library;

import com.compcoach.guide.Freshness;
import com.compcoach.guide.GuideReading;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reading each guide file gave, kept under {@code STATE_DIR/guide-index/} between starts: an entry is found
 * by the file's path and the SHA-256 of its bytes, and only by the reader version that wrote it, so a restart over
 * an unchanged library reads no guide. An index file that cannot be read whole is ignored and written anew.
 */
public final class ParseIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ParseIndex.class);
  /** The folder inside {@code STATE_DIR}. */
  public static final String FOLDER = "guide-index";
  /** The one file the index lives in, written whole and moved into place so it is never seen half written. */
  static final String FILE = "readings.json";
  /** How long {@link #close()} waits for the last write to land. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

  /**
   * One file's reading as kept.
   *
   * @param path    the file's library path; part of the key because the path names the company and role
   * @param sha256  SHA-256 of the file's bytes, in hex
   * @param readOn  the day it was read: a passed review date is judged against the day
   * @param reading what the reader gave
   */
  public record Entry(String path, String sha256, LocalDate readOn, GuideReading reading) {
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(readOn, "readOn");
      Objects.requireNonNull(reading, "reading");
    }
  }

  /**
   * The file's first line: which reader wrote it and how many entries follow, one JSON object a line, so that the
   * lines can be read in parallel and a file cut short is seen to be.
   */
  record Header(String reader, int entries) {}

  private final Path file;
  private final String readerVersion;
  private final Clock clock;
  private final Executor writer;
  private final ExecutorService ownedWriter;
  private final ObjectMapper json = mapper();
  private final Object lock = new Object();
  /** What the file held when opened; dropped once the library has taken what it needed. */
  private volatile Map<String, Entry> loaded;
  /** Guarded by lock: the entries asked to be written last, the ones waiting for the writer, the write chain. */
  private Map<String, Entry> requested = Map.of();
  private Map<String, Entry> pending;
  private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

  private ParseIndex(Path folder, String readerVersion, Clock clock, Executor writer, ExecutorService ownedWriter) {
    this.file = folder.resolve(FILE);
    this.readerVersion = Objects.requireNonNull(readerVersion, "readerVersion");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.ownedWriter = ownedWriter;
    this.loaded = load();
    requested = loaded;
  }

  /**
   * Opens the index under {@code stateDir} for the reader on the class path, writing on a thread of its own;
   * empty when that reader's classes cannot be found to version them (nothing is then kept).
   */
  public static Optional<ParseIndex> inStateDir(Path stateDir, Clock clock) {
    return ReaderVersion.current().map(version -> {
      ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guide-index-writer");
        t.setDaemon(true);
        return t;
      });
      return new ParseIndex(stateDir.resolve(FOLDER), version, clock, thread, thread);
    });
  }

  /** Opens the index in {@code folder} for a reader version; {@code writer} runs the writes to disk. */
  public static ParseIndex open(Path folder, String readerVersion, Clock clock, Executor writer) {
    return new ParseIndex(folder, readerVersion, clock, writer, null);
  }

  /** SHA-256 of a guide's text as the UTF-8 bytes it was read from, in hex. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(ReaderVersion.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The kept reading of the file at {@code path} with these bytes, when it still holds today; else null. */
  public Entry find(String path, String sha256) {
    Entry e = loaded.get(path);
    if (e == null || !e.sha256().equals(sha256) || !e.reading().path().equals(path)
        || e.reading().guide() != null && !e.reading().guide().path().equals(path)) {
      return null;
    }
    return holdsOn(e, LocalDate.now(clock)) ? e : null;
  }

  /** A new entry for what the reader just gave for the file at {@code path} with these bytes. */
  public Entry entry(String path, String sha256, GuideReading reading) {
    return new Entry(path, sha256, LocalDate.now(clock), reading);
  }

  /**
   * Whether a reading made on another day is still what the reader would give today: the reader warns about a
   * review date that has passed, naming today, so a guide with a passed (or, after the clock went back, a then
   * passed) review date and a guide that was not served are read again.
   */
  private static boolean holdsOn(Entry e, LocalDate today) {
    if (e.readOn().equals(today)) {
      return true;
    }
    if (e.reading().guide() == null) {
      return false;
    }
    Freshness f = e.reading().guide().freshness();
    LocalDate due = f == null ? null : f.nextReviewDue();
    return due == null || !due.isBefore(today) && !due.isBefore(e.readOn());
  }

  /**
   * Keeps exactly these entries (what the library holds now) and writes them in the background when they differ
   * from what was last asked; a burst of saves writes once.
   */
  public void save(Collection<Entry> entries) {
    Map<String, Entry> next = new HashMap<>();
    for (Entry e : entries) {
      next.put(e.path(), e);
    }
    loaded = Map.of();
    synchronized (lock) {
      if (sameEntries(next, requested)) {
        return;
      }
      requested = next;
      boolean queued = pending != null;
      pending = next;
      if (!queued) {
        writes = writes.thenRunAsync(this::writePending, writer);
      }
    }
  }

  /** The same entry objects for the same paths: entries are immutable, so no deep comparison is needed. */
  private static boolean sameEntries(Map<String, Entry> a, Map<String, Entry> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<String, Entry> e : a.entrySet()) {
      if (b.get(e.getKey()) != e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Waits up to {@code bound} for every save asked so far to be on disk; false when it is not by then. */
  public boolean flush(Duration bound) throws InterruptedException {
    CompletableFuture<Void> last;
    synchronized (lock) {
      last = writes;
    }
    try {
      last.get(bound.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  /** Lets the last write land (within a bound), then stops the writer thread this index made. */
  @Override
  public void close() {
    try {
      if (!flush(CLOSE_WAIT)) {
        LOG.warn("the guide index was still being written at close; the next start reads what changed again");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (ownedWriter != null) {
      ownedWriter.shutdown();
    }
  }

  private void writePending() {
    Map<String, Entry> toWrite;
    synchronized (lock) {
      toWrite = pending;
      pending = null;
    }
    try {
      write(List.copyOf(toWrite.values()));
    } catch (IOException | RuntimeException e) {
      // The index only saves time: a start without it reads every guide, so a failed write costs nothing else.
      LOG.warn("cannot write the guide index {}: {}", file, e.getClass().getSimpleName());
    }
  }

  private void write(List<Entry> entries) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), FILE, ".part");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        // Compact JSON escapes every line break inside a string, so each value is exactly one line.
        out.write(json.writeValueAsBytes(new Header(readerVersion, entries.size())));
        out.write('\n');
        for (Entry e : entries) {
          out.write(json.writeValueAsBytes(e));
          out.write('\n');
        }
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private Map<String, Entry> load() {
    try {
      return read(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      // Half a file, a disk error, a hand edit: none of it may serve a wrong guide, so the whole index goes.
      LOG.warn("the guide index {} cannot be read ({}); every guide is read again and the index rewritten", file,
          e.getClass().getSimpleName());
      return Map.of();
    }
  }

  private Map<String, Entry> read(byte[] bytes) throws IOException {
    List<int[]> lines = lines(bytes);
    if (lines.isEmpty()) {
      throw new IOException("no header line");
    }
    int[] first = lines.get(0);
    Header header = json.readValue(bytes, first[0], first[1] - first[0], Header.class);
    if (header == null || !readerVersion.equals(header.reader())) {
      LOG.info("the guide index {} was written by another version of the reader; every guide is read again", file);
      return Map.of();
    }
    if (header.entries() != lines.size() - 1) {
      throw new IOException("the header counts " + header.entries() + " entries, the file holds " + (lines.size() - 1));
    }
    // Decoding the entries is most of a restart's work: it runs on every core, as reading guides does.
    ForkJoinPool pool = new ForkJoinPool(GuideLibrary.READERS);
    try {
      List<Entry> entries = pool.submit(() -> lines.subList(1, lines.size()).parallelStream()
          .map(line -> entry(bytes, line)).toList()).get();
      Map<String, Entry> byPath = new HashMap<>();
      for (Entry e : entries) {
        byPath.put(e.path(), e);
      }
      return Map.copyOf(byPath);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private Entry entry(byte[] bytes, int[] line) {
    try {
      Entry e = json.readValue(bytes, line[0], line[1] - line[0], Entry.class);
      if (e == null) {
        throw new IOException("an empty entry");
      }
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Start and end offsets of every line of the file; a last line without its line break was cut short. */
  private static List<int[]> lines(byte[] bytes) throws IOException {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    if (start != bytes.length) {
      throw new IOException("the last line has no end");
    }
    return lines;
  }

  /**
   * Serializes the model generically: record components as they are (no getters, so {@code isError()} and the like
   * are not stored), dates as ISO text, and the concrete type of any value declared as a sealed interface, so a
   * field the reader gains later is kept without a line here.
   */
  private static ObjectMapper mapper() {
    BasicPolymorphicTypeValidator ours = BasicPolymorphicTypeValidator.builder()
        .allowIfSubType("com.compcoach.").build();
    ObjectMapper.DefaultTypeResolverBuilder sealedOnly = new ObjectMapper.DefaultTypeResolverBuilder(
        ObjectMapper.DefaultTyping.NON_FINAL, ours) {
      @Override
      public boolean useForType(JavaType t) {
        return t.getRawClass().isSealed();
      }
    };
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .visibility(PropertyAccessor.ALL, Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, Visibility.ANY)
        .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .setDefaultTyping(sealedOnly.init(JsonTypeInfo.Id.CLASS, null).inclusion(JsonTypeInfo.As.PROPERTY))
        .build();
  }
}
