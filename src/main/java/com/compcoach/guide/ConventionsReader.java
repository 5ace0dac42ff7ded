package com.compcoach.guide;

import com.compcoach.money.DecimalMark;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a guide declares about its figures (decimal mark, currency, thousands, paid hours or days, vesting, pay
 * mix) in one pass over its top-level blocks, before the walk reads them.
 */
final class ConventionsReader {

  /**
   * "the band is the midpoint ±15%", "ranges run 10% either side of the midpoint": a spread said once, which makes a
   * place's one base figure its midpoint.
   */
  private static final Pattern MIDPOINT_SPREAD = Pattern.compile("(?i)\\bmid-?points?\\b[^.;]{0,40}?(?:±|\\+/-|plus or minus)"
      + "\\s*(?<pct>\\d{1,2})\\s*%|(?<pct2>\\d{1,2})\\s*%\\s+either\\s+side\\s+of\\s+(?:the\\s+|each\\s+|its\\s+)?mid-?points?");
  /** A heading's brackets naming thousands as the unit: "(EUR, thousands)", "(in thousands)", "(k EUR)", "(£000s)". */
  private static final Pattern HEADING_THOUSANDS = Pattern.compile(
      "(?iu)^(?:in\\s+)?(?:(?:[a-z]{3}|\\p{Sc})\\s*)?(?:in\\s+)?(?:thousands?|000s|'000s?|’000s?|k)"
          + "(?:\\s+(?:of\\s+)?(?:[a-z]{3}|\\p{Sc}|euros?|dollars|pounds|francs))?$");

