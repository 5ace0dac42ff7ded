package com.compcoach.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Splits a letter into the sentences its facts are read from: prose lines (a PDF wraps them anywhere) are joined
 * into paragraphs and cut at sentence ends; table rows, "Label: value" lines and list items stand alone.
 */
final class LetterSentences {

  /** Longer units are cut at whitespace: a sentence is never allowed to make one read cost more than its share. */
  static final int LONGEST = 600;

  private static final Set<String> ABBREVIATIONS = Set.of(
      "inc", "ltd", "co", "corp", "no", "mr", "ms", "mrs", "dr", "st", "approx", "e.g", "i.e", "u.s", "p.m", "a.m",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "vs", "sr", "jr",
      "gmbh", "plc", "llc", "s.a", "b.v", "n.v", "fr", "art", "sec", "pt", "est", "pst", "et", "rs", "nos", "pte", "pvt",
      "k.k", "ltée");

  /** Abbreviations that stand before more of their sentence: a line ending in one is wrapped, not finished. */
  private static final Set<String> MID_SENTENCE = Set.of("p.m", "a.m", "approx", "e.g", "i.e", "mr", "ms", "mrs", "dr",
      "vs", "u.s");

  private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "ltd", "co", "corp", "gmbh", "plc", "llc",
      "s.a", "b.v", "n.v", "k.k", "ltée");
  private static final Set<String> STARTERS = Set.of("This", "The", "We", "You", "Your", "Our", "It", "Please", "In",
      "If", "As", "I", "Here", "Congratulations", "Welcome");


  private static final java.util.regex.Pattern DAY_FIRST_MONTH = java.util.regex.Pattern.compile(
      " (?:Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|janvier|février|"
          + "mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b");
  /** A month's pay a German letter counts ("zuzüglich 13. Monatslohn", "ein 14. Gehalt"): its ordinal's point. */
  private static final java.util.regex.Pattern ORDINAL_PAY = java.util.regex.Pattern.compile(
      " (?:Monatslohn|Monatsgehalt|Monatssalär|Gehalt|Lohn|Salär)\\b");

  private LetterSentences() {}

  private static String nextWord(String p, int from) {
    int end = from;
    while (end < p.length() && Character.isLetter(p.charAt(end))) {
      end++;
    }
    return from >= p.length() ? "" : p.substring(from, end);
  }

  /**
   * The lines as a form or page lays them out, read: blanks and check boxes filled in ({@link FormBlanks}), fields set
   * side by side a line each, two columns of a page one after the other, column gaps as " | " ({@link FormColumns}).
   */
  static String[] laidOut(String[] lines) {
    return FormColumns.gaps(TwoColumns.flattened(FormColumns.sideBySide(FormBlanks.filled(lines))));
  }

  /** The sentences in reading order, whitespace collapsed, table pipes turned into " | ". */
  static List<String> split(String text) {
    Hyphenation hyphens = new Hyphenation(text);
    List<String> units = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    boolean list = false;
    List<String> lines = formFields(laidOut(text.replace("\r\n", "\n").replace('\r', '\n').split("\n")));
    for (String raw : lines) {
      String line = clean(raw);
      if (line.isEmpty()) {
        flush(paragraph, units);
        continue;
      }
      boolean part = offerPart(line);
      if (list && part) {
        // A recruiter's list without bullets ("base 210k" / "RSUs $200k over 4 yrs, vesting 25% annually" / "sign on
        // 30k (…)"): each line that names a part with its figure is a unit, however long.
        flush(paragraph, units);
        cut(line, units);
        continue;
      }
      if (line.contains(" | ") || line.length() < 40 && !continues(paragraph, line) && !labelled(line)) {
        // A table row, or a short line after a finished sentence (a heading, a signature), stands alone.
        flush(paragraph, units);
        cut(line, units);
        list = part;
        continue;
      }
      list = false;
      if (bullet(raw) || labelled(line) && (!continues(paragraph, line) || labelled(paragraph.toString()))) {
        // A list item, like "Base salary: …", starts a unit of its own, which may wrap onto the lines after it.
        flush(paragraph, units);
      }
      if (!continues(paragraph, line)) {
        // The paragraph ended a sentence or a "Label: value" line: a PDF loses the blank line between them.
        flush(paragraph, units);
      }
      if (paragraph.length() > 0) {
        // A word hyphenated across a PDF line joins without a space: "sign-" / "on" keeps its hyphen, "Ana-" /
        // "lyst" is one word.
        if (paragraph.charAt(paragraph.length() - 1) != '-') {
          paragraph.append(' ');
        } else if (hyphens.broken(paragraph, line)) {
          paragraph.setLength(paragraph.length() - 1);
        }
      }
      paragraph.append(line);
    }
    flush(paragraph, units);
    return units;
  }

  /** The shortest run of lines read as a form's fields: two labels, each with its value. */
  private static final int FORM_LINES = 4;

  /**
   * A form's fields pasted a label a line and its value on the next ("Annual Base Salary" / "$172,000.00", as a
   * DocuSign or PDF form copies out), joined into rows "Label | value" as a table's. A run of short lines is a form only where
   * every other line, from its first, is a label (a few words, no digit, no closing mark) and at least two values
   * hold a figure: an address or a signature block is not one.
   */
  static List<String> formFields(String[] lines) {
    List<String> out = new ArrayList<>(lines.length);
    int i = 0;
    while (i < lines.length) {
      if (i + 1 < lines.length && colonLabel(lines[i]) && formLine(lines[i + 1])) {
        // "Base Salary:" / "$150,000": a label with its colon, its value on the line below.
        out.add(lines[i].strip() + " " + lines[i + 1].strip());
        i += 2;
        continue;
      }
      // The run's lines, a blank line allowed between two of them: an HTML email pasted as text puts one between
      // each cell of its table ("Base salary" / "" / "$142,000 / year").
      List<Integer> run = new ArrayList<>();
      int end = i;
      while (end < lines.length && formLine(lines[end])) {
        run.add(end);
        boolean gap = end + 2 < lines.length && lines[end + 1].isBlank() && formLine(lines[end + 2]);
        end += gap ? 2 : 1;
      }
      // A heading may stand above the form ("Your offer at a glance"), prose lines before it, a closing line after
      // it: the form is the first run of label and value pairs in it, and what stands around it stays as it is.
      int[] form = formIn(lines, run);
      if (form != null) {
        int from = run.get(form[0]);
        int before = from;
        while (before > i && lines[before - 1].isBlank()) {
          // The blank line between a heading and its form's cells is the HTML email's, as between the cells.
          before--;
        }
        for (int k = i; k < before; k++) {
          out.add(lines[k]);
        }
        for (int p = 0; p < form[1]; p++) {
          out.add(lines[run.get(form[0] + 2 * p)].strip() + " | " + lines[run.get(form[0] + 2 * p + 1)].strip());
        }
        int used = form[0] + 2 * form[1];
        i = used < run.size() ? run.get(used) : end;
      } else {
        for (int k = i; k < Math.max(end, i + 1); k++) {
          out.add(lines[k]);
        }
        i = Math.max(end, i + 1);
      }
    }
    return out;
  }

  /**
   * The first form in a run of short lines, as {where it starts in the run, how many pairs}: two pairs at least, each
   * a label (a few words, no digit, no closing mark) over its value, two values at least holding a figure; or null.
   * Each start is tried once: a start inside pairs already tried gives fewer of the same pairs, so it is skipped.
   */
  private static int[] formIn(String[] lines, List<Integer> run) {
    int[] triedTo = {-1, -1};
    for (int s = 0; s + 3 < run.size(); s++) {
      if (s < triedTo[s % 2]) {
        continue;
      }
      int pairs = 0;
      int figures = 0;
      while (s + 2 * pairs + 1 < run.size() && label(lines[run.get(s + 2 * pairs)].strip())) {
        figures += lines[run.get(s + 2 * pairs + 1)].chars().anyMatch(Character::isDigit) ? 1 : 0;
        pairs++;
      }
      if (pairs * 2 >= FORM_LINES && figures >= 2) {
        return new int[] {s, pairs};
      }
      triedTo[s % 2] = s + 2 * pairs + 1;
    }
    return null;
  }

  /** A form's label: a few words in a capital, no digit, no closing mark. */
  private static boolean label(String line) {
    char last = line.charAt(line.length() - 1);
    return Character.isUpperCase(line.charAt(0)) && line.chars().noneMatch(Character::isDigit)
        && ".,;!?".indexOf(last) < 0 && line.split(" ").length <= 4;
  }

  /** A line that is a label and its colon alone: "Base Salary:", "Offer Deadline:". */
  private static boolean colonLabel(String line) {
    String l = line.strip();
    return l.length() > 1 && l.length() <= 40 && l.indexOf(':') == l.length() - 1 && l.split(" ").length <= 4
        && Character.isLetter(l.charAt(0));
  }

  private static boolean formLine(String line) {
    String l = line.strip();
    return !l.isEmpty() && l.length() <= 60 && l.indexOf(':') < 0 && l.indexOf('|') < 0 && l.indexOf('\t') < 0;
  }

  /** A line with its column gaps read as " | " (see {@link FormColumns}), bullets and table edges taken off. */
  private static String clean(String raw) {
    String line = FormColumns.cells(raw);
    // Bullets and table edges carry nothing.
    while (!line.isEmpty() && "•·*|-–—▪►".indexOf(line.charAt(0)) >= 0) {
      line = line.substring(1).strip();
    }
    while (!line.isEmpty() && line.charAt(line.length() - 1) == '|') {
      line = line.substring(0, line.length() - 1).strip();
    }
    // A clause's number ("6. Place of work: Central, Hong Kong") is no part of its label.
    Matcher number = CLAUSE_NUMBER.matcher(line);
    if (number.lookingAt()) {
      line = line.substring(number.end());
    }
    // A clause headed by its label and a full stop, its figure straight after ("1. Base Salary. $168,000 per year"):
    // one sentence, as "Base Salary: $168,000" is; the point would end a sentence of its own.
    Matcher heading = CLAUSE_HEADING.matcher(line);
    if (heading.lookingAt()) {
      line = heading.group(1) + "." + HELD_SPACE + line.substring(heading.end());
    }
    // An ASCII table's rules ("+------+------+") carry nothing either.
    return line.matches("[-:|+= ]*") ? "" : line;
  }

  private static final java.util.regex.Pattern CLAUSE_NUMBER = java.util.regex.Pattern.compile(
      "\\d{1,2}[.)]\\s+(?=\\p{Lu}[\\p{L} ()&/-]{0,40}:|\\p{Lu}[\\p{L}-]*(?: [\\p{L}()&/-]+){0,3}\\.\\s)");

  /** The space after a clause heading's point, held until the sentences are cut so the point ends none. */
  private static final char HELD_SPACE = '\uE000';
  private static final java.util.regex.Pattern CLAUSE_HEADING = java.util.regex.Pattern.compile(
      "(?:\\d{1,2}[.)]\\s+)?(\\p{Lu}[\\p{L}-]*(?: [\\p{L}()&/-]+){0,3})\\.\\s+(?=[$£€¥₹]|[A-Z]{3}\\s?\\d|\\d)");

  /** Longest line read as a part of an offer listed without bullets. */
  private static final int LONGEST_PART = 100;

  /** A short line that starts with an offer's part and holds its figure: "base 210k", "sign on 30k (…)". */
  private static boolean offerPart(String line) {
    if (line.length() > LONGEST_PART || line.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (LetterWords.Hit hit : LetterReader.WORDS.hits(lower)) {
      return hit.start() == 0 && hit.topic().takesFigures();
    }
    return false;
  }

  /** A list item: a bullet mark, or a dash, then a space ("- Aguinaldo: 30 days of salary"). */
  private static boolean bullet(String raw) {
    String line = raw.stripLeading();
    return line.length() > 2 && ("•·*▪►".indexOf(line.charAt(0)) >= 0 || "-–".indexOf(line.charAt(0)) >= 0
        && line.charAt(1) == ' ');
  }

  /** A "Label: value" line (a label of a few words) starts its own unit. */
  static boolean labelled(String line) {
    int colon = labelEnd(line);
    String label = colon > 0 ? line.substring(0, colon) : "";
    // "Variable Pay (at 100% target): ₹4,00,000": what the parentheses add is no part of the label's length.
    String words = label.indexOf('(') >= 0 ? label.replaceAll("\\([^()]*\\)", " ").strip() : label;
    // "月額基本給 / Monthly base salary: 650,000円 / ¥650,000": a bilingual label is as long as its last language's half.
    int slash = words.lastIndexOf(" / ");
    words = slash > 0 ? words.substring(slash + 3).strip() : words;
    boolean labelled = colon > 0 && colon < 48 && colon < line.length() - 1 && !label.contains(".")
        && !words.isEmpty() && words.split(" +").length <= 4 && !label.toLowerCase(Locale.ROOT).endsWith("follows");
    return labelled;
  }

  /**
   * Where a line's label ends: its colon, or a dash with a space each side after a label of words ("BASE SALARY - $
   * 151,000", "Start Date – jan 19th 2027"), as a quick email writes its list; -1 for none.
   */
  private static int labelEnd(String line) {
    int colon = line.indexOf(':');
    if (colon > 0) {
      return colon;
    }
    for (int i = 1; i < Math.min(line.length() - 2, 48); i++) {
      char c = line.charAt(i);
      if ((c == '-' || c == '–' || c == '—') && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
        String label = line.substring(0, i);
        return label.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-' || ch == '\'')
            ? i - 1 : -1;
      }
    }
    return -1;
  }

  /** Whether a paragraph is mid-sentence, so a short line after it is its wrapped end, not a heading. */
  private static boolean continues(StringBuilder paragraph) {
    if (paragraph.length() == 0) {
      return false;
    }
    // A short "Label: value" line is complete; a long one wraps onto the next line.
    if (labelled(paragraph.toString()) && paragraph.length() < 70) {
      return false;
    }
    char last = paragraph.charAt(paragraph.length() - 1);
    return last != '.' && last != '!' && last != '?' && last != ':';
  }

  /**
   * Whether the next line continues the paragraph: mid-sentence, or after a point that ends no sentence there (a line
   * wrapped after "Wattle &amp; Reef Inc." before "(NASDAQ: WRRF), with a value of US$120,000").
   */
  private static boolean continues(StringBuilder paragraph, String next) {
    if (continues(paragraph)) {
      return true;
    }
    int end = paragraph.length() - 1;
    if (end < 0 || paragraph.charAt(end) != '.' || labelled(paragraph.toString()) && paragraph.length() < 70) {
      return false;
    }
    char first = next.isEmpty() ? ' ' : next.charAt(0);
    // Only a line that cannot start a sentence or a heading: a letterhead's "Acme Inc." stays apart from the date.
    // A point that never ends a sentence goes on whatever comes next: "expire at 5:00 p.m." / "Pacific on …".
    return (Character.isLowerCase(first) || first == '(' || first == ',' || endsInAbbreviation(paragraph, end))
        && !endsSentence(paragraph + " " + next, end);
  }

  /** Whether the point at {@code end} closes an abbreviation that ends no sentence ("p.m.", "approx."). */
  private static boolean endsInAbbreviation(CharSequence p, int end) {
    int w = end;
    while (w > 0 && (Character.isLetter(p.charAt(w - 1)) || p.charAt(w - 1) == '.')) {
      w--;
    }
    String word = p.subSequence(w, end).toString().toLowerCase(Locale.ROOT);
    return MID_SENTENCE.contains(word);
  }

  private static void flush(StringBuilder paragraph, List<String> units) {
    if (paragraph.length() == 0) {
      return;
    }
    String p = paragraph.toString();
    paragraph.setLength(0);
    int from = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsSentence(p, i)) {
        cut(p.substring(from, i + 1).strip(), units);
        from = i + 1;
      }
    }
    cut(p.substring(from).strip(), units);
  }

  private static boolean endsSentence(String p, int i) {
    if (i + 1 < p.length() && p.charAt(i + 1) != ' ') {
      return false;
    }
    if (p.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(p.charAt(w - 1)) || p.charAt(w - 1) == '.')) {
      w--;
    }
    String word = p.substring(w, i).toLowerCase(Locale.ROOT);
    if (w == i && i > 0 && Character.isDigit(p.charAt(i - 1)) && DAY_FIRST_MONTH.matcher(p).region(i + 1, p.length())
        .lookingAt()) {
      // "beginnt am 1. März 2027": a day's point before its month ends no sentence.
      return false;
    }
    if (w == i && i > 0 && Character.isDigit(p.charAt(i - 1)) && ORDINAL_PAY.matcher(p).region(i + 1, p.length())
        .lookingAt()) {
      // "zuzüglich 13. Monatslohn": the point makes the count an ordinal; the sentence goes on to say what it counts.
      return false;
    }
    // "U.S." and initials: a single letter before the point.
    if (word.length() == 1) {
      return false;
    }
    if (ABBREVIATIONS.contains(word)) {
      // "… Inc. This is …": a company's suffix can end a sentence; other abbreviations do not.
      return COMPANY_SUFFIXES.contains(word) && STARTERS.contains(nextWord(p, i + 2));
    }
    // A sentence ends before a capital, a digit or the end; "approx. 4,000" and "p.m. on" do not.
    int next = i + 2;
    return next >= p.length() || !Character.isLowerCase(p.charAt(next));
  }

  private static void cut(String unit, List<String> units) {
    String rest = unit.indexOf(HELD_SPACE) >= 0 ? unit.replace(HELD_SPACE, ' ') : unit;
    while (rest.length() > LONGEST) {
      int at = rest.lastIndexOf(' ', LONGEST);
      if (at <= 0) {
        at = LONGEST;
      }
      units.add(rest.substring(0, at).strip());
      rest = rest.substring(at).strip();
    }
    if (!rest.isEmpty()) {
      units.add(rest);
    }
  }
}
