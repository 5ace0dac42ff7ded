package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.StoredConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every conversation store promises; each implementation's test extends this. */
abstract class ConversationStoreContract {

  static final ConversationKey THREAD = new ConversationKey("T1", "C1", "1700000000.000100");
  static final String OFFER_STATE = "{\"stage\":\"OFFER_ENTERED\",\"base\":180000,\"currency\":\"USD\"}";

  protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
  protected ConversationStore store;

  /** A fresh, empty store on {@link #clock} with a 30-day time to live. */
  abstract ConversationStore newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void load_threadNeverSaved_isEmpty() {
    assertTrue(store.load(THREAD).isEmpty());
  }

  @Test
  void save_newThread_isLoadedWithVersionOneStarterAndTime() {
    assertTrue(store.save(THREAD, "U1", OFFER_STATE, ConversationStore.NEW));

    StoredConversation loaded = store.load(THREAD).orElseThrow();
    assertEquals(OFFER_STATE, loaded.stateJson());
    assertEquals(1, loaded.version());
    assertEquals("U1", loaded.startedBy());
    assertEquals(clock.instant(), loaded.savedAt());
  }

  @Test
  void saveSoon_newThread_isLoadedAsItsFirstVersion() {
    assertTrue(store.saveSoon(THREAD, "U1", OFFER_STATE));

    StoredConversation stored = store.load(THREAD).orElseThrow();
    assertEquals(OFFER_STATE, stored.stateJson());
    assertEquals(1, stored.version());
    assertEquals("U1", stored.startedBy());
  }

  @Test
  void saveSoon_threadAlreadySavedByAReply_keepsTheReplysState() {
    store.save(THREAD, "U2", "{\"turn\":2}", ConversationStore.NEW);

    assertFalse(store.saveSoon(THREAD, "U1", OFFER_STATE));
    assertEquals("{\"turn\":2}", store.load(THREAD).orElseThrow().stateJson());
  }

  @Test
  void save_nextTurnOnCurrentVersion_replacesStateAndBumpsVersion() {
    store.save(THREAD, "U1", "{\"turn\":1}", ConversationStore.NEW);

    assertTrue(store.save(THREAD, "U1", "{\"turn\":2}", 1));

    assertEquals("{\"turn\":2}", state(THREAD));
    assertEquals(2L, store.load(THREAD).orElseThrow().version());
  }

  @Test
  void save_turnByAnotherUser_keepsTheStarter() {
    store.save(THREAD, "U1", "{\"turn\":1}", ConversationStore.NEW);
    store.save(THREAD, "U2", "{\"turn\":2}", 1);

    assertEquals("U1", store.load(THREAD).orElseThrow().startedBy());
  }

  @Test
  void save_textWithQuotesNewlinesAndUnicode_isKeptByteForByte() {
    String state = "{\"note\":\"line\\nbreak \\\"quoted\\\" £180,000 <!channel> & 東京\"}";

    store.save(THREAD, "U1", state, ConversationStore.NEW);

    assertEquals(state, state(THREAD));
  }

