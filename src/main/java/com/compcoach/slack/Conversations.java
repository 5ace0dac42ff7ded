package com.compcoach.slack;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.ConversationJson;
import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.ConversationStore;
import com.compcoach.coach.Reply;
import com.compcoach.coach.StoreUnavailableException;
import com.compcoach.coach.StoredConversation;
import com.compcoach.coach.Turn;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads' memory as the listeners use it: one turn is load, ask the coach, save, and only then answer. When
 * the store is down the thread is told so and nothing else changes.
 */
final class Conversations {

  private static final Logger LOG = LoggerFactory.getLogger(Conversations.class);

  static final String UNAVAILABLE = "My memory of this thread is unavailable for now, so I can't go on with it. "
      + "Lookups with /comp still work; try the thread again in a few minutes.";

  private final ConversationStore store;
  private final ConversationJson json;

  Conversations(ConversationStore store, ConversationJson json) {
    this.store = store;
    this.json = json;
  }

  /** Whether a conversation is stored for this thread (so a channel thread is one of ours). */
  Optional<Boolean> known(ConversationKey key) {
    try {
      return Optional.of(store.load(key).isPresent());
    } catch (StoreUnavailableException e) {
      LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /** Runs one turn on the thread's stored conversation (empty for a new thread) and returns the reply to post. */
  Reply turn(ConversationKey key, String userId, Function<Conversation, Turn> step) {
    try {
      return store.takeTurn(key, userId, stored -> {
        Conversation current = stored.map(StoredConversation::stateJson).map(json::read).orElse(Conversation.EMPTY);
        Turn turn = step.apply(current);
        return new ConversationStore.Turned<>(json.write(turn.conversation()), turn.reply());
      });
    } catch (StoreUnavailableException e) {
      LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
      return new Reply.Text(UNAVAILABLE);
    }
  }

  /** The thread's conversation as stored, or empty; a store outage reads as empty. */
  Conversation current(ConversationKey key) {
    try {
      return store.load(key).map(StoredConversation::stateJson).map(json::read).orElse(Conversation.EMPTY);
    } catch (StoreUnavailableException e) {
      LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
      return Conversation.EMPTY;
    }
  }

  /** {@code /comp forget}: deletes the conversations the user started in the channel and says how many. */
  String forget(String teamId, String channelId, String userId) {
    try {
      int forgotten = store.forget(teamId, channelId, userId);
      return switch (forgotten) {
        case 0 -> "I had no conversations of yours in this channel to forget.";
        case 1 -> "Done: I forgot the one conversation you started in this channel, with its figures.";
        default -> "Done: I forgot the " + forgotten
            + " conversations you started in this channel, with their figures.";
      };
    } catch (StoreUnavailableException e) {
      LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
      return "My memory is unavailable for now, so I couldn't forget anything yet. Try /comp forget again in a few "
          + "minutes.";
    }
  }

  /** Remembers a new card's conversation under the thread the card now owns. */
  void begin(ConversationKey key, String userId, Conversation conversation) {
    try {
      if (!store.save(key, userId, json.write(conversation), ConversationStore.NEW)) {
        LOG.warn("a card's thread was already stored; kept the stored one");
      }
    } catch (StoreUnavailableException e) {
      LOG.warn("conversation store unavailable: {}", e.getClass().getSimpleName());
    }
  }
}
