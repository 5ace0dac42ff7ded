package com.compcoach.store;

import com.compcoach.coach.StoredConversation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;

/** Writes a stored conversation as one JSON line (version, starter, time, state) for the embedded store. */
final class StoredConversationCodec {

  private final JsonFactory json = new JsonFactory();

  // Streamed rather than built as a tree: every turn decodes one and encodes one (profiled under load).
  String encode(StoredConversation conversation) {
    StringWriter out = new StringWriter(conversation.stateJson().length() + 96);
    try (JsonGenerator line = json.createGenerator(out)) {
      line.writeStartObject();
      line.writeNumberField("version", conversation.version());
      line.writeStringField("startedBy", conversation.startedBy());
      line.writeNumberField("savedAt", conversation.savedAt().toEpochMilli());
      // Kept as text, byte for byte: the store does not interpret the coach's state.
      line.writeStringField("state", conversation.stateJson());
      line.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode a stored conversation", e);
    }
    return out.toString();
  }

  /** Reads what {@link #encode} wrote; {@code where} names the file and key for the error message. */
  StoredConversation decode(String text, String where) {
    String startedBy = null;
    String state = null;
    Long version = null;
    Long savedAt = null;
    try (JsonParser parser = object(text)) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        boolean known = switch (field) {
          case "startedBy", "state", "version", "savedAt" -> true;
          default -> false;
        };
        if (!known) {
          parser.skipChildren(); // a field a later version added
        } else if (value.isStructStart()) {
          throw new IllegalArgumentException("field " + field + " is not a value");
        } else {
          switch (field) {
            case "startedBy" -> startedBy = parser.getValueAsString();
            case "state" -> state = parser.getValueAsString();
            case "version" -> version = parser.getValueAsLong();
            default -> savedAt = parser.getValueAsLong();
          }
        }
      }
      return new StoredConversation(required(startedBy, "startedBy"), required(state, "state"),
          required(version, "version"), Instant.ofEpochMilli(required(savedAt, "savedAt")));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("unreadable stored conversation at " + where + ": " + e.getMessage(), e);
    }
  }

  /** A parser past the opening brace of the stored line. */
  private JsonParser object(String text) throws IOException {
    JsonParser parser = json.createParser(text);
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      parser.close();
      throw new IllegalArgumentException("not an object");
    }
    return parser;
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("missing " + field);
    }
    return value;
  }

  /**
   * Only the time it was saved, read without decoding the rest: expiry looks at every stored conversation, and
   * decoding each whole one took 15% of the CPU of a loaded app during the first pass (peers' bench profile).
   */
  Instant savedAt(String text, String where) {
    try (JsonParser parser = object(text)) {
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
