package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dated note that changes one place's band after the places are written ("**Update, March 2026:** Denver moved to
 * $130K–$150K base."): the newer figure is the one in force, so it replaces the part it names in that place's band
 * (a bonus written as a percent of base follows the new base), with an info line; a note the reader cannot apply is a
 * warning, never the older band served in silence.
 */
final class UpdateNotes {

  /** A line that opens on "Update", "Updated", "Edit" or "Correction", a date or nothing, and a colon. */
  private static final Pattern NOTE = Pattern.compile("(?im)^[ \\t>*_-]*(?<word>update[ds]?|edit(?:ed)?|correction)"
      + "\\b(?<when>[^:\\n]{0,40}?)[ \\t]*:[ \\t]*(?:\\*\\*|__)?[ \\t]*(?<rest>\\S[^\\n]*)$");
  /** "Denver is now $130K–$150K base", "Denver's base is now …": a change said with "now" rather than "to". */
  private static final Pattern NOW = Pattern.compile("^\\s*(?<place>\\p{Lu}[^:;$]{0,50}?)(?:['’]s\\s+(?<part>base"
      + "(?:\\s+salary)?|salary|band|range|pay))?\\s+(?:is|are|pays)\\s+now\\s+");

  /** A second note on the same line, after a sentence ends: "… base. Correction (Feb 2026): …". */
  private static final Pattern INLINE = Pattern.compile("(?i)(?<=[.;!])[ \\t]+(?:\\*\\*|__)?(?<word>update[ds]?|edit(?:ed)?"
      + "|correction)\\b(?<when>[^:\\n]{0,40}?)[ \\t]*:[ \\t]*(?:\\*\\*|__)?[ \\t]*(?=\\S)");
  /** "the table above has the current figures", "table refreshed with the 2026 figures above". */
  private static final Pattern CURRENT = Pattern.compile("(?i)\\b(?:table|figures|bands?|numbers|ranges?)\\s+above\\b"
      + "[^.;\\n]{0,30}?\\b(?:current|up[- ]to[- ]date|latest)\\b|\\btable\\b(?:\\s+above)?\\s+(?:has|have|shows?|gives?"
      + "|is|are)\\s+(?:the\\s+)?(?:current|up[- ]to[- ]date|latest)\\b|\\b(?:table|figures|bands?)\\b[^.;\\n]{0,30}?"
      + "\\brefreshed\\b|\\brefreshed\\b[^.;\\n]{0,40}?\\babove\\b");
  /** A heading over past changes: "Revision history", "Changelog", "Change log", "Revisions". */
  private static final Pattern HISTORY = Pattern.compile("(?i)\\b(?:revision|change|edit|update|version)s?\\s+"
      + "(?:history|log)\\b|\\bchange-?log\\b|\\bhistory\\b|\\brevisions\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
      "dec"};

  private UpdateNotes() {}

