package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.List;
import java.util.regex.Pattern;

/** Which part a percent is: the bonus target beside a base, a share of the company, or none. */
final class PercentParts {

  private PercentParts() {}

  /** "of base" after a percent: the bonus target, said as a share of the base. */
  static final Pattern OF_BASE = Pattern.compile("\\s*of\\s+(?:the\\s+|my\\s+)?(?:base|salary)\\b");

  /**
   * What joins a base to a percent after it: "200 base + 15%", "200k base plus 10%", "190 base / 12%", or nothing
   * ("140 base 10% 30k rsu/yr").
   */
  static final Pattern PERCENT_AFTER_BASE = Pattern.compile(
      "\\s*(?:base(?:\\s+salary|\\s+pay)?)\\s*(?:(?:\\+|plus|and|with|w/|/|\\||,)\\s*(?:an?\\s+)?)?");

  /** What follows a base given with no word: a bonus percent ("180K/yr + 15%", "180k w/ 10%"). */
  static final Pattern BASE_BEFORE_PERCENT = Pattern.compile(
      "\\s*(?:/\\s*(?:yr|year)|a year|per year|per annum|p\\.a\\.|annually|yearly)?"
          + "\\s*(?:(?:now|today|currently|rn|right now)\\s*,?\\s*)?"
          // "170k + 0.4% fully diluted": a share of the company after a figure says nothing of a bonus.
          + "(?:(?:\\+|and|plus|w/|with)\\s*(?:an?\\s+)?\\d{1,2}(?:\\.\\d+)?\\s*%(?!\\s*(?:fully|equity|of the company|"
          + "ownership|stake|in equity|in options|options))"
          // "88k, 5% bonus": after a comma the percent must say it is the bonus.
          + "|[,.;]\\s*(?:an?\\s+)?\\d{1,2}(?:\\.\\d+)?\\s*%\\s*(?:target\\s+)?(?:bonus|target|variable|sti)\\b"
          // "offer came in. 145k. bonus 10%.": the bonus named before its percent, in the next clause.
          + "|[,.;]\\s*(?:(?:annual|target)\\s+)?bonus\\s*(?:target\\s*)?(?:of|is|at|:)?\\s*\\d{1,2}(?:\\.\\d+)?\\s*%)");

  /** What follows a salary given beside a share of the company: "170k + 0.4% fully diluted", "175k base + 0.1% equity". */
  static final Pattern BASE_BEFORE_EQUITY = Pattern.compile("\\s*(?:\\+|and|plus|w/|with)\\s*(?:an?\\s+)?\\d{0,2}"
      + "(?:\\.\\d+)?\\s*%\\s*(?:fully|equity|of the company|ownership|stake|in equity)");

  /** Words after a percent that make it a raise on pay today: "15% more", "a 20% bump", "10% over what i make". */
  static final Pattern RAISE_AFTER = Pattern.compile("\\s*(?:more|raise|bump|increase|jump|on top|over what|above what"
      + "|over my|above my)\\b");

  /** Words after a percent that make it equity that vests: "0.2% over 4 years", "0.1% vesting over 4". */
  static final Pattern PERCENT_VESTING = Pattern.compile("\\s*(?:of (?:the )?(?:company|equity|shares)\\s*)?"
      + "(?:over|vesting|vested|vests|equity|in equity|of equity|stock|options)\\b");

  /** Words that may stand beside a percent sent on its own ("it's 15%", "15% target"). */
  private static final java.util.Set<String> LONE_PERCENT_WORDS = java.util.Set.of("it", "its", "it's", "is", "the",
      "target", "of", "base", "oh", "ok", "okay", "sorry", "yes", "yeah", "yep", "no", "its'", "thats", "that's",
      "percent", "pct");

  /** Whether a percent is the whole message but for a few plain words ("15%", "oh it's 15% of base"). */
  static boolean lonePercent(String lower, OfferAmount a) {
    String rest = (lower.substring(0, a.start()) + " " + lower.substring(a.end())).replaceAll("[^a-z']+", " ").strip();
    if (rest.isEmpty()) {
      return true;
    }
    for (String word : rest.split(" ")) {
      if (!LONE_PERCENT_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a percent stands alone among a message's parts: nothing but separators either side of it ("+ 8% +",
   * ", 10%,"), a base named in the message, and no bonus named in its sentence ("401k match 4%" is not alone;
   * "Ally: 182k base / 15% / 50k RSU. Rocket: 195k base, 10% bonus": Rocket's bonus is another sentence's).
   */
  static boolean barePercent(String lower, OfferAmount a, List<PartWords.Keyword> keywords,
      List<PartWords.Keyword> sentence) {
    boolean base = keywords.stream().anyMatch(k -> k.component() == Component.BASE);
    boolean bonus = sentence.stream().anyMatch(k -> k.component() == Component.BONUS);
    return base && !bonus && alone(lower, a);
  }

  /** Whether nothing but separators stand either side of an amount ("+ 8% +", ", 10%,", "/ 15% /"). */
  static boolean alone(String lower, OfferAmount a) {
    int i = a.end();
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    int j = a.start();
    while (j > 0 && lower.charAt(j - 1) == ' ') {
      j--;
    }
    boolean aloneBefore = j == 0 || ",+;/&(:".indexOf(lower.charAt(j - 1)) >= 0 || lower.startsWith("and", j - 3)
        && (j == 3 || lower.charAt(j - 4) == ' ');
    boolean aloneAfter = i == lower.length() || ",+;/&).".indexOf(lower.charAt(i)) >= 0 || lower.startsWith("and ", i);
    return aloneBefore && aloneAfter;
  }

  /** Whether a label's colon or equals sign stands right before an amount ("equity: 0.1%"). */
  static boolean labelled(String lower, OfferAmount a) {
    int j = a.start();
    while (j > 0 && lower.charAt(j - 1) == ' ') {
      j--;
    }
    return j > 0 && (lower.charAt(j - 1) == ':' || lower.charAt(j - 1) == '=');
  }
}
