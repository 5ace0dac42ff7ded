package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferCommandTest {

  private static final Clock DEC_4 = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  @Test
  void offer_textLetterAsJson_printsTheFiguresAndTheirSentences() throws Exception {
    CommandRun run = CommandRun.of(new OfferCommand(DEC_4), "--format", "json", letter("uk-plc-table.txt"));
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(95_000, json.get("base").asLong());
    assertEquals("GBP", json.get("currency").asText());
    assertEquals(120_000, json.get("equity").get("grant").asLong());
    assertEquals(12, json.get("signOn").get("clawback").get("months").asInt());
    assertTrue(json.get("sources").get("base").asText().contains("£95,000 per annum"));
  }

  @Test
  void offer_textLetter_showsEachFieldWithItsSentenceAndTheQuestions() throws Exception {
    CommandRun run = CommandRun.of(new OfferCommand(DEC_4), letter("us-startup-options.txt"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("- Base salary: $165,000 a year\n"), run.out());
    assertTrue(run.out().contains("\"The Company will pay you a starting salary at the rate of $165,000 per year"), run.out());
    assertTrue(run.out().contains("How many shares are outstanding, fully diluted"), run.out());
    assertTrue(run.out().contains("the letter's text is not kept"), run.out());
  }

  @Test
  void offer_letterForARoleTheLibraryHas_namesItsGuide() throws Exception {
    String letter = Files.readString(Path.of(letter("uk-plc-table.txt")))
        .replace("Staff Data Engineer", "ML/AI Engineer").replace("| London |", "| Charlotte, NC |");
    Path file = Files.writeString(dir.resolve("letter.txt"), letter);
    CommandRun run = CommandRun.of(new OfferCommand(DEC_4), "--format", "json", file.toString());
    JsonNode guide = new ObjectMapper().readTree(run.out()).get("guide");
    assertEquals("ml-ai-engineer", guide.get("role").asText());
    assertEquals("Charlotte, NC", guide.get("region").asText());
  }

  @Test
  void offer_missingFile_exitsTwoWithOneClearLine() {
    CommandRun run = CommandRun.of(new OfferCommand(DEC_4), dir.resolve("nope.pdf").toString());
    assertEquals(2, run.exit());
    assertEquals("Cannot read " + dir.resolve("nope.pdf") + ": no such file.\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void offer_brokenPdf_exitsTwoAndAsksForPastedText() throws IOException {
    Path pdf = Files.write(dir.resolve("letter.pdf"), "%PDF-1.7\nthis is not really a pdf".getBytes());
    CommandRun run = CommandRun.of(new OfferCommand(DEC_4), pdf.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("could not be read; paste the letter's text instead."), run.err());
  }

  @Test
  void offer_wordDocument_exitsTwoAndSaysWhatIsRead() throws IOException {
    Path docx = Files.write(dir.resolve("letter.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    CommandRun run = CommandRun.of(new OfferCommand(DEC_4), docx.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("save the letter as PDF or paste its text"), run.err());
  }

  private static String letter(String name) throws URISyntaxException {
    return Path.of(OfferCommandTest.class.getResource("/letters/" + name).toURI()).toString();
  }
}
