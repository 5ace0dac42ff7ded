package com.compcoach.letter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A shared letter's bytes to its text: a PDF through PDFBox, plain text as UTF-8; anything else is refused. */
public final class LetterFile {

  /** Larger files are refused before they are parsed: a letter is a few pages. */
  public static final int LARGEST = 10 * 1024 * 1024;

  /** What a file gave: its text, or why there is none (a sentence for the user). */
  public sealed interface Contents {}

  /** The letter's text. */
  public record Text(String text) implements Contents {}

  /** Why the file could not be read, as a sentence to show. */
  public record Unreadable(String reason) implements Contents {}

  private LetterFile() {}

  /** The text of a PDF or a plain-text file. */
  public static Contents read(byte[] bytes) {
    if (bytes.length > LARGEST) {
      return new Unreadable("The file is larger than 10 MB; an offer letter is a few pages. Paste its text instead.");
    }
    if (startsWith(bytes, "%PDF-")) {
      return pdf(bytes);
    }
    if (startsWith(bytes, "PK")) {
      return new Unreadable("Word and other office files are not read; save the letter as PDF or paste its text.");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\0') >= 0) {
        return new Unreadable("The file is neither a PDF nor text; paste the letter's text instead.");
      }
      return text.isBlank() ? new Unreadable("The file is empty.") : new Text(stripBom(text));
    } catch (CharacterCodingException e) {
      return new Unreadable("The file is neither a PDF nor UTF-8 text; paste the letter's text instead.");
    }
  }

  private static Contents pdf(byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new ColumnStripper();
      // Table cells come out in reading order, left to right on a line.
      stripper.setSortByPosition(true);
      // A blank line where PDFBox sees a paragraph end, as in a text letter.
      stripper.setParagraphEnd(System.lineSeparator());
      String text = stripper.getText(document);
      return text.isBlank()
          ? new Unreadable("The PDF has no text in it (a scan?); paste the letter's text instead.")
          : new Text(text);
    } catch (InvalidPasswordException e) {
      return new Unreadable("The PDF is password-protected; paste the letter's text instead.");
    } catch (IOException | RuntimeException e) {
      return new Unreadable("The PDF could not be read; paste the letter's text instead.");
    }
  }

  /**
   * Marks a wide gap on a line with " | ", as a table's columns: "Annual salary    £95,000" reads as a row, not as
   * words of one sentence.
   */
  private static final class ColumnStripper extends PDFTextStripper {
    private float lineEnd = -1;

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (!positions.isEmpty()) {
        TextPosition first = positions.get(0);
        if (lineEnd >= 0 && first.getXDirAdj() - lineEnd > 2.5f * first.getFontSizeInPt()) {
          super.writeString(" | ");
        }
        TextPosition last = positions.get(positions.size() - 1);
        lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
      }
      super.writeString(text, positions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      lineEnd = -1;
      super.writeLineSeparator();
    }
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (bytes[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
