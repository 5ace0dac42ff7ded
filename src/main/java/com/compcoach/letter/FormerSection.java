package com.compcoach.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A transfer's or promotion's list of the terms it replaces under a heading of their own ("Current position" over
 * "- Title: Data Analyst II" / "- Base salary: CAD 98,000 per year", beside "New position" over the new terms): the
 * earlier list is taken out before reading, so its title, place and bonus are never the offer's, and its figures are
 * kept apart as figures the letter replaces, as {@link TableColumns} does for an earlier column.
 *
 * @param sentences the sentences without the earlier heading and its lines
 * @param replaced  the earlier lines taken out, as written
 */
record FormerSection(List<String> sentences, List<String> replaced) {

  /** "Current position", "Your current package:", "Previous role", with nothing after the few words. */
  private static final Pattern EARLIER = Pattern.compile(
      "(?:your\\s+)?(?:current|present|existing|previous|prior|former|old)(?:\\s+[\\p{L}&]+){1,3}");
  /** "New position", "Your new terms", "Proposed package". */
  private static final Pattern LATER = Pattern.compile(
      "(?:your\\s+)?(?:new|proposed|revised|future|updated)(?:\\s+[\\p{L}&]+){1,3}");
  /** A list line: a label and its value ("- Title: Data Analyst II", "Base salary | CAD 98,000"). */
  private static final Pattern LABEL_LINE = Pattern.compile("^[-•*–]?\\s*[\\p{L}][\\p{L}\\s/&()'-]{0,40}\\s*[:|]\\s*\\S.*");
  /** The most lines a heading's list holds. */
  private static final int MOST_LINES = 15;

  static FormerSection of(List<String> sentences) {
    List<String> kept = new ArrayList<>(sentences);
    List<String> replaced = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (!heading(kept.get(i), EARLIER)) {
        continue;
      }
      int end = i + 1;
      while (end < kept.size() && end - i <= MOST_LINES && LABEL_LINE.matcher(kept.get(end).strip()).matches()
          && kept.get(end).length() <= 120) {
        end++;
      }
      // Only beside the new terms' own heading, just before or right after: a lone "Current role" list may be all
      // the letter gives, and is then read as it stands.
      boolean newAfter = end < kept.size() && heading(kept.get(end), LATER);
      boolean newBefore = !newAfter && newListBefore(kept, i);
      if (end == i + 1 || !(newAfter || newBefore)) {
        continue;
      }
      List<String> lines = kept.subList(i, end);
      replaced.addAll(lines.subList(1, lines.size()));
      lines.clear();
      i--;
    }
    return new FormerSection(replaced.isEmpty() ? sentences : List.copyOf(kept), List.copyOf(replaced));
  }

  /** Whether the list right above the earlier heading is the new terms' ("New position" and its lines). */
  private static boolean newListBefore(List<String> units, int at) {
    int j = at - 1;
    while (j >= 0 && at - j <= MOST_LINES && LABEL_LINE.matcher(units.get(j).strip()).matches()) {
      j--;
    }
    return j >= 0 && j < at - 1 && heading(units.get(j), LATER);
  }

  /** Whether the unit is a short heading of that kind, with no figure and nothing after its colon. */
  private static boolean heading(String unit, Pattern kind) {
    if (unit.length() > 50) {
      return false;
    }
    String bare = unit.strip().replaceFirst("^[#*\\s]+", "").replaceFirst("[*:\\s]+$", "").toLowerCase(Locale.ROOT);
    return !bare.isEmpty() && "cpeonrfuy".indexOf(bare.charAt(0)) >= 0 && kind.matcher(bare).matches();
  }
}
