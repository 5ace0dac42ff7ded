package com.compcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slips a user mends as they type, mended before the offer reader sees them and said back: a figure taken back in the
 * same breath ("150 base, sorry 155", "180k, i mean 185k base") keeps only the second, a key beside "k" after a
 * figure ("180l", "180j") is the "k" it was meant to be, and a word the reading leans on typed one letter off ("ofer",
 * "sory", "ovr") is that word.
 */
final class TypedSlips {

  private static final String FIGURE = "\\$?\\d{1,3}(?:[.,]\\d{1,3})?(?:\\s?[kK])?";
  private static final String PART = "base(?:\\s+salary)?|salary|bonus|rsus?|stock|equity|sign[- ]?on|signing|tc"
      + "|total";
  /** A figure, its word if any, a word taking it back, and the figure meant. */
  private static final Pattern TAKEN_BACK = Pattern.compile("(?<![\\w.])(" + FIGURE + ")(\\s+(?:" + PART + "))?"
      + "\\s*[,;(]?\\s*(?:sorry|i mean|i meant|oops|no wait|wait no|correction|typo|err|erm"
      // "base 190, actually scratch that it's 192.5", "180k, make that 185k": the figure before is taken back.
      + "|(?:actually\\s+)?(?:scratch that|make that)(?:[,:]?\\s+(?:it's|its|it is))?)[,:]?\\s+(" + FIGURE + ")"
      + "(?![\\d.,]\\d)(\\s+(?:" + PART + "))?", Pattern.CASE_INSENSITIVE);
  /** A later sentence taking back a part given earlier: "172k base, 10% bonus. wait no, 175k base". */
  private static final Pattern LATER_FIX = Pattern.compile("[.,;!]?\\s*\\b(?:sorry|wait no|no wait|i mean|i meant"
      + "|actually no|oops|correction)[,:]?\\s+(" + FIGURE + ")\\s+(" + PART + ")\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GIVEN = Pattern.compile("(?<![\\w.])(" + FIGURE + ")\\s+(" + PART + ")\\b",
      Pattern.CASE_INSENSITIVE);
  /** "180l": l and j sit beside k on the keyboard; a figure ending in one is thousands. */
  private static final Pattern KEY_BESIDE_K = Pattern.compile("(?<![\\w.])(\\$?\\d{2,3})[lLjJ](?![\\p{L}\\d])");

  /** "18k0": the k typed one key early, before the figure's last zero; it is 180k. */
  // Two digits only: "150k0" may be 150k or 1500k, and is left for the reader to ask about.
  private static final Pattern K_BEFORE_ZERO = Pattern.compile("(?<![\\w.])(\\$?\\d{2})[kK]0(?![\\p{L}\\d])");

  /** Words whose meaning decides whose a figure is or whether it is taken back: a slip of one is never a name. */
  private static final List<String> KEY_WORDS = List.of("offer", "sorry", "over");
  /** Real words one letter off a key word: never mended. */
  private static final java.util.Set<String> REAL_WORDS = java.util.Set.of("offers", "offed", "oven", "overt", "ever",
      "ovens");
  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{3,6}\\b");

  private TypedSlips() {}

