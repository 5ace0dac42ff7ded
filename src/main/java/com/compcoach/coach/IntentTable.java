package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The ordered rules of {@code coach/intents.yml}: the first rule whose phrases a message holds names its
 * {@link Intent}. Phrases match as whole words over the message's words, indexed by their first word, so a message
 * costs one pass over its words whatever its length.
 */
final class IntentTable {

  /** How figures in the same message weigh against the rule. */
  enum Figures {
    /** A message with figures is read as figures (the card answers it). */
    WIN,
    /** The figures count first, then the rule answers. */
    FIRST,
    /** The rule answers whatever figures the message holds (commands). */
    IGNORE,
    /**
     * Figures that state the offer cleanly are read as figures (the card answers); figures that would only raise a
     * question ("401k match? they said 4%") are set aside and the rule answers (topics beside the pay).
     */
    ASIDE
  }

  /**
   * The intent a message asks, how its figures count, and whether it speaks for the company (the table's
   * {@code company-side} phrases: "our offer to the candidate", "how high can we go?", "I'm the hiring manager").
   */
  record Match(Intent intent, Figures figures, boolean company) {}

  /** The words that name a sign-on before "bonus": "signing bonus", "sign on bonus", "joining bonus". */
  private static final java.util.Set<String> SIGN_ON_WORDS = java.util.Set.of("sign-on", "signon", "signing",
      "joining", "on");

