package com.compcoach.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter that offers a choice of packages ("Option A: higher base" with its lines, then "Option B: more equity"):
 * which sentences belong to which choice, so no choice is read as the offer before the user says which.
 */
final class PackageChoice {

  /**
   * One package the letter offers.
   *
   * @param label     its heading as written ("Option A: higher base")
   * @param sentences the indexes of its sentences, the heading first
   */
  record Choice(String label, List<Integer> sentences) {}

  /** "Option A:", "Package 2 –", "Alternative B)", "- Option One": a choice's heading at a line's start. */
  private static final Pattern HEADING = Pattern.compile(
      "(?i)^\\s*(?:[-•*]\\s*)?(?:option|package|alternative|choice|scenario)\\s+(?:[a-d]|[1-4]|one|two|three|four)"
          + "(?:\\s*(?:[:.)\\-–—]|$))");
  /** A line about every choice: "Both options include:", "In either case", "All packages". */
  private static final Pattern COMMON = Pattern.compile(
      "(?i)^\\s*(?:[-•*]\\s*)?(?:both|either|all|each|in\\s+(?:either|both|each)|regardless|whichever|under\\s+(?:both|"
          + "either|each))\\b|\\b(?:both|either|all|each)\\s+(?:options|packages|alternatives|choices|option|package)\\b");
  /** Lines of one choice at most: its heading and a few figure lines. */
  private static final int MOST_LINES = 8;
  /** A choice's line is a label and value or a list item, not a paragraph of prose. */
  private static final int LONGEST_LINE = 140;

  private PackageChoice() {}

  /** The choices the letter offers, or an empty list when it offers fewer than two. */
  static List<Choice> of(List<String> sentences) {
    List<Choice> choices = new ArrayList<>();
    int i = 0;
    while (i < sentences.size()) {
      Matcher heading = HEADING.matcher(sentences.get(i));
      if (!heading.lookingAt()) {
        i++;
        continue;
      }
      // The last choice runs no longer than the first: the lines after it are the letter's again.
      int most = choices.isEmpty() ? MOST_LINES : Math.min(MOST_LINES, choices.get(0).sentences().size());
      List<Integer> lines = new ArrayList<>(List.of(i));
      int j = i + 1;
      while (j < sentences.size() && lines.size() < MOST_LINES && !HEADING.matcher(sentences.get(j)).lookingAt()
          && !COMMON.matcher(sentences.get(j)).find() && sentences.get(j).length() <= LONGEST_LINE
          && (j + 1 < sentences.size() && HEADING.matcher(sentences.get(j + 1)).lookingAt() || lines.size() < most
          || choices.isEmpty())) {
        lines.add(j);
        j++;
      }
      choices.add(new Choice(sentences.get(i).strip().replaceFirst("^[-•*]\\s*", ""), List.copyOf(lines)));
      i = j;
    }
    return choices.size() >= 2 ? List.copyOf(choices) : List.of();
  }
}
