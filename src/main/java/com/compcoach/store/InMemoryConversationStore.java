package com.compcoach.store;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.StoredConversation;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Conversations kept in this process only: for tests, the local console and one-off runs; lost on exit. */
public final class InMemoryConversationStore implements ConversationStore {

  private final ConcurrentMap<ConversationKey, StoredConversation> conversations = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryConversationStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<StoredConversation> load(ConversationKey key) {
    return Optional.ofNullable(conversations.get(key));
  }

  @Override
  public boolean save(ConversationKey key, String startedBy, String stateJson, long expectedVersion) {
    Objects.requireNonNull(stateJson, "stateJson");
    AtomicBoolean saved = new AtomicBoolean();
    // compute() runs atomically per key, so the version check and the write cannot interleave with another turn.
    conversations.compute(key, (k, current) -> {
      long currentVersion = current == null ? NEW : current.version();
      if (currentVersion != expectedVersion) {
        return current;
      }
      saved.set(true);
      String starter = current == null ? startedBy : current.startedBy();
      return new StoredConversation(starter, stateJson, expectedVersion + 1, clock.instant());
    });
    return saved.get();
  }

  @Override
  public int forget(String teamId, String channelId, String userId) {
    AtomicInteger removed = new AtomicInteger();
    conversations.forEach((key, conversation) -> {
      if (key.teamId().equals(teamId) && key.channelId().equals(channelId)
          && conversation.startedBy().equals(userId) && conversations.remove(key, conversation)) {
        removed.incrementAndGet();
      }
    });
    return removed.get();
  }

  @Override
  public java.util.List<String> startedStates(String teamId, String channelId, String userId) {
    return conversations.entrySet().stream()
        .filter(e -> e.getKey().teamId().equals(teamId) && e.getKey().channelId().equals(channelId)
            && e.getValue().startedBy().equals(userId))
        .map(e -> e.getValue().stateJson()).toList();
  }

  @Override
  public String describe() {
    return "in-process memory (conversations are lost when the app stops)";
  }

  @Override
  public void close() {
    conversations.clear();
  }
}
