package com.compcoach.guide;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks that exports and footnotes leave in a guide's text, blanked before it is parsed: a backslash escape from a
 * Google Docs or Notion export ("$135,000 \- $165,000", "1\. **Scope**"), a footnote marker after a figure
 * ("$280K¹", "$30K[^rsu]", "£85,000†", "<sup>1</sup>"), a heading's anchor ("## Pay bands {#pay-bands}"), struck-out
 * text ("~~$165K~~", "<s>$135K</s>", "<del>…</del>"), HTML comments, HTML tags a Notion or Confluence export leaves ("<br>", "<aside>"). Each mark becomes spaces (an
 * escape, its character and a space; an entity, spaces and its character: "&amp;" → "    &"), so offsets and line
 * numbers stay the file's.
 */
final class ExportMarks {

  /** What a backslash escapes in exports that a reader reads as the character alone. */
  private static final String ESCAPED = "-.+~$";
  /** No-break, narrow, figure and zero-width spaces, word joiner, byte-order mark: a space to a reader. */
  private static final String INVISIBLE = "\u00a0\u202f\u2007\u200b\u2060\ufeff";
  /** Footnote marks written right after a figure or word: "£85,000†". */
  private static final String DAGGERS = "†‡§";
  /** Named entities exports write, and what each stands for; a space for the no-break space. */
  private static final Map<String, Character> ENTITIES = Map.ofEntries(
      Map.entry("nbsp", ' '), Map.entry("ensp", ' '), Map.entry("emsp", ' '),
      Map.entry("thinsp", ' '), Map.entry("amp", '&'), Map.entry("ndash", '–'),
      Map.entry("mdash", '—'), Map.entry("minus", '-'), Map.entry("quot", '"'),
      Map.entry("apos", '\''), Map.entry("lsquo", '‘'), Map.entry("rsquo", '’'),
      Map.entry("ldquo", '“'), Map.entry("rdquo", '”'), Map.entry("hellip", '…'),
      Map.entry("euro", '€'), Map.entry("pound", '£'), Map.entry("yen", '¥'),
      Map.entry("rarr", '→'), Map.entry("middot", '·'), Map.entry("bull", '•'));
  /** HTML tags exports leave around text, blanked with their attributes; what they hold stays. */
  private static final Pattern TAG = Pattern.compile(
      "</?(?:br|aside|details|summary|div|span|p|u|mark|font|center)\\b[^<>\\n]{0,200}?/?>",
      Pattern.CASE_INSENSITIVE);
  /** Struck-out HTML, blanked with what it holds: "<s>$135K–$160K</s> $140K–$168K" reads $140K–$168K. */
  private static final Pattern STRUCK_TAG = Pattern.compile(
      "<(s|del|strike)\\b[^<>\\n]{0,100}>[^<\\n]{0,160}</\\1\\s*>", Pattern.CASE_INSENSITIVE);
  /** A line opening in single-asterisk bold, as Slack writes a heading: "*Targets* :dart:". */
  private static final Pattern SLACK_HEADING = Pattern.compile("\\*(?![*\\s])[^*\\n]{1,100}(?<!\\s)\\*(?!\\*)[^*\\n]*$",
      Pattern.MULTILINE);
  /** A Confluence wiki heading ("h2. ") or quote ("bq. ") at a line's start. */
  private static final Pattern WIKI_LINE = Pattern.compile("h[1-6]\\. |bq\\. ");
  /** A Trac, MoinMoin or DokuWiki heading, its words between runs of equals signs: "== Pay bands ==". */
  private static final Pattern EQUALS_HEADING = Pattern.compile("(={1,6})[ \\t]+[^=\\n]*\\p{L}[^=\\n]*?[ \\t]+(=+)[ \\t]*$",
      Pattern.MULTILINE);
  /** A Confluence macro's tag, blanked; what it holds stays. */
  private static final Pattern MACRO = Pattern.compile(
      "\\{(?:info|note|tip|warning|panel|quote|expand|excerpt|section|column)(?::[^{}\\n]{0,100})?}");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
  /** A footnote in a superscript, blanked whole: "$210K<sup>1</sup>". */
  private static final Pattern SUPERSCRIPT = Pattern.compile(
      "<sup>[^<>\\n]{1,8}</sup>", Pattern.CASE_INSENSITIVE);

