package com.compcoach.library;

import com.compcoach.guide.Finding;
import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideIndex;
import com.compcoach.guide.GuideReader;
import com.compcoach.guide.GuideReading;
import com.compcoach.guide.Severity;
import com.compcoach.health.Health;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
 * The guide library: every guide of a source read into one catalog, held in Caffeine, reloaded on demand or when
 * the directory changes. A reload swaps the catalog atomically; a guide whose new text fails keeps its last good
 * version (with a finding saying so); a guide that never read well is left out while the others serve.
 */
public final class GuideLibrary implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GuideLibrary.class);
  /** Quiet time after the last file event before a watched directory reloads; editors write in bursts. */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(250);
  /** The part of {@link Health} the library reports as. */
  public static final String HEALTH_PART = "guides";
  /**
   * Threads that read guides during a reload. More than the cores on purpose: the first load runs while the JIT
   * compilers are still busy with the reader's code, and on a small machine the C2 compiler would otherwise take a
   * core of its own. Measured on 2 cores, 10,000 guides in a fresh JVM: with 2 readers C2 used about 60% of the
   * CPU and the load took 9–10 s; with 8 it gets about a quarter and the load takes about 7 s. The price: with 8,
   * the JIT needs longer to finish, so a full re-read of all 10,000 in a warm JVM takes 3.4 s instead of 1.7 s
   * (a reload re-reads only changed files, so that case is rare).
   */
  static final int READERS = Math.max(8, Runtime.getRuntime().availableProcessors());

  /**
   * A cached read of one file: the text's fingerprint, what reading gave, the guide served for it, and the entry
   * the parse index keeps for it (null when there is no index or the reading is not worth keeping).
   */
  private record Cached(int hash, int length, GuideReading reading, Guide served, ParseIndex.Entry kept) {}

  /** What the library serves right now. */
  private record Snapshot(GuideIndex catalog, List<Finding> findings) {}

  private final LibrarySource source;
  private final GuideReader reader;
  private final ExecutorService watchExecutor;
  private final boolean ownsExecutor;
  private final Duration debounce;
  /** Readings kept on disk between starts; null when the library keeps none (ask, chat, lint). */
  private final ParseIndex index;
  private final Cache<String, Cached> cache = Caffeine.newBuilder().executor(Runnable::run).build();
  private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(GuideIndex.of(List.of()),
      List.of()));
  private final List<Consumer<GuideCatalog>> listeners = new CopyOnWriteArrayList<>();
  private final Object reloading = new Object();
  /** Files whose reading threw (a reader bug, a stack overflow), with what it threw: the library is degraded. */
  private final Map<String, String> crashed = new ConcurrentHashMap<>();
  private volatile Health health = new Health();
  private volatile WatchService watchService;
  private volatile boolean closed;

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
    return current.get().findings();
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

  /** Reads the source again: unchanged files come from the cache, changed ones are read anew. */
  public GuideCatalog reload() {
    Snapshot next;
    synchronized (reloading) {
      List<GuideFiles.Text> texts;
      List<Cached> entries;
      ForkJoinPool readers = new ForkJoinPool(READERS);
      try {
        // Parallel streams started inside the pool run on its threads: listing and reading files, then guides.
        texts = on(readers, () -> GuideFiles.read(source));
        entries = on(readers, () -> texts.parallelStream().map(this::read).toList());
      } finally {
        readers.shutdown();
      }
      Set<String> seen = new HashSet<>();
      for (GuideFiles.Text t : texts) {
        seen.add(t.path());
      }
      for (int i = 0; i < texts.size(); i++) {
        cache.put(texts.get(i).path(), entries.get(i));
      }
      cache.asMap().keySet().removeIf(path -> !seen.contains(path));
      crashed.keySet().removeIf(path -> !seen.contains(path));
      next = snapshot(texts, entries);
      current.set(next);
      reportHealth();
      keep(entries);
    }
    long errors = next.findings().stream().filter(Finding::isError).count();
    long warnings = next.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    LOG.debug("guide library {}: {} guides served, {} errors, {} warnings, {} info", source.describe(),
        next.catalog().guides().size(), errors, warnings, next.findings().size() - errors - warnings);
    for (Consumer<GuideCatalog> listener : listeners) {
      try {
        listener.accept(next.catalog());
      } catch (RuntimeException e) {
        LOG.warn("a reload listener failed", e);
      }
    }
    return next.catalog();
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

  private Cached read(GuideFiles.Text t) {
    Cached before = cache.getIfPresent(t.path());
    if (t.error() != null) {
      GuideReading failed = new GuideReading(t.path(), null, List.of(Finding.error(t.path(), 1, t.error())));
      return new Cached(0, -1, failed, before != null ? before.served() : null, null);
    }
    int hash = t.text().hashCode();
    if (before != null && before.hash() == hash && before.length() == t.text().length()) {
      return before;
    }
    String sha256 = index == null ? null : ParseIndex.sha256(t.text());
    ParseIndex.Entry kept = sha256 == null ? null : index.find(t.path(), sha256);
    if (kept != null) {
      crashed.remove(t.path());
      return cached(t, kept.reading(), before, kept);
    }
    GuideReading reading;
    try {
      reading = reader.read(t.path(), t.text());
      crashed.remove(t.path());
      kept = sha256 == null ? null : index.entry(t.path(), sha256, reading);
    } catch (RuntimeException | Error e) {
      // A reader bug on one odd file (or a stack overflow on thousands of nested lists) must not take the whole
      // library or the watcher down: report it, keep the guide's last good version, and say so on /healthz.
      LOG.warn("reading {} failed", t.path(), e);
      crashed.put(t.path(), e.getClass().getSimpleName());
      reading = new GuideReading(t.path(), null, List.of(Finding.error(t.path(), 1,
          "the guide could not be read (" + e.getClass().getSimpleName() + "); please report this file")));
    }
    return cached(t, reading, before, kept);
  }

  private static Cached cached(GuideFiles.Text t, GuideReading reading, Cached before, ParseIndex.Entry kept) {
    Guide served = reading.guide() != null ? reading.guide() : before != null ? before.served() : null;
    return new Cached(t.text().hashCode(), t.text().length(), reading, served, kept);
  }

  /** Hands what the library now holds to the parse index, which writes it in the background if it changed. */
  private void keep(List<Cached> entries) {
    if (index != null) {
      index.save(entries.stream().map(Cached::kept).filter(Objects::nonNull).toList());
    }
  }

  private static Snapshot snapshot(List<GuideFiles.Text> texts, List<Cached> entries) {
    List<Finding> findings = new ArrayList<>();
    List<Guide> served = new ArrayList<>();
    Map<String, String> slugs = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      Cached c = entries.get(i);
      String path = texts.get(i).path();
      findings.addAll(c.reading().findings());
      Guide guide = c.served();
      if (guide == null) {
        continue;
      }
      if (c.reading().guide() == null) {
        findings.add(Finding.warning(path, 1, "serving the last good version of this guide until its errors are fixed"));
      }
      String slug = guide.company().slug() + "/" + guide.role().slug();
      String first = slugs.putIfAbsent(slug, path);
      if (first != null) {
        findings.add(Finding.error(path, 1, "two guides with one slug: " + slug + " is also " + first
            + "; this one is left out"));
        continue;
      }
      served.add(guide);
    }
    findings.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line));
    return new Snapshot(GuideIndex.of(served), List.copyOf(findings));
  }

  /**
   * Watches a directory source and reloads after changes settle (debounced). The loop runs on the watch executor.
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
      watchExecutor.execute(() -> loop(ws));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + dir.root(), e);
    }
  }

  private void loop(WatchService ws) {
    while (!closed) {
      try {
        WatchKey key = ws.take();
        handle(ws, key);
        // Debounce: keep draining until the directory has been quiet for the debounce time.
        WatchKey more;
        while ((more = ws.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          handle(ws, more);
        }
        if (!closed) {
          reloadAfterChange();
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

  private void reloadAfterChange() {
    try {
      reload();
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

  private void handle(WatchService ws, WatchKey key) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created)) {
          try {
            registerTree(ws, created);
          } catch (IOException e) {
            LOG.warn("cannot watch new folder {}", created, e);
          }
        }
      }
    }
    key.reset();
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
