package com.compcoach.letter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The phrases of {@code letter/words.txt}, found in a sentence at word boundaries, longest first. */
final class LetterWords {

  /** A phrase found: its topic and where it stands in the sentence. */
  record Hit(Topic topic, int start, int end) {}

  private record Phrase(String text, Topic topic) {}

  private final Map<Topic, List<String>> byTopic = new EnumMap<>(Topic.class);
  /** The phrases that take figures by their first two characters, longest first: a word start tries only its own. */
  private final Map<Character, Map<Character, List<Phrase>>> byFirstChars = new HashMap<>();

  /**
   * An allowance or stipend the phrase list does not name ("a remote-work allowance of JPY 5,000 per month"): pay
   * beyond the main parts all the same, so never a second base. The word before it must name what it is for.
   */
  private static final Pattern NAMED_ALLOWANCE = Pattern.compile("(?<![\\p{L}\\d-])(?!(?:the|a|an|your|this|that|"
      + "its|our|any|each|no|of|and|or|with|plus|per|monthly|annual|yearly|weekly|daily|one-time|total|salary|base|"
      + "basic)\\b)\\p{L}+(?:-\\p{L}+)?\\s+(?:allowance|stipend)s?(?![\\p{L}\\d])");

  private LetterWords(List<Phrase> phrases) {
    for (Phrase p : phrases) {
      byTopic.computeIfAbsent(p.topic(), t -> new ArrayList<>()).add(p.text());
      if (p.topic().takesFigures()) {
        byFirstChars.computeIfAbsent(p.text().charAt(0), c -> new HashMap<>())
            .computeIfAbsent(second(p.text(), 0), c -> new ArrayList<>()).add(p);
      }
    }
  }