  /** Whether a heading's brackets name thousands as the unit of the figures under it. */
  static boolean headingSaysThousands(String heading) {
    int open = heading.indexOf('(');
    int close = heading.lastIndexOf(')');
    // "## 401(k)": a bracket inside a word is no unit; "Bands (EUR, thousands)" opens after a space.
    if (open < 1 || close < open || !Character.isWhitespace(heading.charAt(open - 1))) {
      return false;
    }
    for (String part : heading.substring(open + 1, close).split("[,;/]")) {
      if (HEADING_THOUSANDS.matcher(part.strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Locales whose decimal mark is a comma, as a frontmatter number_format or locale may name them. */
  private static final Pattern COMMA_LOCALE = Pattern.compile(
      "(?i)(de|fr|es|it|nl|pt|pl|da|sv|nb|nn|no|fi|cs|sk|tr|ru|id|ro|hu|el|hr|sl|bg|uk)([-_][a-z]{2})?");
  /** A cell whose every figure groups thousands with points and nothing else: "78.000 – 95.000 €", "€ 52.000". */
  private static final Pattern POINT_GROUPED_CELL = Pattern.compile(
      "[^\\d,]*\\d{1,3}(?:\\.\\d{3})+(?:[^\\d,kKmM]+\\d{1,3}(?:\\.\\d{3})+)?[^\\d,kKmM]*");
  /**
   * Words that say a part of the pay holds in every region: "everywhere", "in every location", "across all",
   * "everyone gets".
   */
  static final Pattern EVERYWHERE = Pattern.compile(
      "(?i)\\b(?:everywhere|(?:in|at|for|across)\\s+(?:every|each|all)\\s+(?:the\\s+)?(?:locations?|offices?|cit(?:y|ies)"
          + "|regions?|sites?|markets?|hubs?|places?|levels?|grades?|studios?|campus(?:es)?|stores?|branch(?:es)?|plants?"
          + "|countries|country|zones?|tiers?|labs?)|in\\s+all\\s+(?:of\\s+)?(?:our\\s+|the\\s+)?(?:locations|offices|regions)"
          // "Everyone gets the same equity", "for all three", "in both", "wherever you sit", "whichever office".
          + "|everyone|everybody|for\\s+all(?:\\s+(?:two|three|four|five|six|of\\s+them|of\\s+us))?|(?:in|for)\\s+both"
          + "|wherever\\s+(?:you|they|people)|whichever\\s+(?:office|location|city|site|hub)|no\\s+matter\\s+where"
          + "|regardless\\s+of\\s+(?:the\\s+)?(?:location|office|city|site)"
          // "All roles carry a 12% target bonus.": every role the guide is for, so every place's.
          + "|all\\s+(?:employees|hires|staff|roles|positions)\\s+(?:have|get|receive|carry|are\\s+eligible\\s+for)"
          // "New AEs get an RSU grant of $40K", "every new hire receives": the role's hires, wherever they sit.
          // The word between in lower case: "New York hires get …" is one place's.
          + "|(?:all\\s+|every\\s+|each\\s+)?new\\s+(?:(?-i:[a-z]{2,12})\\s+)?(?:hires?|joiners?|starters?|grads?"
          + "|(?-i:[a-z]{2,5}|[A-Z]{2,5})s)\\s+"
          + "(?:also\\s+)?(?:get|gets|receive|receives|are\\s+(?:granted|given|eligible\\s+for)|is\\s+(?:granted|given))"
          // "Every location is eligible for a 12% annual bonus target": each place the guide lists; "Every level gets a
          // 10% bonus target" under a table of levels: the guide's level too, so each place's.
          // Not "Each office has a different bonus target" or "its own": a part that differs by place.
          + "|(?:every|each)\\s+(?:location|office|city|site|state|region|market|hub|country|level|grade)\\s+(?:is\\s+eligible\\s+for"
          + "|gets|receives|has|carries|adds)(?!\\s+(?:a\\s+)?(?:different|its\\s+own|their\\s+own|own|separate|varying"
          // "Each level has a higher bonus target: 8% at P3, 12% at P4": a figure per level, not one for all.
          + "|higher|lower|bigger|larger|rising|tiered)\\b)(?![^.]*?\\bat\\s+(?-i:[A-Z]{1,3}\\d|level\\s+\\d|grade\\s+\\d))"
          + "(?![^.]*?\\b(?:rises|rising|increases|varies|differs|depends|by\\s+level|per\\s+level|with\\s+level)\\b)"
          + ")\\b");
  /**
   * "This role is eligible for a 10% annual target bonus.", "The role carries a target bonus of 8% of salary.": a job
   * posting's or a policy's bonus, said of the role; read as "bonus 10% …" from its percent.
   */
  private static final String ROLE_BONUS_WORDS = "(?:^|[.!?]\\s+)\\s*(?:\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+)?(?:this|the)\\s+"
      + "(?:role|position)\\s+"
      + "(?:is\\s+eligible\\s+for|carries|comes\\s+with)\\s+(?:an?\\s+)?[^.]{0,40}?\\b(?:bonus|incentive)\\b";
  private static final Pattern ROLE_BONUS = Pattern.compile("(?i)" + ROLE_BONUS_WORDS);
  /**
   * "CSMs are paid a base plus a variable component (20% of base at target)": how the role is paid, said of every
   * place; a place's own line still wins where it gives the part.
   */
  private static final Pattern ROLE_PAID = Pattern.compile("(?i)\\b(?:are|is|get|gets)\\s+(?:paid\\s+)?(?:a\\s+)?base"
      + "(?:\\s+salary|\\s+pay)?\\s+(?:plus|\\+|and)\\s+(?:an?\\s+)?(?:(?:annual|target|variable|performance)\\s+)*"
      + "(?:variable|bonus|commission|incentive)\\b[^.%]{0,40}?\\(?\\s*\\d{1,2}(?:\\.\\d)?\\s*%\\s*of\\s+base"
      // "Equity is a flat $12k a year in RSUs for this level": a part, opening its sentence, said of the role.
      + "|(?:^|[.!?]\\s+)\\s*(?:equity|stock|rsus?|the\\s+bonus|bonus)\\b[^.]{0,60}\\b(?:for|at)\\s+this\\s+(?:level|role)\\b"
      + "|" + ROLE_BONUS_WORDS);
  /**
   * A sentence opening on the bonus and counting it in monthly salaries: "PLR (profit sharing) is 2 monthly salaries a
   * year", "The annual bonus is 1 monthly salary", "Profit sharing (PLR): 1.5 monthly salaries per year".
   */
  private static final Pattern MONTHS_BONUS = Pattern.compile("(?iu)\\W*(?:the\\s+|an?\\s+)?(?:(?:annual|yearly|target"
      + "|year[- ]end)\\s+)?(?:bonus|plr|profit[- ]shar(?:e|ing)|variable\\s+pay)(?:\\s*\\([^()]*\\))?\\s*(?:is|equals|of|:)\\s+"
      // "a bonus of one month's salary": the count in a word, and a month's pay written with its "'s".
      + "(?:worth\\s+)?(\\d{1,2}(?:[.,]\\d{1,2})?|one|two|three)\\s+(?:monthly\\s+salar(?:y|ies)|months?(?:['’]s|['’])?\\s+"
      + "(?:of\\s+)?(?:base|salary|pay))\\b");
  /** "Everyone in this role gets …": a sentence said of every place, before the bonus it names in months. */
  private static final Pattern EVERYONE_GETS = Pattern.compile(
      "(?i)^\\W*(?:everyone|every\\s+hire|all\\s+hires|each\\s+hire)\\b[^.;:]*?\\s(?:gets?|receives?|earns?)\\s+(?=an?\\s|the\\s)");
  /** "in São Paulo", "for Rio": a place named after a part, which makes it that place's, not everyone's. */
  private static final Pattern NAMES_PLACE = Pattern.compile("\\b(?:in|for|at)\\s+(?!(?:January|February|March|April|May"
      + "|June|July|August|September|October|November|December)\\b)\\p{Lu}");
  private static final Pattern OPENS_ON_PLACE = Pattern.compile("\\s*(?:In|At|For)\\s+\\p{Lu}");
  /** Words one of which {@link #EVERYWHERE} holds, looked for first: most paragraphs hold none. */
  private static final Pattern EVERYWHERE_WORD = Pattern.compile(
      "(?i)every|(?:^|\\s)all\\s|both|wherever|whichever|no matter|regardless|\\bnew\\s");
  /**
   * A sentence of its own saying a part is paid to nobody: "No equity; no annual bonus.", "There is no bonus and no
   * equity for staff nurses.", "No stock options at this level.", "Equity: none". Only whole sentences of these
   * words: "no bonus in Leeds" names a place, and "If there's no bonus, ask for a sign-on" is advice.
   */
  private static final Pattern NONE_FOR_ALL = Pattern.compile(
      "(?i)^(?:(?:there\\s+(?:is|are)\\s+|there['’]s\\s+|we\\s+(?:have|offer|pay|give)\\s+|(?:this|the)\\s+role\\s+(?:has|carries)\\s+"
          // "The firm has no share scheme.": the employer, by what it is.
          + "|the\\s+(?:firm|company|group|bank)\\s+(?:has|offers|runs)\\s+)?"
          + "(?:no|zero)\\s+" + ConventionsReader.PART_WORDS + "|" + ConventionsReader.PART_WORDS + "\\s*:\\s*(?:none|n/a|nil|not\\s+offered|not\\s+eligible|ineligible|not\\s+applicable)"
          // "LTI: not eligible at this level": the role's level, so every place's (s28)
          + "(?:\\s+(?:at|for|in)\\s+(?:this|the)\\s+(?:level|role|band|grade|job|position))?"
          // "We don't offer equity.", "The role doesn't carry a bonus."
          // "Meridian does not grant equity.", "Petrolane is privately held and does not grant stock to anyone.": the
          // company by its name (a place's own "Kiel does not offer equity" only fills parts its place left out).
          + "|(?:we|(?:this|the)\\s+role|the\\s+company|(?-i:\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,3})"
          + "(?:\\s+is\\s+[\\p{L}\\s-]{3,40}?\\s+and)?)(?:\\s+currently)?\\s+(?:don['’]t|doesn['’]t|do\\s+not|does\\s+not)\\s+"
          + "(?:currently\\s+)?(?:offer|pay|give|grant|have"
          + "|carry|include)\\s+(?:any\\s+|an?\\s+)?" + ConventionsReader.PART_WORDS
          + "|(?:nobody|no\\s+one)\\b[\\p{L}\\s]{0,30}?\\s(?:gets|receives|is\\s+granted)\\s+(?:any\\s+)?"
          + ConventionsReader.PART_WORDS + ")"
          + "(?:\\s*(?:[;,]|\\band\\b|\\bor\\b|\\bnor\\b)\\s*(?:and\\s+)?(?:(?:no|zero)\\s+)?" + ConventionsReader.PART_WORDS
          + ")*(?:\\s+(?:plan|scheme|program(?:me)?|of\\s+any\\s+kind|at\\s+any\\s+(?:level|grade|band|tier)|(?:at|for)\\s+this\\s+(?:level|grade|band|tier|company|firm)|anywhere"
          + "|everywhere|(?:for|to)\\s+(?:anyone|anybody|this\\s+role|staff(?:\\s+\\p{L}+)?|any\\s+\\p{L}+)"
          // "no bonus and no equity in any country", "no equity at Ally": every place, or the company by its name.
          + "|in\\s+any\\s+(?:country|office|location|city|site|place|region|market|hub)"
          + "|at\\s+(?-i:\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,3})"
          // "No share scheme at present.", "No equity for now.": said of today, of every place.
          + "|at\\s+present|at\\s+the\\s+moment|currently|right\\s+now|for\\s+now|yet|today"
          // "There is no equity at a co-op.", "No equity at a non-profit.": the kind of employer, a reason (s30).
          // Only a kind of employer that has no shares to give: "No equity at a junior level" limits whom (s30 G).
          + "|at\\s+an?\\s+(?-i:(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?)" + ConventionsReader.EMPLOYER_WITHOUT_SHARES
          // "There are no shares for graduates.": people named in the plural, in lower case (not "for Paris").
          + "|for\\s+(?:all\\s+)?(?-i:(?:\\p{Ll}[\\p{L}-]*\\s+|\\p{Lu}{2,5}\\s+)?\\p{Ll}[\\p{L}-]*s)\\b))*\\s*[.!]?$");
  /**
   * The same said in German, Spanish or Italian: "Aktien oder Optionen gibt es bei Nordwind nicht.", "Es gibt
   * keine Aktien.", "No hay acciones.", "Non sono previste stock option.", "Nessuna stock option.".
   */
  private static final Pattern NONE_FOR_ALL_SAID_OTHERWISE = Pattern.compile("(?iu)^(?:"
      + "(?:es\\s+gibt\\s+)?keine\\s+(?:aktien(?:optionen)?|optionen|mitarbeiterbeteiligung)(?:\\s+oder\\s+(?:aktien(?:optionen)?|optionen))?"
      + "|(?:aktien(?:optionen)?|optionen|mitarbeiterbeteiligung)(?:\\s+oder\\s+(?:aktien(?:optionen)?|optionen))?\\s+gibt\\s+es"
      + "(?:\\s+(?:bei|für)\\s+[\\p{L}\\s]{2,30}?)?\\s+nicht"
      + "|no\\s+hay\\s+(?:acciones|opciones(?:\\s+sobre\\s+acciones)?|stock\\s+options?|equity)"
      + "|non\\s+(?:sono\\s+previst[ei]|(?:è|e)\\s+previst[ao]|offriamo|prevediamo)\\s+(?:stock\\s+option|azioni|piani\\s+azionari)"
      + "|nessun[ao]?\\s+(?:stock\\s+option|azion[ei]|piano\\s+azionario)"
      + ")(?:\\s+(?:para|per|für)\\s+[\\p{L}\\s]{2,30}?)?\\s*[.!]?$");
  /**
   * Kinds of employer that explain why no one holds its shares: "at a co-op", "at a member-owned credit union", "at a
   * public agency". Not a level, team or group ("at a junior level"), which says the sentence is not every place's.
   */
  private static final String EMPLOYER_WITHOUT_SHARES = "(?:co-?op|co-?operative|credit\\s+union|mutual(?:\\s+(?:society"
      + "|insurer|company|bank))?|building\\s+society|non-?profit|not-for-profit|nonprofit|not\\s+for\\s+profit|charity"
      + "|public\\s+(?:agency|body|utility|employer|institution|authority)|government(?:\\s+(?:agency|body|employer"
      + "|department|contractor))?|(?:state|federal|city|county)\\s+agency|agency\\s+of\\s+the\\s+state|university|college"
      + "|school|hospital|health\\s+system|partnership|foundation|trust|ngo|social\\s+enterprise|municipality|council)";
  /** The parts a {@link #NONE_FOR_ALL} sentence names. */
  static final String PART_WORDS = "(?:(?:annual|yearly|cash|performance|target)\\s+)?(?:bonus(?:es)?|equity|stock(?:\\s+options)?"
      + "|options|rsus?|shares?|share\\s+scheme|lti|sti|variable(?:\\s+pay)?"
      // "No BSPCE for this level.": a plan's own name for all its shares. Not "no PSUs" or "no ESOPs": one plan of
      // several, which says nothing of RSUs granted beside it.
      + "|bspces?)";
  /** Pay paid once or on top, which no band column holds: "a $10K sign-on bonus everywhere". */
  static final Pattern ONE_OFF = Pattern.compile(
      "(?i)\\b(?:sign[- ]?on|signing|joining|relocation|relo|refresh\\w*|retention|referral|stipend|allowance)");
  /** "at L5", "at level P4", "at IC4": a part given at one level of a ladder. */
  private static final Pattern AT_LEVEL = Pattern.compile(
      "(?<![\\p{L}\\d])at\\s+(?:level\\s+|grade\\s+)?(\\p{Lu}{1,3}\\d{1,2})(?![\\p{L}\\d])");
  /** A currency's code in a heading's parentheses: "(GBP)", "(base salary, USD)". */
  private static final Pattern PARENTHESISED_CODE =
      Pattern.compile("\\((?:[^()]*[,;]\\s*)?(\\p{Lu}{3})\\s*(?:[,;][^()]*|\\s\\p{Ll}[^()]*)?\\)");

  /** A figure in a place's line, with what may group or scale it: "16.000", "185,000", "150K", "2.5". */
  private static final Pattern LINE_FIGURE = Pattern.compile("\\d[\\d.,]*(?:\\s*[kKmM](?![\\p{L}]))?");
  private static final Pattern POINT_GROUPED_FIGURE = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
  private static final Pattern POINT_THOUSANDS = Pattern.compile("\\d\\.\\d{3}(?!\\d)");
  private static final Pattern HOURS_BY_WEEKS = Pattern.compile(
      "(?i)\\b(\\d{2}(?:\\.\\d)?)\\s*(?:paid\\s+|working\\s+)?(?:hours|hrs|h)(?:\\s*(?:a|per|/)\\s*week)?\\s*[×x*]\\s*(\\d{2})\\s*weeks");
  /**
   * "36 h/week", "36 hours a week, 52 weeks a year", "40 hours per week", "37.5 hours a week": a week's paid hours,
   * 52 weeks unless said.
   */
  private static final Pattern HOURS_A_WEEK = Pattern.compile(
      "(?i)\\b(\\d{2}(?:\\.\\d)?)\\s*(?:paid\\s+|working\\s+)?(?:hours|hrs|h)\\s*(?:a|per|/|each)\\s*week\\b"
          + "(?:[^.\\d]{0,20}?\\b(\\d{2})\\s+weeks\\s+(?:a|per|each)\\s+year)?");
  private static final Pattern THRESHOLD_BEFORE = Pattern.compile(
      "(?i)\\b(?:after|over|above|beyond|exceeding|more\\s+than|minimum(?:\\s+of)?|at\\s+least|up\\s+to)\\s*$");
  private static final Pattern HOURS_A_YEAR = Pattern.compile(
      "(?i)\\b(\\d,?\\d{3})\\s*(?:paid\\s+|working\\s+|billable\\s+)?(?:hours|hrs)\\b");
  /** "220 billable days a year": a qualifier or "a year" says the days are a year's work, not a notice period. */
  private static final Pattern DAYS_A_YEAR = Pattern.compile(
      "(?i)\\b(\\d{3})\\s+(billable\\s+|working\\s+|paid\\s+|chargeable\\s+|invoiced\\s+|work\\s+)?days?"
          + "(\\s+(?:a|per|each|in\\s+a)\\s+year|\\s*/\\s*y(?:ea)?r)?");

  private final GuideDraft draft;
  private final String path;
  private final ReadingRules rules;
  private final Map<String, Object> front;

  ConventionsReader(GuideDraft draft) {
    this.draft = draft;
    this.path = draft.path;
    this.rules = draft.rules;
    this.front = draft.front;
  }

  /** What a guide declares about its figures: the decimal mark and the currency of unmarked figures. */
  Conventions read(Node document) {
    boolean continental = false;
    String currency = null;
    for (Object v : front.values()) {
      if (v instanceof String str && rules.declaresContinental(str)) {
        continental = true;
      }
    }
    String frontFormat = Frontmatter.string(front, "number_format");
    if (frontFormat == null) {
      frontFormat = Frontmatter.string(front, "locale");
    }
    if (frontFormat != null && (frontFormat.toLowerCase(Locale.ROOT).contains("comma")
        || rules.declaresContinental(frontFormat) || COMMA_LOCALE.matcher(frontFormat).matches())) {
      continental = true;
    }
    int vesting = 0;
    int months = 12;
    String headingCurrency = null;
    boolean thousands = false;
    // "All figures in $000s.": the unit's "$" marks every unmarked figure as a "$" in each cell would.
    boolean thousandsOfDollars = false;
    int hours = 0;
    int days = 0;
    SharePrice sharePrice = null;
    int spread = 0;
    java.util.Set<Integer> paychecks = new java.util.LinkedHashSet<>();
    Node pointGrouped = null;
    // A sales guide may state its pay mix once for every OTE; only a guide that speaks of OTE is looked at.
    boolean ote = PayMix.spokenOf(draft.text);
    String payMix = null;
    List<CurrencyHeadings.Heading> headings = new java.util.ArrayList<>();
    String question = null;
    boolean figureSeen = false;
    String partForAll = null;
    ReadingRules.Column partHeading = null;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      partForAll = partForAll(node, partForAll);
      partHeading = partUnderItsLabel(node, partHeading);
      if (node instanceof Heading heading) {
        headings.add(new CurrencyHeadings.Heading(draft.line(heading), heading.getLevel(), headingCurrency(heading)));
      }
      if (node instanceof ListBlock list) {
        groupCurrencies(list, headings);
      }
      if (node instanceof Heading || node instanceof Paragraph) {
        String text = draft.plainOf(node).strip();
        question = text.endsWith("?") ? text : node instanceof Heading ? null : question;
      }
      if (!continental && pointGrouped == null && (node instanceof TableBlock table && pointGroupedBase(table)
          || node instanceof ListBlock list && pointGroupedLines(list))) {
        pointGrouped = node;
      }
      if (!thousands && node instanceof Heading heading && headingSaysThousands(draft.plainOf(heading))) {
        // "## Bands (EUR, thousands)": the heading's brackets say the figures under it are thousands.
        thousands = true;
        draft.findings.add(Finding.info(path, draft.line(node), "this heading says the figures are in thousands:"
            + " a pay figure or target written without K and under 1,000 is read as thousands"));
      }
      if (currency == null && node instanceof Heading heading) {
        // "## Pay bands (USD, annual)": a heading may state the currency of the figures under it.
        currency = headingCurrency(heading);
        headingCurrency = currency;
      }
      if (vesting == 0 && node instanceof OrderedList) {
        // A numbered note: "2. RSU grants vest over four years. The table gives the whole grant." The years are the
        // ones its vesting sentence names: a bullet's "a shorter cliff than 1 year" says nothing of how grants vest.
        String plain = draft.plainOf(node);
        for (String sentence : plain.contains("vest") ? NegotiateUp.sentences(plain) : List.<String>of()) {
          if (vesting == 0 && sentence.contains("vest") && rules.saysGrant(sentence)) {
            vesting = ReadingRules.years(sentence);
          }
        }
      }
      if (currency == null && node.getChars().length() > 7 && node.getChars().charAt(0) == '<'
          && node.getChars().indexOf("tfoot") >= 0) {
        // "<tfoot>…Figures in SGD unless marked.…</tfoot>": an HTML table's footer is its note, stating the currency
        // of its unmarked figures as a line under the table would.
        for (String sentence : NegotiateUp.sentences(TextTables.footNote(node.getChars().toString()))) {
          String stated = currency == null ? rules.statedCurrency(sentence).orElse(null) : null;
          currency = stated != null && Figures.inProse(sentence).isEmpty() ? stated : currency;
        }
      }
      if ((node instanceof Paragraph || node instanceof BlockQuote || node instanceof ListBlock)
          && paychecks.size() < 2) {
        // "on our normal biweekly payroll (every other Friday, 26 paychecks a year)": what a paycheck's figure is
        // a year; two schedules that disagree leave it unsaid.
        paychecks.addAll(PaySchedule.stated(draft.plainOf(node), rules));
      }
      if (node instanceof ListBlock list) {
        partItemsSaidOnce(list);
        if (currency == null) {
          // A slide's or a README's bullet, "- All figures in Canadian dollars (CAD), annual", states it as a line would.
          currency = itemCurrency(list);
          headingCurrency = headingCurrency == null && !figureSeen ? currency : headingCurrency;
        }
      }
      if (spread == 0 && (node instanceof Paragraph || node instanceof BlockQuote || node instanceof Heading)) {
        spread = midpointSpread(draft.plainOf(node));
      }
      if (node instanceof Paragraph || node instanceof BlockQuote) {
        String plain = draft.plainOf(node);
        // The paragraph's phrases of every convention found in one pass, then asked below.
        ReadingRules.Declarations says = rules.declarations(plain);
        continental |= says.continental();
        if (hours == 0 && (plain.contains("hour") || plain.contains("hrs") || plain.contains("h/"))) {
          hours = hoursPerYear(plain);
        }
        if (days == 0 && plain.contains("days")) {
          days = daysPerYear(plain);
        }
        // "paid in 14 payments a year", "14 pagas": looked for only where a count from 12 to 16 is written.
        if (months == 12 && countsMonths(plain)) {
          int n = rules.salaryPaymentsAYear(plain);
          if (n > 0 && n != 12) {
            months = n;
            draft.findings.add(Finding.info(path, draft.line(node), "this line says pay comes in " + n
                + " payments a year: a figure written per month is read as " + n + " times it a year"));
          }
        }
        if (sharePrice == null && plain.contains("share")) {
          sharePrice = SharePrice.in(plain).orElse(null);
        }
        if (plain.length() < 600 && (plain.contains("no") || plain.contains("No") || plain.contains("one")
            || plain.contains("n't") || plain.contains("n’t") || plain.contains("nicht") || plain.contains("eine")
            || plain.contains("essun"))) {
          // Line by line: "**Bonus:** 8% for everyone" over "**Equity:** none" are two statements.
          for (String said : MarkdownText.source(node.getChars()).split("\n")) {
            for (String sentence : NegotiateUp.sentences(said.replace("*", "").replace("_", " ").strip())) {
              Matcher reason = sentence.contains(", so ") ? REASON_THEN.matcher(sentence) : null;
              if (reason != null && reason.find() && SAYS_WHY.matcher(reason.group(1).strip()).find()) {
                // "We're a member-owned credit union, so there is no stock at any level.": the reason, then the rule,
                // as a reason in brackets is; "Yakima staff are employed by our partner, so …" says whom, and stays.
                sentence = sentence.substring(reason.end());
              }
              // "Nobody at this level gets equity, and the annual bonus is 5% …": each clause its own statement.
              // Only the first clause speaks for everyone: "Leeds: £55K–£65K base, but no bonus" is Leeds's own.
              for (String clause : CLAUSES.split(sentence, 2)[0].isBlank() ? new String[0]
                  : new String[] {CLAUSES.split(sentence, 2)[0]}) {
                String none = noneForAll(clause);
                if (none != null && clause.contains(" for ")) {
                  none = givenToOthers(none, clause, plain, draft.line(node));
                }
                if (none != null && !none.isEmpty()) {
                  draft.everywhere.add(new GuideDraft.Said(none, draft.line(node)));
                }
              }
            }
          }
        }
        // Each regex behind a char test that every text it finds passes: most paragraphs hold none of the words.
        boolean roleWide = (plain.contains("base") || plain.contains(" this ") || plain.contains("role")
            || plain.contains("position"))
            && mayBeRolePaid(plain)
            && ROLE_PAID.matcher(plain).find();
        if ((maySayEverywhere(plain) && EVERYWHERE_WORD.matcher(plain).find() || roleWide)
            && Figures.anyInProse(plain)) {
          for (String sentence : NegotiateUp.sentences(plain)) {
            // "### Is there a sign-on bonus?" over "Usually $10K, the same in every office.": the question says the
            // part, and a one-off is no yearly part for every place.
            // "In Denver, AEs are paid a base plus commission (50% of base)": one place's, never everyone's.
            if ((EVERYWHERE.matcher(sentence).find()
                || ROLE_PAID.matcher(sentence).find() && !OPENS_ON_PLACE.matcher(sentence).lookingAt())
                && !ONE_OFF.matcher(sentence).find()
                && (question == null || !ONE_OFF.matcher(question).find())
                && exceptsAPlace(sentence, draft.line(node))) {
              // "All roles carry a 12% target bonus, except in Charlotte": warned, and read for no place.
              continue;
            }
            if ((EVERYWHERE.matcher(sentence).find()
                || ROLE_PAID.matcher(sentence).find() && !OPENS_ON_PLACE.matcher(sentence).lookingAt())
                && !ONE_OFF.matcher(sentence).find()
                && (question == null || !ONE_OFF.matcher(question).find())) {
              boolean roleBonus = sentence.indexOf('%') > 0 && ROLE_BONUS.matcher(sentence).find();
              Matcher percent = roleBonus ? BONUS_PERCENT.matcher(sentence) : null;
              if (percent != null && percent.find()) {
                draft.everywhere.add(new GuideDraft.Said(yearlyBonus(sentence, percent, draft.line(node)),
                    draft.line(node)));
              } else if (!roleBonus) {
                draft.everywhere.add(new GuideDraft.Said(asked(question, sentence), draft.line(node)));
              } else {
                // "eligible for an annual bonus and a 401(k) with a 6% company match": the percent is the match's,
                // so no bonus figure is read, and that is said.
                draft.findings.add(Finding.warning(path, draft.line(node), "'" + sentence.strip() + "' names a bonus"
                    + " but gives no percent of its own (a percent beside it is another thing's): no bonus is read"
                    + " (none is shown); write its figure, as in 'a bonus of 10% of base'"));
              }
            }
          }
        }
        if (plain.indexOf(" in ") != plain.lastIndexOf(" in ") && Figures.anyInProse(plain)) {
          placeByPlace(plain, draft.line(node));
        }
        if (plain.contains("monthly salar") || plain.contains("months") || plain.contains("month's")
            || plain.contains("month’s")) {
          // "PLR (profit sharing) is 2 monthly salaries a year": a bonus counted in a month's pay, named of no place.
          for (String sentence : NegotiateUp.sentences(plain)) {
            // "Everyone in this role gets a year-end bonus of one month's salary": the same, said of everyone.
            Matcher everyone = sentence.length() > 9 && (sentence.indexOf('y') >= 0 || sentence.indexOf('h') >= 0)
                ? EVERYONE_GETS.matcher(sentence) : null;
            int from = everyone != null && everyone.lookingAt() ? everyone.end() : 0;
            Matcher bonusMonths = MONTHS_BONUS.matcher(sentence).region(from, sentence.length());
            if (bonusMonths.lookingAt() && !NAMES_PLACE.matcher(sentence.substring(bonusMonths.end())).find()) {
              String count = switch (bonusMonths.group(1).toLowerCase(Locale.ROOT)) {
                case "one" -> "1";
                case "two" -> "2";
                case "three" -> "3";
                default -> bonusMonths.group(1).replace(',', '.');
              };
              draft.everywhere.add(new GuideDraft.Said("bonus " + count + (count.equals("1") ? " month" : " months")
                  + " of salary", draft.line(node)));
            }
          }
        }
        if (plain.contains(" at ") && AT_LEVEL.matcher(plain).find()) {
          // "Bonus: 15% target at L5": a part at one level, which holds everywhere if it is the guide's level.
          for (String sentence : NegotiateUp.sentences(plain)) {
            Matcher level = AT_LEVEL.matcher(sentence);
            if (level.find() && !ONE_OFF.matcher(sentence).find() && Figures.anyInProse(sentence)) {
              draft.atLevel.add(new GuideDraft.LevelSaid(new GuideDraft.Said(sentence, draft.line(node)),
                  level.group(1)));
            }
          }
        }
        if (ote && payMix == null) {
          payMix = PayMix.stated(plain);
          draft.oteLine = draft.oteLine == 0 && PayMix.spokenOf(plain) ? draft.line(node) : draft.oteLine;
        } else if (payMix == null && (plain.contains("split") || plain.contains("% of total"))
            && (plain.contains("base") || plain.contains("salary") || plain.contains("Base") || plain.contains("Salary"))) {
          // "The annual bonus is split 50/50 between company and individual goals" splits the bonus, not the pay.
          // "Target cash is split 80% base salary and 20% bonus at target.": a totals-only table's split.
          payMix = PayMix.stated(plain);
        }
        // Most paragraphs say nothing of thousands: the phrases are looked for only where the word or "000" is. A
        // figure of zeros is the unit named, "All figures in $000s.", never a pay figure the sentence states.
        if (!thousands && (plain.contains("housand") || plain.contains("000") || plain.contains(" in k")
            || plain.contains("$K") || plain.contains("£K") || plain.contains("€K"))
            && thousandsSentence(plain)) {
          thousands = true;
          draft.findings.add(Finding.info(path, draft.line(node), "this line says the figures are in thousands:"
              + " a pay figure or target written without K and under 1,000 is read as thousands"));
          if (currency == null && (plain.contains("£K") || plain.contains("€K"))) {
            // "all £K, annual": the mark before the K says the currency, as "(GBP)" would; "$K" may be any dollar.
            currency = plain.contains("£K") ? "GBP" : "EUR";
            headingCurrency = headingCurrency == null && !figureSeen ? currency : headingCurrency;
          }
          thousandsOfDollars = DOLLAR_THOUSANDS.matcher(plain).find();
        }
        // Whether the paragraph states a currency at all, for the monthly statement and the currency.
        boolean statesCurrency = (draft.monthlyStatement == null || currency == null) && says.currency();
        // Says the guide's pay is per month ("All pay below is monthly"): a month's words and a currency's.
        if (draft.monthlyStatement == null && statesCurrency && says.perMonth()) {
          draft.monthlyStatement = node;
        }
        if (vesting == 0 && says.grant()) {
          vesting = ReadingRules.years(plain);
        }
        // "**(USD)**" alone on its line over the list is a caption too, its colon left out.
        String caption = node instanceof Paragraph && (plain.strip().endsWith(":") || plain.strip().startsWith("(")
            && PARENTHESISED_CODE.matcher(plain.strip()).matches()) && plain.length() <= 120
            && (node.getNext() instanceof ListBlock || node.getNext() instanceof TableBlock)
            ? currencyStated(plain) : null;
        if (caption != null) {
          // "Pay at a glance (USD, per year):" over a list or table: a caption, stating its figures' currency as a
          // heading would, up to the next heading or caption.
          headings.add(new CurrencyHeadings.Heading(draft.line(node), CurrencyHeadings.CAPTION, caption));
        }
        if (headingCurrency == null && says.currency() && node.getNext() instanceof TableBlock) {
          // "Cifras en pesos mexicanos (MXN):" right over the table settles its "$" as a heading's would.
          for (String sentence : NegotiateUp.sentences(plain)) {
            String stated = rules.statedCurrency(sentence).orElse(null);
            headingCurrency = headingCurrency == null && stated != null && !Figures.anyInProse(sentence)
                ? stated : headingCurrency;
          }
        }
        // Most paragraphs state no currency: their sentences are not split out and scanned one by one.
        if (currency == null && statesCurrency) {
          for (String sentence : NegotiateUp.sentences(plain)) {
            // A sentence that states a currency and writes no figure; the cheap test first.
            if (currency == null) {
              String stated = rules.statedCurrency(sentence).orElse(null);
              currency = stated != null && !Figures.anyInProse(sentence) ? stated : null;
            }
          }
          // "All figures in Canadian dollars." before any figure is written settles every "$" after it, as a heading's
          // "(CAD)" would: the reader has been told which dollar before meeting one.
          headingCurrency = headingCurrency == null && !figureSeen ? currency : headingCurrency;
        }
      }
      if (!figureSeen && !(node instanceof Heading)) {
        figureSeen = Figures.anyInProse(draft.plainOf(node));
      }
    }
    Map<String, String> rowCurrencies = new HashMap<>();
    for (Object o : Frontmatter.list(front, "compensation")) {
      if (o instanceof Map<?, ?> m && m.get("region") != null && m.get("currency") != null) {
        rowCurrencies.put(m.get("region").toString().strip(),
            m.get("currency").toString().strip().toUpperCase(Locale.ROOT));
      }
    }
    String guideCurrency = Frontmatter.string(front, "currency");
    if (guideCurrency != null) {
      currency = guideCurrency.toUpperCase(Locale.ROOT);
      // "currency: CAD" in the frontmatter is said for the whole guide, as a heading over all of it: it settles a
      // shared mark ("$135,000") where no heading nearer says otherwise.
      headingCurrency = headingCurrency == null ? currency : headingCurrency;
    }
    if (currency == null && thousandsOfDollars && !rules.namesOtherDollarPlace(draft.text)) {
      // A bare "$" is the US dollar unless the guide says another (RegionBands settles a stated dollar the same way).
      // Where it names a place paid in another dollar ("Toronto (HQ)"), the "$" says no more than a bare cell: each
      // row keeps its warning that it is read as USD.
      currency = "USD";
    }
    if (!continental && pointGrouped != null) {
      // Every base written "78.000 – 95.000 €" is, read the English way, under a euro's worth of thousand a year:
      // the table declares its own format.
      continental = true;
      draft.findings.add(Finding.info(path, draft.line(pointGrouped), "every base in this pay "
          + (pointGrouped instanceof ListBlock ? "list" : "table") + " is written with a point between thousands ('78.000'), which read the English way is under 1,000 a year: the guide's"
          + " figures are read with a point as the thousands separator and a comma as the decimal mark"));
    }
    FootnoteGrant grant = footnoteGrant();
    return new Conventions(path, continental ? DecimalMark.COMMA : DecimalMark.POINT, continental, currency,
        rowCurrencies, vesting, hours, days, sharePrice, thousands, payMix, months, headingCurrency,
        new CurrencyHeadings(headings), spread, grant.years(), grant.lines(),
        paychecks.size() == 1 ? paychecks.iterator().next() : 0);
  }

  /** A "$" written on the unit of thousands, not on a figure: "$000s", "$K", "$'000", "($ thousands)". */
  private static final Pattern DOLLAR_THOUSANDS = Pattern.compile("(?i)(?<![A-Z])\\$\\s*(?:'|’)?(?:000|k\\b|thousands?\\b)");

  /** The superscripts and daggers a footnote opens on. */
  private static final String FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹†‡§";
  /** A footnote line: its mark, then its words ("¹ The RSU figure is the whole new-hire grant, …"). */
  private static final Pattern FOOTNOTE = Pattern.compile("(?m)^[ \\t]*([" + FOOTNOTE_MARKS + "])[ \\t]*(\\p{L}[^\\n]{10,300})$");

  /**
   * "RSUs approx. $80K¹" over "¹ The RSU figure is the whole new-hire grant, vesting over four years": the years of a
   * footnote saying, in the word "grant", that the stock figure its mark sits on is the whole grant; 0 when none does.
   * The cheap test first: most guides have no such mark.
   */
  private FootnoteGrant footnoteGrant() {
    String text = draft.text;
    boolean marked = false;
    for (int i = 0; i < text.length() && !marked; i++) {
      marked = FOOTNOTE_MARKS.indexOf(text.charAt(i)) >= 0;
    }
    if (!marked) {
      return FootnoteGrant.NONE;
    }
    Matcher m = FOOTNOTE.matcher(text);
    while (m.find()) {
      // Its asides in brackets ("(25% a year)") say how it vests, not that the figure is a year's.
      String note = grantSentence(m.group(2).replaceAll("\\([^()]*\\)", " "));
      String lower = note.toLowerCase(Locale.ROOT);
      int years = ReadingRules.years(note);
      // "¹ Whole new-hire grant, vesting over four years" names no stock word: the mark on a stock cell says whose
      // grant it is.
      if (years > 0 && lower.contains("grant")
          && !rules.saysPerYear(VestingSchedule.without(HeaderNotes.plain(note, " ")))
          && markedAfterFigure(text, m.group(1)) && markedOnStock(text, m.group(1).charAt(0))
          && (STOCK_WORD.matcher(lower).find() || !markedLines(text, m.group(1)).isEmpty())) {
        return new FootnoteGrant(years, markedLines(text, m.group(1)));
      }
    }
    return FootnoteGrant.NONE;
  }

  /**
   * The years of a footnote's grant, and the table rows whose figures carry its mark; no rows where the mark sits in
   * prose, as the grant is then every stock figure's.
   */
  private record FootnoteGrant(int years, java.util.Set<Integer> lines) {
    static final FootnoteGrant NONE = new FootnoteGrant(0, java.util.Set.of());
  }

  /**
   * The sentence of a note that says what the grant is: "Whole new-hire grant, vesting over four years. The other
   * offices grant RSUs every year." is the first; the second is said of the unmarked figures.
   */
  private static String grantSentence(String note) {
    for (String sentence : note.split("(?<=\\.)\\s+(?=\\p{Lu})")) {
      if (sentence.toLowerCase(Locale.ROOT).contains("grant") && ReadingRules.years(sentence) > 0) {
        return sentence;
      }
    }
    return note;
  }

  /**
   * "| Austin (HQ) | $150K–$180K | $140K¹ | 10% |" in two rows of five: the table rows whose figure carries the mark,
   * so the note is those cells' alone; empty where any marked figure stands outside a table row.
   */
  private java.util.Set<Integer> markedLines(String text, String mark) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (int at = text.indexOf(mark); at > 0; at = text.indexOf(mark, at + 1)) {
      if ("0123456789kKmM".indexOf(text.charAt(at - 1)) < 0) {
        continue;
      }
      int start = text.lastIndexOf('\n', at) + 1;
      if (!text.substring(start, at).strip().startsWith("|")) {
        return java.util.Set.of();
      }
      out.add(draft.lines.line(at));
    }
    return java.util.Set.copyOf(out);
  }

  /** Whether the mark stands right after a figure somewhere in the text ("$80K¹", "120,000†"). */
  private static boolean markedAfterFigure(String text, String mark) {
    for (int at = text.indexOf(mark); at > 0; at = text.indexOf(mark, at + 1)) {
      if ("0123456789kKmM".indexOf(text.charAt(at - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a footnote's mark sits on a stock figure or header: in a stock column ("| RSUs† |", "| $40K¹ |" under
   * "RSUs") or after a stock word in its clause ("RSUs approx. $80K¹"). A note marked on the base that names the grant
   * ("¹ Base excludes the new-hire RSU grant, which vests over four years") says nothing of the stock figures.
   */
  private static boolean markedOnStock(String text, char mark) {
    String[] lines = text.split("\\R", -1);
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      for (int at = line.indexOf(mark); at > 0; at = line.indexOf(mark, at + 1)) {
        if (FOOTNOTE.matcher(line).matches() && line.strip().charAt(0) == mark) {
          break;
        }
        int cellStart = Math.max(line.lastIndexOf('|', at), Math.max(line.lastIndexOf(',', at),
            Math.max(line.lastIndexOf(';', at), line.lastIndexOf('·', at)))) + 1;
        if (STOCK_WORD.matcher(line.substring(cellStart, at).toLowerCase(Locale.ROOT)).find()) {
          return true;
        }
        if (line.strip().startsWith("|")) {
          // A table row: the header over it names the column the marked cell sits in.
          int top = l;
          while (top > 0 && lines[top - 1].strip().startsWith("|")) {
            top--;
          }
          int column = (int) line.substring(0, at).chars().filter(c -> c == '|').count();
          String[] header = lines[top].split("\\|", -1);
          if (column < header.length && STOCK_WORD.matcher(header[column].toLowerCase(Locale.ROOT)).find()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The percent a text says each band runs either side of its midpoint, or 0; the cheap test first. */
  private static int midpointSpread(String plain) {
    if (plain.indexOf('±') < 0 && !plain.contains("+/-") && !plain.contains("either side")
        && !plain.contains("plus or minus")) {
      return 0;
    }
    Matcher m = MIDPOINT_SPREAD.matcher(plain);
    while (m.find()) {
      // "Bonus payouts move from the target midpoint ±20%": a spread said of the salary band only, never a bonus's.
      int from = Math.max(plain.lastIndexOf('.', m.start()), plain.lastIndexOf('\n', m.start())) + 1;
      int to = plain.indexOf('.', m.end());
      String sentence = plain.substring(from, to < 0 ? plain.length() : to).toLowerCase(java.util.Locale.ROOT);
      if (SPREAD_OF_PAY.matcher(sentence).find() && !SPREAD_OF_OTHER.matcher(sentence).find()) {
        return Integer.parseInt(m.group("pct") != null ? m.group("pct") : m.group("pct2"));
      }
    }
    return 0;
  }

  /** Words that say a midpoint's spread is the pay band's. */
  private static final Pattern SPREAD_OF_PAY = Pattern.compile("\\b(?:bands?|ranges?|salary|salaries|base|pay)\\b");
  /** Words that say it is something else's: a bonus's payout, a commission's, a stock price's. */
  private static final Pattern SPREAD_OF_OTHER = Pattern.compile(
      "\\b(?:bonus|bonuses|payouts?|commissions?|incentives?|share price|stock price|performance)\\b");

  /**
   * A part's label saying it holds for every place, "**Equity** (all locations): RSUs worth $8,000 a year", or over
   * the block that gives it ("**Bonus** (every office)" over "- 10% of base at target"): said once for every place.
   * Returns the label a block with no figure leaves for the next block, or null.
   */
  private String partForAll(Node node, String pending) {
    if (!(node instanceof Paragraph || node instanceof Heading || node instanceof ListBlock)) {
      return null;
    }
    String plain = draft.plainOf(node).replace("*", "").strip();
    if (pending != null && !(node instanceof Heading)) {
      if (Figures.anyInProse(plain)) {
        draft.everywhere.add(new GuideDraft.Said(pending + ": " + ITEM_MARK.matcher(plain).replaceFirst(""),
            draft.line(node)));
      }
      return null;
    }
    // Looked for only where a bracket opens on "all", "every" or "each".
    if (node instanceof ListBlock || plain.length() > 160 || !(plain.contains("(all") || plain.contains("(every")
        || plain.contains("(each") || plain.contains("(All") || plain.contains("(Every"))) {
      return null;
    }
    Matcher m = PART_FOR_ALL.matcher(plain);
    ReadingRules.Column part = m.matches() ? rules.column(m.group("part").strip()) : null;
    if (part != ReadingRules.Column.STOCK && part != ReadingRules.Column.BONUS) {
      return null;
    }
    String rest = m.group("rest").strip();
    if (rest.isEmpty()) {
      return m.group("part").strip();
    }
    if (Figures.anyInProse(rest) || noneForAll(rest) != null) {
      draft.everywhere.add(new GuideDraft.Said(m.group("part").strip() + ": " + rest, draft.line(node)));
    }
    return null;
  }

  /**
   * A part named by a heading or a short question or bold line over what it says ("## Bonus" over "Discretionary,
   * typically 25–40% of base", "**Is there a bonus?**" over "Yes — 20–30% of base", "### RSUs" over "CA$15,000 a year
   * in every city"): each sentence with a figure that names no one place is that part, said once for every place.
   * Returns the part a label leaves for the blocks under it, or null.
   */
  private ReadingRules.Column partUnderItsLabel(Node node, ReadingRules.Column part) {
    if (node instanceof Heading) {
      return partLabel(draft.plainOf(node).strip());
    }
    if (node instanceof ListBlock list && part != null) {
      placesOfPart(list, part);
      return part;
    }
    if (!(node instanceof Paragraph)) {
      return part;
    }
    String[] lines = MarkdownText.source(node.getChars()).strip().split("\\R");
    int from = 0;
    String first = lines[0].replace("*", "").replace("_", " ").strip();
    if (first.length() < 60 && (first.endsWith("?") || lines[0].strip().startsWith("**"))
        && !Figures.anyInProse(first)) {
      // "**Is there a bonus?**" over its answer, in one paragraph or over the next.
      part = partLabel(first);
      from = 1;
    }
    if (part == null || from == lines.length) {
      return part;
    }
    for (int i = from; i < lines.length; i++) {
      for (String sentence : NegotiateUp.sentences(MarkdownText.plainText(lines[i]).strip())) {
        List<Figures.Figure> figures = Figures.inProse(sentence);
        Matcher percent = PERCENT.matcher(sentence);
        int at = percent.find() ? percent.start() : -1;
        at = figures.isEmpty() ? at : at < 0 ? figures.get(0).start() : Math.min(at, figures.get(0).start());
        // "In Denver the bonus is 12%" is Denver's; "€20,000 a year in Berlin and £17,000 in London" each place's.
        // "Superannuation of 12% is paid on top of base" under "Is there a bonus or shares?": retirement money, no part.
        boolean retirement = at >= 0 && rules.saysRetirement(clauseBefore(sentence, at))
            && rules.lastComponentBefore(sentence, at) == null;
        if (retirement && YES.matcher(sentence).lookingAt()) {
          // "**Is there a bonus?**" over "Yes, and the retirement plan is separate: 10% of base.": the part is said to
          // be paid, but its one figure sits in a clause about retirement money; which it is, only the author knows.
          draft.findings.add(Finding.warning(path, draft.line(node) + i, "'" + sentence + "' says there is a "
              + part.name().toLowerCase(Locale.ROOT) + ", but its figure is in a clause about retirement money, so it"
              + " is read as no " + part.name().toLowerCase(Locale.ROOT) + ": write the "
              + part.name().toLowerCase(Locale.ROOT) + "'s figure with its name, as in 'bonus 10% of base'"));
        }
        if (at >= 0 && !ONE_OFF.matcher(sentence).find() && !PAYOUT.matcher(sentence).find()
            && (figures.size() >= 2 || !NAMES_PLACE.matcher(sentence).find()) && !retirement) {
          // The part's label right before the figures: "Discretionary, typically 25–40% of base" is "bonus 25–40%
          // of base", "Yes — a discretionary bonus, typically 20–30% of base" "bonus 20–30% of base".
          draft.everywhere.add(new GuideDraft.Said(part.name().toLowerCase(Locale.ROOT) + " " + sentence.substring(at),
              draft.line(node) + i));
        }
      }
    }
    return part;
  }

  /** An answer that opens by saying yes: "Yes, and …", "Yes —". */
  private static final Pattern YES = Pattern.compile("(?i)\\s*yes\\b");

  /** Where a clause ends before a figure: ";", ", ", a spaced dash, "and", "but"; a colon labels the figure. */
  private static final Pattern CLAUSE_END = Pattern.compile(";|,\\s|\\s[—–-]\\s|\\b(?:and|but)\\b");

  /**
   * The words of the clause a figure at {@code at} sits in: a retirement word sets the figure aside only when it names
   * that figure ("Superannuation of 12%"), not when an earlier clause mentions it ("it counts towards your pension,
   * and targets 10% of base", "after the 401k true-up, typically 10% of base").
   */
  private static String clauseBefore(String sentence, int at) {
    Matcher end = CLAUSE_END.matcher(sentence).region(0, at);
    int from = 0;
    while (end.find()) {
      from = end.end();
    }
    return sentence.substring(from, at);
  }

  /**
   * The whole clause a figure at {@code at} sits in, both sides of it: "We make a profit-sharing contribution of 4% of
   * salary to your 401(k) each year" is retirement money, named after its figure.
   */
  static String clauseAround(String sentence, int at) {
    Matcher end = CLAUSE_END.matcher(sentence);
    int to = end.find(at) ? end.start() : sentence.length();
    return clauseBefore(sentence, at) + sentence.substring(at, to);
  }

  /**
   * A list under a part's label whose every item is a place and its figure ("## Equity" over "- Singapore (HQ):
   * S$20,000 a year", "- Sydney: none"): each place's own part, and the list no targets.
   */
  private void placesOfPart(ListBlock list, ReadingRules.Column part) {
    Map<String, String> own = new java.util.LinkedHashMap<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String text = ITEM_MARK.matcher(draft.plainOf(item).replace("*", "").strip()).replaceFirst("");
      int colon = text.indexOf(':');
      String place = colon > 1 && colon < 40 ? text.substring(0, colon).strip() : null;
      String rest = place == null ? "" : text.substring(colon + 1).strip();
      if (place == null || Character.isLowerCase(place.charAt(0)) || rules.namesPart(place)
          || !Figures.anyInProse(rest) && !PERCENT.matcher(rest).find() && noneForAll("no " + rest) == null
          && !rest.toLowerCase(Locale.ROOT).startsWith("none")) {
        return;
      }
      own.put(Region.shortName(place), rest);
    }
    if (own.size() >= 2) {
      own.forEach((place, rest) -> draft.partsByPlace.computeIfAbsent(place, p -> new java.util.EnumMap<>(
          ReadingRules.Column.class)).put(part, rest));
      draft.partLists.add(list);
    }
  }

  /** What lists several things in a label: "and", "&", "/", ",", ";". */
  private static final Pattern SEVERAL = Pattern.compile("\\band\\b|[&/,;+]");

  /** A percent's number: "12%", "20–30 %". */
  /** "the plan paid out at 112% of target": how the plan paid, a share of its target, never a percent of base. */
  private static final Pattern PAYOUT = Pattern.compile(
      "(?i)\\bpaid\\s+out\\b|\\bpayouts?\\b|\\bof\\s+(?:the\\s+)?(?:target|plan)\\b|\\bfunded\\s+at\\b");
  private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])\\d{1,2}(?:[.,]\\d{1,2})?(?:\\s*[–-]\\s*\\d{1,2}(?:[.,]\\d{1,2})?)?\\s*%");

  /** The stock or bonus a short label names ("Bonus", "Any equity?", "RSUs"), or null. */
  private ReadingRules.Column partLabel(String label) {
    if (label.length() > 60 || Figures.anyInProse(label)) {
      return null;
    }
    // "Bonus and equity?", "Bands (base / stock / bonus)" list several parts: no one part for what follows.
    if (SEVERAL.matcher(label).find()) {
      return null;
    }
    Map.Entry<ReadingRules.Column, Integer> named = rules.lastComponentBefore(label, label.length());
    return named != null && (named.getKey() == ReadingRules.Column.STOCK || named.getKey() == ReadingRules.Column.BONUS)
        && !ONE_OFF.matcher(label).find() ? named.getKey() : null;
  }

  /** "Equity (all locations): …", "Bonus (every office)": a part's label, every place in brackets, what follows. */
  private static final Pattern PART_FOR_ALL = Pattern.compile("(?iu)(?<part>\\p{L}[\\p{L} -]{1,30}?)\\s*\\(\\s*(?:all|every|each)"
      + "\\s+(?:(?:the|our)\\s+)?(?:locations?|offices?|sites?|cit(?:y|ies)|places?|regions?|hubs?|markets?|countries"
      + "|country|metros?)\\s*\\)\\s*[:—–-]?\\s*(?<rest>.*)", Pattern.DOTALL);

  /**
   * A list's items labelled by a part, "- Bonus: 8% in every location", "- Equity: none", among the places' lines:
   * said once for every place, as a paragraph saying so is.
   */
  private void partItemsSaidOnce(ListBlock list) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String text = ITEM_MARK.matcher(draft.plainOf(item).replace("**", "").strip()).replaceFirst("");
      int colon = text.indexOf(':');
      ReadingRules.Column part = colon > 0 && colon < 24 ? rules.column(text.substring(0, colon).strip()) : null;
      if (part != ReadingRules.Column.STOCK && part != ReadingRules.Column.BONUS) {
        continue;
      }
      String none = noneForAll(text);
      if (none != null) {
        draft.everywhere.add(new GuideDraft.Said(none, draft.line(item)));
      } else if (EVERYWHERE.matcher(text).find() && !ONE_OFF.matcher(text).find()
          && Figures.anyInProse(text) && !exceptsAPlace(text, draft.line(item))) {
        draft.everywhere.add(new GuideDraft.Said(text, draft.line(item)));
      }
    }
  }

  /**
   * A sentence saying a part is paid to nobody, "No equity; no annual bonus.", as the parts a line says them in
   * ("no stock; no bonus; "), or null.
   */
  /**
   * The bonus's own percent in a role's sentence: "a bonus of up to 10%", "a 10% annual bonus", "bonus target: 10%";
   * never a 401(k) match's, a raise's or a commission's percent written beside it.
   */
  private static final String PERCENT_AHEAD = "\\d{1,2}(?:[.,]\\d{1,2})?(?:\\s*[–-]\\s*\\d{1,2}(?:[.,]\\d{1,2})?)?\\s*%";
  private static final Pattern BONUS_PERCENT = Pattern.compile("(?i)\\b(?:bonus|incentive)(?:\\s+(?:target|opportunity"
      + "|potential|plan))?\\s*\\(?\\s*(?:target(?:ed)?\\s+)?(?:of|at|is|:|worth|equal\\s+to)?\\s*(?:up\\s+to\\s+|around\\s+"
      + "|about\\s+|approximately\\s+|roughly\\s+)?(?=" + PERCENT_AHEAD + ")|(?<![\\d.])(?=" + PERCENT_AHEAD + "\\s+"
      + "(?:(?:annual|yearly|target|quarterly|performance|cash|discretionary)\\s+)*(?:bonus|incentive)\\b)");
  private static final Pattern QUARTERLY = Pattern.compile("(?i)\\bquarterly\\b|\\b(?:a|per|each|every)\\s+quarter\\b");

  /**
   * "bonus 10% …" from the bonus's own percent at {@code at}; a quarter's percent ("a quarterly bonus of up to 2.5% of
   * base") is four of them a year, said so, never a year's in silence.
   */
  private String yearlyBonus(String sentence, Matcher at, int line) {
    Matcher percent = PERCENT.matcher(sentence);
    if (!percent.find(at.end()) || percent.start() != at.end()) {
      return "bonus " + sentence.substring(at.end());
    }
    if (sentence.indexOf("uarter") < 0 || !QUARTERLY.matcher(sentence).find()) {
      return "bonus " + sentence.substring(percent.start());
    }
    Matcher figure = Pattern.compile("\\d{1,2}(?:[.,]\\d{1,2})?").matcher(percent.group());
    StringBuilder year = new StringBuilder();
    while (figure.find()) {
      java.math.BigDecimal four = new java.math.BigDecimal(figure.group().replace(',', '.'))
          .multiply(java.math.BigDecimal.valueOf(4)).stripTrailingZeros();
      figure.appendReplacement(year, four.toPlainString());
    }
    figure.appendTail(year);
    draft.findings.add(Finding.info(path, line, "the bonus is a quarter's ('" + percent.group() + "' a quarter): read"
        + " as " + year + " a year, four quarters"));
    return "bonus " + year + sentence.substring(percent.end()).replaceAll("(?i)\\s*\\ba\\s+quarter\\b", "");
  }

  /**
   * What of {@code none} ("no stock; ") still holds for everyone when the clause names a group ("The firm has no share
   * scheme for trainees.") and the paragraph gives the part to others ("Associates and managers receive shares worth
   * £5,000 a year."): that part is not none for all, and it is said, never dropped in silence.
   */
  private String givenToOthers(String none, String clause, String paragraph, int line) {
    if (!FOR_GROUP.matcher(clause.replace("*", "").strip()).find()) {
      return none;
    }
    String kept = none;
    for (String sentence : NegotiateUp.sentences(paragraph)) {
      if (sentence.contains(clause.strip()) || !Figures.anyInProse(sentence)) {
        continue;
      }
      String lower = sentence.toLowerCase(Locale.ROOT);
      for (String[] part : new String[][] {{"no stock; ", "stock"}, {"no bonus; ", "bonus"}}) {
        Matcher word = (part[1].equals("stock") ? STOCK_WORD : BONUS_WORD).matcher(lower);
        if (kept.contains(part[0]) && word.find()) {
          kept = kept.replace(part[0], "");
          draft.findings.add(Finding.warning(path, line, "'" + clause.strip() + "' says no " + part[1] + " for one"
              + " group, and '" + sentence.strip() + "' gives it to others: neither is read as this role's " + part[1]
              + " (none is shown); write which the role gets"));
        }
      }
    }
    return kept;
  }

  /**
   * "Equity is $40K a year in Seattle, $32K a year in Denver and $30K a year in Tulsa." after the place bullets, with
   * no word for every place: kept for the places it names (each place's own is read where every piece names one),
   * never as one figure for all. A sentence kept as said for every place is not kept twice; aims and one-offs are none.
   */
  private void placeByPlace(String paragraph, int line) {
    for (String sentence : NegotiateUp.sentences(paragraph)) {
      if (sentence.indexOf(" in ") == sentence.lastIndexOf(" in ") || !Figures.anyInProse(sentence)) {
        continue;
      }
      String lower = sentence.toLowerCase(Locale.ROOT);
      boolean kept = draft.everywhere.stream().anyMatch(said -> said.line() == line && said.text().contains(sentence));
      if (!kept && (STOCK_WORD.matcher(lower).find() || BONUS_WORD.matcher(lower).find())
          && !ONE_OFF.matcher(sentence).find()
          && !rules.saysTarget(ProseRegions.BONUS_TARGET.matcher(sentence).replaceAll(" "))) {
        // "a 10% target in Seattle" is the bonus's target, no aim of the candidate's.
        draft.placeByPlace.add(new GuideDraft.Said(sentence, line));
      }
    }
  }

  /** "… for trainees", "… for all graduates": people named in the plural, whom a "no …" sentence is about. */
  private static final Pattern FOR_GROUP = Pattern.compile(
      "\\bfor\\s+(?:all\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+|\\p{Lu}{2,5}\\s+)?\\p{Ll}[\\p{L}-]*s\\s*[.!]?$");

  /** "(we are a credit union)" closing a sentence: an aside in brackets, with no figure. */
  /** A sentence, then why after a colon or "because", "since", "as", "given that": "No equity: we are a co-op." */
  private static final Pattern REASON_AFTER = Pattern.compile("(?i)^([^:]{3,120}?)(?:\\s*:\\s+|,?\\s+(?=(?:because|since|as"
      + "|given\\s+that)\\s))([^:]{3,120}?)\\s*[.!]?$");
  private static final Pattern REASON_ASIDE = Pattern.compile("\\s*\\(([^()\\d]{2,60})\\)\\s*([.!]?)$");
  /**
   * An aside that says why, as a clause: "we are a credit union", "we're a mutual", "the firm is privately held",
   * "we don't run a bonus scheme", "because …"; or one that names this role's own level ("at this level"), as the
   * sentence would without brackets. "(contractors only)" or "(for interns)" says whom, and is no reason.
   */
  private static final Pattern SAYS_WHY = Pattern.compile("(?i)^(?:(?:because|since|as|given\\s+that)\\s+)?"
      + "(?:(?:we|it|they)(?:['’]|\\s)|(?:the|our|this)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:is|are|has|have|was|were"
      + "|does|do|doesn['’]t|don['’]t|isn['’]t|aren['’]t|remains?|stays?)\\b)"
      + "|^(?:at|for|in)\\s+this\\s+(?:level|grade|role|position|band)$");
  /** Words that narrow whom or where a sentence is for: "contractors only", "except senior staff", "for interns". */
  private static final Pattern LIMITS_WHOM = Pattern.compile("(?i)\\b(?:only|except|excluding|excludes?|unless|apart"
      + "|besides|other\\s+than|outside|but|for\\s+(?!this\\b)|in\\s+\\p{Lu}|at\\s+(?!this\\b))");

  /**
   * "except in Charlotte", "other than Austin", "outside (of) NYC", "but not in Leeds", "excluding Remote": a sentence
   * said of every place that names places it is not said of. The word test first (cold load).
   */
  private static final Pattern EXCEPT_PLACE = Pattern.compile("(?i)\\b(?:except|other\\s+than|outside(?:\\s+of)?"
      + "|but\\s+not|excluding|apart\\s+from|save\\s+for|besides)\\b(?:\\s+(?:for|in|at|the|our))*"
      + "\\s+(?-i:\\p{Lu})");

  /**
   * Whether a sentence said of every place leaves named places out ("All roles carry a 12% target bonus, except in
   * Charlotte"): it is then read for no place, never for the ones it names, and a warning says so with its line (s30 G).
   */
  private boolean exceptsAPlace(String sentence, int line) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (!(lower.contains("except") || lower.contains("other than") || lower.contains("outside")
        || lower.contains("but not") || lower.contains("excluding") || lower.contains("apart from")
        || lower.contains("save for") || lower.contains("besides"))) {
      return false;
    }
    Matcher except = EXCEPT_PLACE.matcher(sentence);
    if (!except.find()) {
      return false;
    }
    draft.findings.add(Finding.warning(path, line, "'" + sentence.strip() + "' is said of every place but the ones"
        + " it names: it is read for no place, so each place that leaves the part out reads it as 0. Write the part"
        + " in each place's line"));
    return true;
  }

  private static String noneForAll(String sentence) {
    String plain = sentence.replace("*", "").strip();
    Matcher aside = plain.indexOf('(') > 0 ? REASON_ASIDE.matcher(plain) : null;
    if (aside != null && aside.find() && !NAMES_PLACE.matcher(aside.group(1)).find()
        && SAYS_WHY.matcher(aside.group(1).strip()).find() && !LIMITS_WHOM.matcher(aside.group(1)).find()) {
      // "No equity (we are a credit union).": the reason says nothing of who; the sentence is said without it, as
      // "No bonus and no shares — we're a not-for-profit." is. "No equity (contractors only)." says whom: it stays
      // whole, no rule for every place, and the part left out is warned.
      plain = plain.substring(0, aside.start()) + aside.group(2);
    }
    Matcher after = plain.indexOf(':') > 0 || plain.contains(" because ") || plain.contains(" since ")
        || plain.contains(" as ") || plain.contains(" given ") ? REASON_AFTER.matcher(plain) : null;
    if (after != null && after.matches() && !NAMES_PLACE.matcher(after.group(2)).find()
        && SAYS_WHY.matcher(after.group(2).strip()).find() && !LIMITS_WHOM.matcher(after.group(2)).find()) {
      // "Nobody in this role gets equity: we are a public hospital district.", "No equity because we're a
      // nonprofit.": the reason after a colon or "because" says nothing of who, as one in brackets does not.
      plain = after.group(1).strip() + ".";
    }
    if (!NONE_FOR_ALL.matcher(plain).matches()) {
      return NONE_FOR_ALL_SAID_OTHERWISE.matcher(plain).matches() ? "no stock; " : null;
    }
    String lower = plain.toLowerCase(Locale.ROOT);
    boolean bonus = BONUS_WORD.matcher(lower).find();
    boolean stock = STOCK_WORD.matcher(lower).find();
    return (stock ? "no stock; " : "") + (bonus ? "no bonus; " : "");
  }

  /**
   * Where a sentence's clauses part: "…, and …", "…, but …", ";", and a spaced dash before an aside ("No bonus and no
   * shares — we're a not-for-profit.").
   */
  private static final Pattern CLAUSES = Pattern.compile(",\\s+(?:and|but)\\s+|;\\s*|\\s[—–]\\s");
  /** "We're a credit union, so ": a reason, then what it makes so; the reason is said only if {@link #SAYS_WHY}. */
  private static final Pattern REASON_THEN = Pattern.compile("^([^,;]{3,80}),\\s+so\\s+(?=\\S)");
  /** A list item's marker, "- ", "* ", "1. ". */
  private static final Pattern ITEM_MARK = Pattern.compile("^(?:[-*+•]|\\d{1,2}[.)])\\s+");
  private static final Pattern BONUS_WORD = Pattern.compile("\\b(?:bonus(?:es)?|sti|variable)\\b");
  private static final Pattern STOCK_WORD = Pattern.compile(
      "\\b(?:equity|stock|options|rsus?|shares?|share\\s+scheme|lti|bspces?)\\b");

  /**
   * An FAQ's answer said for every place, "Yes, 8% on target, the same in every office.", under "Is there a bonus?":
   * the part the question names said before it, so the answer reads as "bonus 8% on target…"; as written otherwise.
   */
  private String asked(String question, String sentence) {
    if (question == null) {
      return sentence;
    }
    Map.Entry<ReadingRules.Column, Integer> part = rules.lastComponentBefore(question, question.length());
    boolean named = part != null && (part.getKey() == ReadingRules.Column.STOCK || part.getKey() == ReadingRules.Column.BONUS);
    return named && rules.lastComponentBefore(sentence, sentence.length()) == null
        ? part.getKey().name().toLowerCase(Locale.ROOT) + " " + sentence : sentence;
  }

  /** "### UK offices (GBP)", "## Pay bands (USD, annual)": the currency a heading with no figure states, or null. */
  private String headingCurrency(Heading heading) {
    return currencyStated(draft.plainOf(heading));
  }

  /** The currency a heading's or a caption's text states where it writes no figure ("Pay at a glance (USD):"). */
  /**
   * "- **Canada** (CAD)" over city sub-bullets: a group's item with no figure that states a currency states it for
   * the places under it, as a caption would, up to the next group or heading.
   */
  private void groupCurrencies(ListBlock list, List<CurrencyHeadings.Heading> headings) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Node own = item.getFirstChild();
      if (own instanceof Paragraph && own.getNext() instanceof ListBlock) {
        String text = draft.plainOf(own).strip();
        String currency = text.length() <= 60 && text.chars().noneMatch(Character::isDigit)
            ? currencyStated(text) : null;
        if (currency != null) {
          headings.add(new CurrencyHeadings.Heading(draft.line(item), CurrencyHeadings.CAPTION, currency));
        }
      }
    }
  }

  private String currencyStated(String text) {
    if (Figures.anyInProse(text)) {
      return null;
    }
    Matcher code = PARENTHESISED_CODE.matcher(text);
    while (code.find()) {
      // "(USD, per year)" names its currency; "(FTE, per year)" names none, so the words around may.
      java.util.Optional<String> named = com.compcoach.money.Currencies.standard().namedIn(code.group(1));
      if (named.isPresent()) {
        return named.get();
      }
    }
    return rules.statedCurrency(text).orElse(null);
  }

  /** Words that make a bullet about the guide's own figures: "All figures …", "Amounts in …", "Bands are in …". */
  private static final java.util.regex.Pattern OWN_FIGURES = java.util.regex.Pattern.compile(
      "(?i)^\\W*(?:all\\b|every\\b|figures\\b|amounts\\b|numbers\\b|bands?\\b|pay\\b|salaries\\s+(?:are|below|here)|"
          + "(?:the\\s+)?(?:figures|amounts|numbers|bands|ranges)\\b|currency\\b|in\\s+\\p{L}+\\s+dollars|usd|cad|gbp|eur)");

  /** The currency a bullet of its own states with no figure in it ("All figures in Canadian dollars"), or null. */
  private String itemCurrency(ListBlock list) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String plain = MarkdownText.plain(item);
      // "All figures in Canadian dollars": the guide's own figures; never "Salaries at the US firms we benchmark
      // against are quoted in USD", a bullet about someone else's pay.
      if (plain.length() < 120 && rules.declarations(plain).currency() && !Figures.anyInProse(plain)
          && OWN_FIGURES.matcher(plain).find()) {
        String stated = rules.statedCurrency(plain).orElse(null);
        if (stated != null) {
          return stated;
        }
      }
    }
    return null;
  }

