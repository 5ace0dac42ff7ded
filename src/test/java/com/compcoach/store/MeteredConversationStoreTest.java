package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.compcoach.coach.ConversationStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class MeteredConversationStoreTest extends ConversationStoreContract {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Override
  ConversationStore newStore() {
    return new MeteredConversationStore(new InMemoryConversationStore(clock), registry);
  }

  @Test
  void save_savedAndConflicting_areCountedApart() {
    store.save(THREAD, "U1", "{}", ConversationStore.NEW);
    store.save(THREAD, "U1", "{}", ConversationStore.NEW);

    assertEquals(1, count("save", "saved"));
    assertEquals(1, count("save", "conflict"));
  }

  @Test
  void load_storeUnavailable_isCountedAndStillThrown() {
    try (RedisLink nowhere = new RedisLink("redis://127.0.0.1:" + RedisConversationStoreTest.unusedPort())) {
      ConversationStore down = new MeteredConversationStore(new RedisConversationStore(nowhere, clock, ttl()),
          registry);

      assertThrows(com.compcoach.coach.StoreUnavailableException.class, () -> down.load(THREAD));
    }

    assertEquals(1, count("load", "unavailable"));
  }

  private long count(String op, String outcome) {
    return registry.get("comp_coach.store").tag("op", op).tag("outcome", outcome).timer().count();
  }
}
