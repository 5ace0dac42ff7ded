package com.compcoach.letter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names a letter gives: the job title, its level, the work location and the company. A name is the run
 * of capitalised words after its cue ("the position of", "based in our", "Location:"), so it stops where the
 * sentence goes on in lower case.
 */
final class LetterNames {

  private static final Set<String> JOINERS = Set.of("of", "and", "&", "for", "de", "la", "le", "am", "upon", "on",
      "-", "/", "du", "del", "der", "sur", "en");
  private static final Set<String> NOT_NAMES = Set.of("The", "Our", "Your", "This", "We", "You", "A", "An", "Company",
      "Office", "Offices", "Employer", "Please", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

  private static final Pattern TITLE_LABEL = Pattern.compile(
      "^(?:job\\s+title|position(?:\\s+title)?|title|role|job|designation)\\s*(?::|\\|)\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_PROSE = Pattern.compile(
      "\\b(?i:position|role|post|job)\\s+(?i:of|as)\\s+(?i:an?\\s+|our\\s+|the\\s+)?[\"“‘']?(?=[A-Z])"
          + "|\\b(?i:employment|engagement)\\s+with\\s+[^,.;()]{2,60}?\\s+as\\s+(?:an?\\s+|our\\s+|the\\s+)?(?=[A-Z])"
          + "|\\b(?i:employment|engagement|join(?:ing)?\\s+\\S+(?:\\s+\\S+)?|hire\\s+you|offer\\s+you\\s+(?:employment\\s+)?|appoint\\s+you)"
          + "\\s+as\\s+(?:an?\\s+|our\\s+|the\\s+)?[\"“‘']?(?=[A-Z])"
          + "|\\bappointment\\s+as\\s+(?:an?\\s+|our\\s+)?(?=[A-Z])");
  private static final Pattern TITLE_ROLE = Pattern.compile(
      "\\b(?:for|as|in|you)\\s+(?:the|a|an|our)\\s+(?=[A-Z][\\w/&-]*(?:\\s+(?:[A-Z][\\w/&-]*|of|and|&)){0,6}\\s+"
          + "(?:role|position|job)\\b)");
  private static final Pattern LOCATION_LABEL = Pattern.compile(
      "^(?:work\\s+)?(?:location|place\\s+of\\s+work|work\\s+site|office|based)\\s*(?::|\\|)\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCATION_PROSE = Pattern.compile(
      "\\b(?i:place\\s+of\\s+work|work\\s+location|location)\\s+(?:is|will\\s+be)\\s+(?:our\\s+|the\\s+)?(?=[A-Z])"
          + "|\\b(?i:based|located|work|working|situated|headquartered)\\s+(?:in|at|out\\s+of|from)\\s+(?:our\\s+|the\\s+)?"
          + "(?:offices?\\s+in\\s+)?(?=[A-Z])|\\b(?:our|the)\\s+(?=[A-Z][\\w-]*(?:,?\\s+[A-Z][\\w-]*)*\\s+office)"
          + "|\\boffices?\\s+in\\s+(?=[A-Z])"
          + "|\\b(?:AG|GmbH|Ltd|plc|LLC|Limited|SA|SE|Inc\\.|Corp\\.|B\\.V\\.)\\s+in\\s+(?=[A-Z])");
  private static final Pattern LEVEL = Pattern.compile(
      "(?:\\b(?:[Ll]evel|[Gg]rade|[Bb]and|LEVEL|GRADE|[Rr]ank|[Kk]arrierestufe)\\s*(?::|\\|)?\\s*|\\()"
          + "([A-Z]{0,4}[- ]?\\d{1,2}[A-Za-z]?|[IVX]{1,4}|[A-Z]{1,3}\\d?)(?=\\)|\\b)");
  private static final Pattern COMPANY = Pattern.compile(
      "\\b(?i:on\\s+behalf\\s+of|employment\\s+with|position\\s+(?:at|with)|welcome\\s+(?:you\\s+)?to|join(?:ing)?)"
          + "\\s+(?:the\\s+)?(?=[A-Z])|^(?=[A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*)*\\s+(?:is|are)\\s+(?:pleased|delighted|"
          + "happy|excited|thrilled))");

  private static final Pattern FLOOR = Pattern.compile(",\\s*\\d");
  /** A letterhead: capitalised words ending in a legal form. */
  private static final Pattern LETTERHEAD = Pattern.compile(
      "^(\\p{Lu}[\\p{L}\\d&.'-]*(?:\\s+(?:&|\\p{Lu}[\\p{L}\\d&.'-]*)){0,6},?\\s+"
          + "(?i:inc|ltd|limited|llc|gmbh|ag|plc|corp|corporation|pty\\s+ltd|private\\s+limited|b\\.v|n\\.v|s\\.a|sa|se|"
          + "sas|co|llp|kk|oy|ab|as|aps|bv|nv))\\.?(?=\\s|$)");

  private LetterNames() {}

  /**
   * The company a letterhead names at the start of a unit ("Sablewood Logistics Corp.", and in a PDF that ran the
   * address on: "Lindgrün Mobility GmbH Torstraße 120"), or null when the unit starts with no such name.
   */
  static String letterhead(String unit) {
    Matcher m = LETTERHEAD.matcher(unit.strip());
    return m.lookingAt() ? trimName(m.group(1)) : null;
  }

  /** The job title in the sentence, or null. */
  static String title(String sentence) {
    Matcher label = TITLE_LABEL.matcher(sentence);
    if (label.find()) {
      return trimName(cutAt(label.group(1), "(", " | ", ";"));
    }
    Matcher prose = TITLE_PROSE.matcher(sentence);
    if (prose.find()) {
      return run(sentence, prose.end(), true);
    }
    Matcher role = TITLE_ROLE.matcher(sentence);
    return role.find() ? run(sentence, role.end(), true) : null;
  }

  /** The work location in the sentence, or null. */
  static String location(String sentence) {
    Matcher label = LOCATION_LABEL.matcher(sentence);
    if (label.find()) {
      return trimName(cutAt(label.group(1), "(", " | ", ";", " office"));
    }
    Matcher prose = LOCATION_PROSE.matcher(sentence);
    while (prose.find()) {
      String name = run(sentence, prose.end(), false);
      if (name != null) {
        return name;
      }
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (lower.contains("fully remote") || lower.contains("remote position") || lower.contains("work remotely")
        || lower.contains("remote role") || lower.contains("remote basis")) {
      return "Remote";
    }
    return null;
  }

  /** A level code near a title ("Level: L5", "(IC4)", "grade P3"), or null. */
  static String level(String sentence) {
    Matcher m = LEVEL.matcher(sentence);
    while (m.find()) {
      String code = m.group(1).strip();
      boolean cue = !m.group().startsWith("(");
      // In parentheses only a code with letters and a digit counts: "(L5)", not "(12)" or "(A)".
      if (cue && FLOOR.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
        // "Level 9, 1 Martin Place": a floor in an address, as Australian letterheads write it.
        continue;
      }
      if (cue || code.matches("[A-Z]{1,4}[- ]?\\d{1,2}[A-Za-z]?")) {
        // A bare number keeps its word: "Band 7", "Level 5".
        return code.matches("\\d+") ? cueWord(m.group()) + " " + code : code;
      }
    }
    return null;
  }

  private static String cueWord(String match) {
    String word = match.replaceAll("[^A-Za-z].*$", "");
    return word.isEmpty() ? "Level" : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  /** The company making the offer, or null. */
  static String company(String sentence) {
    Matcher m = COMPANY.matcher(sentence);
    while (m.find()) {
      String name = run(sentence, m.end(), false);
      if (name != null && !name.equals("Team") && !name.startsWith("Us")) {
        return name;
      }
    }
    return null;
  }

  /** The capitalised words from {@code at}, joined by small words and commas; null if none. */
  private static String run(String s, int at, boolean title) {
    int i = at;
    int end = at;
    int n = s.length();
    while (i < n) {
      int wordEnd = i;
      while (wordEnd < n && !Character.isWhitespace(s.charAt(wordEnd)) && ",;()\"”’".indexOf(s.charAt(wordEnd)) < 0) {
        wordEnd++;
      }
      String word = s.substring(i, wordEnd);
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      boolean capital = !bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0))
          && title);
      if (capital && (i > at || !NOT_NAMES.contains(bare))) {
        end = i + bare.length();
      } else if (!(JOINERS.contains(bare) && i > at) || bare.isEmpty()) {
        break;
      }
      if (word.endsWith(".") && !isAbbreviation(bare)) {
        break;
      }
      i = wordEnd;
      // ", " followed by a capital continues a name ("Toronto, Ontario"), but not ", I am pleased"; anything else
      // ends it.
      if (i < n && s.charAt(i) == ',' && i + 2 < n && s.charAt(i + 1) == ' '
          && Character.isUpperCase(s.charAt(i + 2)) && !s.startsWith("I ", i + 2)) {
        i += 2;
      } else if (i < n && s.charAt(i) == ' ') {
        i++;
      } else {
        break;
      }
    }
    String name = trimName(s.substring(at, end));
    return name == null || name.isEmpty() ? null : name;
  }

  private static boolean isAbbreviation(String word) {
    return word.equals("Inc") || word.equals("Ltd") || word.equals("Co") || word.equals("Corp") || word.equals("St")
        || word.length() == 1;
  }

  private static String cutAt(String value, String... stops) {
    int cut = value.length();
    for (String stop : stops) {
      int at = value.toLowerCase(Locale.ROOT).indexOf(stop);
      if (at > 0) {
        cut = Math.min(cut, at);
      }
    }
    return value.substring(0, cut);
  }

  private static String trimName(String raw) {
    String name = raw.strip();
    while (!name.isEmpty() && ".,;:\"”’'“".indexOf(name.charAt(name.length() - 1)) >= 0) {
      name = name.substring(0, name.length() - 1).strip();
    }
    for (String suffix : new String[] {" and", " of", " &", " office", " Office", " offices", " Offices"}) {
      if (name.endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length()).strip();
      }
    }
    return name.isEmpty() ? null : name;
  }
}
