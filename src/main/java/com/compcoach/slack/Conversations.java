package com.compcoach.slack;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.ConversationJson;
import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.Reply;
import com.compcoach.coach.StoreUnavailableException;
import com.compcoach.coach.StoredConversation;
import com.compcoach.coach.Turn;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads' memory as the listeners use it: one turn is load, ask the coach, save, and only then answer. When
 * the store is down the thread is told so and nothing else changes.
 *
 * <p>A new card's conversation is saved after the card is posted (its key is the posted message's ts), with
 * {@link ConversationStore#saveSoon}: the card shows what it holds, so it does not wait for the disk, which would
 * cost every card a sync. Until that save lands, the card is remembered here and a first reply in its thread starts
 * from it (and saves it with its own, durable, turn).
 *
 * <p>A {@code /comp forget} wins over a background save still in flight: saves hold a shared lock from "is it still
 * wanted" to "stored", and forget holds it exclusively while it drops the pending cards and deletes the stored ones.
 * So a save either lands before the forget (which then deletes it) or finds its card forgotten and skips.
 */
final class Conversations {

  private static final Logger LOG = LoggerFactory.getLogger(Conversations.class);

  /** What a thread is told when its turn lost the race to save too often (other instances kept writing it). */
  static final String NOT_SAVED = "I couldn't save that message's turn: this thread kept changing under me, so I "
      + "haven't acted on it. Please send it again.";

  /** Attempts of a turn that keeps losing its race to another instance, each after a longer pause. */
  static final int ATTEMPTS = 8;
  private static final Duration FIRST_PAUSE = Duration.ofMillis(5);
  private static final Duration LONGEST_PAUSE = Duration.ofMillis(500);

  static final String UNAVAILABLE = "My memory of this thread is unavailable for now, so I can't go on with it. "
      + "Lookups with /comp still work; try the thread again in a few minutes.";

  private final ConversationStore store;
  private final ConversationJson json;
  private final Executor saver;
  private final WebApi.Later later;
  private final Executor resume;
  private final SlackMetrics metrics;
  /** Cards whose first save has not landed yet. */
  private final Map<ConversationKey, Pending> unsaved = new ConcurrentHashMap<>();
  /**
   * A card's starting state as JSON, by the identity of its conversation: a card reused from {@link RecentAnswers}
   * carries the same conversation each time, so it is written once, not once per card. Conversations are immutable,
   * and weak keys let an entry go with its card.
   */
  private final Cache<Conversation, String> written = Caffeine.newBuilder()
      .weakKeys()
      .maximumSize(256)
      .executor(Runnable::run)
      .build();
  /** Shared by background saves, exclusive for forget; forgets are rare, so one lock for all threads is enough. */
  private final ReadWriteLock forgetting = new ReentrantReadWriteLock();

  /** A card's conversation waiting for its first save, and who asked for the card. */
  private record Pending(String userId, Conversation conversation) {}

  /**
   * @param saver runs the saves of new cards (the app runs them on the thread that posted the card)
   * @param later runs a turn's next attempt after a pause, on a worker, holding none meanwhile
   * @param resume runs what follows a durable save (posting the reply) on a worker
   */
  Conversations(ConversationStore store, ConversationJson json, Executor saver, WebApi.Later later,
      Executor resume, SlackMetrics metrics) {
    this.store = store;
    this.json = json;
    this.saver = saver;
    this.later = later;
    this.resume = resume;
    this.metrics = metrics;
  }

  /** Whether a conversation is stored for this thread (so a channel thread is one of ours). */
  Optional<Boolean> known(ConversationKey key) {
    if (unsaved.containsKey(key)) {
      return Optional.of(true);
    }
    try {
      return Optional.of(store.load(key).isPresent());
    } catch (StoreUnavailableException e) {
      LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /**
   * Runs one turn on the thread's stored conversation (empty for a new thread) and returns the reply to post, once
   * the turn is durable. A turn that loses its race (another instance saved the thread first) runs again on the
   * newer state after a pause that doubles each time, without holding a worker; after {@link #ATTEMPTS} the reply
   * says the turn could not be saved, so no message goes unanswered.
   */
  CompletableFuture<Reply> take(ConversationKey key, String userId, Function<Conversation, Turn> step) {
    CompletableFuture<Reply> reply = new CompletableFuture<>();
    attempt(key, userId, step, 1, reply);
    return reply;
  }

  private void attempt(ConversationKey key, String userId, Function<Conversation, Turn> step, int attempt,
      CompletableFuture<Reply> reply) {
    CompletableFuture<Optional<Reply>> saved;
    try {
      saved = store.tryTurnSoon(key, userId, turned(key, step));
    } catch (RuntimeException e) {
      saved = CompletableFuture.failedFuture(e);
    }
    // The embedded store completes this on its commit thread: what follows (posting the reply) goes to a worker.
    saved.whenCompleteAsync((answer, failure) -> {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      if (cause instanceof StoreUnavailableException) {
        LOG.warn("conversation store unavailable: {}", cause.getClass().getSimpleName());
        reply.complete(new Reply.Text(UNAVAILABLE));
      } else if (cause != null) {
        // Anything else (a damaged record, a broken file) still gets the thread an answer, never silence.
        LOG.warn("a turn failed: {}", cause.getClass().getSimpleName());
        reply.complete(new Reply.Text(UNAVAILABLE));
      } else if (answer.isPresent()) {
        reply.complete(answer.get());
      } else if (attempt < ATTEMPTS) {
        later.after(pause(attempt), () -> attempt(key, userId, step, attempt + 1, reply));
      } else {
        reply.complete(notSaved());
      }
    }, resume);
  }

  /** Runs one turn at once, for listeners that answer from where they are (buttons, the offer form). */
  Reply turn(ConversationKey key, String userId, Function<Conversation, Turn> step) {
    try {
      for (int attempt = 1; attempt <= ConversationStore.TURN_ATTEMPTS; attempt++) {
        Optional<Reply> saved = store.tryTurn(key, userId, turned(key, step));
        if (saved.isPresent()) {
          return saved.get();
        }
      }
      return notSaved();
    } catch (StoreUnavailableException e) {
      LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
      return new Reply.Text(UNAVAILABLE);
    }
  }

  private Function<Optional<StoredConversation>, ConversationStore.Turned<Reply>> turned(ConversationKey key,
      Function<Conversation, Turn> step) {
    return stored -> {
      Conversation current = stored.map(StoredConversation::stateJson).map(json::read)
          .orElseGet(() -> pending(key));
      Turn turn = step.apply(current);
      return new ConversationStore.Turned<>(json.write(turn.conversation()), turn.reply());
    };
  }

  private Reply notSaved() {
    LOG.warn("a turn lost its race to save too often; its thread was told to send it again");
    metrics.turnNotSaved();
    return new Reply.Text(NOT_SAVED);
  }

  /** 5, 10, 20 … ms up to half a second, each between half and all of that, so racing instances drift apart. */
  static Duration pause(int attempt) {
    long longest = Math.min(LONGEST_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempt - 1, 20));
    return Duration.ofMillis(longest / 2 + ThreadLocalRandom.current().nextLong(longest / 2 + 1));
  }

  /** {@code /comp forget}: deletes the conversations the user started in the channel and says how many. */
  String forget(String teamId, String channelId, String userId) {
    return forget(teamId, channelId, userId, ids -> { });
  }

  /**
   * {@code /comp forget}, handing {@code reminders} the ids of the reminders those conversations scheduled in Slack,
   * read just before they are deleted, so the caller can delete the reminders too.
   */
  String forget(String teamId, String channelId, String userId, Consumer<List<String>> reminders) {
    int forgotten;
    forgetting.writeLock().lock();
    try {
      // A card whose save has not started yet is forgotten too: its save is skipped (see begin). One whose save
      // is in flight has finished by now (we hold the lock exclusively), so the store's forget deletes it.
      unsaved.entrySet().removeIf(e -> e.getKey().teamId().equals(teamId)
          && e.getKey().channelId().equals(channelId) && e.getValue().userId().equals(userId));
      List<String> scheduled = new ArrayList<>();
      for (String state : store.startedStates(teamId, channelId, userId)) {
        try {
          scheduled.addAll(json.read(state).remindersOrNone().inSlack());
        } catch (IllegalArgumentException unreadable) {
          LOG.warn("a forgotten conversation's state was unreadable; its reminders, if any, stay");
        }
      }
      forgotten = store.forget(teamId, channelId, userId);
      reminders.accept(scheduled);
    } catch (StoreUnavailableException e) {
      LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
      return "My memory is unavailable for now, so I couldn't forget anything yet. Try /comp forget again in a few "
          + "minutes.";
    } finally {
      forgetting.writeLock().unlock();
    }
    return switch (forgotten) {
      case 0 -> "I had no conversations of yours in this channel to forget.";
      case 1 -> "Done: I forgot the one conversation you started in this channel, with its figures.";
      default -> "Done: I forgot the " + forgotten + " conversations you started in this channel, with their figures.";
    };
  }

  /** Remembers a new card's conversation under the thread the card now owns; the store has it within its SOON. */
  void begin(ConversationKey key, String userId, Conversation conversation) {
    unsaved.put(key, new Pending(userId, conversation));
    saver.execute(() -> {
      forgetting.readLock().lock();
      try {
        if (!unsaved.containsKey(key)) {
          return; // forgotten before it was saved
        }
        // False when a first reply already saved this thread with its turn: that state includes the card's.
        store.saveSoon(key, userId, written.get(conversation, json::write));
      } catch (StoreUnavailableException e) {
        LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
      } finally {
        unsaved.remove(key);
        forgetting.readLock().unlock();
      }
    });
  }

  private Conversation pending(ConversationKey key) {
    Pending pending = unsaved.get(key);
    return pending == null ? Conversation.EMPTY : pending.conversation();
  }
}
