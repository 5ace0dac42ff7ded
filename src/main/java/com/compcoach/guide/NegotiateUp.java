package com.compcoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Negotiate Up Strategy" block: one total range per sentence that opens with a place ("In Detroit,",
 * "In the Bay Area,", "For Remote (US) roles,"), matched to pay-table rows by meaning. A range in parentheses is
 * a market reference, not the target.
 */
final class NegotiateUp {

  /** What the block gave: targets and findings. */
  record Result(List<Target> targets, List<Finding> findings) {}

  private static final Pattern PLACE = Pattern.compile(
      "^(?:In|For|At|Within)\\s+(?<place>.+?)(?:\\s+roles?\\b|,)", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPENING = Pattern.compile("(?i)^\\W*negotiate\\W+up\\W+strategy\\W*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"“*(])");

  private NegotiateUp() {}

  /** Whether a block quote's text is a Negotiate-Up block. */
  static boolean opens(String plain) {
    int i = 0;
    while (i < plain.length() && !Character.isLetter(plain.charAt(i))) {
      i++;
    }
    return plain.regionMatches(true, i, "negotiate up", 0, 12);
  }

  /**
   * @param plain    the block's text without markup
   * @param lineOf   finds the file line of a piece of the block's text
   */
  static Result read(String path, String plain, java.util.function.ToIntFunction<String> lineOf,
      List<Region> regions) {
    String body = OPENING.matcher(plain).replaceFirst("");
    List<List<List<String>>> phrases = regions.stream().map(Places::phrases).toList();
    List<Target> targets = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(body)) {
      String s = sentence.strip();
      Matcher m = PLACE.matcher(s);
      if (!m.find()) {
        continue;
      }
      String place = m.group("place").strip();
      Optional<Figures.Figure> figure = Figures.inProse(s).stream()
          .filter(f -> !f.percent() && f.start() >= m.end())
          .filter(f -> !LeverAmounts.insideParentheses(s, f.start(), f.end()))
          .findFirst();
      if (figure.isEmpty()) {
        continue;
      }
      String written = s.substring(0, m.end()).strip();
      if (written.endsWith(",")) {
        written = written.substring(0, written.length() - 1).strip();
      }
      int line = lineOf.applyAsInt(written);
      Range total = figure.get().range();
      if (total == null) {
        findings.add(Finding.error(path, line, "Negotiate-Up target '" + figure.get().written() + "' for '" + written
            + "' has its low figure above its high figure"));
        continue;
      }
      List<Region> named = Places.mentions(regions, phrases, Places.tokens(place)).stream()
          .map(Places.Mention::region).toList();
      if (named.size() != 1) {
        findings.add(Finding.error(path, line, "Negotiate-Up target region '" + written + "' matches "
            + (named.isEmpty() ? "no row" : "several rows") + " of the pay table (rows: "
            + String.join("; ", regions.stream().map(Region::name).toList()) + ")"));
        continue;
      }
      Region region = named.get(0);
      if (targets.stream().anyMatch(t -> t.region().equals(region.name()))) {
        findings.add(Finding.warning(path, line, "a second Negotiate-Up target for " + region.name()
            + " ('" + written + "') is ignored"));
        continue;
      }
      targets.add(new Target(region.name(), written, total, line));
    }
    return new Result(List.copyOf(targets), List.copyOf(findings));
  }
}