  /** The regions with each update note's change applied; the list itself where the guide writes no such note. */
  static List<Region> applied(GuideDraft draft, List<Region> regions) {
    // Cheap test first: a note says "Update", "Edit" or "Correction" in some case ("credit" or "additional" is none).
    String text = draft.text;
    if (regions == null || regions.isEmpty()
        || text.indexOf("pdate") < 0 && text.indexOf("PDATE") < 0 && text.indexOf("Edit") < 0
        && text.indexOf("EDIT") < 0 && text.indexOf("edit:") < 0 && text.indexOf("edited") < 0
        && text.indexOf("orrection") < 0 && text.indexOf("ORRECTION") < 0) {
      return regions;
    }
    List<Note> notes = notes(text);
    // Notes all dated are applied oldest first, so a later correction is the one in force wherever it is written.
    if (notes.stream().allMatch(n -> n.date() > 0)) {
      notes.sort(java.util.Comparator.comparingInt(Note::date));
    }
    int refreshed = refreshedAt(notes);
    int guideYear = -1;
    List<Region> out = null;
    for (Note n : notes) {
      String change = change(n.rest());
      if (change == null) {
        continue;
      }
      int line = draft.lines.line(n.at());
      String note = (n.word() + n.when()).strip();
      // A note saying the table above is current, or older than one that says so, is already in the table.
      if (says(n.rest(), CURRENT) || n.date() > 0 && n.date() < refreshed) {
        continue;
      }
      if (guideYear < 0 && n.date() > 0) {
        guideYear = guideYear(text);
      }
      boolean older = n.date() > 0 && n.date() / 100 < guideYear;
      boolean history = isHistory(headingOver(text, n.at()));
      if (older || history) {
        // A past change (a revision history, or dated before the guide) is not the band in force; one that may be
        // current is said, so the user is never served the older band without a word.
        if (!(older && history)) {
          draft.findings.add(Finding.warning(draft.path, line, "'" + note + ": " + n.rest() + "' is "
              + (history ? "in the guide's revision history" : "dated before the guide") + ", so the band written"
              + " in the place's own line is served; if the note is the current band, write it there"));
        }
        continue;
      }
      List<Region> current = out == null ? regions : out;
      List<Region> changed = apply(draft, current, change, line, note, n.rest());
      if (changed != null) {
        out = changed;
      }
    }
    return out == null ? regions : out;
  }

  /** One note: where it starts, its word, its date as written, its text, and its date as yyyymm (0 where none). */
  private record Note(int at, String word, String when, String rest, int date) {}

  /** Every note in the text, a second note on the same line ("… base. Correction (Feb 2026): …") as its own. */
  private static List<Note> notes(String text) {
    List<Note> notes = new ArrayList<>();
    Matcher m = NOTE.matcher(text);
    while (m.find()) {
      int at = m.start("rest");
      String line = m.group("rest");
      String word = m.group("word");
      String when = m.group("when");
      int start = m.start();
      Matcher next = INLINE.matcher(line);
      int from = 0;
      while (next.find()) {
        notes.add(note(start, word, when, line.substring(from, next.start())));
        start = at + next.start("word");
        word = next.group("word");
        when = next.group("when");
        from = next.end();
      }
      notes.add(note(start, word, when, line.substring(from)));
    }
    return notes;
  }

  private static Note note(int at, String word, String when, String rest) {
    int date = 0;
    Matcher y = YEAR.matcher(when);
    if (y.find()) {
      date = Integer.parseInt(y.group()) * 100;
      String lower = when.toLowerCase(java.util.Locale.ROOT);
      for (int i = 0; i < MONTHS.length; i++) {
        if (lower.contains(MONTHS[i])) {
          date += i + 1;
          break;
        }
      }
    }
    return new Note(at, word, when, rest.replace("**", "").replace("__", "").strip(), date);
  }

  /** The date of the newest note saying the table is current ("table refreshed with the 2026 figures above"). */
  private static int refreshedAt(List<Note> notes) {
    int at = 0;
    for (Note n : notes) {
      if (n.date() > at && says(n.rest(), CURRENT)) {
        at = n.date();
      }
    }
    return at;
  }

  private static boolean says(String rest, Pattern p) {
    // Cheap test first: the words a "the table is current" clause needs.
    String lower = rest.toLowerCase(java.util.Locale.ROOT);
    return (lower.contains("current") || lower.contains("refreshed") || lower.contains("up to date")
        || lower.contains("up-to-date") || lower.contains("latest")) && p.matcher(rest).find();
  }

  /** The newest year the guide dates itself by: its sources, or a "Last updated"/"As of" line; -1 where none. */
  private static int guideYear(String text) {
    int year = -1;
    boolean sources = false;
    for (String line : text.split("\n")) {
      String t = line.strip();
      String lower = t.toLowerCase(java.util.Locale.ROOT);
      if (t.startsWith("#")) {
        sources = lower.contains("source");
      }
      if (sources || lower.contains("last updated") || lower.startsWith("as of") || lower.contains("_as of")) {
        Matcher y = YEAR.matcher(t);
        while (y.find()) {
          year = Math.max(year, Integer.parseInt(y.group()));
        }
      }
    }
    return year;
  }

