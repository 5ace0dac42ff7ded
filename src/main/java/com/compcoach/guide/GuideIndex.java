package com.compcoach.guide;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable {@link GuideCatalog} over a list of guides: reads queries as people type them ("ml engineer clt",
 * "ally security-engineer new york", "signature role hq") and never guesses: unknown words get the closest matches.
 */
public final class GuideIndex implements GuideCatalog {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** Words too common in role titles to pick a role by themselves. */
  private static final Set<String> GENERIC = Set.of(
      "engineer", "engineering", "senior", "sr", "staff", "lead", "principal", "manager", "developer", "the", "role");
  private static final int SUGGESTIONS = 3;
  /**
   * Words a person puts before the role when asking for a card ("@comp-coach for ml-ai-engineer charlotte", "hi,
   * ml-ai-engineer charlotte", "bands for …"): skipped when what follows names a role, never otherwise.
   */
  private static final Set<String> LEAD_INS = Set.of("for", "about", "re", "regarding", "hi", "hey", "hello", "please",
      "pls", "bands", "band", "card", "show", "me", "the", "an", "a");

  /** A query word and where it stands in the query. */
  private record Token(String word, int start, int end) {}

  /** A guide's card with the words that name its role and its company. */
  private record Entry(GuideCard card, Set<String> roleWords, Set<String> companyWords) {
    Guide guide() {
      return card.guide().get();
    }
  }

  /** One region name as guides write it, with the guides that have a row of that name. */
  private record Place(Region region, List<Entry> holders) {}

  /** Every card, in the order of {@link #guides()}. */
  private final List<GuideCard> cards;
  private final List<Entry> entries;
  private final Set<String> allRoleWords;
  /** The word sets of the roles and companies these cards name, handed to the next catalog (see {@link #with}). */
  private final Map<Role, Set<String>> roleWords;
  private final Map<Company, Set<String>> companyWords;
  /**
   * Guides by role slug: a role at several companies is named with its company in suggestions. Counted when a
   * suggestion first needs it: a restart's catalog and an edit's serve without it.
   */
  private final Supplier<Map<String, Long>> companiesByRole;
  /**
   * Every distinct region name in the library, for queries that name a place but no role: worked out when such a
   * query first comes, not for every catalog (10,000 guides' 50,000 rows were a third of an edit's catalog pass).
   */
  private final Supplier<List<Place>> places;
  /**
   * Each region's naming phrases, worked out once per library rather than on every query (working them out was a
   * visible part of a {@code /comp}'s CPU); shared with the catalogs that follow this one.
   */
  private final RegionPhrases phrases;

  /**
   * @param roleWords    an earlier catalog's word sets by role, taken for the roles these cards share with it
   * @param companyWords the same by company
   */
  private GuideIndex(List<GuideCard> cards, Map<Role, Set<String>> roleWords, Map<Company, Set<String>> companyWords,
      RegionPhrases phrases) {
    this.phrases = phrases;
    // Already in this order when they come from a library (its files by path): one comparison a card.
    this.cards = cards.stream().sorted(GuideIndex::bySlugs).toList();
    // A company has many roles and a role many companies: each one's words are worked out once (10,000 guides of
    // 500 companies and 20 roles make 520 word sets, not 20,000), and kept for the catalogs that follow.
    Map<Role, Set<String>> roles = new HashMap<>();
    Map<Company, Set<String>> companies = new HashMap<>();
    List<Entry> made = new ArrayList<>(this.cards.size());
    for (GuideCard g : this.cards) {
      made.add(new Entry(g, roles.computeIfAbsent(g.role(), r -> roleWords(r, roleWords)),
          companies.computeIfAbsent(g.company(), c -> companyWords(c, companyWords))));
    }
    this.entries = Collections.unmodifiableList(made);
    this.roleWords = roles;
    this.companyWords = companies;
    Set<String> words = new HashSet<>();
    roles.values().forEach(words::addAll);
    this.allRoleWords = Set.copyOf(words);
    this.companiesByRole = Once.of(this::countCompaniesByRole);
    this.places = Once.of(this::findPlaces);
  }

  private static Set<String> roleWords(Role role, Map<Role, Set<String>> earlier) {
    Set<String> words = earlier.get(role);
    return words != null ? words : words(role.slug(), role.title(), true);
  }

  private static Set<String> companyWords(Company company, Map<Company, Set<String>> earlier) {
    Set<String> words = earlier.get(company);
    return words != null ? words : words(company.slug(), company.name(), false);
  }

