package com.compcoach.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The currencies the rules file knows: each ISO code, the marks written with a figure, and its names in prose. */
public final class Currencies {

  private final Map<String, String> byMark;
  private final Map<String, String> byName;
  private final Map<String, List<String>> shared;
  private final List<String> marksLongestFirst;
  private final Pattern names;

  private Currencies(Map<String, String> byMark, Map<String, String> byName, Map<String, List<String>> shared) {
    this.byMark = Map.copyOf(byMark);
    this.byName = Map.copyOf(byName);
    this.shared = Map.copyOf(shared);
    List<String> marks = new ArrayList<>(byMark.keySet());
    marks.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.marksLongestFirst = List.copyOf(marks);
    List<String> words = new ArrayList<>(byName.keySet());
    words.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternation = new StringBuilder();
    for (String w : words) {
      alternation.append(alternation.length() > 0 ? "|" : "").append(Pattern.quote(w));
    }
    this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static final class Holder {
    static final Currencies STANDARD = fromRules(RulesResource.rules());
  }

  /** The currencies of {@code guide-rules.yml}. */
  public static Currencies standard() {
    return Holder.STANDARD;
  }

  static Currencies fromRules(Map<String, Object> rules) {
    Map<String, String> byMark = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    if (rules.get("currencies") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> entry && entry.get("code") != null) {
          String code = entry.get("code").toString().toUpperCase(Locale.ROOT);
          byMark.put(code, code);
          if (entry.get("marks") instanceof List<?> marks) {
            marks.forEach(m -> byMark.put(m.toString(), code));
          }
          RulesResource.phrases(entry.get("names")).forEach(n -> byName.put(n, code));
        }
      }
    }
    Map<String, List<String>> shared = new HashMap<>();
    if (rules.get("shared_marks") instanceof Map<?, ?> marks) {
      marks.forEach((mark, codes) -> {
        if (codes instanceof List<?> list) {
          shared.put(mark.toString(), list.stream().map(c -> c.toString().toUpperCase(Locale.ROOT)).toList());
        }
      });
    }
    return new Currencies(byMark, byName, shared);
  }

  /** The ISO code of a mark as written ("C$" → CAD, "usd" → USD); empty when the mark is not one we know. */
  public Optional<String> ofMark(String mark) {
    String m = mark.strip();
    String code = byMark.get(m);
    if (code == null && m.length() == 3) {
      code = byMark.get(m.toUpperCase(Locale.ROOT));
    }
    return Optional.ofNullable(code);
  }

  /**
   * Whether a mark several currencies write ("kr" for kronor and kroner) may stand for this one, so a row the
   * guide says is in NOK reads "800 000 kr" as NOK.
   */
  public boolean mayMean(String mark, String code) {
    return mark != null && shared.getOrDefault(mark.strip(), List.of()).contains(code);
  }

  /** Whether several currencies write this mark ("$", "kr"), so only its context says which one it is. */
  public boolean shared(String mark) {
    return mark != null && shared.containsKey(mark.strip());
  }

  /**
   * The currency named in words starting exactly at {@code at} ("180,000 euros", "95,000 Canadian dollars"), as
   * {length, code}; empty when none. Plain "dollars" names no one dollar: it reads as the mark "$".
   */
  Optional<Map.Entry<Integer, String>> nameAt(CharSequence text, int at) {
    Matcher m = names.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    m.region(at, text.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String word = m.group().toLowerCase(Locale.ROOT);
    String code = word.equals("dollars") ? "$" : byName.get(word);
    return Optional.of(Map.entry(m.end() - at, code));
  }

  /** The ISO code of a mark, a code in any case or a name in prose ("£", "gbp", "pounds" → GBP); empty when none. */
  public Optional<String> ofWord(String word) {
    Optional<String> mark = ofMark(word);
    return mark.isPresent() ? mark : Optional.ofNullable(byName.get(word.strip().toLowerCase(Locale.ROOT)));
  }

  /** Whether this is a code the rules name ("EUR"). */
  public boolean isCode(String code) {
    return code.equals(byMark.get(code));
  }

  /** The first currency named in prose, by word or code ("all figures in euros" → EUR); empty when none. */
  public Optional<String> namedIn(String text) {
    Matcher m = names.matcher(text);
    return m.find() ? Optional.of(byName.get(m.group().toLowerCase(Locale.ROOT))) : Optional.empty();
  }

  /**
   * The one currency a text names, or empty where it names none or two ("Montréal figures are in Canadian dollars,
   * Seattle and Austin in US dollars" states each place's, not one for every figure).
   */
  public Optional<String> onlyOneNamedIn(String text) {
    Matcher m = names.matcher(text);
    String one = null;
    while (m.find()) {
      String code = byName.get(m.group().toLowerCase(Locale.ROOT));
      if (one != null && !one.equals(code)) {
        return Optional.empty();
      }
      one = code;
    }
    return Optional.ofNullable(one);
  }

  /** Every mark, longest first, so that an alternation tries "CA$" before "$". */
  List<String> marksLongestFirst() {
    return marksLongestFirst;
  }
}
