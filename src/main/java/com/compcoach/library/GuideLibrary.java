package com.compcoach.library;

import com.compcoach.guide.Finding;
import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCard;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideIndex;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.GuideReading;
import com.compcoach.guide.Once;
import com.compcoach.guide.Severity;
import com.compcoach.health.Health;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guide library: every guide of a source read into one immutable catalog, reloaded on demand or, file by file,
 * when the directory changes. A reload swaps the catalog atomically; a guide whose new text fails keeps its last good
 * version (with a finding saying so); a guide that never read well is left out while the others serve.
 */
public final class GuideLibrary implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GuideLibrary.class);
  /**
   * Quiet time after the last file event before the changed files are read. Editors write in bursts (truncate and
   * write, or write a copy and rename it) within a few milliseconds; a file read in the middle of one is read again
   * after the burst's last event, so a short wait only costs a second read.
   */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);
  /** The part of {@link Health} the library reports as. */
  public static final String HEALTH_PART = "guides";
  /**
   * Threads that read guides during a reload: one per core. More (there were 8 on 2 cores, so that C2 would not take
   * a core of its own) starve the one C2 thread: it fell so far behind that most of the reader's methods still ran
   * as C1 code in a fourth load of the same 10,000 guides in one JVM, each load costing C2 another 2 s. With one
   * reader per core a first load costs the same CPU (C2 takes what the readers save) and the later loads of a JVM
   * a sixth to a third less (docs/benchmarks.md, Session 11).
   */
  static final int READERS = Runtime.getRuntime().availableProcessors();
  /** Guides parsed to warm the reader up before watching, when none was parsed at the start. */
  private static final int WARM_UP_READS = 20;

  /**
   * One guide file as the library holds it: its stamp when its text was read (null when there is none to trust),
   * whether it is a link, the SHA-256 of its text, what reading it gave (its findings, and whether it gave a guide),
   * the card of the guide served for it (this reading's, or the last good one's), and the entry the parse index keeps
   * for it (null when there is no index or the reading is not worth keeping).
   */
  private record Held(String path, Stamp stamp, boolean link, String sha256, Supplier<List<Finding>> findings,
      boolean readWell, GuideCard served, ParseIndex.Entry kept) {}

  /** What the library serves right now: every file held, by path, and the catalog and findings made of them. */
  private record Snapshot(NavigableMap<String, Held> files, GuideIndex catalog, Supplier<List<Finding>> findings) {}

  private final LibrarySource source;
  private final GuideReader reader;
  private final ExecutorService watchExecutor;
  private final boolean ownsExecutor;
  private final Duration debounce;
  /** Readings kept on disk between starts; null when the library keeps none (ask, chat, lint). */
  private final ParseIndex index;
  private final AtomicReference<Snapshot> current = new AtomicReference<>(
      new Snapshot(Collections.emptyNavigableMap(), GuideIndex.of(List.of()), List::of));
  private final List<Consumer<GuideCatalog>> listeners = new CopyOnWriteArrayList<>();
  private final Object reloading = new Object();
  /** Files whose reading threw (a reader bug, a stack overflow), with what it threw: the library is degraded. */
  private final Map<String, String> crashed = new ConcurrentHashMap<>();
  private volatile Health health = new Health();
  private volatile WatchService watchService;
  private volatile boolean closed;
  /** Whether this library has had a guide parsed (not taken from the index or memory) since it was made. */
  private volatile boolean parsed;
  /** Whether the watcher has seen a change: the warm-up then leaves the cores to the edit, which warms the reader. */
  private volatile boolean changeSeen;

  /**
   * A library over a source; call {@link #reload()} to read it ({@link #open} does).
   *
   * @param watchExecutor runs the directory watch loop; null to let the library make (and close) its own thread
   */
  public GuideLibrary(LibrarySource source, GuideReader reader, ExecutorService watchExecutor, Duration debounce) {
    this(source, reader, watchExecutor, debounce, null);
  }

  /**
   * A library that takes unchanged files' readings from a parse index and keeps its readings there; the library
   * closes the index when it closes.
   *
   * @param index null to keep nothing between starts
   */
  public GuideLibrary(LibrarySource source, GuideReader reader, ExecutorService watchExecutor, Duration debounce,
      ParseIndex index) {
    this.index = index;
    this.source = Objects.requireNonNull(source, "source");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.ownsExecutor = watchExecutor == null;
    this.watchExecutor = watchExecutor != null ? watchExecutor : Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "guide-watch");
      t.setDaemon(true);
      return t;
    });
    this.debounce = Objects.requireNonNull(debounce, "debounce");
  }

  /** Opens and reads a library with a default reader; the watch loop, if started, gets its own thread. */
  public static GuideLibrary open(LibrarySource source) {
    return open(source, new GuideReader(), null);
  }

  /** Opens and reads a library; {@code watchExecutor} runs {@link #watch()}'s loop. */
  public static GuideLibrary open(LibrarySource source, GuideReader reader, ExecutorService watchExecutor) {
    return open(source, reader, watchExecutor, null);
  }

  /** Opens and reads a library whose unchanged files come from {@code index} (null for none); see the constructor. */
  public static GuideLibrary open(LibrarySource source, GuideReader reader, ExecutorService watchExecutor,
      ParseIndex index) {
    GuideLibrary library = new GuideLibrary(source, reader, watchExecutor, DEFAULT_DEBOUNCE, index);
    library.reload();
    return library;
  }

  public LibrarySource source() {
    return source;
  }

  /** The current catalog; a later reload never changes it, it swaps in a new one. */
  public GuideCatalog catalog() {
    return current.get().catalog();
  }

  /** Every finding of the current version, by path then line. */
  public List<Finding> findings() {
    return current.get().findings().get();
  }

  /**
   * From now on, marks the part {@value #HEALTH_PART} of {@code health} degraded while a reload, the watcher or the
   * reading of a file fails, with the cause, and recovered once a reload goes through with none of that.
   */
  public void reportTo(Health health) {
    this.health = Objects.requireNonNull(health, "health");
    reportHealth();
  }

  /** Calls the listener with the new catalog after every reload. */
  public void onReload(Consumer<GuideCatalog> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Lists the whole source again: a file whose stamp is unchanged is kept as it is without being read, one whose
   * text is unchanged is not parsed, and the rest are read anew.
   */
  public GuideCatalog reload() {
    Snapshot next;
    synchronized (reloading) {
      Snapshot before = current.get();
      ForkJoinPool readers = new ForkJoinPool(READERS);
      List<Held> held;
      try {
        // Parallel streams started inside the pool run on its threads: listing files, then reading them.
        List<GuideFiles.Found> found = on(readers, () -> GuideFiles.list(source));
        held = on(readers, () -> found.parallelStream().map(f -> refresh(f, before.files().get(f.path()))).toList());
      } finally {
        readers.shutdown();
      }
      TreeMap<String, Held> files = new TreeMap<>();
      for (Held h : held) {
        files.put(h.path(), h);
      }
      next = publish(before, files);
    }
    announce(next);
    return next.catalog();
  }

  /**
   * Reads again only the files at these library paths ("acme/staff-engineer.md", or a folder for everything under
   * it), and the links, whose targets change under other names; a path with no guide file any more leaves the
   * library. The catalog is rebuilt from the guides held, re-indexing only the changed ones.
   */
  GuideCatalog reload(Collection<String> paths) {
    if (!(source instanceof LibrarySource.Directory dir)) {
      return reload();
    }
    Snapshot next;
    synchronized (reloading) {
      Path root = GuideFiles.root(dir);
      Snapshot before = current.get();
      TreeMap<String, Held> files = new TreeMap<>(before.files());
      Set<String> look = new TreeSet<>(paths);
      before.files().values().stream().filter(Held::link).map(Held::path).forEach(look::add);
      List<GuideFiles.Found> found = new ArrayList<>();
      for (String path : look) {
        // Whatever was under a folder of this name goes; what is there now comes back below.
        // ('0' follows '/', so these are exactly the paths that start with the folder's.)
        files.subMap(path + "/", path + "0").clear();
        Path at = root.resolve(path);
        if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
          files.remove(path);
          found.addAll(GuideFiles.listUnder(root, at));
          continue;
        }
        GuideFiles.Found f = GuideFiles.at(root, path);
        if (f == null) {
          files.remove(path);
        } else {
          found.add(f);
        }
      }
      for (Held h : read(found, before)) {
        files.put(h.path(), h);
      }
      next = publish(before, files);
    }
    announce(next);
    return next.catalog();
  }

  /** The found files read: one on this thread (an edit), many on the reading threads (a folder moved in). */
  private List<Held> read(List<GuideFiles.Found> found, Snapshot before) {
    if (found.size() <= 1) {
      return found.stream().map(f -> refresh(f, before.files().get(f.path()))).toList();
    }
    ForkJoinPool readers = new ForkJoinPool(READERS);
    try {
      return on(readers, () -> found.parallelStream().map(f -> refresh(f, before.files().get(f.path()))).toList());
    } finally {
      readers.shutdown();
    }
  }

  private void announce(Snapshot next) {
    if (LOG.isDebugEnabled()) {
      List<Finding> findings = next.findings().get();
      long errors = findings.stream().filter(Finding::isError).count();
      long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
      LOG.debug("guide library {}: {} guides served, {} errors, {} warnings, {} info", source.describe(),
          next.catalog().guides().size(), errors, warnings, findings.size() - errors - warnings);
    }
    for (Consumer<GuideCatalog> listener : listeners) {
      try {
        listener.accept(next.catalog());
      } catch (RuntimeException e) {
        LOG.warn("a reload listener failed", e);
      }
    }
  }

  /** Runs work on the pool and throws its own exception, not the copy a pool's join would make of it. */
  private static <T> T on(ForkJoinPool pool, Supplier<T> work) {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    T result = pool.submit(() -> {
      try {
        return work.get();
      } catch (RuntimeException e) {
        failure.set(e);
        return null;
      }
    }).join();
    if (failure.get() != null) {
      throw failure.get();
    }
    return result;
  }

  /**
   * The file as the library should now hold it: as it was when its stamp is unchanged, from the parse index when
   * the index's stamp or hash says it holds these bytes, else read anew.
   */
  private Held refresh(GuideFiles.Found f, Held before) {
    if (f.stamp() != null && before != null && f.stamp().unchangedSince(before.stamp())) {
      return before;
    }
    ParseIndex.Entry kept = index == null ? null : index.unchanged(f.path(), f.stamp());
    if (kept != null) {
      crashed.remove(f.path());
      return held(f, kept.sha256(), kept, before, kept);
    }
    GuideFiles.Text t = GuideFiles.text(f);
    if (t.error() != null) {
      crashed.remove(f.path());
      List<Finding> unread = List.of(Finding.error(t.path(), 1, t.error()));
      return new Held(f.path(), null, f.link(), null, () -> unread, false,
          before != null ? before.served() : null, null);
    }
    String sha256 = ParseIndex.sha256(t.text());
    if (before != null && sha256.equals(before.sha256())) {
      // Touched, or written back as it was: the same text reads the same.
      return new Held(f.path(), f.stamp(), f.link(), sha256, before.findings(), before.readWell(), before.served(),
          before.kept() == null ? null : before.kept().withStamp(f.stamp()));
    }
    kept = index == null ? null : index.find(f.path(), sha256);
    if (kept != null) {
      crashed.remove(f.path());
      return held(f, sha256, kept, before, kept.withStamp(f.stamp()));
    }
    GuideReading reading;
    try {
      reading = reader.read(t.path(), t.text());
      parsed = true;
      crashed.remove(f.path());
      kept = index == null ? null : index.entry(f.path(), sha256, f.stamp(), reading);
    } catch (RuntimeException | Error e) {
      // A reader bug on one odd file (or a stack overflow on thousands of nested lists) must not take the whole
      // library or the watcher down: report it, keep the guide's last good version, and say so on /healthz.
      LOG.warn("reading {} failed", t.path(), e);
      crashed.put(f.path(), e.getClass().getSimpleName());
      reading = new GuideReading(t.path(), null, List.of(Finding.error(t.path(), 1,
          "the guide could not be read (" + e.getClass().getSimpleName() + "); please report this file")));
    }
    GuideCard card = reading.guide() == null ? null : GuideCard.of(reading.guide());
    return held(f, sha256, reading::findings, card, before, kept);
  }

  /** The file as its kept reading in the parse index says, the whole guide worked out only when a lookup asks. */
  private Held held(GuideFiles.Found f, String sha256, ParseIndex.Entry from, Held before, ParseIndex.Entry kept) {
    return held(f, sha256, () -> keptFindings(f, from), from.card(() -> readAgain(f)), before, kept);
  }

  /** The kept reading's findings, or the file's read again when they cannot be rebuilt (as for its guide). */
  private List<Finding> keptFindings(GuideFiles.Found f, ParseIndex.Entry from) {
    try {
      return from.findings();
    } catch (RuntimeException e) {
      LOG.warn("the kept findings of {} cannot be rebuilt ({}); the file is read again", f.path(),
          e.getClass().getSimpleName());
      GuideFiles.Text t = GuideFiles.text(f);
      return t.text() == null ? List.of(Finding.error(t.path(), 1, t.error()))
          : reader.read(t.path(), t.text()).findings();
    }
  }

  private static Held held(GuideFiles.Found f, String sha256, Supplier<List<Finding>> findings, GuideCard card,
      Held before, ParseIndex.Entry kept) {
    GuideCard served = card != null ? card : before != null ? before.served() : null;
    return new Held(f.path(), f.stamp(), f.link(), sha256, findings, card != null, served, kept);
  }

  /**
   * The guide of a file whose kept reading the parse index could not rebuild when a lookup asked for it (a model the
   * bytes no longer fit, which the reader version should rule out): read from the file instead; null if it gives none.
   */
  private Guide readAgain(GuideFiles.Found f) {
    GuideFiles.Text t = GuideFiles.text(f);
    return t.text() == null ? null : reader.read(t.path(), t.text()).guide();
  }

  /** Makes the files held the library's new version: its catalog, its findings, its health, its index. */
  private Snapshot publish(Snapshot before, TreeMap<String, Held> files) {
    crashed.keySet().removeIf(path -> !files.containsKey(path));
    List<GuideCard> served = new ArrayList<>();
    // What the library itself says of a file (a last good version served, a slug taken twice), by path.
    Map<String, List<Finding>> notes = new HashMap<>();
    record Slug(String company, String role) {}
    Map<Slug, String> slugs = new HashMap<>();
    for (Held h : files.values()) {
      GuideCard guide = h.served();
      if (guide == null) {
        continue;
      }
      if (!h.readWell()) {
        notes.computeIfAbsent(h.path(), p -> new ArrayList<>()).add(Finding.warning(h.path(), 1,
            "serving the last good version of this guide until its errors are fixed"));
      }
      String first = slugs.putIfAbsent(new Slug(guide.company().slug(), guide.role().slug()), h.path());
      if (first != null) {
        String slug = guide.company().slug() + "/" + guide.role().slug();
        notes.computeIfAbsent(h.path(), p -> new ArrayList<>()).add(Finding.error(h.path(), 1,
            "two guides with one slug: " + slug + " is also " + first + "; this one is left out"));
        continue;
      }
      served.add(guide);
    }
    // The findings of 10,000 guides are gathered and sorted when first asked for, not before the new catalog
    // serves: an edit's new figures do not wait for them.
    Snapshot next = new Snapshot(Collections.unmodifiableNavigableMap(files), before.catalog().with(served),
        Once.of(() -> findings(files, notes)));
    current.set(next);
    reportHealth();
    if (index != null) {
      // The index writes in the background, and only when what the library holds changed.
      index.save(files.values().stream().map(Held::kept).filter(Objects::nonNull).toList());
    }
    return next;
  }

  /** Every file's findings, and what the library says of it, by path then line. */
  private static List<Finding> findings(Map<String, Held> files, Map<String, List<Finding>> notes) {
    List<Finding> findings = new ArrayList<>();
    for (Held h : files.values()) {
      findings.addAll(h.findings().get());
      findings.addAll(notes.getOrDefault(h.path(), List.of()));
    }
    findings.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line));
    return List.copyOf(findings);
  }

  /**
   * Watches a directory source: after changes settle (debounced), reads again only the files the events name. The
   * loop runs on the watch executor.
   *
   * @throws IllegalStateException for the built-in seeds, which cannot change
   */
  public void watch() {
    if (!(source instanceof LibrarySource.Directory dir)) {
      throw new IllegalStateException("only a guide directory can be watched, not " + source.describe());
    }
    if (watchService != null) {
      return;
    }
    try {
      WatchService ws = FileSystems.getDefault().newWatchService();
      registerTree(ws, dir.root());
      watchService = ws;
      // Beside the loop, not before it: an edit that comes while the warm-up runs is not held up behind it. An edit
      // right after a start from the index took 720–740 ms of the process's CPU from the write to its answer when it
      // waited, 380–490 beside it (the warm-up's own CPU included), 330–350 with no warm-up; one that comes after the
      // warm-up, as edits do, about 200 (docs/benchmarks.md, "The first edit after a restart").
      CompletableFuture.runAsync(this::warmUp);
      watchExecutor.execute(() -> loop(ws, dir.root()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + dir.root(), e);
    }
  }

  /**
   * Parses a few held guides once, throwing the readings away, when the library came whole from the parse index: a
   * JVM's first parses load and compile the reader's code (measured: 0.5 s of CPU for the first, on 2 cores), which
   * the first edit would otherwise wait for.
   */
  private void warmUp() {
    if (parsed) {
      return;
    }
    List<Held> some = current.get().files().values().stream().filter(h -> h.served() != null)
        .limit(WARM_UP_READS).toList();
    for (Held h : some) {
      if (changeSeen) {
        return;
      }
      try {
        GuideFiles.Found f = source instanceof LibrarySource.Directory dir
            ? GuideFiles.at(GuideFiles.root(dir), h.path()) : null;
        GuideFiles.Text t = f == null ? null : GuideFiles.text(f);
        if (t != null && t.text() != null) {
          reader.read(t.path(), t.text());
        }
      } catch (RuntimeException | Error e) {
        LOG.debug("warming the reader up on {} failed", h.path(), e);
      }
    }
  }

  private void loop(WatchService ws, Path root) {
    while (!closed) {
      try {
        WatchKey key = ws.take();
        changeSeen = true;
        // The library paths the events name; null once the system lost events and only a full listing will do.
        Set<String> changed = new TreeSet<>();
        changed = handle(ws, root, key, changed);
        // Debounce: keep draining until the directory has been quiet for the debounce time.
        WatchKey more;
        while ((more = ws.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          changed = handle(ws, root, more, changed);
        }
        if (!closed) {
          reloadAfterChange(changed);
        }
      } catch (ClosedWatchServiceException e) {
        LOG.debug("guide watch closed");
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        // The watcher outlives any failure: the next change is still seen and reloaded.
        LOG.warn("the guide watch failed; it goes on watching", e);
        health.degraded(HEALTH_PART, "watching for changes failed (" + e.getClass().getSimpleName()
            + "); serving the guides as they were");
      }
    }
  }

  private void reloadAfterChange(Set<String> changed) {
    try {
      if (changed == null) {
        reload();
      } else if (!changed.isEmpty()) {
        reload(changed);
      }
    } catch (RuntimeException | Error e) {
      LOG.warn("reloading guides after a change failed; keeping the current version", e);
      health.degraded(HEALTH_PART, "reloading after a change failed (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "); serving the guides as they were");
    }
  }

  private void reportHealth() {
    if (crashed.isEmpty()) {
      health.recovered(HEALTH_PART);
      return;
    }
    String first = new TreeMap<>(crashed).firstKey();
    health.degraded(HEALTH_PART, "reading " + first + " failed (" + crashed.get(first) + ")"
        + (crashed.size() > 1 ? " and " + (crashed.size() - 1) + " more" : "")
        + "; its last good version is served, if it had one");
  }

  /**
   * Adds the library paths a key's events name to {@code changed}, and starts watching new folders; returns null
   * (a full listing) once the system has lost events.
   */
  private static Set<String> handle(WatchService ws, Path root, WatchKey key, Set<String> changed) {
    Path dir = (Path) key.watchable();
    Set<String> out = changed;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path name)) {
        out = null;
        continue;
      }
      Path at = dir.resolve(name);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(at)) {
        try {
          registerTree(ws, at);
        } catch (IOException e) {
          LOG.warn("cannot watch new folder {}", at, e);
        }
      }
      if (out != null) {
        out.add(root.relativize(at).toString().replace(at.getFileSystem().getSeparator(), "/"));
      }
    }
    key.reset();
    return out;
  }

  private static void registerTree(WatchService ws, Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Stops watching; the last catalog stays readable. */
  @Override
  public void close() {
    closed = true;
    WatchService ws = watchService;
    if (ws != null) {
      try {
        ws.close();
      } catch (IOException e) {
        LOG.debug("closing the guide watch failed", e);
      }
    }
    if (ownsExecutor) {
      watchExecutor.shutdownNow();
    }
    if (index != null) {
      index.close();
    }
  }
}