  /** Whether a text writes a count from 12 to 16, which may count the salary payments a year. */
  /**
   * Whether {@link #ROLE_PAID} may find something in a text: its first form ends on a percent sign, its second says
   * "this" (in any case). A cheap test before the regex, which is tried at every position of every paragraph.
   */
  private static boolean mayBeRolePaid(String text) {
    return text.indexOf('%') >= 0 || holdsAsciiWord(text, "this");
  }

  /**
   * Whether {@link #EVERYWHERE_WORD} may find something in a text: one of its words at some position, "all" and
   * "new" with the whitespace the regex wants around them. It says yes wherever the regex finds (its only looser
   * test is the boundary before "new"), so the regex runs only on the few paragraphs that say such a word.
   */
  private static boolean maySayEverywhere(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        boolean may = switch (c | 0x20) {
          case 'e' -> text.regionMatches(true, i, "every", 0, 5);
          case 'b' -> text.regionMatches(true, i, "both", 0, 4);
          case 'w' -> text.regionMatches(true, i, "wherever", 0, 8) || text.regionMatches(true, i, "whichever", 0, 9);
          case 'r' -> text.regionMatches(true, i, "regardless", 0, 10);
          case 'n' -> text.regionMatches(true, i, "no matter", 0, 9)
              || text.regionMatches(true, i, "new", 0, 3) && regexSpaceAt(text, i + 3);
          case 'a' -> (i == 0 || regexSpaceAt(text, i - 1)) && text.regionMatches(true, i, "all", 0, 3)
              && regexSpaceAt(text, i + 3);
          default -> false;
        };
        if (may) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the char at {@code at} is one a regex's {@code \s} takes without the Unicode flag. */
  private static boolean regexSpaceAt(String text, int at) {
    return at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0;
  }

  /** Whether a text holds an ASCII lower-case word in any case, anywhere (no boundaries asked). */
  private static boolean holdsAsciiWord(String text, String lowercase) {
    char first = lowercase.charAt(0);
    for (int i = 0, last = text.length() - lowercase.length(); i <= last; i++) {
      if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, lowercase, 0, lowercase.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean countsMonths(String text) {
    for (int i = text.indexOf('1'); i >= 0 && i + 1 < text.length(); i = text.indexOf('1', i + 1)) {
      char next = text.charAt(i + 1);
      if (next >= '2' && next <= '6' && (i + 2 == text.length() || !Character.isDigit(text.charAt(i + 2)))) {
        return true;
      }
    }
    return false;
  }

  /** The paid hours a year a text states ("2,080 paid hours", "40 hours × 52 weeks"), or 0. */
  private static int hoursPerYear(String text) {
    Matcher week = HOURS_BY_WEEKS.matcher(text);
    if (week.find()) {
      return (int) Math.round(Double.parseDouble(week.group(1)) * Integer.parseInt(week.group(2)));
    }
    Matcher year = HOURS_A_YEAR.matcher(text);
    while (year.find()) {
      int h = Integer.parseInt(year.group(1).replace(",", ""));
      if (h >= 1_000 && h <= 3_000) {
        return h;
      }
    }
    Matcher perWeek = HOURS_A_WEEK.matcher(text);
    while (perWeek.find()) {
      // "Overtime is paid after 40 hours per week", "on-call: minimum 12 hours a week": a threshold, not the schedule.
      if (THRESHOLD_BEFORE.matcher(text.substring(Math.max(0, perWeek.start() - 20), perWeek.start())).find()) {
        continue;
      }
      double hours = Double.parseDouble(perWeek.group(1));
      int weeks = perWeek.group(2) == null ? 52 : Integer.parseInt(perWeek.group(2));
      return hours >= 10 && hours <= 60 && weeks >= 40 && weeks <= 52 ? (int) Math.round(hours * weeks) : 0;
    }
    return 0;
  }

  /** The billable days a year a text states ("220 billable days a year", "220 working days"), or 0. */
  private static int daysPerYear(String text) {
    Matcher m = DAYS_A_YEAR.matcher(text);
    while (m.find()) {
      int d = Integer.parseInt(m.group(1));
      if (d >= 100 && d <= 366 && (m.group(2) != null || m.group(3) != null)) {
        return d;
      }
    }
    return 0;
  }

  /**
   * Whether every line of a list is a place and its pay written with points grouping thousands only, two lines at
   * least: "- São Paulo (HQ): R$ 16.000 to R$ 20.000 a month". A line with a comma, a K or a bare figure says nothing.
   */
  private boolean pointGroupedLines(ListBlock list) {
    int lines = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String text = draft.plainOf(item).strip();
      int colon = text.indexOf(':');
      if (colon < 1) {
        return false;
      }
      String pay = text.substring(colon + 1);
      Matcher figure = LINE_FIGURE.matcher(pay);
      boolean any = false;
      while (figure.find()) {
        if (!POINT_GROUPED_FIGURE.matcher(figure.group()).matches()) {
          return false;
        }
        any = true;
      }
      if (!any) {
        return false;
      }
      lines++;
    }
    return lines >= 2;
  }

  /** Whether a table names a base column and every row writes its base with points grouping thousands only. */
  private boolean pointGroupedBase(TableBlock table) {
    if (!POINT_THOUSANDS.matcher(MarkdownText.source(table.getChars())).find()) {
      return false;
    }
    List<String> header = MarkdownTables.header(table);
    int base = -1;
    for (int i = 0; i < header.size() && base < 0; i++) {
      if (rules.column(header.get(i)) == ReadingRules.Column.BASE) {
        base = i;
      }
    }
    if (base < 0) {
      return false;
    }
    int rows = 0;
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (!(part instanceof TableBody)) {
        continue;
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow r) {
          List<String> cells = MarkdownTables.cells(r);
          if (base >= cells.size() || !POINT_GROUPED_CELL.matcher(cells.get(base)).matches()) {
            return false;
          }
          rows++;
        }
      }
    }
    return rows >= 2;
  }

  /**
   * Whether a sentence of the paragraph says the figures are in thousands and writes no figure itself: "all USD / yr,
   * base in k. RSUs ~$15K/yr for everyone." says it though another sentence gives a figure.
   */
  /** Whether a text states no pay figure: none, or only the unit's zeros ("All figures in $000s."). */
  private static boolean noPayFigure(String text) {
    return Figures.inProse(text).stream().allMatch(f -> f.high() == 0);
  }

  private boolean thousandsSentence(String plain) {
    if (!rules.statesThousands(plain)) {
      return false;
    }
    if (noPayFigure(plain)) {
      return true;
    }
    for (String sentence : NegotiateUp.sentences(plain)) {
      if (rules.statesThousands(sentence) && noPayFigure(sentence)) {
        return true;
      }
    }
    return false;
  }

}
