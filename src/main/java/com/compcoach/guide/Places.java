package com.compcoach.guide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises pay-table regions in the words people (and guides) write: city, state code, state name, "hq",
 * "nyc", "bay area", "sf", "remote", and a few airport or city codes such as "clt".
 */
final class Places {

  /** A region named in a token list, and which tokens named it. */
  record Mention(Region region, int from, int to) {}

  /** Short names people type, each to the phrases a region's name may contain. */
  private static final Map<String, List<String>> ALIASES = Map.ofEntries(
      Map.entry("nyc", List.of("new york")), Map.entry("new york city", List.of("new york")),
      Map.entry("manhattan", List.of("new york")), Map.entry("jfk", List.of("new york")),
      Map.entry("sf", List.of("san francisco", "bay area")), Map.entry("sfo", List.of("san francisco", "bay area")),
      Map.entry("san fran", List.of("san francisco", "bay area")),
      Map.entry("bay area", List.of("san francisco", "bay area")),
      Map.entry("silicon valley", List.of("san francisco", "bay area", "san jose")),
      Map.entry("san francisco", List.of("bay area")),
      Map.entry("clt", List.of("charlotte")), Map.entry("dtw", List.of("detroit")), Map.entry("det", List.of("detroit")),
      Map.entry("la", List.of("los angeles")), Map.entry("lax", List.of("los angeles")),
      Map.entry("chi", List.of("chicago")), Map.entry("ord", List.of("chicago")),
      Map.entry("sea", List.of("seattle")), Map.entry("atl", List.of("atlanta")), Map.entry("bos", List.of("boston")),
      Map.entry("atx", List.of("austin")), Map.entry("dfw", List.of("dallas")), Map.entry("den", List.of("denver")),
      Map.entry("dc", List.of("washington")), Map.entry("philly", List.of("philadelphia")),
      Map.entry("ldn", List.of("london")), Map.entry("yyz", List.of("toronto")), Map.entry("yvr", List.of("vancouver")),
      Map.entry("cdmx", List.of("ciudad de mexico", "ciudad de méxico", "mexico city")), Map.entry("gdl", List.of("guadalajara")),
      Map.entry("mty", List.of("monterrey")),
      // Nicknames a guide or a user writes for a city (s22: "stretch to ~90k in Columbus/Cincy").
      Map.entry("cincy", List.of("cincinnati")), Map.entry("nola", List.of("new orleans")),
      Map.entry("vegas", List.of("las vegas")), Map.entry("slc", List.of("salt lake city")),
      Map.entry("kc", List.of("kansas city")), Map.entry("msp", List.of("minneapolis")),
      Map.entry("twin cities", List.of("minneapolis", "saint paul", "st. paul")), Map.entry("pdx", List.of("portland")),
      Map.entry("phx", List.of("phoenix")), Map.entry("rdu", List.of("raleigh", "durham")),
      Map.entry("headquarters", List.of()), Map.entry("head office", List.of()));

  /** The aliases again, by the first word of the phrase they stand for, so a name finds its aliases directly. */
  private static final Map<String, List<Map.Entry<List<String>, String>>> ALIAS_TARGETS = aliasTargets();

  private static final Comparator<List<String>> LONGEST_FIRST = (a, b) -> Integer.compare(b.size(), a.size());

  private static final Map<String, String> STATES = states(
      "al alabama|ak alaska|az arizona|ar arkansas|ca california|co colorado|ct connecticut|de delaware|"
          + "fl florida|ga georgia|hi hawaii|id idaho|il illinois|in indiana|ia iowa|ks kansas|ky kentucky|"
          + "la louisiana|me maine|md maryland|ma massachusetts|mi michigan|mn minnesota|ms mississippi|"
          + "mo missouri|mt montana|ne nebraska|nv nevada|nh new hampshire|nj new jersey|nm new mexico|"
          + "ny new york|nc north carolina|nd north dakota|oh ohio|ok oklahoma|or oregon|pa pennsylvania|"
          + "ri rhode island|sc south carolina|sd south dakota|tn tennessee|tx texas|ut utah|vt vermont|"
          + "va virginia|wa washington|wv west virginia|wi wisconsin|wy wyoming|dc district of columbia|"
          + "on ontario|bc british columbia|qc quebec|ab alberta|uk united kingdom|us united states");

