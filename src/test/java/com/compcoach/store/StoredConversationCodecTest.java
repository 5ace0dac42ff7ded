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
}
