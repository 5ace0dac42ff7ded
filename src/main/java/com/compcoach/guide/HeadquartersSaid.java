package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pay table that marks no row as headquarters, under prose that says which place is ("Our headquarters is in
 * Toronto; we also hire in Vancouver."): that row is marked, as "(HQ)" in its cell would mark it.
 */
final class HeadquartersSaid {

  /** What people call headquarters ({@code hq_words}: "home base" and "main office" too; never "home office"). */
  private static final String WORDS = ReadingRules.standard().hqWords();

  /** The words that open a saying of headquarters before its place, and after it. */
  // The company is the one headquartered: "we're headquartered in", "our HQ is in"; never "the firms we lose candidates
  // to are headquartered in Austin".
  // "Harborlight is a 400-person analytics company headquartered in Minneapolis": the company said to be one, named
  // by what it is; never "Brex, a fintech headquartered in …" or "a studio of a group headquartered in …", others.
  private static final String BEFORE = "(?:(?:we(?:'re|’re|\\s+are)|the\\s+company\\s+is|is|(?<!which\\s)(?<!that\\s)"
      + "(?<!who\\s)\\bis\\s+an?\\s+(?:[\\p{L}\\d-]+\\s+){0,4}?(?:company|firm|business|startup|start-up|bank|insurer"
      + "|retailer|fintech|lender|agency|consultancy|studio|lab|nonprofit|non-profit|organi[sz]ation|manufacturer"
      + "|marketplace|provider|maker|hospital|university|school|[\\p{L}-]*tech|pharma|publisher|network|chain|group"
      + "|cooperative|co-op|brand|platform|carrier|utility|airline|operator|developer|distributor|producer|system"
      + "|practice|partnership),?)"
      + "\\s+headquartered"
      + "|our\\s+" + WORDS + "(?:\\s+(?:is|are|sits))?)\\s+(?:in|at)\\s+";
  // "Toronto is head office.", "Nashville is HQ", "Nashville is home base": the article is often left out.
  private static final String AFTER = "\\s+(?:is|as)\\s+(?:(?:our|the\\s+company's|the\\s+company’s|the)\\s+"
      + WORDS + "\\b"
      // Without the article only where the words end the clause: "Denver is HQ minus 10%" marks nothing.
      + "|" + WORDS + "\\b(?=[ \\t]*(?:[.;,)!(\\n\\r]|$)))";

  /** "**Hartford, CT** — our headquarters": the place's line, then a dash and the words. */
  private static final String DASHED = "(?:,\\s*\\p{Lu}{2})?[*_]*\\s*[—–:-]\\s*(?:our|the\\s+company's|the)\\s+"
      + WORDS + "\\b(?=[ \\t]*(?:[.;,)!(\\n\\r]|$))";

  /**
   * "| Wellington | … | Head office; most of the team |": a cell of the place's own table row that opens with the
   * words, as a Notes or Type column writes them.
   */
  // The words end the cell or their clause ("Head office; most of the team", "Our headquarters, since 2019"), and
  // nothing in the cell sets the row off from them: "HQ, less 10% on base" on the Remote row is Remote's pay, said
  // from HQ's.
  private static final String CELL = "[*_]*[^|\\n]*\\|(?:[^|\\n]*\\|)*?[ \\t]*[*_]*(?:our\\s+|the\\s+)?"
      + WORDS + "\\b(?=[*_]*[ \\t]*(?:[.;,|\\n\\r]|$))"
      + "(?![^|\\n]*(?:%|\\b(?:less|minus|below|than)\\b))";

  /** "We hire in Cambridge (head office) and Manchester": the words in brackets after the place, in a sentence. */
  private static final String BRACKETED = "\\s*\\((?:our\\s+|the\\s+)?" + WORDS + "\\)";

  /**
   * A note under a table whose mark stands on one place's cell: "\\* head office", "† Headquarters", "¹ HQ", "★ head
   * studio". The mark is the group; the words end the note's clause.
   */
  private static final Pattern MARK_NOTE = Pattern.compile("(?mi)^[ \\t]*\\\\?([*†‡§¹²³⁴⁵⁶⁷⁸⁹★☆])[ \\t]*(?:[:=—–-][ \\t]*)?"
      // The words end the note's clause: "† Head office. No share scheme for this role." says more after it.
      + "(?:our\\s+|the\\s+)?(?:" + WORDS + ")\\b(?:[ \\t]*[.;][ \\t]+[^\\n]*|[ \\t]*[.;,)]?[ \\t]*)$");

  private HeadquartersSaid() {}

  /** The regions, the one place the prose says is headquarters marked so; as they are when none or two are said. */
  static List<Region> marked(List<Region> regions, String text) {
    if (regions.size() < 2 || regions.stream().anyMatch(Region::hq)) {
      return regions;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    // A cheap look first: most guides mark their headquarters in the table or say nothing of it.
    // "headquartered" as well as the words themselves.
    if (!lower.contains("headquarter") && !ReadingRules.standard().mayNameHq(lower)) {
      return regions;
    }
    Matcher note = MARK_NOTE.matcher(text);
    // "| Toronto* |" over "\\* head office": the place's cell ends in the note's mark, escaped or not (never the
    // closing asterisks of a bold "**Toronto**").
    String marked = note.find() ? "[ \\t]*\\\\?" + Pattern.quote(note.group(1)) + "[ \\t]*\\|" : null;
    int said = -1;
    for (int i = 0; i < regions.size(); i++) {
      String written = regions.get(i).shortName();
      String place = Pattern.quote(marked == null ? written : unmarked(written));
      Pattern p = Pattern.compile("(?iu)(?:" + BEFORE + place + "(?![\\p{L}])|(?<![\\p{L}])" + place
          // "Columbus, OH is our headquarters": the state after the place's short name; "**Nashville** is home base".
          + "(?:,\\s*[a-z]{2}\\b)?[*_]*" + AFTER
          // "at its Dayton, Ohio headquarters", "our Austin HQ": the place named inside the company's words.
          + "|\\b(?:its|our)\\s+" + place + "(?:,\\s*\\p{L}+)?\\s+" + WORDS + "\\b"
          + "|(?<![\\p{L}])" + place + DASHED
          + "|(?<![\\p{L}])" + place + BRACKETED
          + "|(?m:^)[ \\t]*\\|?[ \\t]*[*_]*" + place + CELL
          // The marked cell opens its row, or (places across) stands in the header among the others.
          + (marked == null ? "" : "|(?:(?m:^)|\\|)[ \\t]*" + place + marked) + ")");
      if (p.matcher(text).find()) {
        if (said >= 0) {
          return regions;
        }
        said = i;
      }
    }
    if (said < 0) {
      return regions;
    }
    List<Region> out = new ArrayList<>(regions);
    Region r = regions.get(said);
    // "Toronto*" over "\\* head office": the mark said which place; the place's name is "Toronto".
    String name = marked == null ? r.name() : unmarked(r.name());
    out.set(said, new Region(name, true, r.currency(), r.bands(), r.line(), r.remote()));
    return List.copyOf(out);
  }

  /** A place's name without the footnote mark its cell carries: "Toronto*" → "Toronto". */
  private static String unmarked(String name) {
    String out = name.strip();
    while (!out.isEmpty() && "*\\†‡§¹²³⁴⁵⁶⁷⁸⁹★☆".indexOf(out.charAt(out.length() - 1)) >= 0) {
      out = out.substring(0, out.length() - 1).strip();
    }
    return out.isEmpty() ? name : out;
  }
}
