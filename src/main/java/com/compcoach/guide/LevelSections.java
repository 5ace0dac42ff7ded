package com.compcoach.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places written once under each of several level headings ("## Data Scientist (D2)", "## Senior Data Scientist
 * (D3)", each over "- Edinburgh (HQ): base …"): only the places under the heading of the level the title names are the
 * guide's, as {@link LevelRows} keeps a table's rows; a place written twice with no level to choose between is refused.
 */
final class LevelSections {

  /** A level's code in a heading's brackets, after a dash or opening it: "(D3)", "— L5", "(IC4)", "L4 — …". */
  private static final Pattern CODE = Pattern.compile("[(\\[]\\s*(\\p{Lu}{1,3}\\s?\\d{1,2})\\s*[)\\]]"
      + "|[—–-]\\s*(\\p{Lu}{1,3}\\d{1,2})\\s*$|^\\s*(\\p{Lu}{1,3}\\d{1,2})\\s*[—–:-]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private LevelSections() {}

  /**
   * The prose regions to serve: all of them where no place is written twice; else those under the one heading the
   * role names; else none, with an error saying why.
   */
  static List<Region> keep(GuideDraft draft, List<Region> read, String role) {
    Map<String, List<Region>> byName = new LinkedHashMap<>();
    boolean twice = false;
    for (Region r : read) {
      List<Region> same = byName.computeIfAbsent(String.join(" ", Places.tokens(r.name())), k -> new ArrayList<>());
      same.add(r);
      twice |= same.size() > 1;
    }
    if (!twice) {
      return read;
    }
    Map<SectionSeen, List<Region>> bySection = new LinkedHashMap<>();
    for (Region r : read) {
      bySection.computeIfAbsent(sectionOf(draft, r.line()), k -> new ArrayList<>()).add(r);
    }
    SectionSeen picked = bySection.size() < 2 ? null : named(bySection.keySet(), role == null ? "" : role);
    if (picked != null) {
      draft.findings.add(Finding.info(draft.path, picked.line, "places are written under " + bySection.size()
          + " level headings: read those under '" + picked.title + "', the level the title names"));
      return List.copyOf(bySection.get(picked));
    }
    SectionSeen dated = bySection.size() < 2 ? null : latestYear(bySection.keySet());
    if (dated != null) {
      // "## 2025 bands" then "## 2026 bands (current)": the current year's places are the band, the other history.
      draft.findings.add(Finding.info(draft.path, dated.line, "places are written under " + bySection.size()
          + " headings by year: read those under '" + dated.title + "', the current or latest"));
      return List.copyOf(bySection.get(dated));
    }
    Region again = null;
    for (List<Region> same : byName.values()) {
      again = again == null && same.size() > 1 ? same.get(1) : again;
    }
    String place = again.name();
    int first = byName.get(String.join(" ", Places.tokens(place))).get(0).line();
    draft.findings.add(Finding.error(draft.path, again.line(), "'" + place + "' is written twice (lines " + first
        + " and " + again.line() + ")" + (bySection.size() < 2 ? ""
            : ", under headings " + bySection.keySet().stream().map(s -> "'" + s.title + "'").toList()
                + " that the title ('" + role + "') names none or several of")
        + ", so which pay is its band is not said; name the level in the title (as 'Senior Data Scientist (D3)') "
        + "or write the place once"));
    return List.of();
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

  /**
   * Of headings that each name a year ("2025 bands", "2026 bands (current)"), the one said to be current, else the
   * latest; null where any names no year or two name the same.
   */
  private static SectionSeen latestYear(java.util.Collection<SectionSeen> sections) {
    SectionSeen latest = null;
    int latestYear = 0;
    java.util.Set<Integer> years = new java.util.HashSet<>();
    for (SectionSeen s : sections) {
      java.util.regex.Matcher m = YEAR.matcher(s.title);
      if (!m.find() || !years.add(Integer.parseInt(m.group(1)))) {
        return null;
      }
      if (s.title.toLowerCase(java.util.Locale.ROOT).contains("current")) {
        return s;
      }
      if (Integer.parseInt(m.group(1)) > latestYear) {
        latestYear = Integer.parseInt(m.group(1));
        latest = s;
      }
    }
    return latest;
  }

  /** The section a line stands in: the last one opened at or before it. */
  private static SectionSeen sectionOf(GuideDraft draft, int line) {
    SectionSeen in = draft.sections.get(0);
    for (SectionSeen s : draft.sections) {
      if (s.line <= line) {
        in = s;
      }
    }
    return in;
  }

  /**
   * The one heading that names the role's level: by its code where the role writes it ("(D3)"), else the heading whose
   * words, code aside, are all the role's and most of them ("Senior Data Scientist" over "Data Scientist"); null where
   * none or two equally do.
   */
  private static SectionSeen named(Set<SectionSeen> headings, String role) {
    SectionSeen byCode = null;
    int codes = 0;
    for (SectionSeen s : headings) {
      Matcher m = CODE.matcher(s.title);
      String code = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3))
          .replace(" ", "") : null;
      if (code != null && LevelRows.names(role, code)) {
        byCode = s;
        codes++;
      }
    }
    if (codes == 1) {
      return byCode;
    }
    Set<String> roleWords = words(role);
    SectionSeen best = null;
    int most = 0;
    boolean tie = false;
    for (SectionSeen s : headings) {
      Set<String> own = words(CODE.matcher(s.title).replaceAll(" "));
      if (own.isEmpty() || !roleWords.containsAll(own)) {
        continue;
      }
      if (own.size() > most) {
        best = s;
        most = own.size();
        tie = false;
      } else if (own.size() == most) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static Set<String> words(String text) {
    Set<String> words = new java.util.HashSet<>();
    Matcher m = WORD.matcher(text.replace("**", "").toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
