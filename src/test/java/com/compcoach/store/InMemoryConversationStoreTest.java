package com.compcoach.store;

import com.compcoach.coach.ConversationStore;

class InMemoryConversationStoreTest extends ConversationStoreContract {

  @Override
  ConversationStore newStore() {
    return new InMemoryConversationStore(clock);
  }
}
