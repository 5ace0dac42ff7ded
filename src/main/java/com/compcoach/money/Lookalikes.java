package com.compcoach.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written with digits that are not money, found before any money is read so that "March 1-15" is never a
 * range, "1/3/2027" never three amounts and "+1 555 123 4567" never pay: dates, times, phone numbers and vesting
 * schedules, and a postal address's numbers. Compiled once; thread-safe.
 */
final class Lookalikes {

  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![\\p{L}])";
  private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])";
  /** Not followed by more digits, nor by a decimal fraction: "12.50-15.00" is a range of rates, not a date. */
  private static final String END = "(?![\\p{N}]|[.,]\\p{N})";
  private static final String THROUGH = "\\s*(?:[-–—]|to|through|until|till)\\s*";
  private static final Pattern SCHEDULE = Pattern.compile("(?<![\\p{N}.,/])\\d{1,3}(?:\\s*/\\s*\\d{1,3}){1,9}(?![\\d/])");
  private static final Pattern DATE = Pattern.compile(String.join("|",
      "(?<![\\p{N}.,])\\d{4}-\\d{1,2}-\\d{1,2}" + END,
      "(?<![\\p{N}.,/])\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})" + END,
      "(?<![\\p{N}.,/])\\d{1,2}/\\d{1,2}(?![\\p{N}/])",
      "(?<![\\p{L}])" + MONTH + "\\s+(?:" + DAY + "(?:" + THROUGH + "(?:" + MONTH + "\\s*)?" + DAY + ")?"
          + "(?:,?\\s+\\d{4}(?![\\p{N}]))?|\\d{4}(?![\\p{N}]))",
      "(?<![\\p{N}.,])" + DAY + "(?:" + THROUGH + DAY + ")?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+\\d{4}(?![\\p{N}]))?",
      "(?<![\\p{N}.,])\\d{1,2}(?:st|nd|rd|th)(?![\\p{L}])"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** How far a lookalike reaches before its first digit ("September ") and after its last ("th of September"). */
  private static final int BEFORE = 12;
  private static final int AFTER = 20;
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\p{N}.,])\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}])"
          + "|(?<![\\p{N}.,:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\p{N}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern PHONE = Pattern.compile(
      "\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,4}\\)?){2,5}(?![\\p{N}])"
          + "|(?<![\\p{N}])\\(\\d{3}\\)\\s?\\d{3}[\\s.-]\\d{4}(?![\\p{N}])"
          + "|(?<![\\p{N}.,])\\d{3}[.-]\\d{3}[.-]\\d{4}(?![\\p{N}])");

  /**
   * A postal address's digits in a pasted signature: a ZIP code after a city and a state's code ("Charlotte, NC 28202":
   * without the city, "OK 25000 sign-on" or "CA 95000 base" is a word and pay, since OK, IN, ME and OR are words), a street
   * number before a street ("440 S Church St") and a suite ("Suite 400"). Case-sensitive: the state code and the street
   * are capitalised, so "in 30 days" or "base 185 st" is never one.
   */
  private static final Pattern ADDRESS = Pattern.compile(
      "(?<=[A-Z][\\p{L}.'-]{1,20},\\s{1,3})(?<!\\b(?:Yes|Yeah|Ok|Okay|So|Well|Also|And|But|Thanks|Great|Sure|Hi|Hey|Then"
          + "|Now|Right|Cool|Alright|Actually|Update|Anyway),\\s{1,3})"
          + "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
          + "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY),?\\s+\\d{5}(?:-\\d{4})?(?![\\p{N}])"
          + "|(?<![\\p{N}.,$£€])\\d{1,5}\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\s+){1,3}"
          + "(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Drive|Lane|Parkway|Pkwy)\\b"
          + "|\\b(?:Suite|Ste\\.?|Floor)\\s+\\d{1,5}(?![\\p{N}])");

  /** A web address with its scheme or "www.", to the first space or bracket; a closing mark of the sentence is not part of it. */
  private static final Pattern WEB_ADDRESS = Pattern.compile(
      "(?i)(?:\\b(?:https?|ftp)://|(?<![\\w.@/])www\\.)[^\\s<>\"'()\\[\\]]*[^\\s<>\"'()\\[\\].,;:!?]");

  /** Every lookalike in the text, left to right, none overlapping (the earliest, then the longest, wins). */
  List<Token.Other> find(String text) {
    List<Token.Other> found = new ArrayList<>();
    // A web address can run far from its digits, so it is found over the whole text, only when one may be there.
    if (text.contains("://") || text.contains("www.") || text.contains("WWW.")) {
      add(found, text, WEB_ADDRESS.matcher(text), Token.Kind.WEB_ADDRESS);
    }
    // Every lookalike has digits: the patterns run only in windows around them, so prose costs nothing.
    for (int[] w : windows(text)) {
      Matcher schedule = region(SCHEDULE.matcher(text), w);
      while (schedule.find()) {
        if (sumsToHundred(schedule.group())) {
          found.add(other(text, schedule, Token.Kind.SCHEDULE));
        }
      }
      add(found, text, region(DATE.matcher(text), w), Token.Kind.DATE);
      add(found, text, region(TIME.matcher(text), w), Token.Kind.TIME);
      // An address needs a capital (the state code, the street, "Suite"): text typed in lower case skips it.
      if (hasCapital(text, w)) {
        add(found, text, region(ADDRESS.matcher(text), w), Token.Kind.ADDRESS);
      }
      Matcher phone = region(PHONE.matcher(text), w);
      while (phone.find()) {
        // A phone number has at least nine digits; "+20k" or "+1 2" is not one.
        if (phone.group().chars().filter(Character::isDigit).count() >= 9) {
          found.add(other(text, phone, Token.Kind.PHONE));
        }
      }
    }
    found.sort(Comparator.comparingInt(Token.Other::start).thenComparing(o -> -o.end()));
    List<Token.Other> out = new ArrayList<>();
    int reached = 0;
    for (Token.Other o : found) {
      if (o.start() >= reached) {
        out.add(o);
        reached = o.end();
      }
    }
    return out;
  }

  /** Spans around runs of digits, merged where they are close, as {start, end}. */
  private static List<int[]> windows(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int[] open = null;
    for (int i = 0; i < n; i++) {
      if (Character.isDigit(text.charAt(i))) {
        int start = Math.max(0, i - BEFORE);
        if (open != null && start <= open[1]) {
          open[1] = Math.min(n, i + 1 + AFTER);
        } else {
          open = new int[] {start, Math.min(n, i + 1 + AFTER)};
          out.add(open);
        }
      }
    }
    return out;
  }

  private static boolean hasCapital(String text, int[] window) {
    for (int i = window[0]; i < window[1]; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }

  private static Matcher region(Matcher m, int[] window) {
    return m.useTransparentBounds(true).useAnchoringBounds(false).region(window[0], window[1]);
  }

  private static void add(List<Token.Other> found, String text, Matcher m, Token.Kind kind) {
    while (m.find()) {
      found.add(other(text, m, kind));
    }
  }

  private static Token.Other other(String text, Matcher m, Token.Kind kind) {
    return new Token.Other(text.substring(m.start(), m.end()), m.start(), m.end(), kind, null);
  }

  private static boolean sumsToHundred(String written) {
    int sum = 0;
    for (String part : written.split("/")) {
      sum += Integer.parseInt(part.strip());
    }
    return sum == 100;
  }
}