  private static final String RESOURCE = "/coach/intents.yml";
  private static final Map<String, Function<List<String>, Intent>> INTENTS = withTopics(Map.ofEntries(
      Map.entry("start-over", words -> new Intent.StartOver()),
      Map.entry("help", words -> new Intent.Help()),
      Map.entry("why", words -> new Intent.Why()),
      Map.entry("plain-words", words -> new Intent.Plainly()),
      Map.entry("raise-norm", words -> new Intent.RaiseNorm()),
      Map.entry("lever", IntentTable::lever),
      Map.entry("levers", words -> new Intent.Levers()),
      Map.entry("bands", words -> new Intent.Bands()),
      Map.entry("compare", words -> new Intent.Compare()),
      Map.entry("years", words -> new Intent.Years()),
      Map.entry("call", words -> new Intent.Call()),
      Map.entry("extension", words -> new Intent.Extension()),
      Map.entry("cancel-reminders", words -> new Intent.CancelReminders()),
      Map.entry("remind", words -> new Intent.Remind()),
      Map.entry("deadline", words -> new Intent.Deadline(false)),
      Map.entry("deadline-how-long", words -> new Intent.Deadline(true)),
      Map.entry("base-fixed", words -> new Intent.BaseFixed()),
      Map.entry("stock-fixed", words -> new Intent.StockFixed()),
      Map.entry("bonus-fixed", words -> new Intent.BonusFixed()),
      Map.entry("top-of-band", words -> new Intent.TopOfBand()),
      Map.entry("if-no", words -> new Intent.IfNo()),
      Map.entry("email", words -> new Intent.Email()),
      Map.entry("leverage", words -> new Intent.Leverage()),
      Map.entry("ask-aim", words -> new Intent.AskAim()),
      Map.entry("accept", words -> new Intent.Accept()),
      Map.entry("walk", words -> new Intent.Walk()),
      Map.entry("which", words -> new Intent.Which()),
      Map.entry("other-offer", words -> new Intent.OtherOffer()),
      Map.entry("other-process", words -> new Intent.OtherProcess()),
      Map.entry("agreed", words -> new Intent.Agreed()),
      Map.entry("thanks", words -> new Intent.Thanks()),
      Map.entry("equity-value", words -> new Intent.EquityValue()),
      Map.entry("their-range", words -> new Intent.TheirRange()),
      Map.entry("clawback", words -> new Intent.Clawback()),
      Map.entry("relocation", words -> new Intent.Relocation()),
      Map.entry("relocation-as-sign-on", words -> new Intent.RelocationAsSignOn()),
      Map.entry("cost-of-living", words -> new Intent.CostOfLiving()),
      Map.entry("peer-pay", words -> new Intent.PeerPay()),
      Map.entry("practice", words -> new Intent.PracticeStart()),
      Map.entry("practice-stop", words -> new Intent.PracticeStop()),
      Map.entry("realistic", words -> new Intent.Realistic()),
      Map.entry("modest", words -> new Intent.Modest()),
      Map.entry("full-ask", words -> new Intent.FullAsk()),
      Map.entry("push-on", words -> new Intent.PushOn()),
      Map.entry("rescind", words -> new Intent.Rescind()),
      Map.entry("stay-offer", words -> new Intent.StayOffer()),
      Map.entry("claimed-cap", words -> new Intent.ClaimedCap()),
      Map.entry("sign-on-split", words -> new Intent.SignOnSplit()),
      Map.entry("send-for-me", words -> new Intent.SendForMe()),
      Map.entry("counterpart", words -> new Intent.Counterpart()),
      Map.entry("walk-away-advice", words -> new Intent.WalkAwayAdvice()),
      Map.entry("current-pay", words -> new Intent.CurrentPay()),
      Map.entry("mention-offer", words -> new Intent.MentionOffer()),
      Map.entry("never-mind", words -> new Intent.NeverMind()),
      Map.entry("law", words -> new Intent.Law()),
      Map.entry("after-accepting", words -> new Intent.AfterAccepting()),
      Map.entry("raise", words -> new Intent.Raise()),
      Map.entry("shorter", words -> new Intent.Shorter()),
      Map.entry("tone", words -> new Intent.Tone()),
      Map.entry("pressure", words -> new Intent.Pressure()),
      Map.entry("follow-up", words -> new Intent.FollowUp()),
      Map.entry("priority", IntentTable::priority),
      Map.entry("negotiate", words -> new Intent.Negotiate()),
      Map.entry("precise", words -> new Intent.Precise()),
      Map.entry("verbal", words -> new Intent.Verbal()),
      Map.entry("feelings", words -> new Intent.Feelings()),
      Map.entry("decided", words -> new Intent.Decided()),
      Map.entry("drop-competing", words -> new Intent.DropCompeting()),
      Map.entry("sent", words -> new Intent.Sent()),
      Map.entry("language", words -> new Intent.Language()),
      Map.entry("formal", words -> new Intent.Formal()),
      Map.entry("casual", words -> new Intent.Casual()),
      Map.entry("take-home", words -> new Intent.TakeHome()),
      Map.entry("make-whole", words -> new Intent.MakeWhole()),
      Map.entry("peers", words -> new Intent.Peers()),
      Map.entry("sources", words -> new Intent.Sources()),
      Map.entry("other-companies", words -> new Intent.OtherCompanies()),
      Map.entry("place", words -> new Intent.Place()),
      Map.entry("odds", words -> new Intent.Odds()),
      Map.entry("capped", words -> new Intent.Capped()),
      Map.entry("unnamed-offer", words -> new Intent.UnnamedOffer()),
      Map.entry("part", IntentTable::part),
      Map.entry("pulled", words -> new Intent.Pulled()),
      Map.entry("passed-over", words -> new Intent.PassedOver()),
      Map.entry("medium", words -> new Intent.Medium()),
      Map.entry("reply-when", words -> new Intent.ReplyWhen()),
      Map.entry("list", words -> new Intent.Bullets()),
      Map.entry("claim", words -> new Intent.Claim()),
      Map.entry("halfway", words -> new Intent.Halfway()),
      Map.entry("percent-more", words -> new Intent.PercentMore()),
      Map.entry("gap", words -> new Intent.Gap()),
      Map.entry("in-percent", words -> new Intent.InPercent()),
      Map.entry("decline", words -> new Intent.Decline()),
      Map.entry("elsewhere", words -> new Intent.Elsewhere()),
      Map.entry("both-asks", words -> new Intent.BothAsks()),
      Map.entry("rounds", words -> new Intent.Rounds()),
      Map.entry("summary", words -> new Intent.Summary()),
      Map.entry("review", words -> new Intent.Review()),
      Map.entry("proof", words -> new Intent.Proof()),
      Map.entry("packages", words -> new Intent.Packages()),
      Map.entry("mistake", words -> new Intent.Mistake()),
      Map.entry("confident", words -> new Intent.Confident()),
      Map.entry("recall", words -> new Intent.Recall(recalled(words))),
      Map.entry("heard-back", words -> new Intent.HeardBack()),
      Map.entry("undo", words -> new Intent.Undo()),
      Map.entry("wait-to-counter", words -> new Intent.WaitToCounter()),
      Map.entry("first-choice", words -> new Intent.FirstChoice()),
      Map.entry("same-but-more", words -> new Intent.SameBut(recalled(words))),
      Map.entry("unclear", words -> new Intent.Unclear()),
      Map.entry("pick-package", words -> new Intent.PickPackage())));
  /** The rules above and one per {@link Topic}, named by {@link Topic#rule()}. */
  private static Map<String, Function<List<String>, Intent>> withTopics(Map<String, Function<List<String>, Intent>> rules) {
    Map<String, Function<List<String>, Intent>> all = new HashMap<>(rules);
    for (Topic topic : Topic.values()) {
      all.put(topic.rule(), words -> new Intent.Subject(topic));
    }
    return Map.copyOf(all);
  }