  /** The ASCII characters a mark can start with; every other mark starts outside ASCII. */
  private static final String MARK_STARTS = "\\[{~&<hbi:=#";
  /** {@link #MARK_STARTS} by character: every character of a guide is tested, and a search of the string cost 2%. */
  private static final boolean[] OPENS_A_MARK = new boolean[128];

  static {
    for (char c : MARK_STARTS.toCharArray()) {
      OPENS_A_MARK[c] = true;
    }
  }

  private ExportMarks() {}

  /** The text with every such mark blanked; the text itself when it holds none. */
  static String blanked(String text) {
    return labelArrows(slackPaste(marksBlanked(picturesReadPast(text))));
  }

  /**
   * "toronto (hq) → 112-134k base, …" in a recruiter's message: a line's label (no digit in it), an arrow, then a
   * figure; the arrow says what a colon says. Never an arrow between figures ("$150K → $180K", "was $140K → now").
   */
  private static final Pattern LABEL_ARROW = Pattern.compile(
      "(?m)^[ \\t]*(?:[-*+•][ \\t]+)?[^\\d\\n→⇒➜<>=-][^\\d\\n→⇒➜]{1,40}?[ \\t](→|⇒|➜|->|=>)[ \\t]+(?=[\\p{Sc}\\d]|\\p{Lu}{1,3}\\$)");

