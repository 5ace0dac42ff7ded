package com.compcoach.guide;

import com.compcoach.money.RulesResource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's rules from {@code guide-rules.yml}: what a heading says a section holds, what a column header
 * names, which phrases say a target, a grant or a per-year figure. Built once; immutable.
 */
final class ReadingRules {

  /** What a section of a guide holds, by its heading. */
  enum Section { PAY, LEVERS, PREMIUMS, TARGETS, SOURCES, LEVELS, ARCHITECTURE, LEVERAGE, CONTEXT, NONE }

  /** What a pay-table column (or a label before a figure) names. */
  enum Column { REGION, BASE, STOCK, BONUS, TOTAL, CURRENCY, TARGET, LEVEL, PAY_MIX, IGNORED, UNKNOWN }

  private static final Pattern YEARS = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}])(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\\s-]*"
          + "(?:years?|yrs?|y)(?![\\p{L}])");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final List<String> NUMBER_WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private static final class Holder {
    static final ReadingRules STANDARD = new ReadingRules(RulesResource.rules());
  }

  private final Map<Section, Phrases> sections = new EnumMap<>(Section.class);
  private final Map<Column, Phrases> columns = new EnumMap<>(Column.class);
  /** The section kinds' phrases in one table, for a heading asked of every kind in one pass. */
  private final Kinds<Section> sectionKinds;
  /** The column kinds' phrases in one table, for a header asked of every kind in one pass. */
  private final Kinds<Column> columnKinds;
  /** The pay components' labels a clause is read for, in the order a tie goes to. */
  private static final List<Column> COMPONENTS = List.of(Column.BASE, Column.STOCK, Column.BONUS, Column.TOTAL);
  private final PhraseTable components;
  /** What a paragraph may declare about a guide's figures, looked for in one pass (see {@link #declarations}). */
  private final PhraseTable declared;
  private final Phrases totalAlone;
  private final Phrases grantWords;
  private final Phrases perYearWords;
  private final Phrases perMonthWords;
  private final Phrases perHourWords;
  private final Phrases perPaycheckWords;
  /** Pay-schedule phrases with the paychecks a year each makes ({@code pay_schedules}), in the rules' order. */
  private final List<Map.Entry<Integer, Pattern>> paySchedules = new ArrayList<>();
  private final Phrases perTwoWeeksWords;
  private final Phrases perWeekWords;
  private final Phrases perDayWords;
  private final Phrases perQuarterWords;
  private final Phrases perHalfYearWords;
  private final Phrases openEnded;
  private final List<String> oneEndBefore;
  private final Phrases topOfBand;
  private final Phrases shareCountWords;
  private final List<String> sameAsAbove;
  /** A count of 12–16 then a salary-payments word: "14 payments", "14 pagas", "13 Monatsgehälter". */
  private final Pattern salaryPayments;
  /** Whether every word of {@link #salaryPayments} starts with a letter, which its cheap test before the regex asks. */
  private final boolean paymentsWordsOpenOnLetters;
  private final Phrases targetPhrases;
  private final Phrases settledPhrases;
  private final List<String> noTarget;
  private final Phrases noTargetWords;
  private final Phrases forComparison;
  private final Phrases retirementWords;
  private final Phrases levelSaid;
  private final Phrases currentWords;
  private final Phrases notInForce;
  private final Phrases otherEmployersPay;
  private final Phrases yearColumns;
  private final Phrases tierColumns;
  private final Phrases placeGroupColumns;
  private final Phrases countryColumns;
  private final Phrases bandColumns;
  private final Phrases continuedWords;
  private final Phrases continental;
  private final Phrases currencyStatements;
  private final Phrases thousandsStatements;
  /** Currency codes a guide may write beside "thousands". */
  private static final String CODES = "(?:usd|gbp|eur|cad|aud|chf|sgd|nzd|inr|jpy|sek|nok|dkk)";
  /** A currency written beside "thousands" ("USD thousands", "thousands of GBP", "$000s"), dropped before matching. */
  private static final Pattern CURRENCY_BESIDE = Pattern.compile("(?i)\\s*\\b" + CODES + "\\b(?=\\s+thousand)"
      + "|(?<=thousands)\\s+(?:of\\s+)?" + CODES + "\\b|(?<=\\s)\\p{Sc}(?=\\s*(?:thousand|000))");
  private final Phrases roleWords;
  private final Phrases otherDollarPlaces;
  private final Phrases companyWords;
  private final Phrases speechWords;
  private final Phrases premiumWords;
  private final Pattern theirQuote;
  private final Pattern theirLabel;
  private final Phrases theirSpeakers;
  private final Phrases hearing;
  /** US cities a US catch-all row answers for when no row names them ({@code us_cities}). */
  private final Set<String> usCities;
  /** Cities outside the US, for which a US catch-all row never answers ({@code cities_abroad}). */
  private final Set<String> citiesAbroad;
  /** Headers of a column marking the headquarters' row ({@code hq_words} and {@code hq_columns}). */
  private final Set<String> hqColumns;
  /** The words that mark a place as the headquarters ({@code hq_words}), as a pattern's alternatives. */
  private final String hqWords;
  /** The same words as written, for a cheap look before any pattern. */
  private final List<String> hqWordsWritten;
  /** Cells marking a row the headquarters in such a column ({@code hq_marks}). */
  private final Set<String> hqMarks;
  /** Cells saying a figure is not known yet ({@code not_known_cells}). */
  private final Set<String> notKnown;
  /** Brackets saying a part's column is its midpoint ({@code midpoint_marks}): "Total (mid)". */
  private final Set<String> midpointMarks;
  /** A note saying its row's figures are other than written ({@code note_change_words}): "+10% in NYC". */
  private final Pattern noteChange;
  /** What a note's change may be of other than the band ({@code note_other_things}): "relocation", "sign-on". */
  private final Pattern noteOtherThing;
  /** What a bonus is paid once for ("exam", "referral"), and those words after "per" or "each" in a cell. */
  private final Phrases perEventWords;
  private final Phrases paidPerEvent;

  private ReadingRules(Map<String, Object> rules) {
    Map<?, ?> s = (Map<?, ?>) rules.get("sections");
    for (Section section : Section.values()) {
      if (section != Section.NONE) {
        sections.put(section, new Phrases(RulesResource.phrases(s.get(section.name().toLowerCase(Locale.ROOT)))));
      }
    }
    Map<?, ?> c = (Map<?, ?>) rules.get("columns");
    for (Column column : Column.values()) {
      if (column != Column.UNKNOWN) {
        columns.put(column, new Phrases(RulesResource.phrases(c.get(column.name().toLowerCase(Locale.ROOT)))));
      }
    }
    sectionKinds = new Kinds<>(sections);
    columnKinds = new Kinds<>(columns);
    // A place's label line may name its base by words no table header would ("Range: USD 98,000 - 121,000"):
    // "| Component | Range |" heads a column of ranges, so these words label prose only.
    List<String> baseInProse = new ArrayList<>(RulesResource.phrases(c.get("base")));
    baseInProse.addAll(RulesResource.phrases(c.get("base_in_prose")));
    components = new PhraseTable(COMPONENTS.stream()
        .map(k -> k == Column.BASE ? new Phrases(baseInProse) : columns.get(k)).toList());
    totalAlone = new Phrases(RulesResource.phrases(c.get("total_alone")));
    grantWords = new Phrases(RulesResource.phrases(rules.get("grant_words")));
    perYearWords = new Phrases(RulesResource.phrases(rules.get("per_year_words")));
    perMonthWords = new Phrases(RulesResource.phrases(rules.get("per_month_words")));
    perHourWords = new Phrases(RulesResource.phrases(rules.get("per_hour_words")));
    perPaycheckWords = new Phrases(RulesResource.phrases(rules.get("per_paycheck_words")));
    if (rules.get("pay_schedules") instanceof Map<?, ?> schedules) {
      schedules.forEach((count, words) -> {
        for (String phrase : RulesResource.phrases(words)) {
          // Not inside a longer word or after a hyphen: "biweekly" is no "weekly", "semi-monthly" no "monthly".
          paySchedules.add(Map.entry(Integer.parseInt(String.valueOf(count).strip()), Pattern.compile(
              "(?iu)(?<![\\p{L}\\d-])" + Pattern.quote(phrase) + "(?![\\p{L}\\d])")));
        }
      });
    }
    perTwoWeeksWords = new Phrases(RulesResource.phrases(rules.get("per_two_weeks_words")));
    perWeekWords = new Phrases(RulesResource.phrases(rules.get("per_week_words")));
    perDayWords = new Phrases(RulesResource.phrases(rules.get("per_day_words")));
    perQuarterWords = new Phrases(RulesResource.phrases(rules.get("per_quarter_words")));
    perHalfYearWords = new Phrases(RulesResource.phrases(rules.get("per_half_year_words")));
    openEnded = new Phrases(RulesResource.phrases(rules.get("open_ended")));
    oneEndBefore = RulesResource.phrases(rules.get("one_end_before")).stream()
        .map(p -> p.toLowerCase(Locale.ROOT)).toList();
    topOfBand = new Phrases(RulesResource.phrases(rules.get("top_of_band")));
    shareCountWords = new Phrases(RulesResource.phrases(rules.get("share_count_words")));
    // Also the count after a times sign in a sentence about monthly pay ("gross per month, paid x 14"): there the
    // sign says how many times the month is paid; a times sign in a sentence with no word for a month says nothing.
    salaryPayments = Pattern.compile("(?iu)(?<![\\p{N}.,])(1[2-6])\\s*(?:[×x*]\\s*)?(?:monthly\\s+)?(?:"
        + alternatives(rules.get("salary_payments_words")) + ")(?![\\p{L}])"
        + "|(?<=\\bmonth\\b|\\bmonthly\\b|\\bpaid\\b)[^.;\\n\\p{N}]{0,12}?(?<![\\p{L}])[×x]\\s?(1[2-6])(?![\\p{N}.,%])");
    paymentsWordsOpenOnLetters = RulesResource.phrases(rules.get("salary_payments_words")).stream()
        .allMatch(p -> Character.isLetter(p.codePointAt(0)));
    sameAsAbove = RulesResource.phrases(rules.get("same_as_above")).stream()
        .map(p -> p.toLowerCase(Locale.ROOT)).toList();
    targetPhrases = new Phrases(RulesResource.phrases(rules.get("target_phrases")));
    settledPhrases = new Phrases(RulesResource.phrases(rules.get("settled_phrases")));
    noTarget = RulesResource.phrases(rules.get("no_target"));
    notKnown = Set.copyOf(RulesResource.phrases(rules.get("not_known_cells")));
    noTargetWords = new Phrases(RulesResource.phrases(rules.get("no_target_words")));
    forComparison = new Phrases(RulesResource.phrases(rules.get("for_comparison")));
    retirementWords = new Phrases(RulesResource.phrases(rules.get("retirement_words")));
    levelSaid = new Phrases(RulesResource.phrases(rules.get("level_said")));
    currentWords = new Phrases(RulesResource.phrases(rules.get("current_words")));
    notInForce = new Phrases(RulesResource.phrases(rules.get("not_in_force")));
    otherEmployersPay = new Phrases(RulesResource.phrases(rules.get("other_employers_pay")));
    yearColumns = new Phrases(RulesResource.phrases(rules.get("year_columns")));
    tierColumns = new Phrases(RulesResource.phrases(rules.get("tier_columns")));
    placeGroupColumns = new Phrases(RulesResource.phrases(rules.get("place_group_columns")));
    countryColumns = new Phrases(RulesResource.phrases(rules.get("country_columns")));
    bandColumns = new Phrases(RulesResource.phrases(rules.get("band_columns")));
    continuedWords = new Phrases(RulesResource.phrases(rules.get("continued_words")));
    continental = new Phrases(RulesResource.phrases(((Map<?, ?>) rules.get("number_formats")).get("continental")));
    currencyStatements = new Phrases(RulesResource.phrases(rules.get("currency_statements")));
    thousandsStatements = new Phrases(RulesResource.phrases(rules.get("thousands_statements")));
    roleWords = new Phrases(RulesResource.phrases(rules.get("role_words")));
    otherDollarPlaces = new Phrases(RulesResource.otherDollarPlaces().values().stream().flatMap(List::stream).toList());
    companyWords = new Phrases(RulesResource.phrases(rules.get("company_words")));
    Map<?, ?> items = (Map<?, ?>) rules.get("items");
    speechWords = new Phrases(RulesResource.phrases(items.get("speech_words")));
    premiumWords = new Phrases(RulesResource.phrases(items.get("premium_words")));
    theirQuote = Pattern.compile("(?iu)(?<![\\p{L}'’])(?:" + alternatives(items.get("their_speakers"))
        + ")(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:" + alternatives(items.get("their_verbs"))
        + ")(?:\\s+(?:you|that|back|with|something like|things like|to you))?[\\s:,—–-]*$");
    // A speaker's label opening the lead or after a title: "Recruiter: “…”", "**Ceiling** — HR: “…”"; not
    // "Tell the hiring manager: “…”", where the candidate speaks.
    theirLabel = Pattern.compile("(?iu)(?:^|[—–.;]\\s*|\\s[-]\\s+)(" + alternatives(items.get("their_speakers"))
        + ")\\s*[:—–]\\s*$");
    hearing = new Phrases(RulesResource.phrases(items.get("hearing_phrases")));
    theirSpeakers = new Phrases(RulesResource.phrases(items.get("their_speakers")));
    declared = new PhraseTable(List.of(continental, currencyStatements, grantWords, perMonthWords));
    usCities = Set.copyOf(RulesResource.phrases(rules.get("us_cities")));
    citiesAbroad = Set.copyOf(RulesResource.phrases(rules.get("cities_abroad")));
    List<String> hq = RulesResource.phrases(rules.get("hq_words"));
    hqWords = "(?i:" + alternatives(rules.get("hq_words")) + ")";
    hqWordsWritten = List.copyOf(hq);
    hqColumns = Set.copyOf(java.util.stream.Stream.concat(hq.stream(), RulesResource.phrases(rules.get("hq_columns"))
        .stream()).collect(java.util.stream.Collectors.toSet()));
    hqMarks = Set.copyOf(RulesResource.phrases(rules.get("hq_marks")));
    midpointMarks = Set.copyOf(RulesResource.phrases(rules.get("midpoint_marks")));
    String change = alternatives(rules.get("note_change_words"));
    noteOtherThing = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternatives(rules.get("note_other_things"))
        + ")(?![\\p{L}])");
    // A signed percent or amount ("+10%", "−5%", "+$5K"), a percent or amount before a change word ("10% higher",
    // "$5K extra"), or a change word before one ("add 10%", "uplift of 8%").
    noteChange = Pattern.compile("(?iu)(?:(?:^|[\\s(])(?:[+−]\\s?|[-–](?=\\d))(?:[$€£¥₹]|[a-z]{3}\\s?)?\\d"
        + "|\\d[\\d.,']*\\s?(?:%|k\\b|thousand\\b)\\s*(?:" + change + ")(?![\\p{L}])"
        + "|(?<![\\p{L}])(?:" + change + ")\\s+(?:of\\s+|by\\s+)?(?:[$€£¥₹]\\s?)?\\d[\\d.,']*\\s?(?:%|k\\b))");
    List<String> events = RulesResource.phrases(rules.get("per_event_bonus_words"));
    perEventWords = new Phrases(events);
    List<String> paid = new java.util.ArrayList<>();
    for (String lead : List.of("per ", "each ", "every ", "for each ", "for every ", "a ", "an ", "/ ", "/")) {
      events.forEach(e -> paid.add(lead + e));
    }
    paidPerEvent = new Phrases(paid);
  }

  /** Whether lower-case words ("san diego", "atx") are a city the rules know is in the US. */
  boolean usCity(String words) {
    return usCities.contains(words);
  }

  /**
   * The words that mark a place as the headquarters ("HQ", "head office", "home base"), as a group of a pattern's
   * alternatives, any case, a space as any run of spaces.
   */
  String hqWords() {
    return hqWords;
  }

  /** Whether lower-case text holds one of {@link #hqWords()} as written: a cheap look before any pattern. */
  boolean mayNameHq(String lower) {
    for (String word : hqWordsWritten) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a pay-table header names a column marking the headquarters' row ("HQ", "HQ?", "Head office"). */
  boolean namesHqColumn(String header) {
    return hqColumns.contains(header.replace("*", "").strip().toLowerCase(Locale.ROOT));
  }

  /** Whether a cell of such a column marks its row the headquarters ("✓", "Yes", "x"). */
  boolean marksHq(String cell) {
    return hqMarks.contains(cell.replace("**", "").strip().toLowerCase(Locale.ROOT));
  }

  /** Whether a bonus column's header names what it is paid once for ("Exam bonus", "Referral bonus"). */
  boolean namesPerEventBonus(String header) {
    return perEventWords.in(header);
  }

  /** Whether a bonus cell says it is paid for each event ("$2,500 per exam passed", "$500 each referral"). */
  boolean paysPerEvent(String cell) {
    // Most bonus cells are a percent or a figure alone: the phrases are looked for only after a word that leads one.
    String t = cell.toLowerCase(Locale.ROOT);
    return (t.contains("per ") || t.contains("each ") || t.contains("every ") || t.contains("a ") || t.contains("/"))
        && paidPerEvent.in(cell);
  }

  /** Whether a lower-case word ("london", "yyz") is a city the rules know is outside the US. */
  boolean cityAbroad(String word) {
    return citiesAbroad.contains(word);
  }

  /** Kinds (sections or columns) and their phrases in one table, in the order a tie goes to. */
  private record Kinds<K>(List<K> kinds, PhraseTable table) {

    Kinds(Map<K, Phrases> byKind) {
      this(List.copyOf(byKind.keySet()), new PhraseTable(List.copyOf(byKind.values())));
    }

    /** The kind whose phrases match the text longest (ties go to the kind listed first), or {@code none}. */
    K longest(String text, K none) {
      String t = text.replace("*", "").replace("_", " ");
      PhraseTable.Hits hits = table.scan(t);
      K best = none;
      int longest = 0;
      for (int k = 0; k < kinds.size(); k++) {
        if (hits.longest(k) > longest) {
          longest = hits.longest(k);
          best = kinds.get(k);
        }
      }
      return best;
    }
  }

  private static String alternatives(Object phrases) {
    return String.join("|", RulesResource.phrases(phrases).stream()
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList());
  }

  static ReadingRules standard() {
    return Holder.STANDARD;
  }

  /**
   * What a heading says its section holds: the kind with the longest phrase in it, NONE when no phrase is; a pay or
   * untitled heading that says its pay is for comparison ("2025 bands (last cycle)") is context.
   */
  Section section(String heading) {
    Section kind = sectionKinds.longest(heading, Section.NONE);
    Matcher split = kind == Section.PAY ? SPLIT_BY.matcher(heading) : null;
    if (split != null && split.find() && sectionKinds.longest(heading.substring(0, split.start()), Section.NONE)
        == Section.TARGETS) {
      // "Targets by level", "Aims per region": a pay synonym's "by level" says how the section is split, the words
      // before it what it holds; a targets heading read as pay would serve its aims as bands.
      kind = Section.TARGETS;
    }
    // Only pay or untitled: "Targets (up on last year)" still holds targets. A heading that names pay keeps its
    // comparison words even where a longer phrase of another kind wins: "2025 bands (kept for reference)".
    boolean pay = kind == Section.PAY || kind == Section.NONE || sections.get(Section.PAY).in(heading);
    return pay && kind != Section.TARGETS && forComparison(heading) ? Section.CONTEXT : kind;
  }

  /** Where a heading's "by …"/"per …" splitting its section starts ("Targets by level"). */
  private static final Pattern SPLIT_BY = Pattern.compile("(?i)\\s(?:by|per)\\s");

  /** Whether a label is, word for word, one of the names of a section kind ("Sources", "Data sources"). */
  boolean names(Section kind, String label) {
    String t = label.strip();
    return !t.isEmpty() && sections.get(kind).longest(t) == t.length();
  }

  /** The monthly salaries a year a sentence states ("paid in 14 payments a year", "14 pagas"), or 0. */
  int salaryPaymentsAYear(String text) {
    if (!mayCountPayments(text)) {
      return 0;
    }
    Matcher m = salaryPayments.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : 0;
  }

  /**
   * Whether {@link #salaryPayments} may find a count in a text: a 12 to 16 right after a times sign ("x 14"), or one
   * not after a digit, point or comma with a letter next past spaces and a times sign ("14 pagas", "13 x monthly
   * salaries"). It says yes wherever the regex finds; the regex's look-behind is tried at every position, and most
   * paragraphs' 12–16 are a percent or part of a figure ("15%", "$112K").
   */
  private boolean mayCountPayments(String text) {
    for (int i = text.indexOf('1'); i >= 0 && i + 1 < text.length(); i = text.indexOf('1', i + 1)) {
      char next = text.charAt(i + 1);
      if (next < '2' || next > '6') {
        continue;
      }
      if (i > 0 && timesSign(text.charAt(i - 1))
          || i > 1 && anySpace(text.charAt(i - 1)) && timesSign(text.charAt(i - 2))) {
        return true;
      }
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      if (before >= '0' && before <= '9' || before == '.' || before == ',') {
        continue;
      }
      int j = i + 2;
      while (j < text.length() && (anySpace(text.charAt(j)) || timesSign(text.charAt(j)) || text.charAt(j) == '*')) {
        j++;
      }
      if (j < text.length() && (!paymentsWordsOpenOnLetters || Character.isLetter(text.codePointAt(j)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean timesSign(char c) {
    return c == 'x' || c == 'X' || c == '×';
  }

  /** Every char a Unicode {@code \\s} takes, and a few more. */
  private static boolean anySpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Whether a cell says, and only says, that it holds what the cell above it holds ("〃", "same as above"). */
  boolean sameAsAbove(String cell) {
    String t = cell.replace("*", "").replace("_", " ").strip().toLowerCase(Locale.ROOT);
    return t.length() <= 16 && sameAsAbove.contains(t);
  }

  /** Whether a column's header is only a word for the year its row is for ("Year", "FY", "Plan year"). */
  boolean namesYearColumn(String header) {
    return !header.isEmpty() && yearColumns.longest(header) == header.length();
  }

  /** Whether a column's header is only a word for the pay tier of its row's places ("Tier", "Geo zone"). */
  boolean namesTierColumn(String header) {
    String h = header.replace("*", "").strip().toLowerCase(Locale.ROOT);
    return !h.isEmpty() && h.length() <= 20 && tierColumns.longest(h) == h.length();
  }

  /** Whether a column's header is only a word for the state or province its row's place is in ("State"). */
  boolean namesPlaceGroupColumn(String header) {
    String h = header.replace("*", "").strip().toLowerCase(Locale.ROOT);
    return !h.isEmpty() && h.length() <= 20 && placeGroupColumns.longest(h) == h.length();
  }

  /** Whether a column's header is only a word for a country ("Country"), a group of the places beside it. */
  boolean namesCountryColumn(String header) {
    String h = header.replace("*", "").strip().toLowerCase(Locale.ROOT);
    return !h.isEmpty() && h.length() <= 20 && countryColumns.longest(h) == h.length();
  }

  /** Whether a column's header is only a word for the pay band of its row ("Band", "Pay grade"). */
  boolean namesBandColumn(String header) {
    String h = header.replace("*", "").strip().toLowerCase(Locale.ROOT);
    return !h.isEmpty() && h.length() <= 20 && bandColumns.longest(h) == h.length();
  }

  /** Whether a pay heading says its table is the one in force ("2026 bands (current)", "use these"). */
  boolean saysCurrent(String heading) {
    return currentWords.in(heading);
  }

  /** Whether a heading or caption says its table carries on the one before: "Table 2 (continued)". */
  boolean saysContinued(String heading) {
    return continuedWords.in(heading);
  }

  /** Whether a sentence says which level the guide's role is at ("Senior Analysts are hired into band B3"). */
  boolean saysLevel(String text) {
    return levelSaid.in(text);
  }

  /** Whether a text names retirement money paid on top of pay ("Superannuation of 12%", "401k match"). */
  boolean saysRetirement(String text) {
    return retirementWords.in(text);
  }

  /** Whether a later year's caption says its table is no band in force: a survey's, or bands not yet approved. */
  boolean saysNotInForce(String caption) {
    return notInForce.in(caption.replace("*", "").replace("_", " "));
  }

  /** Whether a clause says its figure is what another employer or the market pays ("at Stripe $190K is typical"). */
  boolean saysOthersPay(String clause) {
    return otherEmployersPay.in(clause);
  }

  boolean forComparison(String text) {
    return forComparison.in(text.replace("*", "").replace("_", " "));
  }

  /** What a column header names: the kind with the longest phrase in it; UNKNOWN when no phrase is. */
  /** Whether a line's words are a pay part's name and nothing else ("Equity", "Target bonus"): never a place. */
  boolean namesPart(String words) {
    Column c = column(words);
    return (c == Column.BASE || c == Column.STOCK || c == Column.BONUS || c == Column.TOTAL)
        && columnKinds.longest(words.strip(), Column.UNKNOWN) == c && words.strip().split("\\s+").length <= 3;
  }

  Column column(String header) {
    // Words in parentheses qualify the column, they don't name it: "Bonus (target)" is a bonus, "Equity
    // (annualised)" stock. They name it only where the words outside name nothing.
    String outside = header.indexOf('(') < 0 ? header : PARENTHESES.matcher(header).replaceAll(" ");
    Column named = outside.length() < header.length() ? columnKinds.longest(outside, Column.UNKNOWN)
        : Column.UNKNOWN;
    if (outside.length() < header.length() && midpointBracket(header)
        && (named == Column.BASE || named == Column.TOTAL)) {
      // "Total (mid)", "Base (median)": one figure of a band that has its ends, never the band. An average bonus or
      // grant ("Bonus (avg)" over 12%) is the bonus expected, and stays the part (a column of its part written
      // without the mark is read before it).
      return Column.IGNORED;
    }
    if (named == Column.UNKNOWN) {
      named = columnKinds.longest(header, Column.UNKNOWN);
      if (named == Column.REGION && outside.length() < header.length() && !outside.isBlank()) {
        // "São Paulo (sede)": a place marked as headquarters heads its column, not a column of places.
        named = Column.UNKNOWN;
      }
    }
    if (named == Column.UNKNOWN) {
      String t = header.replace("*", "").strip();
      return totalAlone.longest(t) == t.length() && !t.isEmpty() ? Column.TOTAL : named;
    }
    return named;
  }

  /** Whether a bracket in a header says its column is a midpoint ("(mid)", "(median)", "(avg)"). */
  boolean midpointBracket(String header) {
    Matcher m = PARENTHESES.matcher(header);
    while (m.find()) {
      String inside = m.group();
      if (midpointMarks.contains(inside.substring(1, inside.length() - 1).strip().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a note beside a row says its figures are other than written: "+10% in NYC", "add 5% for London". */
  boolean saysFigureChange(String note) {
    // The change opens the note ("+10% in NYC", "NYC gets +10%"); one in brackets further on is an aside about
    // another arrangement ("B2B contracts possible (+20%)").
    Matcher m = noteChange.matcher(note);
    if (!m.find() || m.start() > 20 || note.lastIndexOf('(', m.start() + 1) >= 0) {
      return false;
    }
    // "relocation up to $5K extra", "+$2K sign-on": the change is of another thing than the row's band.
    int from = Math.max(Math.max(note.lastIndexOf(',', m.start()), note.lastIndexOf(';', m.start())), 0);
    int comma = note.indexOf(',', m.end());
    int semi = note.indexOf(';', m.end());
    int to = Math.min(comma < 0 ? note.length() : comma, semi < 0 ? note.length() : semi);
    return !noteOtherThing.matcher(note.substring(from, to)).find();
  }

  /** Whether a header names no column kind in words of its own ("Range", "Per year", "Amount", ""). */
  boolean namesNoColumn(String header) {
    return columnKinds.longest(header, Column.UNKNOWN) == Column.UNKNOWN;
  }

  /** Where the last label of a pay component ends before {@code limit} in a text, with its kind; null if none. */
  Map.Entry<Column, Integer> lastComponentBefore(String text, int limit) {
    return labels(text).lastBefore(limit);
  }

  /** The labels of pay components in a text, found once, for a text asked about before each of its figures. */
  Labels labels(String text) {
    return new Labels(components.scan(text), text);
  }

  /** The pay components' labels found in one text (base, stock, bonus, total). */
  static final class Labels {

    private final PhraseTable.Hits hits;
    private final String text;

    private Labels(PhraseTable.Hits hits, String text) {
      this.hits = hits;
      this.text = text;
    }

    /** Where the last label ends that starts before {@code limit}, with its kind; null if none. */
    Map.Entry<Column, Integer> lastBefore(int limit) {
      Map.Entry<Column, Integer> best = lastEndingBefore(limit);
      if (best == null) {
        return null;
      }
      // Asked before every figure: the bracket is looked for only where one closes right after the label.
      int close = best.getValue();
      while (close < text.length() && text.charAt(close) == ' ') {
        close++;
      }
      if (close >= text.length() || text.charAt(close) != ')') {
        return best;
      }
      int open = text.lastIndexOf('(', close);
      if (open > 0 && close - open <= 24) {
        // "Variable (OTE) $20,000", "Total (base + bonus) $95K": a label glossed in brackets right after another is
        // that label's, the bracket a note on it.
        Map.Entry<Column, Integer> outer = lastEndingBefore(open);
        if (outer != null && text.substring(outer.getValue(), open).isBlank()) {
          return Map.entry(outer.getKey(), close + 1);
        }
      }
      return best;
    }

    private Map.Entry<Column, Integer> lastEndingBefore(int limit) {
      Map.Entry<Column, Integer> best = null;
      for (int k = 0; k < COMPONENTS.size(); k++) {
        int end = hits.lastEndBefore(k, limit);
        if (end >= 0 && (best == null || end > best.getValue())) {
          best = Map.entry(COMPONENTS.get(k), end);
        }
      }
      return best;
    }
  }

  /** The pay component a text starts with (a label after a figure: "$255K TC"), or null. */
  Column componentAtStart(String text) {
    for (Column k : List.of(Column.TOTAL, Column.BASE, Column.STOCK, Column.BONUS)) {
      if (columns.get(k).startsWith(text)) {
        return k;
      }
    }
    return null;
  }

  /** Whether a text names a place paid in a dollar other than the US one ("Toronto (HQ)", "Sydney"). */
  boolean namesOtherDollarPlace(String text) {
    return otherDollarPlaces.in(text);
  }

  /** Whether a piece of a title names a role ("Data Engineer") rather than a company. */
  boolean namesRole(String text) {
    return roleWords.in(text) || professionWord(text);
  }

  /**
   * Whether a piece of a title holds a word that names a profession by its ending, as no list of role words can hold
   * them all: "Computational Biologist", "Clinical Geneticist", "Dietician", "Radiographer".
   */
  private static boolean professionWord(String text) {
    // The last word only: a role ends on its profession ("Computational Biologist"); "Modernist Studio" is a company.
    // Found by hand from the end (it was the last of a split on "[^\\p{L}]+", a regex compiled on every call).
    int end = text.length();
    while (end > 0 && !Character.isLetter(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.codePointBefore(start))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    for (String word : end == 0 ? new String[0] : new String[] {text.substring(start, end)}) {
      String w = word.toLowerCase(Locale.ROOT);
      // "Checklist" and "shortlist" are lists, "journalist" and "specialist" people; "Lindqvist" and "Bergquist" are
      // the names of founders, which companies carry.
      if (w.length() >= 8 && w.endsWith("ist") && (!w.endsWith("list") || w.endsWith("alist"))
          && !w.endsWith("qvist") && !w.endsWith("kvist") && !w.endsWith("quist")
          || w.length() >= 7 && w.endsWith("ician")
          || w.length() >= 9 && w.endsWith("grapher")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a piece of a title names a company ("Halvorsen Re", "Acme Inc"). */
  boolean namesCompany(String text) {
    return companyWords.in(text);
  }

  boolean saysGrant(String text) {
    return grantWords.in(text);
  }

  boolean saysPerYear(String text) {
    return perYearWords.in(text);
  }

  /**
   * The pay periods a year a header's figures are written per, where it says two weeks (26: "Bi-weekly base pay") or
   * a week (52: "Base per week"); 0 where it says neither. The cheap test first: most headers name no week.
   */
  int weeksAYear(String header) {
    String lower = header.toLowerCase(Locale.ROOT);
    if (!lower.contains("week") && !lower.contains("fortnight") && !lower.contains("wk")) {
      return 0;
    }
    // "Annual base (40 hrs/week)", "Base — 4 days a week": the hours or days of a working week are no pay period,
    // and a header naming the year ("Biweekly paid, annual base") says its figures are a year's.
    String rest = WORKING_WEEK.matcher(header).replaceAll(" ");
    if (perYearWords.in(rest)) {
      return 0;
    }
    return perTwoWeeksWords.in(rest) ? 26 : perWeekWords.in(rest) ? 52 : 0;
  }

  /**
   * Whether a header's week word says only how the pay is paid out ("Base (paid weekly)", "Salary, biweekly pay
   * schedule"), not that its figures are each period's: the figures' size decides then, without a warning.
   */
  boolean saysPaidByWeeks(String header) {
    return PAID_BY_WEEKS.matcher(header).find();
  }

  /** "40 hrs/week", "37.5 hours per week", "4 days a week", "40-hour week": a working week, not a pay period. */
  private static final Pattern WORKING_WEEK = Pattern.compile("(?i)(?:\\b\\d+(?:[.,]\\d+)?|\\b(?:one|two|three|"
      + "four|five|six|seven|full|part))?\\s*-?\\s*\\b(?:hours?|hrs?|h|days?)\\s*(?:a|per|/|each|every|in\\s+a)?"
      + "\\s*(?:work(?:ing)?\\s*)?(?:week|wk)s?\\b");

  /** "paid weekly", "biweekly paid", "bi-weekly pay schedule", "paid every two weeks": when pay is paid out. */
  private static final Pattern PAID_BY_WEEKS = Pattern.compile("(?i)\\bpaid\\s+(?:bi-?weekly|weekly|fortnightly|"
      + "every\\s+(?:two\\s+|other\\s+)?week|each\\s+week)|\\b(?:bi-?weekly|weekly|fortnightly)\\s+(?:paid|pay\\s*"
      + "(?:schedule|cycle|frequency|roll|day)s?|payroll|payments?)\\b");

  /** Whether a header says its figures are per month ("Base / month", "Monthly salary"). */
  boolean saysPerMonth(String text) {
    return perMonthWords.in(text);
  }

  /** Whether the words right after a figure say it is per month ("a month", "/mo", "pcm"). */
  boolean perMonthAtStart(String text) {
    return perMonthWords.startsWith(text.stripLeading());
  }

  /**
   * Whether a header says its figures are each quarter's ("Quarterly bonus", "Bonus / quarter"), not a yearly amount
   * paid in quarters ("Bonus (paid quarterly)").
   */
  boolean saysPerQuarter(String text) {
    // "Annual bonus (paid in quarterly instalments)": a year's amount paid out by quarters (PAID_WHEN).
    return perQuarterWords.in(text) && !PAID_WHEN.matcher(text).find();
  }

  /** Whether a header says when a yearly amount is paid out ("Bonus (paid quarterly)"), not how much a quarter. */
  boolean saysPaidQuarterly(String text) {
    return PAID_WHEN.matcher(text).find();
  }

  /** Whether the words right after a figure say it is per quarter ("a quarter", "/qtr"). */
  boolean perQuarterAtStart(String text) {
    return perQuarterWords.startsWith(text.stripLeading());
  }

  /**
   * Whether a bonus's label or the words right after its figure say it is each half-year's ("Semi-annual bonus of
   * $3,000 per payout", "$3,000 every six months"), not a year's amount paid out in halves ("paid semi-annually").
   */
  boolean perHalfYear(String label, String afterFigure) {
    String after = afterFigure.stripLeading();
    if (perHalfYearWords.startsWith(after)) {
      return true;
    }
    if (perYearWords.startsWith(after)) {
      // "Semi-annual bonus: $8,000 a year": the figure says it is a year's, whatever the label says of its payouts.
      return false;
    }
    String lower = label.toLowerCase(Locale.ROOT);
    return (lower.contains("semi") || lower.contains("half") || lower.contains("six") || lower.contains("twice"))
        && perHalfYearWords.in(label) && !PAID_HALF.matcher(label + " " + after).find();
  }

  private static final Pattern PAID_HALF = Pattern.compile("(?i)\\b(?:paid|payable|paid out)\\s+(?:in\\s+)?(?:two\\s+)?"
      + "(?:semi-?annual(?:ly)?|half-?yearly|twice\\s+a\\s+year|halves|instal{1,2}ments?)");

  private static final Pattern PAID_WHEN = Pattern.compile(
      "(?i)\\b(?:paid|payable|paid out)\\s+(?:in\\s+)?(?:each\\s+|every\\s+|per\\s+)?quarter(?:ly\\s+instal{1,2}ments?)?");

  /** Whether a header says its figures are each paycheck's ("Pay (per paycheck)"). */
  boolean saysPerPaycheck(String text) {
    return perPaycheckWords.in(text);
  }

  /** Whether the words right after a figure say it is one paycheck's ("per paycheck", "/pay period"). */
  boolean perPaycheckAtStart(String text) {
    return perPaycheckWords.startsWith(text.stripLeading());
  }

  /**
   * The paychecks a year each pay-schedule phrase in a sentence makes ("on our biweekly payroll" 26, "paid twice a
   * month" 24), in the rules' order; empty where it names none.
   */
  Set<Integer> paySchedulesIn(String sentence) {
    Set<Integer> found = new java.util.LinkedHashSet<>();
    for (Map.Entry<Integer, Pattern> schedule : paySchedules) {
      if (schedule.getValue().matcher(sentence).find()) {
        found.add(schedule.getKey());
      }
    }
    return found;
  }

  /** Whether a header says its figures are per hour ("Hourly rate"). */
  boolean saysPerHour(String text) {
    return perHourWords.in(text);
  }

  /** Whether the words right after a figure say it is per hour ("/hr", "an hour"). */
  boolean perHourAtStart(String text) {
    return perHourWords.startsWith(text.stripLeading());
  }

  /** The text after the per-hour words it opens on ("/hr base" is "base"), or the text when it opens on none. */
  String afterPerHour(String text) {
    String t = text.stripLeading();
    int end = perHourWords.endAtStart(t);
    return end < 0 ? text : t.substring(end);
  }

  /** Whether a header says its figures are per day ("Day rate"). */
  boolean saysPerDay(String text) {
    return perDayWords.in(text);
  }

  /** Whether the words right after a figure say it is per day ("/day", "a day"). */
  boolean perDayAtStart(String text) {
    return perDayWords.startsWith(text.stripLeading());
  }

  /** Whether the words right after a figure leave it open at the top ("+", "and up", "or more"). */
  boolean openEndedAtStart(String text) {
    return !text.isBlank() && (text.charAt(0) == '+' || openEnded.startsWith(text.stripLeading()));
  }

  /** The words right before a figure that give it as one end of a band ("starting at", "up to", "from"), or null. */
  String oneEndBefore(String text) {
    String before = text.stripTrailing();
    for (String p : oneEndBefore) {
      int at = before.length() - p.length();
      if (at >= 0 && before.regionMatches(true, at, p, 0, p.length())
          && (at == 0 || Character.isWhitespace(before.charAt(at - 1)))) {
        return before.substring(at);
      }
    }
    return null;
  }

  /** Whether a clause aims at the top of the band ("go for the top of the band", "max out the range"). */
  boolean saysTopOfBand(String text) {
    return text.contains("top") || text.contains("max") ? topOfBand.in(text) : false;
  }

  /** Whether a stock header says its cells count shares ("RSUs per year (shares)", "# of RSUs"). */
  boolean countsShares(String header) {
    return shareCountWords.in(header);
  }

  /** The vesting years written in a text ("over four years", "4-yr", "/4yr"), or 0. */
  static int years(String text) {
    Matcher m = YEARS.matcher(text);
    if (!m.find()) {
      return 0;
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int words = NUMBER_WORDS.indexOf(n);
    return words >= 0 ? words : Integer.parseInt(n);
  }

  boolean saysTarget(String text) {
    return targetPhrases.in(text);
  }

  /** Whether a sentence says where hires end up rather than where to aim ("most hires sign at 104K"). */
  boolean saysSettled(String text) {
    return settledPhrases.in(text);
  }

  /** Whether a cell or phrase says there is no target ("—", "n/a", "none"). */
  boolean saysNoTarget(String text) {
    // "Remote US → —": the arrow, colon or equals sign that leads to the answer is no part of it.
    // "Frankfort → none.": the point closing the clause is no part of the answer either.
    String t = LEADS_TO.matcher(text.replace("*", "").strip()).replaceFirst("").toLowerCase(Locale.ROOT);
    String unpointed = t.replaceFirst("\\s*[.!;]+$", "");
    return t.isEmpty() || noTarget.contains(t) || !unpointed.isEmpty() && noTarget.contains(unpointed);
  }

  /** Whether a cell says its figure is not known yet ("TBD", "not set"), not that there is none. */
  boolean saysNotKnown(String text) {
    return notKnown.contains(text.replace("*", "").strip().replaceFirst("[.!;]+$", "").toLowerCase(Locale.ROOT));
  }

  private static final Pattern LEADS_TO = Pattern.compile("^(?:->|=>|→|⇒|➜|[:=])\\s*");

  /** Whether a clause without a figure says in words that its place has no target ("we have no good data yet"). */
  boolean deniesTarget(String clause) {
    return saysNoTarget(clause) || noTargetWords.in(clause) || refusesTarget(clause);
  }

  /**
   * A subject, a negated verb and a target ("We don't set a target for Oklahoma City", "we do not give targets for
   * Remote", "Brightline won't publish an aim"): too many verbs and negations for phrases, so a pattern, asked only
   * of a clause that writes a target's word and a negation. The subject keeps out advice ("Don't set your aim low"),
   * which says nothing about whether a place has a target.
   */
  private static final Pattern REFUSED_TARGET = Pattern.compile("(?iu)(?<=\\p{L}\\s)(?:(?:do|does|did|will|would|can"
      + "|could|have|has|had)(?:n['’]t|\\s+not)|won['’]t|can['’]t|cannot|never)\\b"
      + "(?:\\s+(?:yet|currently|really|usually|normally|formally))?\\s+(?:set|give|have|publish|recommend|suggest"
      + "|name|offer|share|quote|provide|state|list|put)\\s+(?:(?:a|an|any|one)\\s+(?:[\\p{L}-]+\\s+)?)?"
      + "(?:targets?|aims?|goals?)\\b");

  private boolean refusesTarget(String clause) {
    String t = clause.toLowerCase(Locale.ROOT);
    boolean word = t.contains("target") || t.contains("aim") || t.contains("goal");
    return word && (t.contains("n't") || t.contains("n’t") || t.contains("not") || t.contains("never"))
        && REFUSED_TARGET.matcher(clause).find();
  }

  /** Whether quoted words are something a person says ("I'd like…", "Could we…"), as a lever's wording is. */
  boolean saysSpeech(String text) {
    return speechWords.in(text);
  }

  /**
   * Whether the words before a quote say the other side says it ("Recruiters often say:", "the hiring manager may
   * tell you", "You'll hear"): what they say is no wording for the candidate.
   */
  boolean saysTheirs(String lead) {
    String t = lead.replace("*", "").replace("_", " ").strip();
    // The patterns run only where a speaker is named at all: most leads name none.
    return theirSpeakers.in(t) && (theirQuote.matcher(t).find() || theirLabel.matcher(t).find()) || hearing.in(t);
  }

  /**
   * Where the words saying the other side speaks begin in a quote's lead ("**Band ceiling** — Recruiters often
   * say:" → at "Recruiters"), or -1 when the lead does not say so.
   */
  int theirLeadStart(String lead) {
    if (!theirSpeakers.in(lead)) {
      return -1;
    }
    Matcher m = theirQuote.matcher(lead);
    if (m.find()) {
      return m.start();
    }
    Matcher label = theirLabel.matcher(lead);
    return label.find() ? label.start(1) : -1;
  }

  /** Whether a text says an amount is paid on top ("adds", "extra", "worth", "more"), as a premium does. */
  boolean saysPremium(String text) {
    // "+/- 10%" is a spread around a midpoint, not "+" an amount on top.
    return premiumWords.in(text.indexOf("+/") >= 0 ? text.replace("+/-", "±").replace("+/−", "±") : text);
  }

  /**
   * What a paragraph declares about the guide's figures, from one pass over it: a decimal comma, a currency
   * statement, a grant, pay per month; each as {@link #declaresContinental}, {@link #statesCurrency},
   * {@link #saysGrant} and {@link #saysPerMonth} say it.
   */
  Declarations declarations(String paragraph) {
    PhraseTable.Hits found = declared.scan(paragraph);
    return new Declarations(found.in(0), found.in(1) || opensOnCurrencyCode(paragraph), found.in(2), found.in(3));
  }

  /** Which of the conventions' phrase sets a paragraph holds. */
  record Declarations(boolean continental, boolean currency, boolean grant, boolean perMonth) {}

  boolean declaresContinental(String text) {
    return continental.in(text);
  }

  /**
   * Whether a text says the guide's figures are written in thousands ("All figures in thousands"), a currency
   * beside the word or not ("in USD thousands", "in $000s").
   */
  boolean statesThousands(String text) {
    return thousandsStatements.in(text) || thousandsStatements.in(CURRENCY_BESIDE.matcher(text).replaceAll(""));
  }

  /**
   * Whether a text holds words that state a currency at all; a sentence of it can state one only then (a sentence
   * is a piece of the text cut at spaces, so its phrases are the text's).
   */
  boolean statesCurrency(String text) {
    return currencyStatements.in(text) || opensOnCurrencyCode(text);
  }

  /**
   * Whether a sentence of the text opens on a currency's code and a comma, as a sheet's header line says its unit
   * ("AUD, per year, super on top.", "GBP, gross, per annum."): it states the currency with no statement's word.
   * Only the commas are looked at, the code after them checked last.
   */
  static boolean opensOnCurrencyCode(String text) {
    for (int comma = text.indexOf(','); comma >= 3; comma = text.indexOf(',', comma + 1)) {
      int start = comma - 3;
      if (Character.isUpperCase(text.charAt(start)) && Character.isUpperCase(text.charAt(start + 1))
          && Character.isUpperCase(text.charAt(start + 2)) && opensSentence(text, start)
          && com.compcoach.money.Currencies.standard().isCode(text.substring(start, comma))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence opens at this index: the text's start, or a space after a sentence's end. */
  private static boolean opensSentence(String text, int at) {
    int i = at - 1;
    if (i < 0) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(i))) {
      return false;
    }
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
  }

  /** The currency a sentence declares for unmarked figures ("All figures are in euros"), or empty. */
  Optional<String> statedCurrency(String sentence) {
    if (!statesCurrency(sentence)) {
      return Optional.empty();
    }
    // "All figures are in euro, except Belfast, which is paid in sterling": the one before the exception is the
    // guide's; "Montréal figures are in Canadian dollars, Seattle and Austin in US dollars" states none for all.
    Matcher except = EXCEPT.matcher(sentence);
    return com.compcoach.money.Currencies.standard()
        .onlyOneNamedIn(except.find() ? sentence.substring(0, except.start()) : sentence);
  }

  /** Where a sentence stating a currency turns to the places it does not hold for. */
  private static final Pattern EXCEPT = Pattern.compile("(?i)\\b(?:except|apart\\s+from|other\\s+than|save\\s+for)\\b");
}