  private static final Match OTHER = new Match(new Intent.Other(), Figures.WIN, false);
  private static final Match OTHER_COMPANY = new Match(new Intent.Other(), Figures.WIN, true);

  /**
   * The rules file read into the fields below: on a thread of its own for the table on the class path, so that a
   * coach made at a start does not wait for it (parsing the YAML was a third of a restart's time to its first
   * answer, and a {@code /comp} with a role and region asks no intent). Its completion publishes the fields.
   */
  private final CompletableFuture<Void> loaded;
  /** Whether that thread was started: by {@link #readSoon()} once a server's port is open, or by the first match. */
  private final AtomicBoolean reading = new AtomicBoolean();
  private List<Rule> rules;
  /** Every phrase of every rule, by its first word. */
  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  /** How a word typed fast is spelled ("shoud": "should"). */
  private final Map<String, String> spellings = new HashMap<>();
  /** The words a slip of one letter still finds, by their first letter. */
  private final Map<Character, List<String>> fuzzy = new HashMap<>();
  /** Every word of every phrase: a word the table knows is never a slip of another. */
  private final Set<String> known = new HashSet<>();
  /** The group of the phrases that speak for the company, found in the same scan as the rules' phrases; -1: none. */
  private int companySide = -1;
  /** Named phrase lists under {@code phrases} (what makes a figure the company's own move), by name: their group. */
  private final Map<String, Integer> lists = new HashMap<>();

  /** The table from the rules file on the class path, read in the background from {@link #readSoon()} or first use. */
  IntentTable() {
    if (IntentTable.class.getResource(RESOURCE) == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path");
    }
    loaded = new CompletableFuture<>();
  }

  /** The table from these rules, read now. */
  IntentTable(InputStream yaml, String source) {
    load(yaml, source);
    loaded = CompletableFuture.completedFuture(null);
    reading.set(true);
  }

