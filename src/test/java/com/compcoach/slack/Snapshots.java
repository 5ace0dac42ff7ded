package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected Block Kit as JSON files named after the test, under {@code src/test/resources/slack/<TestClass>/}.
 * Run with {@code -Dsnapshots.update=true} to write them after a deliberate change, then read the diff.
 */
final class Snapshots {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Path ROOT = Path.of("src/test/resources/slack");

  private Snapshots() {}

  static void assertMatches(Class<?> testClass, String testName, JsonNode actual) throws IOException {
    Path file = ROOT.resolve(testClass.getSimpleName()).resolve(testName + ".json");
    String pretty = MAPPER.writeValueAsString(actual) + "\n";
    if (Boolean.getBoolean("snapshots.update") || !Files.exists(file)) {
      if (!Boolean.getBoolean("snapshots.update")) {
        throw new AssertionError("no snapshot " + file + "; run with -Dsnapshots.update=true to write it");
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, pretty);
      return;
    }
    assertEquals(Files.readString(file), pretty, "Block Kit differs from " + file);
  }
}
