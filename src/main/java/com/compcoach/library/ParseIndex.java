package com.compcoach.library;

import com.compcoach.guide.Company;
import com.compcoach.guide.Finding;
import com.compcoach.guide.Freshness;
import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCard;
import com.compcoach.guide.GuideReading;
import com.compcoach.guide.Once;
import com.compcoach.guide.Region;
import com.compcoach.guide.Role;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reading each guide file gave, kept under {@code STATE_DIR/guide-index/} between starts: an entry is found
 * by the file's path and the SHA-256 of its bytes (or, without reading the file, by its unchanged {@link Stamp}),
 * and only by the reader version that wrote it, so a restart over an unchanged library reads no guide. Opening the
 * index reads the file and checks its checksum; an entry's reading is decoded only when it is asked for, so the
 * decoding runs on the library's reading threads. An index file that fails the check is ignored and written anew.
 */
public final class ParseIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ParseIndex.class);
  /** The folder inside {@code STATE_DIR}. */
  public static final String FOLDER = "guide-index";
  /** The one file the index lives in, written whole and moved into place so it is never seen half written. */
  static final String FILE = "readings.bin";
  /** The file of the JSON index earlier versions kept; removed when the new one is written. */
  private static final String EARLIER_FILE = "readings.json";
  /** The file's first four bytes: "CCGI". */
  private static final int MAGIC = 0x43434749;
  /** How long {@link #close()} waits for the last write to land. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

  /**
   * One file's reading as kept: what says which file and day it is of, its findings and the card the catalog finds
   * its guide by, and the reading itself, which an entry from the index file rebuilds only when it is first asked for.
   */
  public static final class Entry {
    private final Head head;
    private final Listing listing;
    private final Supplier<List<Finding>> findings;
    private final Supplier<GuideReading> reading;

    /**
     * A reading at hand.
     *
     * @param path    the file's library path; part of the key because the path names the company and role
     * @param sha256  SHA-256 of the file's bytes, in hex
     * @param stamp   the file's stamp when its bytes were read, or null when it has none
     * @param readOn  the day it was read: a passed review date is judged against the day
     * @param reading what the reader gave
     */
    public Entry(String path, String sha256, Stamp stamp, LocalDate readOn, GuideReading reading) {
      this(Head.of(path, sha256, stamp, readOn, reading), Listing.of(reading), reading::findings, () -> reading);
    }

    private Entry(Head head, Listing listing, Supplier<List<Finding>> findings, Supplier<GuideReading> reading) {
      this.head = head;
      this.listing = listing;
      this.findings = findings;
      this.reading = reading;
    }

    public String path() {
      return head.path();
    }

    public String sha256() {
      return head.sha256();
    }

    public Stamp stamp() {
      return head.stamp();
    }

    public LocalDate readOn() {
      return head.readOn();
    }

    /** What the reader gave; throws when a kept reading no longer fits the model, which its version rules out. */
    public GuideReading reading() {
      return reading.get();
    }

    /**
     * The reading's findings, without the reading; an entry from the index file decodes them when first asked for
     * (lint, the log), not before its guide serves. Throws when they no longer fit the model, as {@link #reading()}.
     */
    public List<Finding> findings() {
      return findings.get();
    }

    /**
     * The card of the guide the reading gave, or null when it gave none; its guide comes from {@code fallback}
     * (the file read again) if the kept reading cannot be rebuilt.
     */
    public GuideCard card(Supplier<Guide> fallback) {
      if (listing.company() == null) {
        return null;
      }
      return new GuideCard(listing.company(), listing.role(), listing.signatureRole(), listing.regions(),
          Once.of(() -> guideOf(fallback)));
    }

    private Guide guideOf(Supplier<Guide> fallback) {
      try {
        Guide guide = reading().guide();
        if (guide != null) {
          return guide;
        }
      } catch (RuntimeException e) {
        LOG.warn("the kept reading of {} cannot be rebuilt ({}); the file is read again", path(),
            e.getClass().getSimpleName());
      }
      Guide again = fallback.get();
      if (again == null) {
        throw new IllegalStateException("the guide " + path() + " no longer reads; it is read again on its change");
      }
      return again;
    }

    /** The same reading, of the same bytes, found under a newer stamp. */
    public Entry withStamp(Stamp newer) {
      return new Entry(new Head(head.path(), head.sha256(), newer, head.readOn(), head.served(), head.reviewDue()),
          listing, findings, reading);
    }
  }

  /**
   * What an entry says of its file; written first, and decoded alone when the index is opened.
   *
   * @param served    whether the reading gave a guide
   * @param reviewDue the guide's next review date, if any: with {@code readOn}, whether the reading holds today
   */
  private record Head(String path, String sha256, Stamp stamp, LocalDate readOn, boolean served,
      LocalDate reviewDue) {
    Head {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(readOn, "readOn");
    }

    static Head of(String path, String sha256, Stamp stamp, LocalDate readOn, GuideReading reading) {
      Freshness f = reading.guide() == null ? null : reading.guide().freshness();
      return new Head(path, sha256, stamp, readOn, reading.guide() != null, f == null ? null : f.nextReviewDue());
    }
  }

  /**
   * What the catalog needs of a reading to find its guide: written after the head, decoded when the entry is used;
   * the guide's names are null when the reading gave no guide.
   */
  private record Listing(Company company, Role role, boolean signatureRole, List<Region> regions) {
    static Listing of(GuideReading reading) {
      Guide g = reading.guide();
      return g == null ? new Listing(null, null, false, List.of())
          : new Listing(g.company(), g.role(), g.signatureRole(), g.regions());
    }
  }

  /**
   * The reading's findings: written after the listing and decoded only when asked for, as a restart serves its first
   * answer before anything asks (10,000 guides' findings were a fifth of their listings' bytes).
   */
  private record Notes(List<Finding> findings) {}

  /** An entry of the file read at open: its head, and where its bytes lie. */
  private record Kept(Head head, int from, int to) {}

  /** The index file as last read or written, entries by path. */
  private record Loaded(byte[] bytes, Map<String, Kept> byPath) {
    static final Loaded NONE = new Loaded(new byte[0], Map.of());
  }

  private final Path file;
  private final Clock clock;
  private final Executor writer;
  private final ExecutorService ownedWriter;
  private final RecordCodec codec = new RecordCodec();
  private final Object lock = new Object();
  private final AtomicBoolean toldUnreadable = new AtomicBoolean();
  /**
   * The reader's version and the file as read at open, worked out on the writer's thread from the moment the index
   * is made: a restart lists the guide files meanwhile, and waits only when it first looks an entry up.
   */
  private final CompletableFuture<Opened> opening;
  /**
   * The file as last written, null before the first write (the file as read at open is then the one): entries are
   * decoded from it when asked for, and an entry that is written again unchanged is copied from it rather than
   * encoded anew (a write after an edit encodes one).
   */
  private volatile Loaded written;
  /** What was asked to be written last: touched by the write chain alone, one step at a time. */
  private Map<String, Head> requested;
  /** Guarded by lock: the entries waiting for the writer, and the write chain. */
  private List<Entry> pending;
  private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

  /** The reader version the index is of (null: unknown, so nothing is kept) and its file as read at open. */
  private record Opened(String readerVersion, Loaded loaded) {}

  private ParseIndex(Path folder, Supplier<Optional<String>> readerVersion, Clock clock, Executor writer,
      ExecutorService ownedWriter) {
    this.file = folder.resolve(FILE);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.ownedWriter = ownedWriter;
    Objects.requireNonNull(readerVersion, "readerVersion");
    // Hashing the reader's classes and reading the file took a third of a restart's time to its first answer.
    this.opening = CompletableFuture.supplyAsync(() -> {
      String version = readerVersion.get().orElse(null);
      return new Opened(version, version == null ? Loaded.NONE : load(version));
    }, writer);
  }

  /**
   * Opens the index under {@code stateDir} for the reader on the class path, reading and writing on a thread of its
   * own; when that reader's classes cannot be found to version them, the index holds and keeps nothing.
   */
  public static ParseIndex inStateDir(Path stateDir, Clock clock) {
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "guide-index-writer");
      t.setDaemon(true);
      return t;
    });
    return new ParseIndex(stateDir.resolve(FOLDER), ReaderVersion::current, clock, thread, thread);
  }

  /** Opens the index in {@code folder} for a reader version; {@code writer} reads the file and runs the writes. */
  public static ParseIndex open(Path folder, String readerVersion, Clock clock, Executor writer) {
    Objects.requireNonNull(readerVersion, "readerVersion");
    return new ParseIndex(folder, () -> Optional.of(readerVersion), clock, writer, null);
  }

  /** The file as last written, or as read at open; waits for the open. */
  private Loaded loaded() {
    Loaded now = written;
    return now != null ? now : opening.join().loaded();
  }

  /** SHA-256 of a guide's text as the UTF-8 bytes it was read from, in hex. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(ReaderVersion.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The kept reading of the file at {@code path} with these bytes, when it still holds today; else null. */
  public Entry find(String path, String sha256) {
    Loaded now = loaded();
    Kept kept = now.byPath().get(path);
    if (kept == null || !kept.head().sha256().equals(sha256)) {
      return null;
    }
    return decode(now, kept);
  }

  /**
   * The kept reading of the file at {@code path} when its stamp shows it unchanged since the reading was kept and
   * the reading still holds today; else null, and the file is to be read and hashed.
   */
  public Entry unchanged(String path, Stamp stamp) {
    Loaded now = loaded();
    Kept kept = now.byPath().get(path);
    if (kept == null || stamp == null || !stamp.unchangedSince(kept.head().stamp())) {
      return null;
    }
    return decode(now, kept);
  }

  /**
   * The entry with its listing decoded, when it holds today; its reading is decoded when first asked for (a restart
   * decodes a guide only when a lookup picks it: 10,000 readings cost the open 0.35 s of CPU, their listings a part).
   */
  private Entry decode(Loaded from, Kept kept) {
    if (!holdsOn(kept.head(), LocalDate.now(clock))) {
      return null;
    }
    Listing listing;
    try {
      RecordCodec.In in = new RecordCodec.In(from.bytes(), kept.from(), kept.to());
      codec.read(in, Head.class);
      listing = (Listing) codec.read(in, Listing.class);
      if (listing == null) {
        throw new IllegalArgumentException("no listing");
      }
    } catch (RuntimeException ex) {
      // The checksum held, so this is a model the bytes no longer fit: read the guide again rather than guess.
      if (toldUnreadable.compareAndSet(false, true)) {
        LOG.warn("an entry of the guide index {} cannot be read ({}); such guides are read again", file,
            ex.getClass().getSimpleName());
      }
      return null;
    }
    return new Entry(kept.head(), listing, Once.of(() -> findings(from, kept)), Once.of(() -> reading(from, kept)));
  }

  /** The findings of a kept entry; throws when the bytes do not make them. */
  private List<Finding> findings(Loaded from, Kept kept) {
    RecordCodec.In in = new RecordCodec.In(from.bytes(), kept.from(), kept.to());
    // The head and listing again: the findings' strings may refer back to theirs.
    codec.read(in, Head.class);
    codec.read(in, Listing.class);
    Notes notes = (Notes) codec.read(in, Notes.class);
    if (notes == null) {
      throw new IllegalArgumentException("no findings");
    }
    return notes.findings();
  }

  /** The whole reading of a kept entry; throws when the bytes do not make the reading of its file. */
  private GuideReading reading(Loaded from, Kept kept) {
    RecordCodec.In in = new RecordCodec.In(from.bytes(), kept.from(), kept.to());
    // The head, listing and findings again: the reading's strings may refer back to theirs.
    codec.read(in, Head.class);
    codec.read(in, Listing.class);
    codec.read(in, Notes.class);
    GuideReading reading = (GuideReading) codec.read(in, GuideReading.class);
    if (!in.atEnd()) {
      throw new IllegalArgumentException("bytes after the reading");
    }
    String path = kept.head().path();
    if (!reading.path().equals(path) || reading.guide() != null && !reading.guide().path().equals(path)
        || (reading.guide() != null) != kept.head().served()) {
      throw new IllegalArgumentException("the reading of another file");
    }
    return reading;
  }


  /** A new entry for what the reader just gave for the file at {@code path} with these bytes and this stamp. */
  public Entry entry(String path, String sha256, Stamp stamp, GuideReading reading) {
    return new Entry(path, sha256, stamp, LocalDate.now(clock), reading);
  }

  /**
   * Whether a reading made on another day is still what the reader would give today: the reader warns about a
   * review date that has passed, naming today, so a guide with a passed (or, after the clock went back, a then
   * passed) review date and a guide that was not served are read again.
   */
  private static boolean holdsOn(Head head, LocalDate today) {
    if (head.readOn().equals(today)) {
      return true;
    }
    if (!head.served()) {
      return false;
    }
    LocalDate due = head.reviewDue();
    return due == null || !due.isBefore(today) && !due.isBefore(head.readOn());
  }

  /**
   * Keeps exactly these entries (what the library holds now) and writes them in the background when they differ
   * from what was last asked; a burst of saves writes once.
   */
  public void save(Collection<Entry> entries) {
    List<Entry> latest = List.copyOf(entries);
    synchronized (lock) {
      boolean queued = pending != null;
      pending = latest;
      if (!queued) {
        // Even the comparison with what was asked last runs on the writer: at a start it is 10,000 entries' heads,
        // on the thread that publishes the catalog the first answer waits for.
        writes = writes.thenRunAsync(this::writePending, writer);
      }
    }
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
    List<Entry> latest;
    synchronized (lock) {
      latest = pending;
      pending = null;
    }
    if (opening.join().readerVersion() == null) {
      return;
    }
    if (requested == null) {
      requested = new HashMap<>();
      loaded().byPath().forEach((path, kept) -> requested.put(path, kept.head()));
    }
    // The same heads are the same readings: a reading is what this reader gives for those bytes on that day. A
    // restart over an unchanged library asks to keep what it read: compared without a map of its 10,000 heads.
    if (sameHeads(latest, requested)) {
      return;
    }
    Map<String, Head> heads = new HashMap<>();
    for (Entry e : latest) {
      heads.put(e.path(), e.head);
    }
    requested = heads;
    List<Entry> unique = latest;
    if (heads.size() != latest.size()) {
      // Two entries of one path (the library holds one a path): the last is kept.
      Map<String, Entry> last = new HashMap<>();
      latest.forEach(e -> last.put(e.path(), e));
      unique = List.copyOf(last.values());
    }
    try {
      write(unique);
    } catch (IOException | RuntimeException e) {
      // The index only saves time: a start without it reads every guide, so a failed write costs nothing else.
      LOG.warn("cannot write the guide index {}: {}", file, e.getClass().getSimpleName());
    }
  }

  /** Whether these entries have exactly the heads asked for last, one entry a path. */
  private static boolean sameHeads(List<Entry> latest, Map<String, Head> requested) {
    if (latest.size() != requested.size()) {
      return false;
    }
    for (Entry e : latest) {
      Head asked = requested.get(e.path());
      if (asked != e.head && !e.head.equals(asked)) {
        return false;
      }
    }
    return true;
  }

  private void write(List<Entry> entries) throws IOException {
    Loaded before = loaded();
    String readerVersion = opening.join().readerVersion();
    // Room for what was there: the bytes are copied once, not doubled up to 16 MB.
    Bytes out = new Bytes(before.bytes().length + (1 << 16));
    out.putInt(MAGIC);
    out.putInt(ReaderVersion.FORMAT);
    byte[] version = readerVersion.getBytes(StandardCharsets.UTF_8);
    out.putShort(version.length);
    out.put(version, 0, version.length);
    out.putInt(entries.size());
    Map<String, Kept> byPath = new HashMap<>();
    for (Entry e : entries) {
      Head head = e.head;
      Kept same = before.byPath().get(e.path());
      int from = out.size() + Integer.BYTES;
      // An entry the library kept from the index or the last write holds that very head: no field compared.
      if (same != null && (same.head() == head || same.head().equals(head))) {
        out.putInt(same.to() - same.from());
        out.put(before.bytes(), same.from(), same.to() - same.from());
      } else {
        RecordCodec.Out entry = new RecordCodec.Out();
        codec.write(entry, Head.class, head);
        codec.write(entry, Listing.class, e.listing);
        codec.write(entry, Notes.class, new Notes(e.findings()));
        codec.write(entry, GuideReading.class, e.reading());
        byte[] bytes = entry.toBytes();
        out.putInt(bytes.length);
        out.put(bytes, 0, bytes.length);
      }
      byPath.put(e.path(), new Kept(head, from, out.size()));
    }
    CRC32C crc = new CRC32C();
    crc.update(out.bytes(), 0, out.size());
    // The checksum of everything before it.
    out.putLong(crc.getValue());
    byte[] whole = out.bytes().length == out.size() ? out.bytes() : java.util.Arrays.copyOf(out.bytes(), out.size());

    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), FILE, ".part");
    try {
      Files.write(temp, whole);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.deleteIfExists(file.resolveSibling(EARLIER_FILE));
    } finally {
      Files.deleteIfExists(temp);
    }
    written = new Loaded(whole, Collections.unmodifiableMap(byPath));
  }

  private Loaded load(String readerVersion) {
    try {
      return read(Files.readAllBytes(file), readerVersion);
    } catch (NoSuchFileException e) {
      return Loaded.NONE;
    } catch (IOException | RuntimeException e) {
      // Half a file, a disk error, a hand edit: none of it may serve a wrong guide, so the whole index goes.
      LOG.warn("the guide index {} cannot be read ({}); every guide is read again and the index rewritten", file,
          e.getClass().getSimpleName());
      return Loaded.NONE;
    }
  }

  private Loaded read(byte[] bytes, String readerVersion) throws IOException {
    if (bytes.length < Long.BYTES) {
      throw new IOException("no checksum");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int body = bytes.length - Long.BYTES;
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, body);
    if (crc.getValue() != in.getLong(body)) {
      throw new IOException("the checksum does not match");
    }
    in.limit(body);
    if (in.getInt() != MAGIC) {
      throw new IOException("not a guide index");
    }
    int format = in.getInt();
    byte[] version = new byte[Short.toUnsignedInt(in.getShort())];
    in.get(version);
    if (format != ReaderVersion.FORMAT || !readerVersion.equals(new String(version, StandardCharsets.UTF_8))) {
      LOG.info("the guide index {} was written by another version of the reader; every guide is read again", file);
      return Loaded.NONE;
    }
    int count = in.getInt();
    Map<String, Kept> byPath = new HashMap<>();
    for (int i = 0; i < count; i++) {
      int length = in.getInt();
      int from = in.position();
      if (length < 0 || length > in.remaining()) {
        throw new IOException("entry " + i + " runs past the end");
      }
      in.position(from + length);
      Head head = (Head) codec.read(new RecordCodec.In(bytes, from, from + length), Head.class);
      byPath.put(head.path(), new Kept(head, from, from + length));
    }
    if (in.hasRemaining()) {
      throw new IOException("bytes after the last entry");
    }
    return new Loaded(bytes, Map.copyOf(byPath));
  }

  /** A growing array of bytes, numbers written big-endian as {@link ByteBuffer} reads them back. */
  private static final class Bytes {
    private byte[] bytes;
    private int size;

    Bytes(int room) {
      bytes = new byte[room];
    }

    void putInt(int v) {
      room(Integer.BYTES);
      ByteBuffer.wrap(bytes, size, Integer.BYTES).putInt(v);
      size += Integer.BYTES;
    }

    void putShort(int v) {
      room(Short.BYTES);
      ByteBuffer.wrap(bytes, size, Short.BYTES).putShort((short) v);
      size += Short.BYTES;
    }

    void putLong(long v) {
      room(Long.BYTES);
      ByteBuffer.wrap(bytes, size, Long.BYTES).putLong(v);
      size += Long.BYTES;
    }

    void put(byte[] from, int offset, int length) {
      room(length);
      System.arraycopy(from, offset, bytes, size, length);
      size += length;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    byte[] bytes() {
      return bytes;
    }

    int size() {
      return size;
    }
  }
}