  /**
   * Starts reading the rules file in the background, once: a server calls it when its port is open, so that the
   * reading does not take CPU from the first {@code /comp}'s answer, which needs no intent.
   */
  void readSoon() {
    if (!reading.compareAndSet(false, true)) {
      return;
    }
    // A thread of its own rather than the common pool, where it could queue behind other work.
    Thread reader = new Thread(() -> {
      try {
        load(IntentTable.class.getResourceAsStream(RESOURCE), RESOURCE);
        loaded.complete(null);
      } catch (RuntimeException | Error e) {
        // Whatever happened, the future completes: a message never waits for a reader that died.
        loaded.completeExceptionally(e);
      }
    }, "intents-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void load(InputStream yaml, String source) {
    if (yaml == null) {
      throw new IllegalStateException(source + " is missing from the class path");
    }
    List<Object> entries;
    try (InputStream in = yaml) {
      entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(source, e);
    }
    List<Rule> read = new ArrayList<>();
    for (Object entry : entries) {
      if (entry instanceof Map<?, ?> map && map.containsKey("spellings")) {
        spelling(map, source);
        continue;
      }
      if (entry instanceof Map<?, ?> map && map.containsKey("speakers")) {
        speakers(map.get("speakers"), source);
        continue;
      }
      if (entry instanceof Map<?, ?> map && map.containsKey("phrases")) {
        phraseLists(map.get("phrases"), source);
        continue;
      }
      if (entry instanceof Map<?, ?> map && map.containsKey("company-side")) {
        companySide = group(strings(map.get("company-side")), false);
        continue;
      }
      read.add(rule(entry, read.size(), source));
    }
    this.rules = List.copyOf(read);
  }

  /**
   * Whether the text holds a phrase of the list named {@code list} under {@code phrases} ("our-move", "hedge"); a
   * list given as {@code start:} holds only at the text's first word.
   */
  boolean says(String list, String text) {
    awaitLoaded();
    Integer group = lists.get(list);
    if (group == null) {
      throw new IllegalArgumentException("No phrase list '" + list + "' in " + RESOURCE);
    }
    // "we'll" and "we'd" said in full first: with the apostrophe gone they would read "well" and "wed".
    return found(spelled(words(normalize(WE_WILL.matcher(text).replaceAll("we will")))))[group];
  }

  private static final java.util.regex.Pattern WE_WILL = java.util.regex.Pattern.compile(
      "(?i)\\bwe['’](?:ll|d)\\b");

  private void phraseLists(Object value, String source) {
    if (!(value instanceof Map<?, ?> named)) {
      throw new IllegalStateException(source + ": 'phrases' must map names to lists");
    }
    for (Map.Entry<?, ?> e : named.entrySet()) {
      boolean atStart = e.getValue() instanceof Map<?, ?> m && m.containsKey("start");
      Object phrases = atStart ? ((Map<?, ?>) e.getValue()).get("start") : e.getValue();
      lists.put(String.valueOf(e.getKey()), group(strings(phrases), atStart));
    }
  }

  /** Whether the message speaks for the company: {@link Match#company()}. */
  boolean companySide(String message) {
    return match(message).company();
  }

  /**
   * Whether the message holds the phrases of a rule named {@code intent}, wherever that rule stands in the table and
   * whatever its {@code unless} says: "they want to know by Friday. what should i counter?" holds a deadline beside
   * the question the table answers.
   */
  boolean holds(String intent, String message) {
    awaitLoaded();
    String normalized = normalize(message);
    boolean[] found = found(forThemself(spelled(phraseWords(normalized))));
    String whole = stripEnd(normalized);
    return rules.stream().filter(r -> r.intent().equals(intent))
        .anyMatch(r -> new Rule(r.intent(), r.figures(), r.whole(), r.start(), r.any(), r.all(), -1)
            .matches(found, whole, normalized));
  }

  /** The first rule the message matches, or {@link Intent.Other} when none does. */
  Match match(String message) {
    awaitLoaded();
    String normalized = normalize(message);
    List<String> words = forThemself(spelled(phraseWords(normalized)));
    boolean[] found = found(words);
    String whole = stripEnd(normalized);
    boolean company = companySide >= 0 && found[companySide];
    for (Rule rule : rules) {
      if (rule.matches(found, whole, normalized)) {
        return new Match(INTENTS.get(rule.intent()).apply(words), rule.figures(), company);
      }
    }
    return company ? OTHER_COMPANY : OTHER;
  }

  /** Which phrase groups the message's words hold. */
  private boolean[] found(List<String> words) {
    boolean[] found = new boolean[groupCount];
    for (int i = 0; i < words.size(); i++) {
      List<Phrase> candidates = byFirstWord.get(words.get(i));
      if (candidates == null) {
        continue;
      }
      for (Phrase phrase : candidates) {
        if ((!phrase.atStart() || i == 0) && phrase.matchesAt(words, i)) {
          found[phrase.group()] = true;
        }
      }
    }
    return found;
  }

  /** Waits for the rules file to be read; a file that does not read throws here as it would have at the start. */
  private void awaitLoaded() {
    readSoon();
    try {
      loaded.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private int groupCount;

  /** The words after which someone spoken for is read as "i": "should", "can". */
  private final Set<String> speakerVerbs = new HashSet<>();
  /** Who a coach or partner speaks for, each as its words: "she", "my client". */
  private final List<List<String>> spokenFor = new ArrayList<>();

  private void speakers(Object entry, String source) {
    if (!(entry instanceof Map<?, ?> map)) {
      throw new IllegalStateException(source + ": speakers must have after and names");
    }
    strings(map.get("after")).forEach(w -> speakerVerbs.add(normalize(w)));
    strings(map.get("names")).forEach(n -> spokenFor.add(words(normalize(n))));
  }

  /** "which should she push on?" read as "which should i push on?": the question is the same for whoever asks. */
  private List<String> forThemself(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    boolean changed = false;
    for (int i = 0; i < words.size(); i++) {
      out.add(words.get(i));
      if (!speakerVerbs.contains(words.get(i))) {
        continue;
      }
      for (List<String> name : spokenFor) {
        if (i + name.size() < words.size() && words.subList(i + 1, i + 1 + name.size()).equals(name)) {
          out.add("i");
          i += name.size();
          changed = true;
          break;
        }
      }
    }
    return changed ? out : words;
  }

  private void spelling(Map<?, ?> map, String source) {
    if (!(map.get("spellings") instanceof Map<?, ?> pairs)) {
      throw new IllegalStateException(source + ": spellings must map a word to its spelling");
    }
    pairs.forEach((typed, meant) -> spellings.put(normalize(String.valueOf(typed)), normalize(String.valueOf(meant))));
    for (String word : strings(map.get("fuzzy"))) {
      String w = normalize(word);
      if (w.length() >= FUZZY_LENGTH - 1) {
        fuzzy.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
      }
    }
  }

  /** The shortest word a slip is forgiven in: shorter ones are too often other words. */
  private static final int FUZZY_LENGTH = 5;

  /** The words as meant: each spelled as the table says, or the one fuzzy word a slip away. */
  private List<String> spelled(List<String> words) {
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String meant = spellings.get(word);
      if (meant == null && word.length() >= FUZZY_LENGTH && !known.contains(word)) {
        meant = slipOf(word);
      }
      if (meant != null && !meant.equals(word)) {
        if (out == null) {
          out = new ArrayList<>(words);
        }
        out.set(i, meant);
      }
    }
    if (out == null) {
      return words;
    }
    // "i dont know" spelled for "idk" is three words, as the phrases are.
    return phraseWords(String.join(" ", out));
  }

  /** The one fuzzy word {@code word} is a slip of, or null. */
  private String slipOf(String word) {
    List<String> candidates = fuzzy.get(word.charAt(0));
    if (candidates == null) {
      return null;
    }
    String found = null;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - word.length()) <= 1 && !candidate.equals(word) && oneSlip(word, candidate)) {
        if (found != null) {
          return null; // a slip of two words is neither
        }
        found = candidate;
      }
    }
    return found;
  }

  /** Whether one letter missing, extra, changed, or two neighbours swapped turn {@code a} into {@code b}. */
  static boolean oneSlip(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  private Rule rule(Object entry, int index, String source) {
    if (!(entry instanceof Map<?, ?> map) || !(map.get("intent") instanceof String name)) {
      throw new IllegalStateException(source + ": rule " + (index + 1) + " has no intent");
    }
    if (!INTENTS.containsKey(name)) {
      throw new IllegalStateException(source + ": rule " + (index + 1) + " names an unknown intent \"" + name + "\"");
    }
    Object figures = map.get("figures");
    Figures policy = figures == null ? Figures.WIN : Figures.valueOf(figures.toString().toUpperCase(Locale.ROOT));
    List<String> whole = strings(map.get("whole")).stream().map(IntentTable::normalize).toList();
    int start = group(strings(map.get("start")), true);
    int any = group(strings(map.get("any")), false);
    List<Integer> all = new ArrayList<>();
    if (map.get("all") instanceof List<?> groups) {
      for (Object g : groups) {
        all.add(group(strings(g), false));
      }
    }
    int unless = group(strings(map.get("unless")), false);
    return new Rule(name, policy, whole, start, any, List.copyOf(all), unless);
  }

  /** Indexes one group of phrases; -1 when the group is empty. */
  private int group(List<String> phrases, boolean atStart) {
    if (phrases.isEmpty()) {
      return -1;
    }
    int id = groupCount++;
    for (String phrase : phrases) {
      List<String> words = phraseWords(normalize(phrase));
      known.addAll(words);
      if (!words.isEmpty()) {
        byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Phrase(words, id, atStart));
      }
    }
    return id;
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(String::valueOf).toList();
  }

  /** "lever 2", "lever #2": that lever; "lever" without a number: every lever. */
  private static Intent lever(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      String next = words.get(i + 1);
      if (words.get(i).equals("lever") && next.length() <= 2 && next.chars().allMatch(Character::isDigit)) {
        return new Intent.OneLever(Integer.parseInt(next));
      }
    }
    return new Intent.Levers();
  }

  /** "and the bonus?", "what about the stock?": the part the follow-up names, the last one named. */
  private static Intent part(List<String> words) {
    Component named = Component.BASE;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      // "sign on" in two words is the sign-on.
      if (word.equals("sign") && i + 1 < words.size() && words.get(i + 1).equals("on")) {
        named = Component.SIGN_ON;
        continue;
      }
      // "the signing bonus", "sign on bonus": the bonus word after a sign-on word is still the sign-on.
      Component part = word.equals("bonus") && named == Component.SIGN_ON && i > 0
          && SIGN_ON_WORDS.contains(words.get(i - 1)) ? Component.SIGN_ON : partNamed(word);
      named = part == null ? named : part;
    }
    // "whats my total comp then": the yearly total, when no single part is named.
    // "what's that worth per year all in?": "all in" says the whole of it too.
    boolean total = words.contains("total") || words.contains("tc") || words.contains("altogether")
        || words.contains("all") && words.contains("in") || words.contains("worth") && !words.contains("stock");
    return new Intent.Part(total && words.stream().map(IntentTable::partNamed).allMatch(java.util.Objects::isNull)
        ? Component.TOTAL : named);
  }

  /** "should I push on stock or bonus?": the two named and not the base, in the part words {@link #part} reads. */
  private static Intent priority(List<String> words) {
    Set<Component> named = new HashSet<>();
    for (String word : words) {
      Component part = partNamed(word);
      if (part != null) {
        named.add(part);
      }
    }
    return new Intent.Priority(named.contains(Component.STOCK) && named.contains(Component.BONUS)
        && !named.contains(Component.BASE));
  }

  /** The one part a question about a figure names ("the base", "the total"), or null for none or several. */
  private static Component recalled(List<String> words) {
    Component named = null;
    for (String word : words) {
      Component part = switch (word) {
        case "total", "tc", "package" -> Component.TOTAL;
        default -> partNamed(word);
      };
      if (part != null && named != null && part != named) {
        return null;
      }
      named = part == null ? named : part;
    }
    return named;
  }

  /** The part one word names, or null. */
  private static Component partNamed(String word) {
    return switch (word) {
      case "bonus" -> Component.BONUS;
      case "stock", "equity", "rsu", "rsus", "shares" -> Component.STOCK;
      case "sign-on", "signon", "signing", "joining" -> Component.SIGN_ON;
      case "base", "salary" -> Component.BASE;
      default -> null;
    };
  }

  /** Lower case without apostrophes, so "what's", "whats" and "what’s" are one word. */
  static String normalize(String text) {
    return (text == null ? "" : text).toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replace("‘", "")
        .trim();
  }

  /** The words: runs of letters and digits, with hyphens inside them ("e-mail", "sign-on"). */
  static List<String> words(String text) {
    return words(text, false);
  }

  /**
   * The words a rule's phrases are matched on: {@link #words(String)}, and a "%" after a figure as a word of its own,
   * so a phrase can say "% more" ("is 10% more enough?"), as a phrase opening with "%" does.
   */
  private static List<String> phraseWords(String text) {
    return words(text, true);
  }

  private static List<String> words(String text, boolean percentSign) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        // After a blank and a figure too: the words spelled again ("10 % more") keep it; "the bonus % is fixed"
        // holds no figure before it, so "bonus is fixed" stays a phrase there.
        if (percentSign && text.charAt(i) == '%' && (i == 0 || Character.isDigit(text.charAt(i - 1))
            || i > 1 && text.charAt(i - 1) == ' ' && Character.isDigit(text.charAt(i - 2)))) {
          out.add("%");
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i))
          || ((text.charAt(i) == '\'' || text.charAt(i) == '-') && i + 1 < n
              && Character.isLetterOrDigit(text.charAt(i + 1))))) {
        i++;
      }
      out.add(text.substring(start, i));
    }
    return out;
  }

  private static String stripEnd(String text) {
    int end = text.length();
    while (end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end).trim();
  }

  /** One phrase as words, the group it counts for, and whether it must open the message. */
  private record Phrase(List<String> words, int group, boolean atStart) {
    boolean matchesAt(List<String> text, int at) {
      if (at + words.size() > text.size()) {
        return false;
      }
      for (int k = 1; k < words.size(); k++) {
        if (!words.get(k).equals(text.get(at + k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** One rule: its groups by id (-1 for none) and the whole messages it takes. */
  private record Rule(String intent, Figures figures, List<String> whole, int start, int any, List<Integer> all,
                      int unless) {
    boolean matches(boolean[] found, String stripped, String message) {
      if (unless >= 0 && found[unless]) {
        return false;
      }
      if (whole.contains(stripped) || whole.contains(message) || (start >= 0 && found[start]) || (any >= 0 && found[any])) {
        return true;
      }
      return !all.isEmpty() && all.stream().allMatch(g -> found[g]);
    }
  }
}
