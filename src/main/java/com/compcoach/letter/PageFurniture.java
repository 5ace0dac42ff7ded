package com.compcoach.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Takes a pasted PDF's page furniture out of a letter: the page numbers ("Page 2 of 3", "- 2 -") and the running
 * header or footer lines beside them, which a paste drops into the middle of a sentence ("If you leave Northwind" /
 * "Northwind LLC | 800 Nicollet Mall | Confidential" / "Page 2 of 2" / "within twelve months …"). The sentence
 * then reads whole: the blank lines the page break left are closed when the text before it stops mid-sentence and
 * the text after it goes on in lower case.
 */
final class PageFurniture {

  /**
   * A page number, alone or at either end of a header line ("Offer of Employment       Page 2 of 2"; "Page 2 of 2"
   * ends a line whatever stands before it, a bare "Page 2" only after a gap or a bar).
   */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)^.*\\bpage\\s+\\d{1,3}\\s+of\\s+\\d{1,3}\\s*$|"
          + "^(?:.*\\s{2,}|.*\\|\\s*)?page\\s+\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?\\s*$|^\\s*page\\s+\\d{1,3}"
          + "(?:\\s*(?:of|/)\\s*\\d{1,3})?(?:\\s{2,}.*|\\s*\\|.*)?$|^\\s*[-–—]\\s*\\d{1,3}\\s*[-–—]\\s*$|^\\s*\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}\\s*$");
  /** Lines a running header or footer is made of: a column bar, "Confidential", an address or a reference. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i).*(?:\\s\\|\\s|\\bconfidential\\b|\\bprivate\\s+&\\s+confidential\\b|\\bref(?:erence)?[:.]\\s|\\bwww\\.|"
          + "\\b\\d{5}(?:-\\d{4})?\\s*$|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b).*");
  /** How far from a page number its header or footer lines may stand. */
  private static final int REACH = 2;

  private PageFurniture() {}

  /** The text without page numbers and the header and footer lines around them; unchanged when it has none. */
  static String removed(String text) {
    String[] lines = text.split("\n", -1);
    boolean[] drop = new boolean[lines.length];
    Map<String, Integer> seen = null;
    boolean any = false;
    for (int i = 0; i < lines.length; i++) {
      if (!maybePageNumber(lines[i]) || !PAGE_NUMBER.matcher(lines[i]).matches()) {
        continue;
      }
      if (seen == null) {
        seen = counts(lines);
      }
      any = true;
      drop[i] = true;
      // The running header or footer beside it, up to a line of the letter's own text; a paste may leave blank lines
      // between ("CONFIDENTIAL   Page 1 of 3" / "" / "Acme, Inc. – Offer of Employment – P. Natarajan" / "" / "mance.").
      for (int step : new int[] {-1, 1}) {
        for (int j = i + step, k = 0; j >= 0 && j < lines.length && k < REACH; j += step) {
          if (lines[j].isBlank()) {
            continue;
          }
          if (!furniture(lines[j], seen)) {
            break;
          }
          drop[j] = true;
          k++;
        }
      }
    }
    return any ? joined(lines, drop) : text;
  }

  /** Only a line with "page" or a short one can be a page number: most lines skip the pattern. */
  private static boolean maybePageNumber(String line) {
    return line.length() <= 160 && (line.contains("age ") || line.contains("AGE ") || line.strip().length() <= 16);
  }

  private static boolean furniture(String line, Map<String, Integer> seen) {
    return line.length() <= 160 && (FURNITURE.matcher(line).matches() || seen.getOrDefault(key(line), 0) > 1);
  }

  /** How often each line occurs, digits aside: a running header repeats on every page. */
  private static Map<String, Integer> counts(String[] lines) {
    Map<String, Integer> seen = new HashMap<>();
    for (String line : lines) {
      if (!line.isBlank() && line.length() <= 160) {
        seen.merge(key(line), 1, Integer::sum);
      }
    }
    return seen;
  }

  private static String key(String line) {
    return line.strip().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
  }

  /** The kept lines; where a break stood mid-sentence, the blank lines around it go so the sentence reads on. */
  private static String joined(String[] lines, boolean[] drop) {
    List<String> out = new ArrayList<>(lines.length);
    int i = 0;
    while (i < lines.length) {
      if (!drop[i]) {
        out.add(lines[i++]);
        continue;
      }
      int j = i;
      while (j < lines.length && (drop[j] || lines[j].isBlank())) {
        j++;
      }
      String before = lastText(out);
      boolean midSentence = before != null && j < lines.length && !before.isEmpty()
          && ".!?:".indexOf(before.charAt(before.length() - 1)) < 0
          && Character.isLowerCase(lines[j].stripLeading().isEmpty() ? 'A' : lines[j].stripLeading().charAt(0));
      if (midSentence) {
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
          out.remove(out.size() - 1);
        }
      } else {
        for (int k = i; k < j; k++) {
          if (lines[k].isBlank()) {
            out.add("");
            break;
          }
        }
      }
      i = j;
    }
    return String.join("\n", out);
  }

  private static String lastText(List<String> out) {
    for (int k = out.size() - 1; k >= 0; k--) {
      if (!out.get(k).isBlank()) {
        return out.get(k).strip();
      }
    }
    return null;
  }
}