  @Test
  void save_concurrentTurnsThatReloadOnConflict_keepsEveryTurn() throws Exception {
    int writers = 8;
    int turnsEach = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String writer = "w" + w;
        done.add(pool.submit(() -> {
          for (int t = 0; t < turnsEach; t++) {
            appendTurn(writer + "-" + t);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    StoredConversation last = store.load(THREAD).orElseThrow();
    List<String> turns = Arrays.asList(last.stateJson().split(","));
    assertEquals(writers * turnsEach, turns.size());
    assertEquals(writers * turnsEach, new java.util.HashSet<>(turns).size());
    assertEquals(writers * turnsEach, last.version());
  }

  @Test
  void forget_userThreadsInChannel_deletesOnlyThoseAndCountsThem() {
    ConversationKey second = new ConversationKey("T1", "C1", "1700000000.000200");
    ConversationKey otherUsers = new ConversationKey("T1", "C1", "1700000000.000300");
    ConversationKey otherChannel = new ConversationKey("T1", "C2", "1700000000.000400");
    ConversationKey longerChannelId = new ConversationKey("T1", "C10", "1700000000.000500");
    store.save(THREAD, "U1", "{}", ConversationStore.NEW);
    store.save(second, "U1", "{}", ConversationStore.NEW);
    store.save(otherUsers, "U2", "{}", ConversationStore.NEW);
    store.save(otherChannel, "U1", "{}", ConversationStore.NEW);
    store.save(longerChannelId, "U1", "{}", ConversationStore.NEW);

    assertEquals(2, store.forget("T1", "C1", "U1"));

    assertTrue(store.load(THREAD).isEmpty());
    assertTrue(store.load(second).isEmpty());
    assertTrue(store.load(otherUsers).isPresent());
    assertTrue(store.load(otherChannel).isPresent());
    assertTrue(store.load(longerChannelId).isPresent());
  }

  @Test
  void startedStates_userThreadsInChannel_listsOnlyThoseStates() {
    ConversationKey second = new ConversationKey("T1", "C1", "1700000000.000200");
    ConversationKey otherUsers = new ConversationKey("T1", "C1", "1700000000.000300");
    ConversationKey longerChannelId = new ConversationKey("T1", "C10", "1700000000.000500");
    store.save(THREAD, "U1", "{\"a\":1}", ConversationStore.NEW);
    store.save(second, "U1", "{\"b\":2}", ConversationStore.NEW);
    store.save(otherUsers, "U2", "{\"c\":3}", ConversationStore.NEW);
    store.save(longerChannelId, "U1", "{\"d\":4}", ConversationStore.NEW);

    assertEquals(java.util.Set.of("{\"a\":1}", "{\"b\":2}"),
        new java.util.HashSet<>(store.startedStates("T1", "C1", "U1")));
    assertEquals(List.of(), store.startedStates("T1", "C1", "U9"));
  }

  @Test
  void save_afterForget_startsTheThreadAfresh() {
    store.save(THREAD, "U1", "{\"turn\":1}", ConversationStore.NEW);
    store.forget("T1", "C1", "U1");

    assertTrue(store.save(THREAD, "U1", "{\"turn\":1}", ConversationStore.NEW));
    assertEquals(1L, store.load(THREAD).orElseThrow().version());
  }

  @Test
  void describe_always_saysWhereConversationsAreKept() {
    assertFalse(store.describe().isBlank());
  }

  /** Writes that must change nothing. */
  @Nested
  class Conflicts {

    @Test
    void save_staleVersion_returnsFalseAndKeepsTheWinner() {
      store.save(THREAD, "U1", "{\"turn\":1}", ConversationStore.NEW);
      store.save(THREAD, "U1", "{\"winner\":true}", 1);

      assertFalse(store.save(THREAD, "U1", "{\"loser\":true}", 1));

      assertEquals("{\"winner\":true}", state(THREAD));
    }

    @Test
    void save_newWhenTheThreadExists_returnsFalse() {
      store.save(THREAD, "U1", "{\"first\":true}", ConversationStore.NEW);

      assertFalse(store.save(THREAD, "U2", "{\"second\":true}", ConversationStore.NEW));

      assertEquals("{\"first\":true}", state(THREAD));
    }

    @Test
    void save_versionForAThreadNeverSaved_returnsFalse() {
      assertFalse(store.save(THREAD, "U1", "{}", 3));

      assertTrue(store.load(THREAD).isEmpty());
    }

    @Test
    void forget_userWithNoThreads_deletesNothing() {
      store.save(THREAD, "U1", "{}", ConversationStore.NEW);

      assertEquals(0, store.forget("T1", "C1", "U9"));

      assertTrue(store.load(THREAD).isPresent());
    }
  }

  @Test
  void takeTurn_concurrentTurnsOnOneThread_bothKeptAndEachAnsweredOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = pool.submit(() -> store.takeTurn(THREAD, "U1", current -> append(current, "a")));
      Future<String> second = pool.submit(() -> store.takeTurn(THREAD, "U2", current -> append(current, "b")));
      first.get(30, TimeUnit.SECONDS);
      second.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    StoredConversation last = store.load(THREAD).orElseThrow();
    assertEquals(2, last.version());
    assertTrue(last.stateJson().equals("a,b") || last.stateJson().equals("b,a"), last.stateJson());
  }

  @Test
  void takeTurn_newThread_savesStateAndReturnsTheAnswer() {
    String answer = store.takeTurn(THREAD, "U1", current -> new ConversationStore.Turned<>(OFFER_STATE,
        current.isPresent() ? "seen before" : "welcome"));

    assertEquals("welcome", answer);
    assertEquals(OFFER_STATE, state(THREAD));
    assertEquals("U1", store.load(THREAD).orElseThrow().startedBy());
  }

  @Test
  void tryTurnSoon_newThread_completesWithTheAnswerOnceSaved() throws Exception {
    Optional<String> answer = store.tryTurnSoon(THREAD, "U1", current -> new ConversationStore.Turned<>(OFFER_STATE,
        current.isPresent() ? "seen before" : "welcome")).get(30, TimeUnit.SECONDS);

    assertEquals(Optional.of("welcome"), answer);
    assertEquals(OFFER_STATE, state(THREAD));
    assertEquals("U1", store.load(THREAD).orElseThrow().startedBy());
  }

  @Test
  void tryTurnSoon_threadSavedByAnotherWhileTheTurnRan_completesEmptyAndKeepsTheOther() throws Exception {
    Optional<String> answer = store.tryTurnSoon(THREAD, "U1", current -> {
      store.save(THREAD, "U2", "{\"other\":true}", ConversationStore.NEW);
      return new ConversationStore.Turned<>(OFFER_STATE, "lost");
    }).get(30, TimeUnit.SECONDS);

    assertEquals(Optional.empty(), answer);
    assertEquals("{\"other\":true}", state(THREAD));
    assertEquals(1, store.load(THREAD).orElseThrow().version());
  }

  private static ConversationStore.Turned<String> append(Optional<StoredConversation> current, String label) {
    String next = current.map(c -> c.stateJson() + "," + label).orElse(label);
    return new ConversationStore.Turned<>(next, "noted " + label);
  }

  /** One turn: load, append a label to the comma-separated state, save; on conflict reload and try again. */
  private void appendTurn(String label) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      Optional<StoredConversation> current = store.load(THREAD);
      long version = current.map(StoredConversation::version).orElse(ConversationStore.NEW);
      String next = current.map(c -> c.stateJson() + "," + label).orElse(label);
      if (store.save(THREAD, "U1", next, version)) {
        return;
      }
    }
    throw new AssertionError("turn " + label + " never saved");
  }

  /** The thread's saved state text; fails when nothing is saved. */
  String state(ConversationKey key) {
    return store.load(key).orElseThrow().stateJson();
  }

  static Duration ttl() {
    return Duration.ofDays(30);
  }
}