  // Codes that are also everyday words: "in charlotte" must not name Indiana.
  private static final Set<String> WORDLIKE_CODES = Set.of(
      "in", "me", "or", "oh", "hi", "ok", "de", "la", "al", "id", "ma", "co", "us", "on", "ne", "pa", "wa");

  /** What joins the cities of a metro's name: "Raleigh-Durham", "Minneapolis/St. Paul", "Dallas & Fort Worth". */
  private static final Pattern CITY_JOINS = Pattern.compile("\\s*[-–—/]\\s*|\\s+&\\s+");
  /** What parts a list of places: "(SF Bay Area, New York)", "(Austin; Denver & Seattle)". */
  private static final Pattern PLACE_LIST = Pattern.compile("\\s*(?:[,;/]|\\band\\b|&)\\s*");
  /** Countries written after a city ("Berlin, Germany"): where the city is, never a second place of the row. */
  private static final Set<String> COUNTRIES = Set.of("germany", "france", "spain", "italy", "netherlands",
      "the netherlands", "belgium", "switzerland", "austria", "ireland", "united kingdom", "england", "scotland",
      "wales", "canada", "usa", "united states", "mexico", "brazil", "argentina", "chile", "colombia", "peru", "india",
      "china", "japan", "singapore", "australia", "new zealand", "poland", "portugal", "sweden", "norway", "denmark",
      "finland", "israel", "uae", "south africa", "nigeria", "kenya", "philippines", "vietnam", "indonesia",
      "south korea", "korea", "hong kong", "taiwan", "czechia", "czech republic", "romania", "hungary", "greece",
      "turkey", "egypt", "estonia", "lithuania", "latvia", "ukraine", "malaysia", "thailand", "luxembourg");
  /** Words for a city's reach, not its name: "Boston metro", "Greater London", "Denver area". */
  private static final Set<String> METRO_WORDS = Set.of("metro", "metropolitan", "area", "greater", "region");

  private Places() {}

