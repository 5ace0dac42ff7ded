package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.ConversationJson;
import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.Reply;
import com.compcoach.coach.StoredConversation;
import com.compcoach.coach.Turn;
import com.compcoach.store.Await;
import com.compcoach.store.InMemoryConversationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A new card's background save against {@code /comp forget}: the forget always wins. */
class ConversationsTest {

  private static final ConversationKey CARD = new ConversationKey("T0ACME", "C0OFFERS", "1800000000.000100");
  private static final Conversation STARTED = new Conversation("acme", "ml-ai-engineer", "charlotte", null, null,
      null, null, null, null, null, 0, null);

  private final ExecutorService savers = Executors.newSingleThreadExecutor();
  private final GatedStore store = new GatedStore(new InMemoryConversationStore(Clock.systemUTC()));
  private final Conversations conversations = new Conversations(store, new ConversationJson(), savers,
      (wait, retry) -> retry.run(), Runnable::run, new SlackMetrics());

  @AfterEach
  void stop() throws InterruptedException {
    store.gate.countDown();
    savers.shutdown();
    savers.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Test
  void forget_whileTheCardsSaveIsInFlight_leavesNothingStored() throws Exception {
    conversations.begin(CARD, "U0PAT", STARTED);
    // The background save has checked that the card is still wanted and is now writing (held at the gate).
    Await.value(Duration.ofSeconds(10), () -> store.saving.get());
    AtomicReference<String> answer = new AtomicReference<>();
    Thread forgetting = new Thread(() -> answer.set(conversations.forget("T0ACME", "C0OFFERS", "U0PAT")));
    forgetting.start();
    // Either the forget finished already (the save would land after it) or it waits for the save in flight.
    Await.value(Duration.ofSeconds(10), () -> !forgetting.isAlive()
        || forgetting.getState() == Thread.State.WAITING ? Boolean.TRUE : null);

    store.gate.countDown();
    forgetting.join(TimeUnit.SECONDS.toMillis(10));
    savers.shutdown();
    assertTrue(savers.awaitTermination(10, TimeUnit.SECONDS));

    assertEquals(Optional.empty(), store.load(CARD), "the forgotten card's conversation must not be stored");
    assertTrue(answer.get().contains("forgot the one conversation"), answer.get());
  }

  @Test
  void forget_beforeTheCardsSaveStarts_skipsTheSave() throws Exception {
    ExecutorService held = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    held.execute(() -> awaitQuietly(release));
    Conversations queued = new Conversations(store, new ConversationJson(), held,
        (wait, retry) -> retry.run(), Runnable::run, new SlackMetrics());
    store.gate.countDown();
    queued.begin(CARD, "U0PAT", STARTED);

    String answer = queued.forget("T0ACME", "C0OFFERS", "U0PAT");
    release.countDown();
    held.shutdown();
    assertTrue(held.awaitTermination(10, TimeUnit.SECONDS));

    assertEquals(Optional.empty(), store.load(CARD));
    assertTrue(answer.contains("no conversations of yours"), answer);
  }

  @Test
  void begin_withoutAForget_storesTheCardsConversation() throws Exception {
    store.gate.countDown();

    conversations.begin(CARD, "U0PAT", STARTED);

    StoredConversation stored = Await.value(Duration.ofSeconds(10), () -> store.load(CARD).orElse(null));
    assertEquals("U0PAT", stored.startedBy());
    assertEquals(STARTED, new ConversationJson().read(stored.stateJson()));
  }

  @Test
  void take_losingTheRaceThreeTimes_triesAgainAfterLongerPausesAndSaves() {
    RacedStore raced = new RacedStore(new InMemoryConversationStore(Clock.systemUTC()), 3);
    List<Duration> pauses = new ArrayList<>();
    Conversations racing = new Conversations(raced, new ConversationJson(), Runnable::run,
        (wait, retry) -> {
          pauses.add(wait);
          retry.run();
        }, Runnable::run, new SlackMetrics());

    Reply reply = racing.take(CARD, "U0PAT", c -> new Turn(STARTED, new Reply.Text("noted"))).join();

    assertEquals(new Reply.Text("noted"), reply);
    assertEquals(3, pauses.size());
    assertTrue(pauses.get(0).toMillis() <= 5 && pauses.get(2).toMillis() >= 10, "pauses grow: " + pauses);
    assertEquals(4, raced.load(CARD).orElseThrow().version(), "three rival saves, then ours");
  }

  @Test
  void take_alwaysLosingTheRace_saysSoInTheThreadInsteadOfDroppingIt() {
    RacedStore raced = new RacedStore(new InMemoryConversationStore(Clock.systemUTC()), Integer.MAX_VALUE);
    SlackMetrics metrics = new SlackMetrics();
    Conversations racing = new Conversations(raced, new ConversationJson(), Runnable::run,
        (wait, retry) -> retry.run(), Runnable::run, metrics);

    Reply reply = racing.take(CARD, "U0PAT", c -> new Turn(STARTED, new Reply.Text("noted"))).join();

    assertEquals(new Reply.Text(Conversations.NOT_SAVED), reply);
    assertTrue(metrics.scrape().contains("comp_coach_turns_not_saved_total 1.0"), metrics.scrape());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The in-memory store, where another instance saves the thread right after each of our first loads. */
  private static final class RacedStore extends GatedStore {
    private int rivals;

    RacedStore(ConversationStore inner, int rivals) {
      super(inner);
      this.rivals = rivals;
      gate.countDown();
    }

    @Override
    public Optional<StoredConversation> load(ConversationKey key) {
      Optional<StoredConversation> loaded = inner.load(key);
      if (rivals-- > 0) {
        inner.save(key, "U0RIVAL", "{}", loaded.map(StoredConversation::version).orElse(NEW));
      }
      return loaded;
    }
  }

  /** The in-memory store, with saves held at a gate so a test can act while one is in flight. */
  private static class GatedStore implements ConversationStore {
    final CountDownLatch gate = new CountDownLatch(1);
    final AtomicReference<Boolean> saving = new AtomicReference<>();
    final ConversationStore inner;

    GatedStore(ConversationStore inner) {
      this.inner = inner;
    }

    @Override
    public Optional<StoredConversation> load(ConversationKey key) {
      return inner.load(key);
    }

    @Override
    public boolean save(ConversationKey key, String startedBy, String stateJson, long expectedVersion) {
      saving.set(Boolean.TRUE);
      awaitQuietly(gate);
      return inner.save(key, startedBy, stateJson, expectedVersion);
    }

    @Override
    public int forget(String teamId, String channelId, String userId) {
      return inner.forget(teamId, channelId, userId);
    }

    @Override
    public String describe() {
      return "gated " + inner.describe();
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
