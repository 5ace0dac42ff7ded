package com.compcoach.store;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.EventLedger;
import com.compcoach.coach.StoredConversation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversations in an MVStore file under {@code STATE_DIR}: every accepted save is committed and fsynced before
 * {@link #save} returns, so a {@code kill -9} right after the reply is posted loses nothing; {@link #saveSoon}
 * is committed by the background writer within {@link #SOON}.
 */
public final class MvConversationStore implements ConversationStore {

  /** The file name inside {@code STATE_DIR}. */
  public static final String FILE_NAME = "conversations.mv.db";

  private static final Logger LOG = LoggerFactory.getLogger(MvConversationStore.class);
  // A separator no Slack id or ts contains, so "team|channel|" prefixes never run into a longer channel id.
  private static final char SEP = '\u001f';
  private static final int KEYS_PER_PAGE = 8;
  private static final int CACHE_MB = 4;
  /**
   * Expiry starts ten minutes after the start, then runs hourly; a day's idle threads are not worth more. Not sooner:
   * a pass slows durable saves while it runs, and right after a restart the CPU goes to the JIT's warm-up and the
   * traffic that waited (at 30 s the pass ran inside the peers' benchmark, 2-6 us of every request's CPU).
   */
  private static final Duration SWEEP_DELAY = Duration.ofMinutes(10);
  private static final Duration SWEEP_EVERY = Duration.ofHours(1);
  private static final int SWEEP_BATCH = 500;
  private static final Duration SWEEP_PAUSE = Duration.ofMillis(100);

  private final Path file;
  private final MVStore store;
  private final MVMap<String, String> conversations;
  private final StoredConversationCodec codec = new StoredConversationCodec();
  private final Clock clock;
  private final Duration ttl;
  private final GroupCommit commits;
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "state-expiry");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong written = new AtomicLong();
  private volatile boolean closing;

  private MvConversationStore(Path file, MVStore store, Clock clock, Duration ttl) {
    this.file = file;
    this.store = store;
    this.conversations = store.openMap("conversations");
    this.clock = clock;
    this.ttl = ttl;
    this.commits = new GroupCommit(store, this::lastWrite);
  }

  private long lastWrite() {
    return written.get();
  }

  /**
   * Opens (or creates) {@code stateDir/conversations.mv.db}; conversations idle for longer than {@code ttl} are
   * never loaded, and are dropped from the file in the background.
   *
   * @throws IllegalStateException naming the file when it cannot be opened (e.g. another instance holds it)
   */
  public static MvConversationStore open(Path stateDir, Clock clock, Duration ttl) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ttl, "ttl");
    Path file = stateDir.resolve(FILE_NAME).toAbsolutePath();
    try {
      Files.createDirectories(stateDir);
    } catch (IOException e) {
      throw new IllegalStateException("STATE_DIR " + stateDir + " cannot be created: " + e.getMessage(), e);
    }
    MVStore store;
    try {
      // Each save commits and fsyncs itself before returning (the durability point we promise). MVStore's own
      // background writer commits what saveSoon left in the map within SOON, and frees old chunks as they empty
      // out.
      // Small pages: every commit rewrites the leaf the newest threads land in (keys grow with Slack's ts), and at
      // MVStore's default of 48 keys a page that leaf is ~16 KB, which profiling showed as a fifth of the app's CPU
      // under load; 8 keys cut the bytes written per commit about four times. A small page cache suits a store
      // read only when a thread gets a reply, and keeps the heap small.
      // No background compaction: on a file of a million conversations MVStore's writer kept rewriting chunks
      // under the store's lock, five times a second, and turns took seconds (profiled). It is not needed to keep
      // the file bounded: expiry rewrites every page a conversation lived in within the time to live, so old
      // chunks empty out and MVStore frees and reuses them.
      store = new MVStore.Builder().fileName(file.toString()).keysPerPage(KEYS_PER_PAGE).cacheSize(CACHE_MB)
          .autoCompactFillRate(0).open();
      store.setAutoCommitDelay((int) SOON.toMillis());
    } catch (MVStoreException e) {
      throw new IllegalStateException("cannot open " + file + " (is another instance using this STATE_DIR?): "
          + e.getMessage(), e);
    }
    MvConversationStore opened = new MvConversationStore(file, store, clock, ttl);
    // Expiry runs beside the app, never before it answers: start time does not grow with what is stored (loads
    // skip expired threads meanwhile).
    opened.sweeper.scheduleWithFixedDelay(opened::sweep, SWEEP_DELAY.toMillis(), SWEEP_EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
    return opened;
  }

  /**
   * The ledger of Slack event ids, in this file, so that a retry after a restart is still answered once.
   *
   * @param window how long an id is remembered at least (Slack retries within minutes)
   */
  @SuppressWarnings("unchecked")
  public EventLedger eventLedger(Duration window) {
    MVMap<String, Boolean>[] claimed = new MVMap[] {store.openMap("events.0"), store.openMap("events.1")};
    return new MvEventLedger(store.openMap("events.generations"), claimed, clock, window);
  }

  /** One pass of expiry: logs how many conversations it dropped, and never lets a failure end later passes. */
  private void sweep() {
    try {
      int expired = dropExpired();
      if (expired > 0) {
        LOG.info("dropped {} conversations idle for longer than {}", expired, StoreSettings.readable(ttl));
      }
    } catch (RuntimeException e) {
      // MVStore's messages name the file, a chunk or a page, never what is stored.
      LOG.warn("expiry pass failed: {}: {}", e.getClass().getSimpleName(),
          e instanceof MVStoreException ? e.getMessage() : "");
    }
  }

  @Override
  public Optional<StoredConversation> load(ConversationKey key) {
    String mapKey = mapKey(key);
    return Optional.ofNullable(live(mapKey, conversations.get(mapKey)));
  }

  /** The turn is written at once; the future completes when it is durable, holding no thread meanwhile. */
  @Override
  public <A> CompletableFuture<Optional<A>> tryTurnSoon(ConversationKey key, String startedBy,
      Function<Optional<StoredConversation>, Turned<A>> turn) {
    // Read and decoded once: the write below is a compare and set against this very text.
    String mapKey = mapKey(key);
    String currentText = conversations.get(mapKey);
    StoredConversation current = live(mapKey, currentText);
    Turned<A> next = Objects.requireNonNull(turn.apply(Optional.ofNullable(current)), "turn result");
    long mine = put(mapKey, currentText, current, startedBy, next.stateJson());
    if (mine < 0) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return commits.durable(mine).thenApply(durable -> Optional.of(next.answer()));
  }

  @Override
  public boolean save(ConversationKey key, String startedBy, String stateJson, long expectedVersion) {
    long mine = write(key, startedBy, stateJson, expectedVersion);
    if (mine < 0) {
      return false;
    }
    // Outside the write lock, so other turns go on writing while this one waits for the disk.
    awaitDurable(mine);
    return true;
  }

  /** Written to the map at once; MVStore's background writer commits it within {@link #SOON} (no fsync wait). */
  @Override
  public boolean saveSoon(ConversationKey key, String startedBy, String stateJson) {
    return write(key, startedBy, stateJson, NEW) >= 0;
  }

  /**
   * Puts the next state if the version matches; returns the write's number, or -1 on a version conflict. A compare
   * and set on the stored text, so turns of different threads never wait for one another here.
   */
  private long write(ConversationKey key, String startedBy, String stateJson, long expectedVersion) {
    String mapKey = mapKey(key);
    String currentText = conversations.get(mapKey);
    StoredConversation current = live(mapKey, currentText);
    long currentVersion = current == null ? NEW : current.version();
    if (currentVersion != expectedVersion) {
      return -1;
    }
    return put(mapKey, currentText, current, startedBy, stateJson);
  }

  /**
   * Replaces {@code currentText} (null: nothing stored) with the next version of {@code current} (null: none live)
   * if it is still what is stored; returns the write's number, or -1 when another write came first.
   */
  private long put(String mapKey, String currentText, StoredConversation current, String startedBy,
      String stateJson) {
    Objects.requireNonNull(startedBy, "startedBy");
    Objects.requireNonNull(stateJson, "stateJson");
    long version = current == null ? NEW : current.version();
    String starter = current == null ? startedBy : current.startedBy();
    String next = codec.encode(new StoredConversation(starter, stateJson, version + 1, clock.instant()));
    boolean put = currentText == null ? conversations.putIfAbsent(mapKey, next) == null
        : conversations.replace(mapKey, currentText, next);
    // Numbered after the put: a commit that covers this number finds the put in the map.
    return put ? written.incrementAndGet() : -1;
  }

  /** The conversation stored as {@code text}, or null when there is none or it expired (it then starts afresh). */
  private StoredConversation live(String mapKey, String text) {
    if (text == null) {
      return null;
    }
    StoredConversation stored = decode(mapKey, text);
    return expired(stored) ? null : stored;
  }

  @Override
  public int forget(String teamId, String channelId, String userId) {
    String prefix = teamId + SEP + channelId + SEP;
    int forgotten = 0;
    MVStore.TxCounter reading = store.registerVersionUsage(); // see dropExpired
    try {
      Iterator<String> keys = conversations.keyIterator(prefix);
      while (keys.hasNext()) {
        String mapKey = keys.next();
        if (!mapKey.startsWith(prefix)) {
          break;
        }
        if (removeIf(mapKey, stored -> stored.startedBy().equals(userId))) {
          forgotten++;
        }
      }
    } finally {
      store.deregisterVersionUsage(reading);
    }
    awaitDurable(written.incrementAndGet());
    return forgotten;
  }

  @Override
  public java.util.List<String> startedStates(String teamId, String channelId, String userId) {
    String prefix = teamId + SEP + channelId + SEP;
    java.util.List<String> states = new java.util.ArrayList<>();
    Iterator<String> keys = conversations.keyIterator(prefix);
    while (keys.hasNext()) {
      String mapKey = keys.next();
      if (!mapKey.startsWith(prefix)) {
        break;
      }
      String text = conversations.get(mapKey);
      if (text != null) {
        StoredConversation stored = decode(mapKey, text);
        if (stored.startedBy().equals(userId) && !expired(stored)) {
          states.add(stored.stateJson());
        }
      }
    }
    return states;
  }

  /** Removes the thread if {@code doomed} says so of what is stored, however often a turn renews it meanwhile. */
  private boolean removeIf(String mapKey, Predicate<StoredConversation> doomed) {
    while (true) {
      String text = conversations.get(mapKey);
      if (text == null || !doomed.test(decode(mapKey, text))) {
        return false;
      }
      if (conversations.remove(mapKey, text)) {
        return true;
      }
    }
  }

  @Override
  public String describe() {
    return "embedded MVStore at " + file + " (conversations kept " + StoreSettings.readable(ttl)
        + " after their last turn)";
  }

  @Override
  public void close() {
    // Not interrupted: an interrupt during a read closes MVStore's FileChannel under every other thread. A pass in
    // progress sees the flag at its next thread and stops, so the file is not closed under it.
    closing = true;
    sweeper.shutdown();
    try {
      sweeper.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    commits.close();
    if (!store.isClosed()) {
      store.close();
    }
  }

  /**
   * Drops every conversation idle for longer than the time to live. MVMap iterates a snapshot, and each removal is
   * a compare and set re-checked against the stored text, so turns go on while a big file is swept.
   *
   * @return how many were dropped
   */
  int dropExpired() {
    int dropped = 0;
    // The pass reads one version of the map for as long as it takes; registered, so that MVStore keeps that
    // version's pages meanwhile (it would otherwise free the chunks they are in as later commits replace them).
    MVStore.TxCounter reading = store.registerVersionUsage();
    try {
      Cursor<String, String> entries = conversations.cursor(null);
      // Stops when the store closes: the rest waits for the next start's pass.
      while (entries.hasNext() && !closing) {
        String mapKey = entries.next();
        // Checked again on removal: a turn may have renewed it since the snapshot was read.
        if (expired(codec.savedAt(entries.getValue(), file + " key " + printable(mapKey)))
            && removeIf(mapKey, this::expired)) {
          dropped++;
          if (dropped % SWEEP_BATCH == 0) {
            // Paced: every removal is written by the next commit, and a commit carrying a million of them made
            // turns wait seconds for the disk (measured). A pause lets the commits stay small.
            LockSupport.parkNanos(SWEEP_PAUSE.toNanos());
          }
        }
      }
    } finally {
      store.deregisterVersionUsage(reading);
    }
    // Not waited for: a crash before the background commit only means expiring them again.
    return dropped;
  }

  /** Whether everything written so far is committed to the file (what the background writer owes is done). */
  boolean committed() {
    if (store.hasUnsavedChanges()) {
      return false;
    }
    // A commit hands the chunk to MVStore's own serialisation and buffer-save threads; no unsaved changes does not
    // mean the bytes are in the file yet (the crash test lost cards so). This waits for those threads' queue.
    store.executeFilestoreOperation(() -> { });
    return true;
  }

  /** The stored text under {@code mapKey} read back; a damaged one fails naming the file and the key. */
  private StoredConversation decode(String mapKey, String text) {
    return codec.decode(text, file + " key " + printable(mapKey));
  }

  /** Returns once write number {@code mine} is committed and fsynced (see {@link GroupCommit}). */
  private void awaitDurable(long mine) {
    try {
      commits.durable(mine).join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private boolean expired(StoredConversation stored) {
    return expired(stored.savedAt());
  }

  private boolean expired(Instant savedAt) {
    return savedAt.plus(ttl).isBefore(Instant.now(clock));
  }

  private static String mapKey(ConversationKey key) {
    return key.teamId() + SEP + key.channelId() + SEP + key.threadTs();
  }

  private static String printable(String mapKey) {
    return mapKey.replace(SEP, '/');
  }
}
