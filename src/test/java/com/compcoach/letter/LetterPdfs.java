package com.compcoach.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a text letter out as a PDF the way an HR system would: prose wrapped at the page's width (so sentences break
 * across lines), and table rows ("a | b" or tab-separated) as two columns far apart.
 */
public final class LetterPdfs {

  private static final float MARGIN = 60;
  private static final float SIZE = 10;
  private static final float LEADING = 13;
  private static final float SECOND_COLUMN = 250;
  private static final int WRAP = 92;

  private LetterPdfs() {}

  public static byte[] of(String text) {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      PDPageContentStream content = new PDPageContentStream(document, page);
      float y = page.getMediaBox().getHeight() - MARGIN;
      StringBuilder prose = new StringBuilder();
      for (String line : (text + "\n").split("\n", -1)) {
        boolean row = line.contains("\t") || line.strip().startsWith("|");
        if (row || line.isBlank()) {
          for (String wrapped : wrap(prose.toString())) {
            if (y < MARGIN) {
              content.close();
              page = new PDPage(PDRectangle.LETTER);
              document.addPage(page);
              content = new PDPageContentStream(document, page);
              y = page.getMediaBox().getHeight() - MARGIN;
            }
            write(content, font, MARGIN, y, wrapped);
            y -= LEADING;
          }
          prose.setLength(0);
        }
        if (row) {
          String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\t|\\|");
          if (!String.join("", cells).matches("[-: ]*")) {
            write(content, font, MARGIN, y, cells[0].strip());
            if (cells.length > 1) {
              write(content, font, SECOND_COLUMN, y, cells[1].strip());
            }
            y -= LEADING;
          }
        } else if (line.isBlank()) {
          y -= LEADING;
        } else {
          prose.append(prose.length() == 0 ? "" : " ").append(line.strip());
        }
      }
      content.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(PDPageContentStream content, PDType1Font font, float x, float y, String text)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(font, SIZE);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static java.util.List<String> wrap(String paragraph) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() + word.length() + 1 > WRAP && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