  /** The title of the heading the offset sits under ("## Revision history", a bold-only line, a setext title). */
  private static String headingOver(String text, int at) {
    int end = text.lastIndexOf('\n', at);
    while (end > 0) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end).strip();
      if (line.startsWith("#") || line.startsWith("**") && (line.endsWith("**") || line.endsWith("**:"))
          && line.indexOf("**", 2) >= line.length() - 3) {
        return line;
      }
      if (line.length() >= 3 && line.chars().allMatch(c -> c == '=') && start > 0) {
        int prev = text.lastIndexOf('\n', start - 2) + 1;
        return text.substring(prev, start - 1).strip();
      }
      end = start - 1;
    }
    return "";
  }

  private static boolean isHistory(String heading) {
    String lower = heading.toLowerCase(java.util.Locale.ROOT);
    return (lower.contains("istory") || lower.contains("log") || lower.contains("revision")) && HISTORY.matcher(heading)
        .find();
  }

  /** The note's change as a place's line ("Denver: $130K–$150K base …"), or null where it names no change of pay. */
  private static String change(String rest) {
    if (!Figures.scan(rest).stream().anyMatch(f -> !f.percent() && f.looksLikeMoney())) {
      return null;
    }
    String changed = ListReader.changedLine(rest);
    if (changed != null) {
      return changed;
    }
    Matcher now = NOW.matcher(rest);
    if (now.lookingAt()) {
      return now.group("place") + ": " + (now.group("part") != null ? now.group("part") + " " : "")
          + rest.substring(now.end());
    }
    return null;
  }

  /**
   * The place's derived-figure info lines ("bonus for Denver is 10% of base: read as …", "no total for Denver: …")
   * swapped for the ones read with the note's change, so the info lines say the figures that are served.
   */
  private static void replaceDerived(List<Finding> findings, Region old, List<Finding> reread) {
    int insert = -1;
    for (Finding f : reread) {
      int name = f.message().indexOf(old.name());
      if (name < 0) {
        continue;
      }
      String opening = f.message().substring(0, name + old.name().length());
      for (int i = findings.size() - 1; i >= 0; i--) {
        Finding g = findings.get(i);
        if (g.severity() == Severity.INFO && g.line() == old.line() && g.message().startsWith(opening)) {
          findings.remove(i);
          insert = insert < 0 || i < insert ? i : insert;
        }
      }
    }
    if (insert >= 0) {
      findings.addAll(Math.min(insert, findings.size()), reread);
    }
  }

  /** A pay-table row's parts as cells a note's change is read over: base, stock a year and bonus (its percent kept). */
  private static RegionProse.Cells tableCells(Region r) {
    Map<Column, RegionBands.Cell> cells = new EnumMap<>(Column.class);
    Bands b = r.bands();
    cells.put(Column.BASE, new RegionBands.Cell(money(r.currency(), b.base()), "base"));
    cells.put(Column.STOCK, new RegionBands.Cell(b.stock().high() == 0 ? "none" : money(r.currency(), b.stock()),
        "stock"));
    cells.put(Column.BONUS, new RegionBands.Cell(b.bonusRate() != null ? b.bonusRate().written()
        : b.bonus().high() == 0 ? "none" : money(r.currency(), b.bonus()), "bonus"));
    return new RegionProse.Cells(r.name(), cells, r.hq());
  }

  private static String money(String currency, Range r) {
    return String.format(java.util.Locale.ROOT, "%s %,d–%,d", currency, r.low(), r.high());
  }

  /**
   * Why a note's change is not the place's band in force, or null where it is: it is said of a level, role or group
   * within the place ("Denver (Staff level) moved to …", "Denver (L6) …", "… base (Sales roles only).") or says it was
   * undone ("…; this was reverted in April 2026."). A place's own aside ("Austin (HQ)", "Denver (CO)") is no group.
   */
  private static String notInForce(String change, Region region) {
    String lower = change.toLowerCase(java.util.Locale.ROOT);
    // Cheap tests first: the words an undoing says, a bracket, and the words a group is named by.
    if ((lower.contains("revert") || lower.contains("rolled back") || lower.contains("undone")
        || lower.contains("rescind") || lower.contains("withdrawn") || lower.contains("cancel"))
        && Qualifiers.UNDONE.matcher(change).find()) {
      return "says the change was undone";
    }
    int colon = change.indexOf(':');
    String place = change.substring(0, colon);
    int open = place.indexOf('(');
    if (open >= 0) {
      int close = place.indexOf(')', open);
      String aside = place.substring(open + 1, close > open ? close : place.length()).strip();
      if (!aside.isEmpty() && !region.name().toLowerCase(java.util.Locale.ROOT).contains(aside.toLowerCase(
          java.util.Locale.ROOT)) && !Qualifiers.PLACE_ASIDE.matcher(aside).matches()
          // "Denver (Colorado)": where the place is, the place itself; "Remote (Mexico)", "EMEA (Germany)": a part
          // of an area, whose band as a whole the note does not move.
          && !(Places.namesStateOrCountry(aside) && !Places.namesArea(region.name()))) {
        return "is said of " + aside + " within " + region.name() + ", not of its band as a whole";
      }
    }
    String body = change.substring(colon + 1);
    Matcher group = Qualifiers.GROUP.matcher(body);
    boolean found = group.find();
    while (found && Qualifiers.PART_ONLY.matcher(body.substring(0, group.end())).find()) {
      // "…, base only": which part moved, not whose band.
      found = group.find();
    }
    if (found) {
      // The bracket the group word sits in, where it sits in one ("Sales roles only"), says whom the note is for.
      int from = body.lastIndexOf('(', group.start());
      int to = body.indexOf(')', group.end());
      String whom = from >= 0 && to > 0 && body.indexOf(')', from) >= group.end() ? body.substring(from + 1, to)
          : group.group();
      return "is said of " + whom.strip() + " within " + region.name() + ", not of its band as a whole";
    }
    return null;
  }

  /** The patterns a note's change is held to before it is applied; compiled only where a guide writes such a note. */
  private static final class Qualifiers {
    static final Pattern UNDONE = Pattern.compile("(?i)\\b(?:revert(?:ed|s)?|rolled\\s+back|undone|rescinded"
        + "|withdrawn|cancell?ed)\\b");
    static final Pattern PLACE_ASIDE = Pattern.compile("(?i:hq|headquarters|head\\s+office|main\\s+office|office"
        + "|remote|hybrid|on-?site|metro(?:\\s+area)?|city|downtown)|[A-Z]{2}");
    /** A part of pay then "only" ("base only", "salary only"): the note says which part it moves. */
    static final Pattern PART_ONLY = Pattern.compile("(?i)\\b(?:base|base\\s+salary|salary|bonus|equity|stock|rsus?)"
        + "\\s+only$");
    /** A level, role or group of people: "Staff level", "L6", "Data Engineers", "Sales roles only", "new hires". */
    static final Pattern GROUP = Pattern.compile("(?i)\\b(?:only|levels?|L\\d{1,2}|IC\\d{1,2}|staff|senior|principal"
        + "|junior|managers?|roles?|engineers?|teams?|new\\s+hires|contractors?|interns?|grades?|track)\\b");

    private Qualifiers() {}
  }

  /** The regions with the change read in, or null with a warning where it cannot be. */
  private static List<Region> apply(GuideDraft draft, List<Region> regions, String change, int line, String note,
      String written) {
    // A note changes one part ("moved to $130K–$150K base"): read as a place's own line of that part alone.
    String place = change.substring(0, change.indexOf(':')).strip();
    RegionProse.Cells cells = RegionProse.underHeading(place, change.substring(change.indexOf(':') + 1),
        draft.rules, draft.figures);
    int at = -1;
    for (int i = 0; i < regions.size() && at < 0; i++) {
      Region r = regions.get(i);
      at = r.shortName().equalsIgnoreCase(Region.shortName(place)) || r.name().equalsIgnoreCase(place) ? i : -1;
    }
    String notInForce = at < 0 ? null : notInForce(change, regions.get(at));
    if (notInForce != null) {
      // A change for some of the place's people, or one undone since, is not the band the user is served: the
      // place's own band stays, and the note is said rather than applied or passed over in silence.
      Region r = regions.get(at);
      draft.findings.add(Finding.warning(draft.path, line, "'" + note + ": " + written + "' " + notInForce + ", so the"
          + " band written in " + r.name() + "'s own line is served; if the note is " + r.name() + "'s band in force,"
          + " write it there"));
      return null;
    }
    RegionProse.Cells before = at < 0 ? null : draft.proseCellsOf(regions.get(at).name());
    // A pay table's row: its parts as cells, its total left to be worked out again from the parts in force (the
    // table's total was the sum of the older ones).
    boolean tableRow = before == null && at >= 0;
    if (tableRow) {
      before = tableCells(regions.get(at));
    }
    if (cells == null || cells.cells().isEmpty() || at < 0 || before == null) {
      draft.findings.add(Finding.warning(draft.path, line, "'" + note + ": " + written + "' changes a band the reader"
          + " cannot apply, so the band written before it may be out of date; write the new band in the place's own"
          + " line"));
      return null;
    }
    Map<Column, RegionBands.Cell> merged = new EnumMap<>(Column.class);
    merged.putAll(before.cells());
    merged.putAll(cells.cells());
    List<Finding> scratch = new ArrayList<>();
    Region old = regions.get(at);
    Region read = new RegionBands(draft.conventions, draft.figures, draft.rules, scratch)
        .read(old.name(), old.line(), merged, null);
    if (read == null || scratch.stream().anyMatch(f -> f.severity() != Severity.INFO)
        || !read.currency().equals(old.currency())) {
      draft.findings.add(Finding.warning(draft.path, line, "'" + note + ": " + written + "' changes " + old.name()
          + "'s band in a way the reader cannot read, so the band written before it may be out of date; write the"
          + " new band in the place's own line"));
      return null;
    }
    Bands bands = read.bands();
    if (old.bands().grant() != null && !cells.cells().containsKey(Column.STOCK)) {
      // The table's whole grant stays as written where the note leaves the stock alone.
      bands = new Bands(bands.base(), old.bands().stock(), bands.bonus(), bands.total(), old.bands().grant(),
          bands.bonusRate(), bands.totalDerived(), bands.derivation(), bands.options());
    }
    String totalSaid = "";
    if (tableRow && !old.bands().totalDerived() && !cells.cells().containsKey(Column.TOTAL)) {
      // The table writes totals: the row's is the sum of the parts in force, said in the note's info line, and the
      // place's aims stay totals as the other rows' are.
      bands = new Bands(bands.base(), bands.stock(), bands.bonus(), bands.total(), bands.grant(), bands.bonusRate(),
          false, bands.derivation(), bands.options());
      totalSaid = "; its total is worked out again from the parts: " + Money.compact(bands.total(), old.currency());
    }
    List<Region> out = new ArrayList<>(regions);
    out.set(at, new Region(old.name(), old.hq(), old.currency(), bands, old.line(), old.remote()));
    if (tableRow) {
      scratch.removeIf(f -> f.message().startsWith("no total for "));
      draft.findings.addAll(scratch);
    } else {
      replaceDerived(draft.findings, old, scratch);
    }
    draft.findings.add(Finding.info(draft.path, line, "'" + note + "' changes " + old.name() + "'s "
        + String.join(" and ", cells.cells().keySet().stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
            .toList()) + ": the newer figure is read in place of the one at line " + old.line() + totalSaid));
    return out;
  }
}
