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
   * @param phrases  each region's naming phrases, in the regions' order
   */
  static Result read(String path, String plain, java.util.function.ToIntFunction<String> lineOf,
      List<Region> regions, List<List<List<String>>> phrases) {
    String body = OPENING.matcher(plain).replaceFirst("");
    List<Target> targets = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (String sentence : sentences(body)) {
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
      String misread = misread(figure.get(), total, region);
      if (misread != null) {
        findings.add(Finding.error(path, line, "Negotiate-Up target '" + figure.get().written() + "' for '" + written
            + "' " + misread));
        continue;
      }
      if (targets.stream().anyMatch(t -> t.region().equals(region.name()))) {
        findings.add(Finding.warning(path, line, "a second Negotiate-Up target for " + region.name()
            + " ('" + written + "') is ignored"));
        continue;
      }
      targets.add(new Target(region.name(), written, total, line));
    }
    return new Result(List.copyOf(targets), List.copyOf(findings));
  }

  /**
   * Why a target cannot be the total the guide meant for its row, or null: another currency than the row's, or a
   * figure nowhere near the row's total band ("€248.000" reads as €248; "$2.6M" for a $300K band is a slip).
   */
  private static String misread(Figures.Figure figure, Range total, Region region) {
    String currency = figure.currency();
    // A bare "$" in prose is whichever dollar the row is in (a Toronto row in CAD, its target "$300K").
    boolean rowsDollar = figure.mark() != null && figure.mark().strip().equals("$")
        && Money.mark(region.currency()).endsWith("$");
    if (currency != null && !currency.equals("?") && !currency.equals(region.currency()) && !rowsDollar) {
      return "is in " + currency + " but the row for " + region.name() + " is in " + region.currency();
    }
    Range band = region.bands().total();
    if (total.high() * 2 < band.low() || total.low() > band.high() * 2) {
      return "reads as " + new Money(total.low(), region.currency()).full() + "–"
          + new Money(total.high(), region.currency()).full() + ", far from the total band of " + region.name() + " ("
          + new Money(band.low(), region.currency()).full() + "–" + new Money(band.high(), region.currency()).full()
          + "); write thousands with a comma or K, as in 248,000 or 248K";
    }
    return null;
  }

  /**
   * The block cut into sentences: at every run of whitespace after ".", "!" or "?" that is followed by a capital,
   * a quote, emphasis or a parenthesis (the split the regex {@code (?<=[.!?])\s+(?=[A-Z"“*(])} makes).
   */
  static List<String> sentences(String body) {
    List<String> out = new ArrayList<>();
    int n = body.length();
    int from = 0;
    int i = 1;
    while (i < n) {
      char before = body.charAt(i - 1);
      if (!isSpace(body.charAt(i)) || before != '.' && before != '!' && before != '?') {
        i++;
        continue;
      }
      int end = i;
      while (end < n && isSpace(body.charAt(end))) {
        end++;
      }
      if (end < n && opensSentence(body.charAt(end))) {
        out.add(body.substring(from, i));
        from = end;
      }
      i = end;
    }
    out.add(body.substring(from));
    return out;
  }

  private static boolean opensSentence(char c) {
    return c >= 'A' && c <= 'Z' || c == '"' || c == '“' || c == '*' || c == '(';
  }

  /** What \s matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