  /** The phrases shipped in the jar. */
  static LetterWords load() {
    try (InputStream in = LetterWords.class.getResourceAsStream("/letter/words.txt")) {
      if (in == null) {
        throw new IllegalStateException("letter/words.txt is missing from the class path");
      }
      List<Phrase> phrases = new ArrayList<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        Topic topic = topic(line.substring(0, colon).strip());
        for (String phrase : line.substring(colon + 1).split("\\|")) {
          if (!phrase.isBlank()) {
            phrases.add(new Phrase(phrase.strip().toLowerCase(Locale.ROOT), topic));
          }
        }
      }
      // Longest first: "signing bonus" is a sign-on before "bonus" is a bonus.
      phrases.sort(Comparator.comparingInt((Phrase p) -> -p.text().length()));
      return new LetterWords(phrases);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read letter/words.txt", e);
    }
  }

  private static Topic topic(String key) {
    for (Topic t : Topic.values()) {
      if (t.key.equals(key)) {
        return t;
      }
    }
    throw new IllegalStateException("letter/words.txt names an unknown topic: " + key);
  }

  /**
   * Every phrase of a topic that takes figures in a lowercased sentence, left to right, none overlapping. Tries each phrase only where a word
   * starts, so the cost is the sentence's words times the phrases, a constant.
   */
  List<Hit> hits(String lower) {
    List<Hit> hits = new ArrayList<>();
    int n = lower.length();
    // Most sentences name no allowance: the pattern is tried at each word only where one may stand.
    boolean allowances = lower.contains("allowance") || lower.contains("stipend");
    int i = 0;
    while (i < n) {
      if (!wordStart(lower, i)) {
        i++;
        continue;
      }
      Phrase found = null;
      int end = -1;
      Map<Character, List<Phrase>> bySecond = byFirstChars.get(lower.charAt(i));
      for (Phrase p : bySecond == null ? List.<Phrase>of() : bySecond.getOrDefault(second(lower, i), List.of())) {
        if (lower.startsWith(p.text(), i)) {
          end = phraseEnd(lower, i + p.text().length());
          if (end >= 0) {
            found = p;
            break;
          }
        }
      }
      java.util.regex.Matcher allowance = found == null && allowances ? NAMED_ALLOWANCE.matcher(lower).region(i, n)
          : null;
      if (allowance != null && allowance.lookingAt() && namedNowhere(lower, i)) {
        hits.add(new Hit(Topic.EXTRA, i, allowance.end()));
        i = allowance.end();
      } else if (found != null) {
        hits.add(new Hit(found.topic(), i, end));
        i = end;
      } else {
        i++;
      }
    }
    return hits;
  }

  /** The character after {@code i}, or 0 at the end. */
  private static char second(String s, int i) {
    return i + 1 < s.length() ? s.charAt(i + 1) : 0;
  }

  /** Whether the lowercased sentence has a phrase of this topic. */
  boolean mentions(String lower, Topic topic) {
    return first(lower, topic) >= 0;
  }

  /** Every phrase of a topic in a lowercased sentence, longest first where two overlap, in the sentence's order. */
  List<Hit> all(String lower, Topic topic) {
    List<Hit> found = new ArrayList<>();
    for (String p : byTopic.getOrDefault(topic, List.of())) {
      for (int at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
        int end = wordStart(lower, at) ? phraseEnd(lower, at + p.length()) : -1;
        int start = at;
        if (end >= 0 && found.stream().noneMatch(h -> h.start() < end && start < h.end())
            && !opposed(lower, topic, start, end)) {
          found.add(new Hit(topic, start, end));
        }
      }
    }
    if (topic == Topic.EXTRA) {
      for (java.util.regex.Matcher m = NAMED_ALLOWANCE.matcher(lower); m.find(); ) {
        int start = m.start();
        int end = m.end();
        if (found.stream().noneMatch(h -> h.start() < end && start < h.end()) && namedNowhere(lower, start)) {
          found.add(new Hit(topic, start, end));
        }
      }
    }
    found.sort(Comparator.comparingInt(Hit::start));
    return found;
  }

  /** "which includes a fixed overtime allowance", "(including fixed …": an allowance inside the salary, no extra. */
  private static final Pattern INCLUDED_BEFORE = Pattern.compile("\\b(?:includ\\w*|inclusive\\s+of|incl\\.?)\\s+"
      + "(?:[\\p{L}-]+\\s+){0,3}$");

  /**
   * Whether an allowance no phrase names starts at {@code at}, unless a listed phrase starts there ("relocation
   * allowance" keeps its own topic) or the salary before it includes it.
   */
  private boolean namedNowhere(String lower, int at) {
    if (INCLUDED_BEFORE.matcher(lower.substring(Math.max(0, at - 60), at)).find()) {
      return false;
    }
    Map<Character, List<Phrase>> bySecond = byFirstChars.get(lower.charAt(at));
    for (Phrase p : bySecond == null ? List.<Phrase>of() : bySecond.getOrDefault(second(lower, at), List.of())) {
      if (lower.startsWith(p.text(), at) && phraseEnd(lower, at + p.text().length()) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Where the first phrase of a topic stands in a lowercased sentence, or -1 when it has none. */
  int first(String lower, Topic topic) {
    int best = -1;
    if (topic == Topic.EXTRA) {
      for (java.util.regex.Matcher m = NAMED_ALLOWANCE.matcher(lower); m.find(); ) {
        if (namedNowhere(lower, m.start())) {
          best = m.start();
          break;
        }
      }
    }
    for (String p : byTopic.getOrDefault(topic, List.of())) {
      int at = lower.indexOf(p);
      while (at >= 0 && (best < 0 || at < best)) {
        int end = wordStart(lower, at) ? phraseEnd(lower, at + p.length()) : -1;
        if (end >= 0 && !opposed(lower, topic, at, end)) {
          best = at;
          break;
        }
        at = lower.indexOf(p, at + 1);
      }
    }
    return best;
  }

  /**
   * Whether a phrase of the topic's opposite covers this one: "refund" inside "will refund your expenses"; never
   * where the candidate says it ("you will refund the sign-on bonus" is the candidate paying back).
   */
  private boolean opposed(String lower, Topic topic, int start, int end) {
    Topic unless = topic.unless();
    return unless != null && all(lower, unless).stream()
        .anyMatch(h -> h.start() <= start && end <= h.end() && !byYou(lower, h.start()));
  }

  /** "you will", "you agree to", "you will be required to make a full": the candidate as the subject of what follows. */
  private static final Pattern BY_YOU = Pattern.compile("\\byou\\s+(?:(?:will|shall|must|agree\\s+to"
      + "|(?:are|will\\s+be|may\\s+be)\\s+required\\s+to)\\s+)?(?:make\\s+a\\s+(?:full\\s+)?)?$");

  /** Whether the candidate does what the words at {@code at} say: "you will refund", "you agree to return". */
  static boolean byYou(String lower, int at) {
    return BY_YOU.matcher(lower.substring(Math.max(0, at - 50), at)).find();
  }

  /** Where a phrase ends when it ends a word there, or with a plural "s" ("units"); -1 when it does not. */
  private static int phraseEnd(String s, int i) {
    if (wordEnd(s, i)) {
      return i;
    }
    return s.charAt(i) == 's' && wordEnd(s, i + 1) ? i + 1 : -1;
  }

  private static boolean wordStart(String s, int i) {
    return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || !Character.isLetterOrDigit(s.charAt(i));
  }

  private static boolean wordEnd(String s, int i) {
    return i >= s.length() || !Character.isLetterOrDigit(s.charAt(i)) || !Character.isLetterOrDigit(s.charAt(i - 1));
  }
}