  /** The message with its slips mended, or null when it has none. */
  static Rewritten value(String message) {
    List<String> said = new ArrayList<>();
    String text = keyWords(message, said);
    if (keyBesideK(text)) {
      text = mended(text, KEY_BESIDE_K, "k", ", a slip of the key beside k.", said);
    }
    if (text.indexOf('0') > 0) {
      text = mended(text, K_BEFORE_ZERO, "0k", ", the k typed before the last zero.", said);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("sorry") || lower.contains("i mean") || lower.contains("oops") || lower.contains("wait")
        || lower.contains("correction") || lower.contains("typo") || lower.contains("err")
        || lower.contains("scratch that") || lower.contains("make that")) {
      Matcher m = TAKEN_BACK.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String part = m.group(2);
        String meantPart = m.group(4);
        if (part != null && meantPart != null && !sameWord(part, meantPart)) {
          // "150 base, sorry 20k bonus" adds a figure of another part: nothing is taken back.
          continue;
        }
        String meant = m.group(3) + (meantPart != null ? meantPart : part != null ? part : "");
        said.add("Took " + m.group(3).strip() + ", the figure you corrected " + m.group(1).strip() + " to.");
        m.appendReplacement(out, Matcher.quoteReplacement(meant));
      }
      m.appendTail(out);
      text = out.toString();
    }
    if (lower.contains("sorry") || lower.contains("wait no") || lower.contains("no wait") || lower.contains("i mean")
        || lower.contains("actually no") || lower.contains("oops") || lower.contains("correction")) {
      text = laterFix(text, said);
    }
    return said.isEmpty() ? null : new Rewritten(text, String.join(" ", said));
  }

  /** The text with each figure {@code slip} finds written as its digits and {@code meant} ("180l" as "180k"), said. */
  private static String mended(String text, Pattern slip, String meant, String why, List<String> said) {
    Matcher m = slip.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      said.add("Read " + m.group() + " as " + m.group(1) + meant + why);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + meant));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The message with each key word typed one letter off written as meant ("ofer came thru" is "offer came thru"). */
  private static String keyWords(String text, List<String> said) {
    if (!mayHoldKeyWordSlip(text)) {
      return text;
    }
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    List<String> read = new ArrayList<>();
    while (m.find()) {
      // A capitalized word may be a name ("Ofer from Stripe", "Omer said"): only a lower-case one is a slip.
      String meant = Character.isUpperCase(m.group().charAt(0)) ? null : keyWordSlip(m.group());
      if (meant != null) {
        read.add("\"" + m.group() + "\" as " + meant);
        m.appendReplacement(out, meant);
      }
    }
    if (read.isEmpty()) {
      return text;
    }
    said.add("Read " + String.join(", ", read) + ".");
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Whether a lower-case word of three to six letters is one letter off a key word: most messages hold none, and skip
   * the pattern.
   */
  private static boolean mayHoldKeyWordSlip(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if ((text.charAt(i) == 'o' || text.charAt(i) == 's') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        int end = i;
        while (end < n && Character.isLetter(text.charAt(end))) {
          end++;
        }
        if (end - i >= 3 && end - i <= 6 && keyWordSlip(text.substring(i, end)) != null) {
          return true;
        }
        i = end;
      }
    }
    return false;
  }

  /** The key word {@code word} is one letter off, or null. */
  private static String keyWordSlip(String word) {
    return slipOf(word, KEY_WORDS, REAL_WORDS);
  }

  /**
   * The word of {@code words} that {@code word} is one letter off, with the same first letter, or null; never for a
   * word of {@code words} itself or a real word one letter off one ({@code realWords}).
   */
  static String slipOf(String word, List<String> words, java.util.Set<String> realWords) {
    if (realWords.contains(word) || words.contains(word)) {
      return null;
    }
    for (String key : words) {
      if (key.charAt(0) == word.charAt(0) && Math.abs(key.length() - word.length()) <= 1
          && IntentTable.oneSlip(word, key)) {
        return key;
      }
    }
    return null;
  }

  /** The earlier figure of the part a later sentence takes back, replaced by the later one, said back. */
  private static String laterFix(String text, List<String> said) {
    Matcher fix = LATER_FIX.matcher(text);
    if (!fix.find()) {
      return text;
    }
    Matcher given = GIVEN.matcher(text.substring(0, fix.start()));
    int at = -1;
    int end = -1;
    String was = null;
    while (given.find()) {
      if (sameWord(given.group(2), fix.group(2))) {
        at = given.start();
        end = given.end();
        was = given.group(1);
      }
    }
    if (at < 0) {
      return text;
    }
    said.add("Took " + fix.group(1).strip() + ", the figure you corrected " + was.strip() + " to.");
    return text.substring(0, at) + fix.group(1) + " " + fix.group(2) + text.substring(end, fix.start())
        + text.substring(fix.end());
  }

  private static boolean sameWord(String a, String b) {
    return part(a).equals(part(b));
  }

  /** The part a word names: "salary" is the base, "rsu" and "equity" the stock, "tc" the total. */
  private static String part(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return w.startsWith("sal") ? "base" : w.startsWith("rsu") || w.startsWith("eq") ? "stock"
        : w.startsWith("tc") ? "total" : w.startsWith("sign") ? "sign" : w.substring(0, Math.min(4, w.length()));
  }

  /** Whether a digit is followed by l or j anywhere: most messages have none, so the pattern is tried only then. */
  private static boolean keyBesideK(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c == 'l' || c == 'j') && Character.isDigit(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
