package com.compcoach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.coach.StoredConversation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredConversationCodecTest {

  private final StoredConversationCodec codec = new StoredConversationCodec();

  @Test
  void savedAt_encodedConversation_isTheTimeItWasSavedWithoutTheState() {
    Instant saved = Instant.parse("2026-11-04T09:30:15.123Z");
    String text = codec.encode(new StoredConversation("U0CAND", "{\"offer\":{\"base\":180000},\"note\":\"a \\\"quoted\\\" }\"}",
        7, saved));

    assertEquals(saved, codec.savedAt(text, "file key T/C/1"));
    assertEquals(saved, codec.decode(text, "file key T/C/1").savedAt());
  }

  @Test
  void savedAt_damagedText_failsNamingWhereItWas() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> codec.savedAt("{\"version\":1,\"startedBy\":\"U1\"}", "conversations.mv key T/C/9"));

    assertTrue(e.getMessage().contains("conversations.mv key T/C/9"), e.getMessage());
  }

  @Test
  void decode_encodedConversation_isTheSameConversationWithItsStateByteForByte() {
    StoredConversation stored = new StoredConversation("U0CAND",
        "{\"offer\":{\"base\":180000},\"note\":\"Zürich — \\\"€95k\\\" <ok> & \\u2028\"}", 12,
        Instant.parse("2026-11-04T09:30:15.123Z"));

    assertEquals(stored, codec.decode(codec.encode(stored), "file key T/C/1"));
  }

  @Test
  void decode_storedByAnEarlierVersionWithFieldsInAnotherOrder_readsEveryField() {
    String text = "{\"state\":\"{}\",\"savedAt\":1762248615123,\"later\":{\"x\":[1]},\"startedBy\":\"U1\","
        + "\"version\":3}";

    assertEquals(new StoredConversation("U1", "{}", 3, Instant.ofEpochMilli(1762248615123L)),
        codec.decode(text, "file key T/C/2"));
  }

  @Test
  void decode_missingField_failsNamingTheFieldAndWhereItWas() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> codec.decode("{\"version\":1,\"startedBy\":\"U1\",\"savedAt\":5}", "conversations.mv key T/C/9"));

    assertTrue(e.getMessage().contains("conversations.mv key T/C/9") && e.getMessage().contains("state"),
        e.getMessage());
  }
}
