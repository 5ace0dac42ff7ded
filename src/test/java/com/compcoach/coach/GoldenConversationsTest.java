package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.compcoach.cli.ChatCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Each {@code conversations/*.txt} (one message a line) goes through {@code chat --format json} and must give the
 * {@code .jsonl} next to it line for line. A name starting "channel-" runs as a shared channel, else as a DM; a
 * {@code .guides} file beside it names another guide library than the seeds.
 * After an intended change, regenerate with {@code -Dgolden.update=true} and review the diff before committing.
 */
class GoldenConversationsTest {

  private static final Path DIR = Path.of("src/test/resources/conversations");

  @TestFactory
  Stream<DynamicTest> chat_goldenConversation_givesTheExpectedReplies() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(DIR)) {
      inputs = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
      String actual = chat(input);
      Path expected = Path.of(input.toString().replaceAll("\\.txt$", ".jsonl"));
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(expected, actual);
      }
      List<String> want = Files.readAllLines(expected);
      List<String> got = actual.lines().toList();
      for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
        String message = input.getFileName() + " reply " + (i + 1);
        assertEquals(i < want.size() ? want.get(i) : "<none>", i < got.size() ? got.get(i) : "<none>", message);
      }
    }));
  }

  private static String chat(Path input) throws IOException {
    byte[] messages = Files.readAllBytes(input);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String venue = input.getFileName().toString().startsWith("channel-") ? "channel" : "dm";
    // A conversation about a library other than the seeds names it in a ".guides" file beside it.
    Path library = Path.of(input.toString().replaceAll("\\.txt$", ".guides"));
    String guides = Files.exists(library) ? Files.readString(library).strip() : "seeds";
    int code = new CommandLine(new ChatCommand(Seeds.BEFORE_REVIEW, new ByteArrayInputStream(messages)))
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("--guides", guides, "--format", "json", "--venue", venue);
    assertEquals(0, code, err.toString());
    return out.toString().replace("\r\n", "\n");
  }

}
