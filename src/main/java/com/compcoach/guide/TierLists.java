package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the places each tier's band is for, where the pay table's rows are tiers or zones and the guide lists their
 * places: "**Tier 2:** Boston, Los Angeles, Denver" as a bullet, or "Tier A: Chicago Magnificent Mile, NYC SoHo. Tier
 * B: Denver Cherry Creek." in prose, before or after the table.
 */
final class TierLists {

  /** A row named as a tier ("Tier 2", "Zone B", "Geo tier 1") or by its id alone ("A", "2") under a Tier column. */
  private static final Pattern TIER_ROW = Pattern.compile(
      "(?i)(?:(?:geo(?:graphic)?\\s+|pay\\s+|location\\s+|market\\s+)?(?:tier|zone)\\s+)?([A-Z0-9]{1,2})");
  /** A list's label: "Tier 2:", "**Tier A** —", "Zone 1 =". */
  private static final Pattern LABEL = Pattern.compile(
      "(?i)(?:^|(?<=[\\s*_(•\\-]))(?:geo(?:graphic)?\\s+|pay\\s+|location\\s+|market\\s+)?(tier|zone)\\s+([A-Z0-9]{1,2})"
          + "\\b[*_]*\\s*(?:\\([^)\\n]{0,30}\\)\\s*)?[*_]*\\s*(?::|—|–|=|\\s-\\s)\\s*[*_]*");
  /** Where a list in prose ends: a full stop not after an abbreviation ("St.", "D.C.") or a line's end. */
  private static final Pattern LIST_END = Pattern.compile("(?<!\\b(?:St|Ft|Mt|Ste|[A-Z]))\\.(?=\\s|$)|\\n");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|/|\\band\\b|&|\\+)\\s*");
  private static final Pattern SEMICOLONS = Pattern.compile("\\s*(?:;|\\band\\b)\\s*");
  /** A US state's two-letter code, as written after a city: "IN", "OR". */
  private static boolean stateCode(String word) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1))
        && Places.stateCode(word.toLowerCase(Locale.ROOT));
  }
  /** A member that names no place but the rest: "anywhere else in the US", "all other locations". */
  private static final Pattern THE_REST = Pattern.compile(
      "(?i)\\b(?:anywhere|everywhere|elsewhere|rest\\s+of|all\\s+other|other\\s+(?:us\\s+)?(?:cities|locations|places|"
          + "states|metros|markets)|remote)\\b");

  private TierLists() {}

  /** The listed places of each tier row, with an info finding per list; none where no row is a tier. */
  static List<ListedPlaces> read(GuideDraft draft, List<Region> regions) {
    if (regions == null || regions.size() < 2 || regions.stream().noneMatch(r -> TIER_ROW.matcher(r.name()).matches())) {
      return List.of();
    }
    String body = draft.text.substring(Math.min(draft.bodyStart, draft.text.length()));
    String lower = body.toLowerCase(Locale.ROOT);
    if (!lower.contains("tier") && !lower.contains("zone")) {
      return List.of();
    }
    List<ListedPlaces> out = new ArrayList<>();
    Matcher label = LABEL.matcher(body);
    int from = 0;
    while (from < body.length() && label.find(from)) {
      from = label.end();
      if (insideTableRow(body, label.start())) {
        continue;
      }
      Region region = row(regions, label.group(2));
      Matcher end = LIST_END.matcher(body);
      int stop = end.find(label.end()) ? end.start() : body.length();
      Matcher next = LABEL.matcher(body).region(label.end(), stop);
      if (next.find()) {
        stop = next.start();
      }
      String listed = body.substring(label.end(), stop);
      List<String> places = places(listed);
      String rest = rest(listed);
      if (region == null || places.isEmpty() && rest == null
          || out.stream().anyMatch(l -> l.region().equals(region.name()))) {
        continue;
      }
      int line = draft.lines.line(draft.bodyStart + label.start());
      String named = Character.toUpperCase(label.group(1).charAt(0)) + label.group(1).substring(1).toLowerCase(Locale.ROOT)
          + " " + label.group(2);
      out.add(new ListedPlaces(region.name(), named, places, rest, line));
      draft.findings.add(Finding.info(draft.path, line, "the places listed for " + named + " ("
          + String.join(", ", rest == null ? places : plus(places, rest)) + ") are served its band when asked for by name"));
    }
    return List.copyOf(out);
  }

  private static List<String> plus(List<String> places, String rest) {
    List<String> all = new ArrayList<>(places);
    all.add(rest);
    return all;
  }

  /** The list's member naming every other place ("anywhere else in the US"), as written, else null. */
  private static String rest(String text) {
    for (String part : SEPARATORS.split(text.replace("*", "").replace("_", " ").strip())) {
      String place = part.strip();
      if (!place.isEmpty() && THE_REST.matcher(place).find() && Places.catchAll(place)) {
        return place;
      }
    }
    return null;
  }

  /** The pay-table row a list's label names: "Tier 2" → the row "Tier 2", or the row "2" under a Tier column. */
  private static Region row(List<Region> regions, String id) {
    for (Region r : regions) {
      Matcher m = TIER_ROW.matcher(r.name());
      if (m.matches() && m.group(1).equalsIgnoreCase(id)) {
        return r;
      }
    }
    return null;
  }

  /** The list's places, or none where any member reads as words rather than a place's name. */
  private static List<String> places(String text) {
    List<String> out = new ArrayList<>();
    String plain = text.replace("*", "").replace("_", " ").strip();
    // "Boston, MA; Indianapolis, IN": a list split by semicolons keeps each place's comma, and a state's code after a
    // comma ("Boston, MA, Denver, CO") stays with its city, never a place of its own ("IN" is no place).
    String[] parts = (plain.indexOf(';') >= 0 ? SEMICOLONS : SEPARATORS).split(plain);
    long codes = java.util.Arrays.stream(parts).map(String::strip).filter(TierLists::stateCode).count();
    for (String part : parts) {
      String place = part.replaceAll("\\s*\\([^)]*\\)\\s*", " ").strip();
      // "LA" alone among "SF, LA, NYC" is Los Angeles: a code joins its city where codes follow cities throughout.
      if (stateCode(place) && !out.isEmpty() && out.get(out.size() - 1).indexOf(',') < 0 && (codes >= 2
          || ReadingRules.standard().usCity(out.get(out.size() - 1).toLowerCase(Locale.ROOT)))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + ", " + place);
        continue;
      }
      if (place.isEmpty() || THE_REST.matcher(place).find()) {
        continue;
      }
      if (!Character.isUpperCase(place.codePointAt(0)) || place.split("\\s+").length > 5 || place.length() > 40) {
        return List.of();
      }
      out.add(place);
    }
    return out;
  }

  /** Whether a position sits on a table row (a line that opens with a pipe): the row's own cells, no list. */
  private static boolean insideTableRow(String body, int at) {
    int lineStart = body.lastIndexOf('\n', at) + 1;
    return body.substring(lineStart, at).stripLeading().startsWith("|");
  }
}
