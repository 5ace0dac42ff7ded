package com.compcoach.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads payload samples under {@code src/test/resources/slack/}, filling their {@code {{name}}} placeholders. */
final class Fixtures {

  private Fixtures() {}

  static String text(String name, Map<String, String> values) {
    String text = raw(name);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{{" + value.getKey() + "}}", jsonEscape(value.getValue()));
    }
    if (text.contains("{{")) {
      throw new IllegalArgumentException("fixture " + name + " still has a placeholder: "
          + text.substring(text.indexOf("{{"), text.indexOf("}}", text.indexOf("{{")) + 2));
    }
    return text;
  }

  static String raw(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/slack/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture src/test/resources/slack/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jsonEscape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
