package com.compcoach.guide;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever a writer saves, reading it answers with a reading (a guide or findings), never an exception. */
class GuideReaderProperties {

  private static final String SEED = SeedGuides.text(Path.of("seeds"), "ally-financial/ml-ai-engineer.md");
  private static final String SIGNATURE =
      SeedGuides.text(Path.of("seeds"), "ally-financial/empathetic-automation-platform-engineer.md");

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.strings().withChars("|-–$£€K M,.0123456789()>*\n:#`\"%toC$A")
        .ofMinLength(0).ofMaxLength(40);
  }

  @Property(tries = 300)
  void read_seedCutAndSpliced_neverThrowsAndErrorsMeanNoGuide(@ForAll @IntRange(min = 0, max = 1_000_000) int at,
      @ForAll @IntRange(min = 0, max = 400) int cut, @ForAll("junk") String insert) {
    for (String text : new String[] {SEED, SIGNATURE}) {
      int from = at % (text.length() + 1);
      int to = Math.min(text.length(), from + cut);
      String edited = text.substring(0, from) + insert + text.substring(to);

      GuideReading reading = SeedGuides.READER.read("acme/edited.md", edited);

      if (reading.hasErrors() == reading.usable().isPresent()) {
        throw new AssertionError("a guide is served exactly when there are no errors: " + reading.findings());
      }
    }
  }
}
