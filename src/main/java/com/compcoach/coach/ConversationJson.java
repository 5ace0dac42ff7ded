package com.compcoach.coach;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Writes a {@link Conversation} as one line of JSON and reads it back; thread-safe, build once and share. */
public final class ConversationJson {

  private final ObjectMapper mapper = JsonMapper.builder()
      // A state saved by a newer version with more fields must still load in an older one during a rollout.
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  /** The conversation as compact JSON. */
  public String write(Conversation conversation) {
    try {
      return mapper.writeValueAsString(conversation);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write conversation state: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads what {@link #write} wrote; a blank text is {@link Conversation#EMPTY}. */
  public Conversation read(String json) {
    if (json == null || json.isBlank()) {
      return Conversation.EMPTY;
    }
    try {
      return mapper.readValue(json, Conversation.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable conversation state at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
  }
}
