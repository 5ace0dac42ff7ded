package com.compcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.GuideReader;
import com.compcoach.guide.GuideReading;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideCommandTest {

  @Test
  void new_companyRoleAndRegions_writesAGuideThatLintsClean(@TempDir Path dir) throws Exception {
    CommandRun run = CommandRun.of(new GuideCommand(), "new", "--company", "Acme Corp", "--role", "Data Engineer",
        "--regions", "Denver, CO;Austin, TX", "--guides", dir.toString());

    assertEquals(0, run.exit(), run.err());
    Path file = dir.resolve("acme-corp/data-engineer.md");
    GuideReading reading = new GuideReader().read("acme-corp/data-engineer.md", Files.readString(file));
    assertEquals(java.util.List.of(), reading.findings());
    assertEquals("Data Engineer", reading.guide().role().title());
    assertEquals("Acme Corp", reading.guide().company().name());
    assertEquals(2, reading.guide().regions().size());
    assertEquals(2, reading.guide().targets().size());
  }

  @Test
  void new_fileThatExists_isLeftAsItIs(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("acme-corp/data-engineer.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "mine");

    CommandRun run = CommandRun.of(new GuideCommand(), "new", "--company", "Acme Corp", "--role", "Data Engineer",
        "--guides", dir.toString());

    assertEquals(1, run.exit());
    assertEquals("mine", Files.readString(file));
    assertTrue(run.err().contains("exists already"), run.err());
  }

  @Test
  void new_blankRole_isRefusedWithAClearLine() {
    CommandRun run = CommandRun.of(new GuideCommand(), "new", "--company", "Acme", "--role", " ");

    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("Give a company, a role and region names"), run.err());
  }
}