  private static Map<String, List<Map.Entry<List<String>, String>>> aliasTargets() {
    Map<String, List<Map.Entry<List<String>, String>>> out = new HashMap<>();
    for (Map.Entry<String, List<String>> alias : ALIASES.entrySet()) {
      for (String target : alias.getValue()) {
        List<String> words = Arrays.asList(target.split(" "));
        out.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(Map.entry(words, alias.getKey()));
      }
    }
    Map<String, List<Map.Entry<List<String>, String>>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  private static Map<String, String> states(String table) {
    Map<String, String> out = new HashMap<>();
    for (String pair : table.split("\\|")) {
      out.put(pair.substring(0, 2), pair.substring(3));
    }
    return Map.copyOf(out);
  }

  /**
   * Lowercase words of letters and digits only, accents folded: "New York (HQ)" to [new, york, hq], "Zürich" to
   * [zurich], so that people may type places the way their keyboard lets them.
   */
  static List<String> tokens(String text) {
    if (isAscii(text)) {
      return asciiTokens(text);
    }
    String folded = foldAccents(text);
    List<int[]> spans = wordSpans(folded);
    List<String> out = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      out.add(folded.substring(span[0], span[1]).toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /** {@link #tokens} of a text all ASCII (most are), where a word is [A-Za-z0-9]+, without a span or copy per word. */
  private static List<String> asciiTokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        word.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        word.append((char) (c + ('a' - 'A')));
      } else if (!word.isEmpty()) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    return out;
  }

  /** Where each word of letters and digits starts and ends: the words {@link #tokens} lowercases. */
  static List<int[]> wordSpans(String text) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(new int[] {start, i});
        start = -1;
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern ACCENTS = java.util.regex.Pattern.compile("\\p{M}+");

  /** The text with accents taken off its letters ("São Paulo" to "Sao Paulo"); other scripts stay as they are. */
  static String foldAccents(String text) {
    return isAscii(text) ? text : ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Every phrase that names this region, longest first. */
  static List<List<String>> phrases(Region region) {
    String name = region.name();
    String lower = String.join(" ", tokens(name));
    Set<String> out = new LinkedHashSet<>();
    out.add(lower);
    int cut = indexOfAny(name, ",(");
    String city = String.join(" ", tokens(cut < 0 ? name : name.substring(0, cut)));
    if (!city.isEmpty()) {
      out.add(city);
      // A metro named by its cities ("Raleigh-Durham", "Minneapolis/St. Paul") is named by each of them, and
      // "Boston metro", "Greater London" by the city without the word for its reach.
      String cityText = cut < 0 ? name : name.substring(0, cut);
      for (String part : CITY_JOINS.split(cityText)) {
        List<String> words = new ArrayList<>(tokens(part));
        words.removeIf(METRO_WORDS::contains);
        String named = String.join(" ", words);
        if (named.length() >= 3 && !named.equals(city) && !named.equals("remote")) {
          out.add(named);
        }
      }
    }
    // "東京 (Tokyo)", "New York (Manhattan)": a name in parentheses is another name of the place; "(HQ)" and
    // "(US)" are not.
    int open = name.indexOf('(');
    int close = name.indexOf(')', open + 1);
    if (open >= 0 && close > open) {
      List<String> inner = new ArrayList<>(tokens(name.substring(open + 1, close)));
      // "Denver (HQ / remote)": a city's aside that it takes remote hires too is no other name of the place.
      inner.removeIf(t -> t.equals("hq") || t.equals("headquarters") || t.equals("remote"));
      String other = String.join(" ", inner);
      if (other.length() > 2) {
        out.add(other);
      }
      // "Tier 2 (Austin, Denver, Seattle)": a list of places in parentheses names the region by each of them.
      String[] listed = PLACE_LIST.split(name.substring(open + 1, close));
      for (int i = 0; listed.length > 1 && i < listed.length; i++) {
        String one = String.join(" ", tokens(listed[i]));
        if (one.length() > 2 && !one.equals("remote") && !one.equals("headquarters")) {
          out.add(one);
        }
      }
    }
    if (cut >= 0 && name.charAt(cut) == ',') {
      // "Seattle, Boston, Denver", "San Francisco, New York": a row named by a list of cities is named by each of
      // them; "Austin, Texas", "Portland, OR" and "Berlin, Germany" are one city and where it is.
      String[] listed = PLACE_LIST.split(name.substring(0, open >= 0 ? open : name.length()));
      for (int i = 1; i < listed.length; i++) {
        String one = String.join(" ", tokens(listed[i]));
        // Two parts with a state's name may be a city and its state ("Rochester, New York"); three are a list.
        if (one.length() > 2 && !one.equals("remote") && !one.equals("hq")
            && (listed.length > 2 || !STATES.containsValue(one)) && !COUNTRIES.contains(one)) {
          out.add(one);
        }
      }
    }
    if (cut >= 0) {
      for (String t : tokens(name.substring(cut))) {
        if (t.equals("hq")) {
          continue;
        }
        if (t.length() == 2 && !WORDLIKE_CODES.contains(t)) {
          out.add(t);
        }
        String state = STATES.get(t);
        if (state != null && t.length() == 2) {
          out.add(state);
        }
      }
    }
    if (region.hq()) {
      out.add("hq");
      out.add("headquarters");
      out.add("head office");
    }
    if (region.remote() || namesRemote(name)) {
      out.add("remote");
    }
    if (lower.equals("national")) {
      // "National", the band every other place moves from: "push for $92K nationally".
      out.add("nationally");
      out.add("nationwide");
    }
    List<String> all = tokens(name);
    if (all.size() > 2 && CATCH_ALL.contains(all.get(0) + " " + all.get(1))) {
      // "All other US locations", "Rest of US": the row for every place no other row names, and, where two such
      // rows stand, the country each names ("anywhere else in Canada").
      out.addAll(CATCH_ALL);
      out.add("elsewhere");
      out.add("anywhere else");
      for (String word : all.subList(2, all.size())) {
        String country = DEMONYMS.getOrDefault(word, word);
        if (!CATCH_ALL_NOUNS.contains(country)) {
          for (String lead : List.of("anywhere else in", "everywhere else in", "elsewhere in", "rest of", "other")) {
            out.add(lead + " " + country);
            out.add(lead + " the " + country);
          }
        }
      }
    }
    List<String> words = tokens(name);
    for (int i = 0; i < words.size(); i++) {
      for (Map.Entry<List<String>, String> alias : ALIAS_TARGETS.getOrDefault(words.get(i), List.of())) {
        List<String> target = alias.getKey();
        if (i + target.size() <= words.size() && words.subList(i, i + target.size()).equals(target)) {
          out.add(alias.getValue());
        }
      }
    }
    List<List<String>> phrases = new ArrayList<>(out.size());
    for (String p : out) {
      if (!p.isBlank()) {
        phrases.add(List.of(p.split(" ")));
      }
    }
    phrases.sort(LONGEST_FIRST);
    return List.copyOf(phrases);
  }

  /** The nouns a catch-all row's name ends in, which name no country: "All other US locations". */
  private static final Set<String> CATCH_ALL_NOUNS = Set.of("locations", "location", "cities", "offices", "places",
      "sites", "states", "provinces", "regions", "the", "in", "of");
  /** A country's adjective in a catch-all row, to the name people write: "All other Canadian locations". */
  private static final Map<String, String> DEMONYMS = Map.of("canadian", "canada", "american", "us", "british", "uk",
      "australian", "australia", "mexican", "mexico", "german", "germany", "irish", "ireland", "indian", "india");

  /** State codes and names of places outside the United States, among {@link #STATES}. */
  private static final Set<String> NOT_US = Set.of("on", "bc", "qc", "ab", "uk", "us");

  /**
   * Whether a place's name says it is in the United States: "Seattle, WA", "Remote (US)", "All other US
   * locations", "Austin, Texas". A city written alone says nothing.
   */
  /** Whether a name ends in an Australian state's code: "Perth, WA", "Sydney, NSW", "Darwin, NT". */
  static boolean namesAustralianState(String name) {
    int comma = name.lastIndexOf(',');
    return comma >= 0 && AU_STATES.contains(name.substring(comma + 1).strip().toUpperCase(java.util.Locale.ROOT));
  }

  private static final Set<String> AU_STATES = Set.of("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT");

  static boolean namesUnitedStates(String name) {
    List<String> words = tokens(name);
    if (words.contains("us") || words.contains("usa") || String.join(" ", words).contains("united states")) {
      return true;
    }
    int comma = name.lastIndexOf(',');
    if (comma < 0) {
      return false;
    }
    List<String> after = tokens(name.substring(comma + 1));
    String state = after.isEmpty() ? "" : after.get(0).length() == 2 ? after.get(0) : String.join(" ", after);
    return state.length() == 2 ? STATES.containsKey(state) && !NOT_US.contains(state)
        : STATES.entrySet().stream().anyMatch(e -> e.getValue().equals(state) && !NOT_US.contains(e.getKey()));
  }

  /** Whether a region is the row for every place no other row names: "All other US locations", "Rest of US". */
  static boolean catchAll(Region region) {
    return catchAll(region.name());
  }

  /** The same of a name as written: "All other US locations", "anywhere else in the US" in a tier's list. */
  static boolean catchAll(String name) {
    List<String> all = tokens(name);
    return all.size() >= 2 && CATCH_ALL.contains(all.get(0) + " " + all.get(1));
  }

  /**
   * Whether a catch-all row may answer for the asked words, a place no other row names: a row naming no country
   * answers for any; a US row ("Everywhere else in the US") only for a place known to be in the US and not known to
   * be outside it (a country, a Canadian province's code, a city abroad); a row for another country for none, as
   * which country a city is in is not known here.
   */
  static boolean catchAllCovers(Region catchAll, List<String> asked) {
    return catchAllCovers(catchAll.name(), asked);
  }

  /** The same of a catch-all's name as written, a row's or a tier list's ("anywhere else in the US"). */
  static boolean catchAllCovers(String name, List<String> asked) {
    List<String> all = tokens(name);
    boolean country = all.subList(2, all.size()).stream()
        .anyMatch(w -> !CATCH_ALL_NOUNS.contains(w) && !w.equals("else") && !w.equals("remote"));
    if (!country) {
      return true;
    }
    if (!namesUnitedStates(name)) {
      return false;
    }
    String words = String.join(" ", asked);
    return asked.stream().noneMatch(w -> NOT_US.contains(w) && !w.equals("us") || ReadingRules.standard().cityAbroad(w))
        && COUNTRIES.stream().noneMatch(c -> !c.equals("usa") && !c.equals("united states")
            && (" " + words + " ").contains(" " + c + " "))
        && knownInUs(asked);
  }

  /**
   * Whether the asked words open with a place the reader knows is in the US: a city it knows ("austin", "san
   * diego"), or any name followed by a US state ("boise id", "boise idaho"). A place it cannot place ("quebec
   * city", "ny" alone) is not, so the user is shown the rows there are rather than a US band.
   */
  /** How many of the asked words name a US city the reader knows ("san antonio" → 2), or 0. */
  static int usCityLength(List<String> asked) {
    for (int n = Math.min(3, asked.size()); n >= 1; n--) {
      if (ReadingRules.standard().usCity(String.join(" ", asked.subList(0, n)))) {
        return n;
      }
    }
    return 0;
  }

  /** Whether a text is only a US state, a Canadian province or a country, by name ("Colorado", "Germany"). */
  static boolean namesStateOrCountry(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    return STATES.containsValue(t) || COUNTRIES.contains(t);
  }

  /** Whether a lowercase word is a US state's two-letter code ("in", "or", "ca"). */
  static boolean stateCode(String word) {
    return STATES.containsKey(word) && !NOT_US.contains(word);
  }

  static boolean knownInUs(List<String> asked) {
    for (int n = Math.min(3, asked.size()); n >= 1; n--) {
      if (ReadingRules.standard().usCity(String.join(" ", asked.subList(0, n)))) {
        return true;
      }
    }
    for (int i = 1; i < Math.min(4, asked.size()); i++) {
      String code = asked.get(i);
      if (code.length() == 2 && STATES.containsKey(code) && !NOT_US.contains(code)) {
        return true;
      }
      for (int n = 1; n <= 2 && i + n <= asked.size(); n++) {
        String name = String.join(" ", asked.subList(i, i + n));
        if (STATES.entrySet().stream().anyMatch(e -> e.getValue().equals(name) && !NOT_US.contains(e.getKey()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word is a US state's code whose state a region's name gives: "ny" for "New York metro". */
  static boolean stateNamedBy(String word, Region region) {
    String state = word.length() == 2 && !NOT_US.contains(word) ? STATES.get(word) : null;
    return state != null && (" " + String.join(" ", tokens(region.name())) + " ").contains(" " + state + " ");
  }

  /**
   * Whether a region is an area holding states or countries ("Remote", "EMEA", "US remote", "Canada"), not one city:
   * a state or country in brackets after it ("Remote (Mexico)") names a part of it, after a city ("Denver
   * (Colorado)") where the city is.
   */
  static boolean namesArea(String name) {
    int open = name.indexOf('(');
    String bare = open < 0 ? name : name.substring(0, open);
    List<String> words = tokens(bare);
    return !words.isEmpty() && (namesStateOrCountry(bare)
        || words.stream().allMatch(w -> w.equals("remote") || NO_CITY.contains(w)));
  }

  /** How a row for every other place opens: "All other US locations", "Rest of US", "Everywhere else (Canada)". */
  private static final Set<String> CATCH_ALL = Set.of("all other", "rest of", "everywhere else", "other us",
      "anywhere else", "elsewhere in");

  /** Where a region's name says remote outside parentheses, or inside them after no city: "US (remote)". */
  private static final Set<String> NO_CITY = Set.of("us", "usa", "uk", "eu", "ca", "canada", "emea", "apac", "latam",
      "europe", "anywhere", "global", "distributed", "worldwide", "americas", "north", "america", "nationwide");

  /**
   * Whether a region is the one "remote" asks for: "Remote (US)", "US remote", "US (remote)", "Tier C (everywhere
   * else in the US, remote included)"; not "Denver (HQ /
   * remote)", a city whose aside says it takes remote hires too, which answers to "denver" only.
   */
  private static boolean namesRemote(String name) {
    int open = name.indexOf('(');
    List<String> outside = tokens(open < 0 ? name : name.substring(0, open) + " " + name.substring(
        Math.max(open, name.lastIndexOf(')') + 1)));
    if (outside.contains("remote")) {
      return true;
    }
    if (open < 0) {
      return false;
    }
    List<String> inside = tokens(name.substring(open));
    // "Tier C (everywhere else in the US, remote included)": the catch-all a tier names takes remote hires.
    String opening = String.join(" ", inside.subList(0, Math.min(2, inside.size())));
    return inside.contains("remote") && (NO_CITY.containsAll(outside) || CATCH_ALL.contains(opening)
        || !inside.isEmpty() && (inside.get(0).equals("anywhere") || inside.get(0).equals("everywhere")));
  }

  /** The short name a query can use for a region: its city words, "detroit", "new york", "remote". */
  static String shortName(Region region) {
    String city = String.join(" ", tokens(region.shortName()));
    return city.isEmpty() ? String.join(" ", tokens(region.name())) : city;
  }

  /** Every region the tokens name, in the order the tokens name them; each region once. */
  static List<Mention> mentions(List<Region> regions, List<String> tokens) {
    return mentions(regions, regions.stream().map(Places::phrases).toList(), tokens);
  }

  /** As {@link #mentions(List, List)}, with each region's phrases worked out once by the caller. */
  static List<Mention> mentions(List<Region> regions, List<List<List<String>>> phrases, List<String> tokens) {
    List<Mention> found = new ArrayList<>();
    Words words = new Words(tokens);
    for (int r = 0; r < regions.size(); r++) {
      Region region = regions.get(r);
      Mention best = null;
      for (List<String> phrase : phrases.get(r)) {
        int at = words.mayHold(phrase) ? indexOf(tokens, phrase) : -1;
        if (at >= 0 && (best == null || at < best.from()
            || at == best.from() && at + phrase.size() > best.to())) {
          best = new Mention(region, at, at + phrase.size());
        }
      }
      if (best != null) {
        found.add(extend(best, phrases.get(r), tokens));
      }
    }
    // A region named by a longer phrase wins over another named inside it ("new york" vs "york").
    List<Mention> kept = new ArrayList<>();
    for (Mention m : found) {
      boolean inside = found.stream().anyMatch(o -> o != m && o.from() <= m.from() && o.to() >= m.to()
          && (o.to() - o.from()) > (m.to() - m.from()));
      if (!inside) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::from));
    for (int i = kept.size() - 1; i > 0; i--) {
      Mention m = kept.get(i);
      Mention o = kept.get(i - 1);
      if (o.from() == m.from() && o.to() == m.to()) {
        // "Remote: aim for $135K" beside rows "Remote (US only)" and "Remote": the words are one row's whole name
        // and only a shortening of the other's, so they name the one they are.
        boolean mWhole = tokens(m.region().name()).equals(tokens.subList(m.from(), m.to()));
        boolean oWhole = tokens(o.region().name()).equals(tokens.subList(o.from(), o.to()));
        if (mWhole != oWhole) {
          kept.remove(mWhole ? i - 1 : i);
        }
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The words of a text as a set, to rule out at once the many phrases it cannot hold: a phrase is found only where
   * its first word is ({@link #indexOf}), and a one-word phrase also where its people are ("londoners"). Scanning
   * every token for every phrase of every region was most of the reader's place work.
   */
  private static final class Words {
    private final List<String> tokens;
    private Set<String> set;

    Words(List<String> tokens) {
      this.tokens = tokens;
    }

    /** False only when {@link #indexOf} would find no place for the phrase. */
    boolean mayHold(List<String> phrase) {
      if (tokens.size() < 4 || phrase.isEmpty()) {
        return true;
      }
      if (set == null) {
        set = new java.util.HashSet<>(tokens);
      }
      String first = phrase.get(0);
      if (set.contains(first)) {
        return true;
      }
      if (phrase.size() > 1 || first.length() < 4) {
        return false;
      }
      for (String token : tokens) {
        if (people(token, first)) {
          return true;
        }
      }
      return false;
    }
  }

  /** "Detroit, MI": a mention runs on while the next words also name the same region. */
  private static Mention extend(Mention m, List<List<String>> phrases, List<String> tokens) {
    int to = m.to();
    boolean grew = true;
    while (grew && to < tokens.size()) {
      grew = false;
      for (List<String> phrase : phrases) {
        if (to + phrase.size() <= tokens.size() && tokens.subList(to, to + phrase.size()).equals(phrase)) {
          to += phrase.size();
          grew = true;
          break;
        }
      }
    }
    return new Mention(m.region(), m.from(), to);
  }

  static List<Region> named(List<Region> regions, String words) {
    return mentions(regions, tokens(words)).stream().map(Mention::region).toList();
  }

  static Optional<Region> one(List<Region> regions, String words) {
    List<Region> named = named(regions, words);
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** Words that only ever start a place in a query: "bay area", "remote", "hq", "silicon valley". */
  private static final Set<String> PLACE_STARTS = Set.of("bay", "remote", "hq", "headquarters", "silicon");

  /** Whether a word is a place anyone might mean: an alias, a state, or a city of the given regions. */
  static boolean isPlaceWord(String token, List<Region> regions) {
    if (namesAPlace(token) || PLACE_STARTS.contains(token)
        || STATES.containsKey(token) && !WORDLIKE_CODES.contains(token)) {
      return true;
    }
    for (Region r : regions) {
      if (tokens(r.name()).contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** How many of the words name one place: "new york city" 3, "bay area" 2, "london" 1. */
  static int placeLength(List<String> words) {
    for (int n = Math.min(3, words.size()); n > 1; n--) {
      if (namesAPlace(String.join(" ", words.subList(0, n)))) {
        return n;
      }
    }
    return Math.min(1, words.size());
  }

  /** Whether a phrase is an alias, a state's name, or a place an alias stands for: "nyc", "michigan", "london". */
  private static boolean namesAPlace(String phrase) {
    return ALIASES.containsKey(phrase) || STATES.containsValue(phrase)
        || ALIASES.values().stream().anyMatch(targets -> targets.contains(phrase));
  }

  static int indexOf(List<String> tokens, List<String> phrase) {
    outer:
    for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
      for (int j = 0; j < phrase.size(); j++) {
        String token = tokens.get(i + j);
        if (!token.equals(phrase.get(j)) && !(j == phrase.size() - 1 && people(token, phrase.get(j)))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** What a place's people are called after it: "Londoners", "New Yorkers", "Seattleites", "Bostonians". */
  private static final java.util.Set<String> PEOPLE = java.util.Set.of("er", "ers", "ite", "ites", "ian", "ians",
      "an", "ans", "nian", "nians");

  /** Whether a word names a place's people ("londoners" for "london"), as a reader takes it for the place. */
  private static boolean people(String token, String place) {
    return token.length() > place.length() + 1 && place.length() >= 4 && token.startsWith(place)
        && PEOPLE.contains(token.substring(place.length()));
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Where a label's list of places parts: ", ", " and ", ", and ", " & ", "/" ("SF/NYC"). */
  private static final java.util.regex.Pattern LIST_BREAK = java.util.regex.Pattern.compile(
      "\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+|\\s*/\\s*");
  /** A US state's or a province's code after a city's comma: "Portland, OR", "Halifax, NS". */
  private static final java.util.regex.Pattern STATE_CODE = java.util.regex.Pattern.compile("\\p{Lu}{2}(?:\\s*\\(.*\\))?");

  /**
   * The places a label lists, "Austin, Denver and Raleigh" → Austin, Denver, Raleigh, "SF/NYC" → SF, NYC ("Portland, OR and Boise, ID"
   * keeps each state with its city); one name where the label names one place ("Portland, OR (HQ)", "Remote (US and
   * Canada)") or a piece is not a place's name (a word in lower case).
   */
  static List<String> grouped(String label) {
    if (!label.contains(" and ") && !label.contains(" & ") && !label.contains("/")) {
      return List.of(label);
    }
    int paren = label.indexOf('(');
    String head = paren < 0 ? label : label.substring(0, paren);
    if (!head.contains(" and ") && !head.contains(" & ") && !head.contains("/")) {
      return List.of(label);
    }
    List<String> places = new java.util.ArrayList<>();
    for (String piece : LIST_BREAK.split(label.strip())) {
      // "N/A" is no two places: a place's name, or its code ("SF"), has two letters at least.
      if (piece.length() < 2 || !Character.isUpperCase(piece.charAt(0))
          || java.util.Arrays.stream(piece.replaceAll("\\(.*\\)", "").split("\\s+"))
              .anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)))) {
        return List.of(label);
      }
      // "Portland/OR" is one place; "NYC/SF" two: a code after a code is a place of its own.
      if (STATE_CODE.matcher(piece).matches() && !places.isEmpty()
          && places.get(places.size() - 1).chars().anyMatch(Character::isLowerCase)) {
        places.set(places.size() - 1, places.get(places.size() - 1) + ", " + piece);
      } else {
        places.add(piece);
      }
    }
    return places.size() >= 2 ? places : List.of(label);
  }
}
