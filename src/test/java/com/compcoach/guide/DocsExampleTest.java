package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.compcoach.guide.LeverAmount.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The minimal guide printed in docs/guides.md must read cleanly: the docs may not promise what the reader refuses. */
class DocsExampleTest {

  private static String minimalGuide() throws IOException {
    String docs = Files.readString(Path.of("docs/guides.md"));
    int start = docs.indexOf("```markdown\n") + "```markdown\n".length();
    return docs.substring(start, docs.indexOf("\n```\n", start) + 1);
  }

  @Test
  void read_minimalGuideFromTheDocs_givesBothRowsTargetsAndLeverWithoutFindings() throws IOException {
    GuideReading reading = SeedGuides.READER.read("acme/data-engineer.md", minimalGuide());

    assertEquals(List.of(), reading.findings());
    Guide guide = reading.usable().orElseThrow();
    assertEquals(new Company("acme", "Acme"), guide.company());
    assertEquals(List.of("USD", "GBP"), guide.regions().stream().map(Region::currency).toList());
    assertEquals(Range.of(121_000, 180_000), guide.regions().get(1).bands().total());
    assertEquals(List.of(Range.of(230_000, 250_000), Range.of(160_000, 180_000)),
        guide.targets().stream().map(Target::total).toList());
    assertEquals(List.of(Reference.BASE, Reference.SIGN_ON),
        guide.levers().get(0).amounts().stream().map(LeverAmount::refersTo).toList());
  }
}
