package com.compcoach.store;

import com.compcoach.coach.StoredConversation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;

/** Writes a stored conversation as one JSON line (version, starter, time, state) for the embedded store. */
final class StoredConversationCodec {

  private final ObjectMapper mapper = new ObjectMapper();

  String encode(StoredConversation conversation) {
    ObjectNode node = mapper.createObjectNode()
        .put("version", conversation.version())
        .put("startedBy", conversation.startedBy())
        .put("savedAt", conversation.savedAt().toEpochMilli())
        // Kept as text, byte for byte: the store does not interpret the coach's state.
        .put("state", conversation.stateJson());
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a stored conversation", e);
    }
  }

  /** Reads what {@link #encode} wrote; {@code where} names the file and key for the error message. */
  StoredConversation decode(String text, String where) {
    try {
      JsonNode node = mapper.readTree(text);
      return new StoredConversation(
          node.required("startedBy").asText(),
          node.required("state").asText(),
          node.required("version").asLong(),
          Instant.ofEpochMilli(node.required("savedAt").asLong()));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("unreadable stored conversation at " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Only the time it was saved, read without decoding the rest: expiry looks at every stored conversation, and
   * decoding each whole one took 15% of the CPU of a loaded app during the first pass (peers' bench profile).
   */
  Instant savedAt(String text, String where) {
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not an object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("savedAt") && value == JsonToken.VALUE_NUMBER_INT) {
          return Instant.ofEpochMilli(parser.getLongValue());
        }
        parser.skipChildren();
      }
      throw new IllegalArgumentException("no savedAt");
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("unreadable stored conversation at " + where + ": " + e.getMessage(), e);
    }
  }
}