  /** The text with each label's arrow a colon (an arrow of two characters a colon and a space), the same width. */
  private static String labelArrows(String text) {
    if (text.indexOf('→') < 0 && text.indexOf('⇒') < 0 && text.indexOf('➜') < 0 && !text.contains("->")
        && !text.contains("=>")) {
      return text;
    }
    Matcher m = LABEL_ARROW.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      out = out == null ? new StringBuilder(text) : out;
      out.setCharAt(m.start(1), ':');
      if (m.end(1) - m.start(1) == 2) {
        out.setCharAt(m.start(1) + 1, ' ');
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * A guide pasted from a Slack message, bullets written "• ": each bullet becomes a markdown one, and a line in
   * single-asterisk bold ("*Bands* (USD; base / stock / bonus)") that opens the text or stands over bullets becomes
   * the heading it is there; the same width, so offsets and lines stay the file's.
   */
  private static String slackPaste(String text) {
    if (!text.startsWith("• ") && !text.contains("\n• ") && !text.startsWith("•\t")
        && !text.contains("\n•\t")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (text.startsWith("• ", start) || text.startsWith("•\t", start)) {
        out.setCharAt(start, '-');
      } else if (SLACK_HEADING.matcher(text).region(start, end).lookingAt() && (start == 0 || overBullets(text, end))) {
        // "*Bands* (USD…)" → "# Bands (USD…)": the closing asterisk's place goes to the space the "#" needs.
        int close = text.indexOf('*', start + 1);
        out.setCharAt(start, '#');
        out.setCharAt(start + 1, ' ');
        for (int k = start + 2; k <= close; k++) {
          out.setCharAt(k, text.charAt(k - 1));
        }
      }
      start = end + 1;
    }
    return out.toString();
  }

  /**
   * Whether a page's equals headings are DokuWiki's, whose top level has the most signs ("====== Title ======" over
   * "===== Pay bands ====="), rather than Trac's or MoinMoin's, whose top has the fewest ("= Title =" over "== Pay
   * bands =="): its first heading has four signs or more and no later one has more.
   */
  private static boolean dokuWiki(String text, Matcher first) {
    int signs = first.end(1) - first.start(1);
    if (signs < 4) {
      return false;
    }
    for (int at = text.indexOf("\n=", first.end()); at >= 0; at = text.indexOf("\n=", at + 1)) {
      Matcher next = EQUALS_HEADING.matcher(text).region(at + 1, text.length());
      if (next.lookingAt() && next.end(1) - next.start(1) > signs) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line after the one ending at {@code end} is a bullet or a numbered item. */
  private static boolean overBullets(String text, int end) {
    int next = end + 1;
    return next < text.length() && (text.startsWith("• ", next) || text.startsWith("•\t", next)
        || text.startsWith("- ", next)
        || Character.isDigit(text.charAt(next)) && next + 1 < text.length() && text.charAt(next + 1) == '.');
  }

  /** Whether a page writes Confluence wiki headings ("h1. Title", "h2. Levers") at a line's start. */
  private static boolean wikiPage(String text) {
    for (int at = text.indexOf(". "); at >= 0; at = text.indexOf(". ", at + 1)) {
      if (at >= 2 && text.charAt(at - 2) == 'h' && text.charAt(at - 1) >= '1' && text.charAt(at - 1) <= '6'
          && (at == 2 || text.charAt(at - 3) == '\n')) {
        return true;
      }
    }
    return false;
  }

  private static String marksBlanked(String text) {
    StringBuilder out = null;
    // Whether the equals headings are DokuWiki's, settled at the first one.
    Boolean dokuWiki = null;
    // Whether the page is in Confluence wiki markup ("h2. Levers"), settled at the first "# " line.
    Boolean wikiPage = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 && !OPENS_A_MARK[c]) {
        // Most characters are letters, digits, spaces and punctuation that open no mark: one test each.
        continue;
      }
      int width = 0;
      if (c == '\\' && i + 1 < n && ESCAPED.indexOf(text.charAt(i + 1)) >= 0) {
        // The escaped character takes the backslash's place, so "1\\. " reads "1. " and a list is a list again.
        out = out == null ? new StringBuilder(text) : out;
        out.setCharAt(i, text.charAt(i + 1));
        out.setCharAt(i + 1, ' ');
        i++;
        continue;
      } else if (superscriptDigit(c) && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        width = 1;
      } else if (c == '[' && i + 1 < n && text.charAt(i + 1) == '^') {
        width = markUpTo(text, i, ']', 24);
      } else if (c == '[' && taskBox(text, i)) {
        // A checklist's box is no part of what the item says: "- [x] **Zürich (HQ)** — base …" names Zürich.
        width = 3;
      } else if (c == '[' && cellLink(text, i) > 0) {
        // "| [Austin, TX](https://…) (HQ) |" names Austin, TX: the brackets and the address go, the words stay.
        int end = cellLink(text, i);
        out = out == null ? new StringBuilder(text) : out;
        out.setCharAt(i, ' ');
        for (int k = text.indexOf(']', i); k < end; k++) {
          out.setCharAt(k, ' ');
        }
        i = end - 1;
        continue;
      } else if (c == ':' && i + 2 < n && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'z') {
        // A Slack or GitHub emoji shortcode is a picture: ":moneybag: Base $145K" reads "Base $145K".
        width = shortcode(text, i);
      } else if (c == '{' && i + 1 < n && text.charAt(i + 1) == '#') {
        width = markUpTo(text, i, '}', 120);
      } else if (DAGGERS.indexOf(c) >= 0 && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        width = 1;
      } else if (c == '~' && text.startsWith("~~", i)) {
        // Struck out is no longer so: "~~$165K~~ $168K–$200K" reads $168K–$200K.
        width = struck(text, i);
      } else if (c == '&') {
        int end = entityEnd(text, i);
        char decoded = end > 0 ? entity(text.substring(i + 1, end)) : 0;
        if (decoded != 0) {
          // The character stands where the entity ended, spaces before it: "&amp;" reads "    &".
          out = out == null ? new StringBuilder(text) : out;
          for (int k = i; k < end; k++) {
            out.setCharAt(k, ' ');
          }
          out.setCharAt(end, decoded);
          i = end;
          continue;
        }
      } else if (c == '<') {
        width = tag(text, i);
        if (width >= 4 && stackedFigures(text, i, width)) {
          // "£52,000<br>£63,000" in a cell: a band's two ends stacked on two lines, its range as a dash writes it.
          out = out == null ? new StringBuilder(text) : out;
          for (int k = i; k < i + width; k++) {
            out.setCharAt(k, k == i + 1 ? '–' : ' ');
          }
          i += width - 1;
          continue;
        }
      } else if ((c == 'h' || c == 'b') && (i == 0 || text.charAt(i - 1) == '\n') && WIKI_LINE.matcher(text)
          .region(i, Math.min(n, i + 4)).lookingAt()) {
        // Confluence wiki markup: "h2. Levers" is a heading and "bq. Aim for…" a quote, the same width in markdown.
        out = out == null ? new StringBuilder(text) : out;
        String markdown = c == 'b' ? ">  " : "#".repeat(text.charAt(i + 1) - '0') + " ";
        for (int k = 0; k < 3; k++) {
          out.setCharAt(i + k, k < markdown.length() ? markdown.charAt(k) : ' ');
        }
        if (markdown.length() > 3) {
          // "h4." and deeper would need more room than they take: a level-3 heading reads the same.
          out.setCharAt(i, '#');
          out.setCharAt(i + 1, '#');
          out.setCharAt(i + 2, '#');
        }
        i += 2;
        continue;
      } else if (c == '#' && (i == 0 || text.charAt(i - 1) == '\n') && i + 1 < n && text.charAt(i + 1) == ' '
          && (wikiPage != null ? wikiPage : (wikiPage = wikiPage(text)))) {
        // In wiki markup "# Competing offer" is a numbered item, never a heading: a list item in markdown, as wide.
        out = out == null ? new StringBuilder(text) : out;
        out.setCharAt(i, '-');
        continue;
      } else if (c == '=' && (i == 0 || text.charAt(i - 1) == '\n')) {
        Matcher heading = EQUALS_HEADING.matcher(text).region(i, n);
        if (heading.lookingAt()) {
          // "== Pay bands ==" is the heading "## Pay bands", the same width: the closing signs become spaces.
          out = out == null ? new StringBuilder(text) : out;
          if (dokuWiki == null) {
            dokuWiki = dokuWiki(text, heading);
          }
          int signs = heading.end(1) - heading.start(1);
          // DokuWiki counts down: "======" is its top level. Its levels 4 and 5 ("===", "==") need more signs than
          // they take, so they become plain lines inside the section above, never a shallower heading closing it.
          int level = dokuWiki ? (7 - signs > signs ? 0 : 7 - signs) : signs;
          for (int k = heading.start(1); k < heading.end(1); k++) {
            out.setCharAt(k, k - heading.start(1) < level ? '#' : ' ');
          }
          for (int k = heading.start(2); k < heading.end(2); k++) {
            out.setCharAt(k, ' ');
          }
          i = heading.end() - 1;
        }
        continue;
      } else if (c == '{' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        width = macro(text, i);
      } else if (c == 'i' && ish(text, i)) {
        // "160k-ish to 190k": the figure is as written, and the range goes on past it.
        width = 3;
        if (text.charAt(i - 1) == '-') {
          out = out == null ? new StringBuilder(text) : out;
          out.setCharAt(i - 1, ' ');
        }
      } else if (INVISIBLE.indexOf(c) >= 0) {
        // A document pasted from Google Docs or Word: no-break and zero-width spaces read as the space they show.
        width = 1;
      }
      if (width > 0) {
        out = out == null ? new StringBuilder(text) : out;
        for (int k = i; k < i + width; k++) {
          // A comment over several lines keeps its line ends, so line numbers stay the file's.
          if (out.charAt(k) != '\n') {
            out.setCharAt(k, ' ');
          }
        }
        i += width - 1;
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether the tag at {@code at} is a line break between two figures in a table's cell: a figure's last digit (or
   * its K or M) before it, a figure's first digit or currency mark after it, on a line of cells.
   */
  private static boolean stackedFigures(String text, int at, int width) {
    if (!text.regionMatches(true, at, "<br", 0, 3)) {
      return false;
    }
    int before = at - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int after = at + width;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (before < 1 || after >= text.length()) {
      return false;
    }
    char b = text.charAt(before);
    char a = text.charAt(after);
    boolean figureBefore = Character.isDigit(b) || "kKmM".indexOf(b) >= 0 && Character.isDigit(text.charAt(before - 1));
    boolean figureAfter = Character.isDigit(a) || Character.getType(a) == Character.CURRENCY_SYMBOL
        || Character.isUpperCase(a) && text.substring(after, Math.min(text.length(), after + 4)).contains("$");
    if (!figureBefore || !figureAfter) {
      return false;
    }
    // The second figure ends its cell: "$150K<br>$195K total" stacks two different things, never a band's ends.
    int end = after;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) && end - after < 12
        || ",.$€£¥ ".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    String rest = text.substring(after, end).strip();
    if (rest.chars().filter(Character::isLetter).count() > 3 || end < text.length() && "|<\n".indexOf(text.charAt(end)) < 0) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', at) + 1;
    String opening = text.substring(lineStart, Math.min(at, lineStart + 200)).stripLeading();
    return opening.startsWith("|") || opening.regionMatches(true, 0, "<t", 0, 2);
  }

  /** The end of a markdown link "[words](address)" at {@code at} in a table's cell, or 0 (a link elsewhere stays). */
  private static int cellLink(String text, int at) {
    int close = at + 1;
    int n = Math.min(text.length(), at + 100);
    while (close < n && "]\n[|".indexOf(text.charAt(close)) < 0) {
      close++;
    }
    if (close >= n || text.charAt(close) != ']' || close == at + 1 || close + 1 >= text.length()
        || text.charAt(close + 1) != '(') {
      return 0;
    }
    int end = close + 2;
    int m = Math.min(text.length(), close + 300);
    // The address, and a title after it in quotes: "[Berlin](https://… "Berlin office")".
    while (end < m && text.charAt(end) != ')' && text.charAt(end) != '\n' && text.charAt(end) != '|') {
      end++;
    }
    if (end >= m || text.charAt(end) != ')') {
      return 0;
    }
    int lineStart = text.lastIndexOf('\n', at) + 1;
    return text.substring(lineStart, at).stripLeading().startsWith("|") ? end + 1 : 0;
  }

  /** Whether a checklist's box, "[ ]", "[x]" or "[X]" then a space, opens a list item at {@code at}. */
  private static boolean taskBox(String text, int at) {
    if (at < 2 || at + 3 >= text.length() || text.charAt(at + 2) != ']' || text.charAt(at + 3) != ' '
        || " xX".indexOf(text.charAt(at + 1)) < 0 || text.charAt(at - 1) != ' ') {
      return false;
    }
    char marker = text.charAt(at - 2);
    return marker == '-' || marker == '*' || marker == '+' || marker == '.' || marker == ')';
  }

  /** The width of an emoji shortcode at {@code at} (":moneybag:", ":round_pushpin:", ":+1:"), or 0. */
  private static int shortcode(String text, int at) {
    int n = Math.min(text.length(), at + 40);
    for (int k = at + 1; k < n; k++) {
      char c = text.charAt(k);
      if (c == ':') {
        return k > at + 1 ? k + 1 - at : 0;
      }
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-')) {
        return 0;
      }
    }
    return 0;
  }

  /** Whether "ish" at {@code at} closes a figure: "160k-ish", "150ish", and no word goes on after it. */
  private static boolean ish(String text, int at) {
    if (!text.startsWith("ish", at) || at < 2 || at + 3 < text.length() && Character.isLetter(text.charAt(at + 3))) {
      return false;
    }
    int before = text.charAt(at - 1) == '-' ? at - 2 : at - 1;
    char c = text.charAt(before);
    return Character.isDigit(c) || (c == 'k' || c == 'K' || c == 'm' || c == 'M') && before > 0
        && Character.isDigit(text.charAt(before - 1));
  }

  /** The width of a Confluence macro's tag at {@code at} ("{info}", "{panel:title=Pay}", "{quote}"), or 0. */
  private static int macro(String text, int at) {
    Matcher m = MACRO.matcher(text).region(at, Math.min(text.length(), at + 120));
    return m.lookingAt() ? m.end() - at : 0;
  }

  /** The width of "~~…~~" from {@code at} on one line, or 0. */
  private static int struck(String text, int at) {
    int close = text.indexOf("~~", at + 2);
    int line = text.indexOf('\n', at);
    if (close < at + 3 || close - at > 120 || line >= 0 && line < close) {
      return 0;
    }
    return close + 2 - at;
  }

  /** Where a character entity that starts at {@code at} ends (its ';'), or -1. */
  private static int entityEnd(String text, int at) {
    int end = text.indexOf(';', at);
    return end > at + 1 && end - at <= 10 ? end : -1;
  }

  /** The character an entity's name stands for ("ndash", "#8211", "#x2013"), or 0. */
  private static char entity(String name) {
    if (name.startsWith("#")) {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        return cp > 31 && cp < 0xD800 ? (char) (cp == 0xA0 ? ' ' : cp) : 0;
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    Character c = ENTITIES.get(name);
    return c == null ? 0 : c;
  }

  /** The width of an HTML tag exports leave (or a superscript footnote) at {@code at}, or 0. */
  private static int tag(String text, int at) {
    if (text.startsWith("<!--", at)) {
      // An HTML comment is for the author: "<!-- 2025 bands: Charlotte $120K–$150K -->" is no figure of the guide.
      int close = text.indexOf("-->", at + 4);
      return close < 0 ? 0 : close + 3 - at;
    }
    Matcher sup = SUPERSCRIPT.matcher(text).region(at, Math.min(text.length(), at + 24));
    if (sup.lookingAt()) {
      return sup.end() - at;
    }
    Matcher struck = STRUCK_TAG.matcher(text).region(at, Math.min(text.length(), at + 400));
    if (struck.lookingAt()) {
      return struck.end() - at;
    }
    Matcher m = TAG.matcher(text).region(at, Math.min(text.length(), at + 240));
    return m.lookingAt() ? m.end() - at : 0;
  }

  /** The width of a mark from {@code at} to its closing character, with no space in it; 0 when it is not one. */
  private static int markUpTo(String text, int at, char closing, int longest) {
    int close = text.indexOf(closing, at);
    if (close < at + 3 || close - at > longest) {
      return 0;
    }
    for (int k = at + 2; k < close; k++) {
      if (Character.isWhitespace(text.charAt(k))) {
        return 0;
      }
    }
    return close - at + 1;
  }

  private static boolean superscriptDigit(char c) {
    return c == '¹' || c == '²' || c == '³' || c >= '⁰' && c <= '⁹';
  }

  /** The text with each run of spaces one space, as a blanked mark leaves it: "Barnes     & Pike" → "Barnes & Pike". */
  static String oneSpaced(String text) {
    return text.contains("  ") ? SPACES.matcher(text).replaceAll(" ") : text;
  }

  /**
   * "💰 Base: $150K – $185K" over "🎯 Bonus: 10%": a line's opening emoji is a picture, read past. The words move left
   * into its place and the spaces go to the line's end, so no line is indented into a code block and every line keeps
   * its number. One pass over the line starts, before the marks are looked for in what the lines now say.
   */
  private static String picturesReadPast(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int start = 0; start < n; ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      int at = start;
      while (at < end && at < start + 3 && text.charAt(at) == ' ') {
        at++;
      }
      char c = at < end ? text.charAt(at) : ' ';
      // ":round_pushpin: *Austin* (HQ)": Slack's code for a picture opens the line as the picture would; blanked in
      // place, its width of spaces made the line an indented code block and the place was lost.
      int code = c == ':' ? shortcode(text, at) : 0;
      if (code > 0 && at + code < end && text.charAt(at + code) == ' ') {
        int run = code;
        while (at + run < end && text.charAt(at + run) == ' ') {
          run++;
        }
        out = out == null ? new StringBuilder(text) : out;
        for (int k = at; k < end; k++) {
          out.setCharAt(k, k + run < end ? text.charAt(k + run) : ' ');
        }
      } else if (c >= 0x2100 && (Character.isHighSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL)) {
        int run = decorationRun(text, at);
        if (run > 0 && at + run < end) {
          out = out == null ? new StringBuilder(text) : out;
          for (int k = at; k < end; k++) {
            out.setCharAt(k, k + run < end ? text.charAt(k + run) : ' ');
          }
        }
      }
      start = end + 1;
    }
    return out == null ? text : out.toString();
  }

  /** The width of the emoji run at {@code at} (pictures, their joiners, selectors and skin tones), with a space after. */
  private static int decorationRun(String text, int at) {
    int k = at;
    while (k < text.length() && text.charAt(k) != '\n' && decoration(text.codePointAt(k))) {
      k += Character.charCount(text.codePointAt(k));
    }
    return k - at;
  }

  /** A name without the emoji or symbols a writer puts around it: "📍 **Austin, TX (HQ)**" → "**Austin, TX (HQ)**". */
  static String undecorated(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && decoration(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && decoration(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    return from == 0 && to == text.length() ? text : text.substring(from, to);
  }

  /** Emoji and other symbols (not currency signs or arrows), their joiners and variation selectors, and spaces. */
  private static boolean decoration(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || cp == 0xFE0F || cp == 0x200D || Character.isWhitespace(cp)
        || cp >= 0x1F3FB && cp <= 0x1F3FF;
  }
}
