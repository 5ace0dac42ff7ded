package com.compcoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Issue #12: what exports and footnotes leave in a guide is blanked in place, so every line number stays the file's. */
class ExportMarksTest {

  @Test
  void blanked_docsEscapes_readAsTheCharacterAloneInPlace() {
    assertEquals("1.  **Scope**\n-  Nashville: $135,000 -  $165,000",
        ExportMarks.blanked("1\\. **Scope**\n\\- Nashville: $135,000 \\- $165,000"));
  }

  @Test
  void blanked_footnoteMarkersAndHeadingAnchors_becomeSpacesOfTheirLength() {
    String text = "| Seattle | $170K–$210K¹ | $30K–$45K[^rsu] |\n## Pay bands {#pay-bands-(2026)}\n¹ Seattle note";
    String blanked = ExportMarks.blanked(text);

    assertEquals(text.length(), blanked.length());
    assertEquals("| Seattle | $170K–$210K  | $30K–$45K       |\n## Pay bands                    \n¹ Seattle note",
        blanked);
  }

  @Test
  void blanked_struckOutHtml_goesWithWhatItHolds() {
    String text = "| Richmond | <s>$135K–$160K</s> $140K–$168K | <del>$171K</del> $177K |";
    String blanked = ExportMarks.blanked(text);

    assertEquals(text.length(), blanked.length());
    assertEquals("| Richmond |" + " ".repeat(" <s>$135K–$160K</s> ".length()) + "$140K–$168K |" + " ".repeat(18) + "$177K |",
        blanked);
  }

  @Test
  void blanked_textWithoutMarks_isTheSameText() {
    String text = "| Austin | $150K–$180K | note [see below] | {not an anchor} | \\*literal\\* |";

    assertSame(text, ExportMarks.blanked(text));
  }

  @Test
  void undecorated_emojiAroundAName_go() {
    assertEquals("**Austin, TX (HQ)** — base $120K", ExportMarks.undecorated("📍 **Austin, TX (HQ)** — base $120K"));
    assertEquals("Brightwave Media · Product Designer", ExportMarks.undecorated("🎨 Brightwave Media · Product Designer"));
    assertEquals("What to say", ExportMarks.undecorated("🗣️ What to say ✅"));
  }

  @Test
  void blanked_notionEntitiesAndTags_readAsTheirCharactersInPlace() {
    String text = "# Barnes &amp; Pike\n| Denver | $140,000&nbsp;&ndash;&nbsp;$170,000<br>*(mid $150,000)* |\n<aside>\n"
        + "Aim for $215K&#8212;or more";
    String blanked = ExportMarks.blanked(text);

    assertEquals(text.length(), blanked.length());
    assertEquals("# Barnes & Pike\n| Denver | $140,000 – $170,000 *(mid $150,000)* |\n \nAim for $215K —or more",
        ExportMarks.oneSpaced(blanked));
  }

  @Test
  void blanked_struckOutFiguresAndDaggers_areNotRead() {
    String text = "| ~~$165K~~ $168K–$200K | £72,000–£85,000† | $210K<sup>1</sup> |";
    String blanked = ExportMarks.blanked(text);

    assertEquals(text.length(), blanked.length());
    assertEquals("| $168K–$200K | £72,000–£85,000 | $210K |", ExportMarks.oneSpaced(blanked));
  }
}