  /** Company slug, then role slug: the order of {@link #guides()}. */
  private static int bySlugs(GuideCard a, GuideCard b) {
    int company = a.company().slug().compareTo(b.company().slug());
    return company != 0 ? company : a.role().slug().compareTo(b.role().slug());
  }

  private Map<String, Long> countCompaniesByRole() {
    Map<String, Long> roles = new HashMap<>();
    for (Entry e : entries) {
      roles.merge(e.card().role().slug(), 1L, Long::sum);
    }
    return Map.copyOf(roles);
  }

  private List<Place> findPlaces() {
    Map<String, List<Entry>> holders = new LinkedHashMap<>();
    Map<String, Region> firstRow = new HashMap<>();
    for (Entry e : entries) {
      for (Region r : e.card().regions()) {
        holders.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(e);
        firstRow.putIfAbsent(r.name(), r);
      }
    }
    return holders.entrySet().stream()
        .map(h -> new Place(firstRow.get(h.getKey()), List.copyOf(h.getValue()))).toList();
  }


  /** The words of a slug and the name it stands for; a role's initials too, where {@code initials}. */
  private static Set<String> words(String slug, String name, boolean initials) {
    Set<String> words = new HashSet<>(Places.tokens(slug));
    words.addAll(Places.tokens(name));
    if (initials) {
      words.addAll(initials(slug));
    }
    return Set.copyOf(words);
  }

  /** Words of a level, which a role's initials leave out: "sde" is no Staff Data Engineer's. */
  private static final Set<String> LEVEL_WORDS = Set.of("staff", "senior", "sr", "principal", "lead", "junior", "jr",
      "associate", "head", "chief", "distinguished", "intern", "mid", "entry", "level", "of");

  /**
   * "sre" for Site Reliability Engineer: a title of three words or more, its level words left out, is typed by its
   * initials; none where fewer are left (Staff Data Engineer is not "sde", Software Development Engineer's initials).
   */
  private static Set<String> initials(String slug) {
    StringBuilder initials = new StringBuilder();
    for (String t : Places.tokens(slug)) {
      if (!LEVEL_WORDS.contains(t)) {
        initials.append(t.chars().allMatch(Character::isLetter) ? t.substring(0, 1) : "");
      }
    }
    return initials.length() >= 3 ? Set.of(initials.toString()) : Set.of();
  }

  /** A catalog over these guides. */
  public static GuideIndex of(List<Guide> guides) {
    return new GuideIndex(guides.stream().map(GuideCard::of).toList(), Map.of(), Map.of(), new RegionPhrases());
  }

  /**
   * A catalog over these cards that takes what this one worked out for the cards both hold, so that a library
   * of thousands swaps in one edited guide without working out the words of every other.
   */
  public GuideIndex with(List<GuideCard> cards) {
    return new GuideIndex(List.copyOf(cards), roleWords, companyWords, phrases);
  }

  /** The guides in card order; a card's whole guide is worked out only when its element is read. */
  @Override
  public List<Guide> guides() {
    return new AbstractList<>() {
      @Override
      public Guide get(int index) {
        return cards.get(index).guide().get();
      }

      @Override
      public int size() {
        return cards.size();
      }
    };
  }

  @Override
  public Optional<Guide> guide(String companySlug, String roleSlug) {
    return cards.stream().filter(c -> c.company().slug().equals(companySlug) && c.role().slug().equals(roleSlug))
        .findFirst().map(c -> c.guide().get());
  }

