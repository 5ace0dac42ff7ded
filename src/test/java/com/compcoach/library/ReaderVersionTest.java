package com.compcoach.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderVersionTest {

  @TempDir
  Path classes;

  private void write(String path, String content) throws IOException {
    Path file = classes.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @BeforeEach
  void aReader() throws IOException {
    write("com/compcoach/guide/GuideReader.class", "reader bytes");
    write("com/compcoach/money/MoneyGrammar.class", "grammar bytes");
    write("guide-rules.yml", "synonyms: [base]");
    write("com/compcoach/coach/Coach.class", "coach bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"com/compcoach/guide/GuideReader.class", "guide-rules.yml",
      "com/compcoach/money/MoneyGrammar.class"})
  void of_readerClassOrRulesChanged_isAnotherVersion(String path) throws IOException {
    String before = ReaderVersion.of(classes);
    write(path, "one rule more");

    assertNotEquals(before, ReaderVersion.of(classes));
  }

  @ParameterizedTest
  @ValueSource(strings = {"com/compcoach/coach/Coach.class", "com/compcoach/guide/GuideIndex.class",
      "com/compcoach/guide/GuideIndex$Entry.class", "com/compcoach/guide/Lookup$Found.class"})
  void of_onlyCodeOutsideTheReaderChanged_isTheSameVersion(String path) throws IOException {
    String before = ReaderVersion.of(classes);
    write(path, "bytes, reworded");

    assertEquals(before, ReaderVersion.of(classes));
  }

  @Test
  void current_readerOnTheClassPath_isFound() {
    assertTrue(ReaderVersion.current().isPresent());
  }
}
