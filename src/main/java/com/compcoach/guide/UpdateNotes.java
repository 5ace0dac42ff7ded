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
    Matcher m = NOTE.matcher(text);
    List<Region> out = null;
    while (m.find()) {
      String rest = m.group("rest").replace("**", "").replace("__", "").strip();
      String change = change(rest);
      if (change == null) {
        continue;
      }
      int line = draft.lines.line(m.start("rest"));
      String note = (m.group("word") + m.group("when")).strip();
      List<Region> current = out == null ? regions : out;
      List<Region> changed = apply(draft, current, change, line, note, rest);
      if (changed != null) {
        out = changed;
      }
    }
    return out == null ? regions : out;
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
    RegionProse.Cells before = at < 0 ? null : draft.proseCellsOf(regions.get(at).name());
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
    List<Region> out = new ArrayList<>(regions);
    out.set(at, new Region(old.name(), old.hq(), old.currency(), read.bands(), old.line()));
    draft.findings.add(Finding.info(draft.path, line, "'" + note + "' changes " + old.name() + "'s "
        + String.join(" and ", cells.cells().keySet().stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
            .toList()) + ": the newer figure is read in place of the one at line " + old.line()));
    return out;
  }
}