  @Override
  public Optional<Region> region(Guide guide, String words) {
    List<Region> named = regions(guide, words);
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  @Override
  public List<Region> regions(Guide guide, String words) {
    return mentions(guide.regions(), Places.tokens(words == null ? "" : words)).stream()
        .map(Places.Mention::region).toList();
  }

  @Override
  public Lookup find(String query) {
    String q = query == null ? "" : query;
    List<Token> tokens = tokens(q);
    if (tokens.isEmpty() || entries.isEmpty()) {
      return new Lookup.Unknown("role", q.strip(), roleSuggestions("", ""));
    }
    Lookup afterLeadIn = afterLeadIn(q, tokens);
    if (afterLeadIn != null) {
      return afterLeadIn;
    }
    // Optional company words first: "ally security-engineer new york".
    List<Entry> pool = entries;
    int at = 0;
    while (at < tokens.size() - 1) {
      String w = tokens.get(at).word();
      List<Entry> narrowed = pool.stream().filter(e -> e.companyWords().contains(w)).toList();
      if (narrowed.isEmpty() || allRoleWords.contains(w) && narrowed.size() == pool.size() && at == 0
          && pool.stream().allMatch(e -> e.roleWords().contains(w))) {
        break;
      }
      pool = narrowed;
      at++;
    }
    int companyEnd = at;
    int roleEnd = at;
    boolean signature = false;
    while (roleEnd < tokens.size()) {
      String w = tokens.get(roleEnd).word();
      if (w.equals("signature")) {
        signature = true;
      } else if (!(allRoleWords.contains(w) || w.equals("role") && signature)) {
        break;
      }
      roleEnd++;
    }
    if (signature) {
      List<Entry> chosen = pool.stream().filter(e -> e.card().signatureRole()).toList();
      if (chosen.isEmpty()) {
        return unknownRole(q, tokens, companyEnd);
      }
      return region(q, tokens, companyEnd, roleEnd, chosen, "signature role");
    }
    // The longest run of role words that some role holds entirely.
    for (int end = roleEnd; end > companyEnd; end--) {
      Set<String> asked = new HashSet<>();
      for (int i = companyEnd; i < end; i++) {
        asked.add(tokens.get(i).word());
      }
      List<Entry> matching = pool.stream().filter(e -> e.roleWords().containsAll(asked)).toList();
      if (matching.isEmpty()) {
        continue;
      }
      Map<String, List<Entry>> bySlug = new LinkedHashMap<>();
      for (Entry e : matching) {
        bySlug.computeIfAbsent(e.card().role().slug(), k -> new ArrayList<>()).add(e);
      }
      List<Entry> chosen = chooseRole(bySlug, asked);
      if (chosen == null) {
        List<String> rest = words(tokens, end, tokens.size());
        List<String> suggestions = bySlug.keySet().stream()
            .sorted(Comparator.comparingDouble((String slug) -> -Similarity.of(String.join(" ", asked), slug)))
            .limit(SUGGESTIONS).map(slug -> join(slug, String.join(" ", rest))).toList();
        return new Lookup.Unknown("role", text(q, tokens, companyEnd, end), suggestions);
      }
      return region(q, tokens, companyEnd, end, chosen, chosen.get(0).card().role().title());
    }
    return unknownRole(q, tokens, companyEnd);
  }

  /** The lookup of the words after leading {@link #LEAD_INS}, or null when there are none or what follows is no role. */
  private Lookup afterLeadIn(String q, List<Token> tokens) {
    int at = 0;
    while (at < tokens.size() - 1 && leadIn(tokens.get(at).word())) {
      at++;
    }
    if (at == 0) {
      return null;
    }
    Lookup rest = find(q.substring(tokens.get(at).start()));
    return rest instanceof Lookup.Unknown ? null : rest;
  }

  private boolean leadIn(String word) {
    return LEAD_INS.contains(word) && !allRoleWords.contains(word)
        && entries.stream().noneMatch(e -> e.companyWords().contains(word));
  }

  /** One role among those that hold every asked word, or null when the words do not pick one. */
  private static List<Entry> chooseRole(Map<String, List<Entry>> bySlug, Set<String> asked) {
    if (bySlug.size() == 1) {
      return bySlug.values().iterator().next();
    }
    for (List<Entry> group : bySlug.values()) {
      if (group.get(0).roleWords().equals(asked)) {
        return group;
      }
    }
    if (asked.stream().allMatch(GENERIC::contains)) {
      return null;
    }
    List<List<Entry>> best = new ArrayList<>();
    double bestCover = -1;
    for (List<Entry> group : bySlug.values()) {
      double cover = (double) asked.size() / group.get(0).roleWords().size();
      if (cover > bestCover + 1e-9) {
        best.clear();
        bestCover = cover;
      }
      if (Math.abs(cover - bestCover) < 1e-9) {
        best.add(group);
      }
    }
    return best.size() == 1 ? best.get(0) : null;
  }

  private Lookup region(String q, List<Token> tokens, int from, int roleEnd, List<Entry> chosen, String role) {
    List<Guide> choices = chosen.stream().map(Entry::guide).toList();
    if (choices.size() > 1) {
      return new Lookup.Ambiguous(role, choices);
    }
    Guide guide = choices.get(0);
    List<String> leftover = words(tokens, roleEnd, tokens.size());
    List<Places.Mention> mentions = mentions(guide.regions(), leftover);
    if (!mentions.isEmpty()) {
      Places.Mention m = mentions.get(0);
      String rest = rest(q, tokens, List.of(new int[] {0, roleEnd},
          new int[] {roleEnd + m.from(), roleEnd + m.to()}));
      if (mentions.stream().anyMatch(o -> o != m && o.from() == m.from() && o.to() == m.to())) {
        // "remote" where "United States" and "Canada" are both "remote only": the same words name two rows, so the
        // caller asks which, listing the rows, never serves the first in silence.
        return new Lookup.RoleOnly(guide, rest);
      }
      return new Lookup.Found(guide, m.region(), rest);
    }
    String rest = rest(q, tokens, List.<int[]>of(new int[] {0, roleEnd}));
    if (leftover.isEmpty()) {
      return new Lookup.RoleOnly(guide, rest);
    }
    Lookup.Found byList = listed(guide, q, tokens, roleEnd, leftover);
    if (byList != null) {
      return byList;
    }
    String first = leftover.get(0);
    if (guide.regions().size() == 1 && forAllLocations(guide.regions().get(0)) && first.chars().allMatch(Character::isLetter)) {
      // A guide whose one band is for all locations answers for any place asked: its card names the band as such.
      int placeWords = Math.max(1, Places.placeLength(leftover));
      return new Lookup.Found(guide, guide.regions().get(0), rest(q, tokens, List.of(new int[] {0, roleEnd},
          new int[] {roleEnd, roleEnd + placeWords})));
    }
    // "denvr": a near spelling of a row's place is that row suggested, never another row served.
    boolean nearARow = guide.regions().stream()
        .anyMatch(r -> Similarity.of(first, Places.shortName(r)) >= 0.6
            || Places.tokens(r.name()).stream().anyMatch(t -> Similarity.distance(first, t) <= 2
                && t.length() > 3));
    boolean placeLike = !first.chars().allMatch(Character::isDigit)
        && (Places.isPlaceWord(first, guide.regions()) || nearARow || Places.knownInUs(leftover));
    if (!placeLike) {
      return new Lookup.RoleOnly(guide, rest);
    }
    // "san antonio": a city's every word is the place named, not its first alone.
    int placeWords = Math.max(1, Math.max(Places.placeLength(leftover), Places.usCityLength(leftover)));
    List<Region> catchAll = guide.regions().stream().filter(Places::catchAll).toList();
    if (catchAll.size() == 1 && !nearARow && Places.catchAllCovers(catchAll.get(0), leftover)) {
      // "sre austin" where the guide has rows for Denver and Seattle and one for "Everywhere else in the US": that
      // row's band, whose name the card carries, so the answer says which row it came from. Last of all, and only
      // for a city the reader knows is in that country ("ny", "quebec city" get the rows there are).
      return new Lookup.Found(guide, catchAll.get(0), rest(q, tokens, List.of(new int[] {0, roleEnd},
          new int[] {roleEnd, roleEnd + placeWords})), text(q, tokens, roleEnd, roleEnd + placeWords));
    }
    Optional<Guide.Listed> others = catchAll.isEmpty() && !nearARow ? guide.theRest(leftover) : Optional.empty();
    if (others.isPresent()) {
      // "sre boise" where "Tier 3: anywhere else in the US" takes every place the other tiers leave out.
      return new Lookup.Found(guide, others.get().region(), rest(q, tokens, List.of(new int[] {0, roleEnd},
          new int[] {roleEnd, roleEnd + placeWords})), text(q, tokens, roleEnd, roleEnd + placeWords),
          others.get());
    }
    String asked = text(q, tokens, roleEnd, Math.min(tokens.size(), roleEnd + 3));
    String prefix = label(guide.company(), guide.role());
    List<String> suggestions = guide.regions().stream()
        .sorted(Comparator.comparingDouble((Region r) -> -Math.max(Places.stateNamedBy(first, r) ? 1 : 0,
            Math.max(Similarity.of(first, Places.shortName(r)), Similarity.of(asked, Places.shortName(r))))))
        .limit(SUGGESTIONS).map(r -> prefix + " " + Places.shortName(r)).toList();
    return new Lookup.Unknown("region", asked, suggestions);
  }

  private Lookup unknownRole(String q, List<Token> tokens, int from) {
    Lookup regionOnly = regionOnly(q, tokens, from);
    if (regionOnly != null) {
      return regionOnly;
    }
    // The role part ends where a place word starts: "data scientist nyc" asks for "data scientist".
    int end = tokens.size();
    for (int i = from; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (i > from && Places.isPlaceWord(w, List.of())) {
        end = i;
        break;
      }
    }
    String asked = text(q, tokens, from, end);
    return new Lookup.Unknown("role", asked.isEmpty() ? q.strip() : asked,
        roleSuggestions(asked, String.join(" ", words(tokens, end, tokens.size()))));
  }

  /**
   * "charlotte", "nyc", "ally charlote": the words after the company name a region of some guide, or nearly spell
   * one, and no role. Null when they do not start with a place.
   */
  private Lookup regionOnly(String q, List<Token> tokens, int from) {
    List<String> words = words(tokens, from, tokens.size());
    if (words.isEmpty()) {
      return null;
    }
    List<Place> named = new ArrayList<>();
    int namedTo = 0;
    for (Place place : places.get()) {
      List<Places.Mention> mentions = mentions(List.of(place.region()), words);
      if (!mentions.isEmpty() && mentions.get(0).from() == 0) {
        named.add(place);
        namedTo = Math.max(namedTo, mentions.get(0).to());
      }
    }
    if (!named.isEmpty()) {
      // "charlotte security engineer": the place first, then the role. Read as "security engineer charlotte"
      // when the words after the place start with a role word (so that this reading cannot come back here).
      if (from + namedTo < tokens.size() && allRoleWords.contains(tokens.get(from + namedTo).word())) {
        String reordered = q.substring(tokens.get(from + namedTo).start()) + " "
            + text(q, tokens, from, from + namedTo);
        Lookup lookup = find((from > 0 ? text(q, tokens, 0, from) + " " : "") + reordered);
        if (lookup instanceof Lookup.Found || lookup instanceof Lookup.Ambiguous) {
          return lookup;
        }
      }
      return regionOnly(text(q, tokens, from, from + namedTo), true, named);
    }
    // A near spelling of one region's city ("charlote"): the closest city in the library, if one is close enough.
    String first = words.get(0);
    if (Places.isPlaceWord(first, List.of()) && !places.get().isEmpty()) {
      // "london", "bay area": a place people mean, but no guide has a row for it; offer the places there are.
      String asked = text(q, tokens, from, from + Places.placeLength(words));
      List<String> cities = places.get().stream().map(p -> Places.shortName(p.region())).distinct()
          .sorted(Comparator.comparingDouble((String city) -> -Similarity.of(asked, city)))
          .limit(SUGGESTIONS).toList();
      return new Lookup.Unknown("place", asked, cities);
    }
    if (first.length() < 5 || first.chars().allMatch(Character::isDigit)) {
      return null;
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (Place place : places.get()) {
      int d = Similarity.distance(first, Places.shortName(place.region()));
      if (d < best) {
        best = d;
        closest = Places.shortName(place.region());
      }
    }
    if (closest == null || best > first.length() / 3) {
      return null;
    }
    String city = closest;
    List<Place> near = places.get().stream().filter(p -> Places.shortName(p.region()).equals(city)).toList();
    return regionOnly(text(q, tokens, from, from + 1), false, near);
  }

  /**
   * "sre denver" where the guide's rows are tiers and "Tier 2: Boston, Denver" lists it: that tier's band, the card
   * saying which list named the place. A place is named as a row's would be ("sf" for "San Francisco Bay Area"), else
   * by its first words ("chicago" for "Chicago Magnificent Mile"); null where no list names it, or two rows' lists do.
   */
  private Lookup.Found listed(Guide guide, String q, List<Token> tokens, int roleEnd, List<String> leftover) {
    if (guide.listedPlaces().isEmpty()) {
      return null;
    }
    List<Region> places = new ArrayList<>();
    Map<Region, Guide.Listed> lists = new java.util.IdentityHashMap<>();
    for (ListedPlaces list : guide.listedPlaces()) {
      Region row = guide.regions().stream().filter(r -> r.name().equals(list.region())).findFirst().orElse(null);
      for (String place : row == null ? List.<String>of() : list.places()) {
        Region as = new Region(place, false, row.currency(), row.bands(), row.line());
        places.add(as);
        lists.put(as, new Guide.Listed(row, place, list.label()));
      }
    }
    // The place right after the role: "boise, relocating from denver" asks for Boise, never Denver's tier.
    List<Places.Mention> named = mentions(places, leftover).stream().filter(m -> m.from() == 0).toList();
    if (!named.isEmpty()) {
      Places.Mention m = named.get(0);
      Guide.Listed listed = lists.get(m.region());
      boolean twoRows = named.stream().anyMatch(o -> o.from() == m.from()
          && !lists.get(o.region()).region().equals(listed.region()));
      return twoRows ? null : new Lookup.Found(guide, listed.region(), rest(q, tokens, List.of(
          new int[] {0, roleEnd}, new int[] {roleEnd + m.from(), roleEnd + m.to()})), null, listed);
    }
    Optional<Guide.Listed> byWords = guide.listing(leftover);
    if (byWords.isEmpty()) {
      return null;
    }
    // Only the words the listed place opens with: "austin 90k base" leaves the offer.
    int matched = 0;
    List<String> listedWords = Places.tokens(byWords.get().place());
    while (matched < leftover.size() && matched < listedWords.size()
        && leftover.get(matched).equals(listedWords.get(matched))) {
      matched++;
    }
    return new Lookup.Found(guide, byWords.get().region(), rest(q, tokens, List.of(new int[] {0, roleEnd},
        new int[] {roleEnd, roleEnd + Math.max(1, matched)})), null, byWords.get());
  }

  private List<Places.Mention> mentions(List<Region> regions, List<String> words) {
    return Places.mentions(regions, phrases.of(regions), words);
  }

  /** The roles that have these places, by name: the first few as queries ("security-engineer charlotte"). */
  private Lookup.RegionOnly regionOnly(String asked, boolean exact, List<Place> named) {
    Map<String, Region> byLabel = new TreeMap<>();
    for (Place place : named) {
      for (Entry e : place.holders()) {
        byLabel.putIfAbsent(label(e.card().company(), e.card().role()), place.region());
      }
    }
    List<String> suggestions = byLabel.entrySet().stream()
        .map(e -> e.getKey() + " " + Places.shortName(e.getValue()))
        .limit(SUGGESTIONS).toList();
    return new Lookup.RegionOnly(asked, named.get(0).region().name(), exact, suggestions);
  }

  /** The query that names a guide's role: its slug, with the company's where another company has the role too. */
  private String label(Company company, Role role) {
    return companiesByRole.get().getOrDefault(role.slug(), 0L) > 1 ? company.slug() + " " + role.slug() : role.slug();
  }

  private List<String> roleSuggestions(String asked, String rest) {
    Map<String, Double> score = new LinkedHashMap<>();
    for (Entry e : entries) {
      String slug = e.card().role().slug();
      double s = Math.max(Similarity.of(asked, slug), Similarity.of(asked, e.card().role().title()));
      score.merge(slug, s, Math::max);
    }
    return score.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(SUGGESTIONS).map(en -> join(en.getKey(), rest)).toList();
  }

  private static String join(String a, String b) {
    return b == null || b.isBlank() ? a : a + " " + b.strip();
  }

  private static List<Token> tokens(String q) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(q);
    while (m.find()) {
      out.add(new Token(Places.foldAccents(m.group().toLowerCase(Locale.ROOT)), m.start(), m.end()));
    }
    return out;
  }

  private static List<String> words(List<Token> tokens, int from, int to) {
    return tokens.subList(Math.min(from, to), to).stream().map(Token::word).toList();
  }

  private static String text(String q, List<Token> tokens, int from, int to) {
    if (from >= to || from >= tokens.size()) {
      return "";
    }
    return q.substring(tokens.get(from).start(), tokens.get(to - 1).end()).strip();
  }

  /**
   * Whether a region is a band for every location, wherever it is: "All locations". Not "US (all locations)": with no
   * data on which country a city is in, "london" would be answered with a US band.
   */
  private static boolean forAllLocations(Region region) {
    return region.name().equals(RegionProse.ALL_LOCATIONS);
  }

  /** The query with the named token spans cut out: the words left for the caller (an offer, say). */
  private static String rest(String q, List<Token> tokens, List<int[]> spans) {
    StringBuilder out = new StringBuilder(q);
    List<int[]> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
    for (int[] s : sorted) {
      if (s[0] >= s[1] || s[0] >= tokens.size()) {
        continue;
      }
      int start = tokens.get(s[0]).start();
      int end = tokens.get(Math.min(s[1], tokens.size()) - 1).end();
      out.replace(start, end, " ");
    }
    return out.toString().replaceAll("\\s+", " ").replaceAll("^[\\s,;:.?!-]+|[\\s,;:?!-]+$", "").strip();
  }
}
