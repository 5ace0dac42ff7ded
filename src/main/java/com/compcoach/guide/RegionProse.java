package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a region written as a bullet or a paragraph instead of a table row: "**Denver**: base $140K–$175K, equity
 * $25K–$40K a year, bonus 10%, total $200K–$260K". Each figure belongs to the component named nearest before it
 * in its clause, or right after it ("$140K–$175K base"); the words of its clause go with it, so "a year" and
 * "over four years" are read as a header's would be.
 */
final class RegionProse {

  /** The words that mark a place as the headquarters ({@code hq_words}). */
  private static final String HQ = ReadingRules.standard().hqWords();

  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:\\*\\*|__)(?<bold>[^*_]+?)(?:\\*\\*|__)(?<aside>\\s*\\([^()\\d]{1,30}\\))?"
          // "**Memphis, TN** `HQ` — …": a wiki's status lozenge after the bold place marks it as a bracket would.
          + "(?:\\s*`?(?<lozenge>" + HQ + ")\\b`?)?\\s*[:—–-]?\\s*|^\\s*(?<plain>[^:\\d$€£¥₹|]{2,60}?)\\s*(?::|\\s[—–-])\\s+");
  /** "Base in NYC (our HQ) is $152,000–…", "Base for Remote (US) is …": a base named first, then its place. */
  private static final Pattern PART_IN_PLACE = Pattern.compile("^\\s*(?:[^\\p{L}\\p{N}\\s]{1,3}\\s*)?(?<part>(?i:base"
      + "(?:\\s+salary|\\s+pay)?|salary))\\s+(?:in|for|at)\\s+(?<place>\\p{Lu}[\\p{L}.'’ ()-]{1,40}?)\\s+"
      + "(?:is|runs|sits)\\s+(?<rest>(?:\\p{Sc}|\\p{Lu}{1,3}\\p{Sc}|\\d).*)$", Pattern.DOTALL);
  /** A whole line of a place and its pay in brackets after it, the pay with a figure: "Denver (base 132–155k; …)". */
  private static final Pattern PARTS_IN_BRACKETS = Pattern.compile(
      "^\\s*([^:\\d$€£¥₹|()]{2,60}?)\\s*\\(([^()]*\\d[^()]*)\\)\\s*[.;,]?\\s*$", Pattern.DOTALL);
  /** Figures in a legend's order are set apart by a slash with spaces: "145-175k / 20-35k / 10%". */
  private static final Pattern LEGEND_SEPARATOR = Pattern.compile("\\s+[/·]\\s+");
  /** What stands before a legend's first component: "Each line below is city — ". */
  private static final Pattern LEGEND_LEAD = Pattern.compile("^.*\\s[—–-]\\s");
  /** A total's label that says it is on-target earnings. */
  private static final Pattern OTE = Pattern.compile("(?i)\\bote\\b|on[- ]target");
  /** The pieces of a component's line, one place each: split at "·", "•", "|" or ";". */
  private static final Pattern PIECES = Pattern.compile("\\s*[·•|;]\\s*");
  /** "$135K–$165K (Denver HQ)": a figure, then its place in parentheses. */
  private static final Pattern PLACED = Pattern.compile("(.*\\d.*?)\\s*\\(([^()\\d]{2,40})\\)");
  /** "Austin (HQ) $150K–$180K", "Remote (US) 130–155k": a place, then its figure. */
  private static final Pattern PLACE_THEN_FIGURE = Pattern.compile(
      "(\\p{Lu}[\\p{L}.'’ ()-]{1,40}?)\\s*[:—–-]?\\s+((?:\\p{Lu}{1,3})?\\p{Sc}?\\d.*)");
  /**
   * "Berlin (HQ) 62.000 – 74.000 €", "Remote Germany 58.000 – 70.000 €": a place whose every word is capitalised (and
   * an aside in brackets), then its figure with no colon or dash between.
   */
  private static final Pattern PLACE_BEFORE_FIGURE = Pattern.compile(
      "^\\s*(?<place>\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|\\([^()\\d]{1,30}\\)))*?)\\s+"
          // A code before the figure is a currency's ("USD 98,000", "R$ 9.500"), never a level's: "An L4 in Austin
          // makes …" names no place "An".
          + "(?<rest>(?:(?:\\p{Lu}{3}|\\p{Lu}{1,3}(?=\\s|\\p{Sc}))\\s?)?\\p{Sc}?\\s?\\d.*)$", Pattern.DOTALL);
  /** "10% of base in Austin and Denver", "none for Remote (US)": a figure or "none", then the places it is for. */
  private static final Pattern FIGURE_IN_PLACES = Pattern.compile(
      "(.*\\d.*?|none|nil|n/a|no\\s+\\p{L}+)\\s+(?:in|for|at)\\s+((?:\\p{Lu}[\\p{L}.'’ ()-]{1,40}?)(?:(?:,\\s*|,?\\s+and\\s+|\\s*&\\s*)"
          + "\\p{Lu}[\\p{L}.'’ ()-]{1,40}?)*)");
  private static final Pattern PLACE_AND = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
  private static final Pattern TRAILING_POINT = Pattern.compile("[.;]$");
  private static final Pattern EMPHASIS_ENDS = Pattern.compile("^[*_]+|[*_]+$");
  /**
   * "p.a." and "p.m." end in a point that ends no clause ("£85k–£95k p.a. + 10% bonus") unless a sentence starts
   * after it ("£68k–£82k p.a. Bonus 10% of salary.").
   */
  private static final Pattern CLAUSE_END = Pattern.compile(
      "[;,:](?=\\s)|(?<!\\b[pP]\\.[aAmM])\\.(?=\\s|$)|(?<=\\b[pP]\\.[aAmM])\\.(?=\\s+\\p{Lu})|\\s+and\\s+(?=[a-z])|[·•|]|\\s+(?:plus|\\+)\\s+"
          // "base €62,000 to €74,000 with a 10% bonus": the percent is the bonus's, named after it, not the base's.
          + "|\\s+with\\s+an?\\s+(?=\\d{1,2}(?:\\.\\d{1,2})?\\s?%)");
  /** "… in stock and 6 to 12 thousand in bonus": "and" before a figure, a clause end only if a label follows it. */
  private static final Pattern AND_FIGURE = Pattern.compile("\\s+and\\s+(?=[\\d\\p{Sc}])");

  /**
   * "10 to 20 thousand in stock", "$6K of bonus", "$30K/yr in stock": the small word before a component named after
   * its figure.
   */
  /** "210-245 b," in a recruiter's note: the base, abbreviated after its figure, its clause ending there. */
  private static final Pattern BASE_ABBREVIATED = Pattern.compile("(?<=\\d)\\s?b(?=\\s*(?:[,;|]|$))");
  /** A relative clause's opening: "which targets 8% of base", "that pays out 10%". */
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\s*(?:which|that)\\b");
  private static final Pattern TARGET_AFTER = Pattern.compile("(?i)\\s*(?:tgt|target)\\b");
  private static final Pattern PART_OF = Pattern.compile(
      "(?i)^(?:(?:/\\s?y(?:ea)?r|a\\s+year|per\\s+year|yearly|annually|p\\.\\s?a\\.?|per\\s+annum)\\s+)?(?:in|of|as)\\s+|^(?:p\\.a\\.|per\\s+annum|/\\s?y(?:ea)?r)\\s+");
  /** A playbook's step opening a paragraph in bold: "**Step 1 — Know the band.**", "**Phase 2:**". */
  static final Pattern STEP_LEAD = Pattern.compile(
      "(?i)^\\*\\*(?:step|phase|stage|part)\\s+(?:\\d{1,2}|one|two|three|four|five|six)\\b[^*]{0,60}\\*\\*\\s*");
  /**
   * "In Columbus it's $70,000 to $83,000.", "In Perth the range is …": the words between a place and its first figure
   * that name no part.
   */
  private static final Pattern IT_IS = Pattern.compile("(?i)\\s*(?:it'?s|it’s|it\\s+is|that'?s|it\\s+runs|runs"
      // "Indianapolis pays $60K to $68K.": the place's verb, no part named.
      + "|pays(?:\\s+between)?"
      // "educators are paid between …": the role's people and the verb, no part named.
      + "|(?-i:\\p{Ll}+)\\s+(?:are|is|get|gets)\\s+paid(?:\\s+between)?"
      + "|the\\s+(?:range|band)\\s+(?:is|runs)(?:\\s+from)?)\\s*");
  /**
   * A bare "Range" label, with a gloss in brackets: the base's in a place's lines ({@code base_in_prose}); the one
   * pattern for the label, at a figure's label ({@link #rangeLabelled}) and over a place's lines ({@link #rangeLine}).
   */
  private static final Pattern RANGE_LABEL = Pattern.compile("(?i)\\brange\\b(?:\\s*\\([^)]{0,40}\\))?\\s*[:—–-]?");
  /** How much of a "Range" label's line a warning quotes after the word. */
  private static final int RANGE_LINE_QUOTED = 80;
  /** Words beside a "Range" that make it another part's, or a level's: never then the base. */
  private static final Pattern RANGE_QUALIFIED = Pattern.compile("(?i)\\b(?:(total|tc|ttc|all[- ]in|ote|package|cash"
      + "|comp|compensation)|level|grade|band|step|tier|l\\d|ic\\d)\\b");

  /** The end of the line or clause a position is in (a place's lines are joined by "; "). */
  private static int lineEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == ';') {
        return i;
      }
    }
    return text.length();
  }

  /**
   * "Bonus: none;", "Equity — n/a (", "Bonus: nil.", "LTI: not eligible at this level": a part's label saying it is
   * none before the line goes on.
   */
  private static final String NONE_SAID = "(?:none|n/?a|nil|not offered|not eligible|ineligible|not applicable|no)\\b"
      + "(?:\\s+(?:at|for|in)\\s+(?:this|the)\\s+(?:level|role|band|grade|job|position))?\\s*(?:[;,(—–.]|$)";
  private static final Pattern NONE_AFTER_LABEL = Pattern.compile("(?i)\\s*[:—–-]?\\s*" + NONE_SAID);
  /** "no bonus", "without equity", "and no share scheme": a part said to be nothing, read as 0. */
  private static final Pattern SAID_NONE = Pattern.compile("(?i)\\b(?:no|without(?:\\s+an?)?)\\s+(?=\\p{L})");
  /**
   * "same bonus", "the same equity as London", "bonus the same": a part that is the one the region before (or the one
   * named) gives; read where the region is added ({@link GuideDraft#region}).
   */
  private static final String PART_WORDS = "\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?";
  private static final Pattern SAME_PART = Pattern.compile(
      "(?i)\\b(?:the\\s+)?same\\s+(?<part>" + PART_WORDS + "(?:\\s*(?:,|\\band\\b|&|\\+)\\s*(?:the\\s+)?(?:same\\s+)?" + PART_WORDS
          // "the same RSU grant range as Nashville": a word for the figures themselves after the part.
          + ")*?)(?:\\s+(?:range|band|bands|figures?|amounts?|numbers|levels?))?(?:\\s+as\\s+(?:in\\s+)?(?<place>(?-i:\\p{Lu})[\\p{L}.'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*){0,3}))?"
          // "the same RSUs and the same 12% bonus target": the next part, in a clause of its own.
          + "(?=\\s*(?:[,.;)]|$|\\b(?:but|plus|with|and\\s+(?:no|a|an|the)\\b)))");
  /** "bonus and RSUs as in Charlotte", "equity as for Austin": parts that are the named place's, no "same". */
  private static final Pattern AS_IN_PLACE = Pattern.compile(
      "(?i)(?:^|[;,]\\s*|\\b(?:and|with|plus)\\s+)(?:the\\s+)?(?<part>" + PART_WORDS + "(?:\\s*(?:,|\\band\\b|&|\\+)\\s*(?:the\\s+)?"
          + PART_WORDS + ")*?)(?:\\s*:)?\\s+(?:are\\s+|is\\s+)?(?:the\\s+)?(?:same\\s+)?as\\s+(?:(?:in|for|at)\\s+)?(?<place>(?-i:\\p{Lu})[\\p{L}.'’-]*"
          + "(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*){0,3})(?=\\s*(?:[,.;)]|$))");
  /** "3 years", "4-yr": a count of years right after a bare number. */
  private static final Pattern YEARS_AFTER = Pattern.compile("(?i)\\s*-?\\s*(?:yrs?|years?)\\b");
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
  /** What parts a list of parts: "equity grant and same bonus target" is two. */
  private static final Pattern PART_LIST = Pattern.compile("\\s*(?:,|\\band\\b|&|\\+)\\s*(?:the\\s+)?(?:same\\s+)?");
  /** The text of a part's cell that says it is the region before's, or the place's after it. */
  static final String SAME_AS = "same as ";

  /** A figure opening on its currency's mark ("$", "A$", "£", "CHF 9"), never a bare number ("Q3 2026"). */
  private static final String MARKED_FIGURE = "(?:[$€£¥₹\\p{Sc}]|\\p{Lu}{1,3}\\$|\\p{Lu}{3}\\s?\\d)";
  /** "In San Diego, our HQ, base pay is…": a sentence that opens on its place, an aside marking headquarters. */
  private static final Pattern IN_PLACE = Pattern.compile(
      // "In the United Kingdom we pay …": a country named with its article; the place is the words after it.
      // "A Milano, sede centrale, la RAL va da …": Italian's "A" before a city, only before an Italian sentence's pay.
      // "Nella sede di Torino la RAL va da …": "in the office of", an office and no headquarters.
      "^\\s*(?:In|At|For|En|Nella\\s+sede\\s+di|A(?=\\s[^,:;.]{1,50}?(?:,\\s+(?:la\\s+)?(?:nostra\\s+)?sede\\b|\\s+(?:la|il|lo)\\s+(?:RAL|retribuzione"
          + "|stipendio)\\s)))\\s+(?:(?:the|la|el)\\s+(?=\\p{Lu}))?(?<place>\\p{Lu}[^,:;.]{1,50}?)(?:,\\s+(?<aside>(?:our|the|its)\\s+"
          // "En Madrid, nuestra sede central, el salario base va de …": the same in Spanish.
          + HQ + "|nuestra\\s+sede(?:\\s+central)?|nuestras\\s+oficinas\\s+centrales"
          // "In Hamburg, unserem Hauptsitz, liegt …", "A Milano, sede centrale, la RAL …": German and Italian.
          + "|unserem\\s+(?:Hauptsitz|Firmensitz)|unserer\\s+Zentrale|(?:la\\s+)?(?:nostra\\s+)?sede(?:\\s+centrale)?|where\\s+(?:we(?:'re|’re|\\s+are)|the\\s+company\\s+is)\\s+headquartered"
          // "In Toronto, where our head office is, educators are paid …"
          + "|where\\s+(?:our|the)\\s+" + HQ + "\\s+is"
          // "In Atlanta, which is our headquarters, base salary sits …"
          + "|which\\s+is\\s+(?:our|the\\s+company['’]s)\\s+" + HQ + "))?(?:,\\s+|\\s+(?=(?:we|our|you|they)\\s+(?:pay|offer|hire)|it'?s\\s|it’s\\s|it\\s+is\\s|it\\s+runs\\s"
          // "In Columbus the base is $92k to $108k": the part named before its figure.
          + "|(?:the\\s+)?(?:base(?:\\s+salary|\\s+pay)?|salary|pay)\\s+(?:is|runs|ranges|falls|sits)\\s"
          + "|(?:el|la)\\s+(?:salario|sueldo|banda)\\s"
          // "In Kiel liegt das Grundgehalt zwischen …", "In Bremen zahlen wir …", "A Torino la RAL va da …".
          + "|(?:liegt|beträgt)\\s|zahlen\\s+wir\\s|(?:la|il|lo)\\s+(?:RAL|retribuzione|stipendio)\\s"
          // "In Perth the range is …", after a sentence that named the part: the same part.
          + "|the\\s+(?:range|band)\\s+(?:is|runs)\\s"
          // "…, and in Hamilton between $90,000 and $103,000": the part of the clause before, its verb left out.
          + "|between\\s"
          // "In Toronto, where our head office is, educators are paid between …": the role's people, then the verb.
          + "|(?-i:\\p{Ll}+)\\s+(?:are|is|get|gets)\\s+paid\\s)"
          // "At Ballarat A$88,000–A$100,000", split from "…, and at Ballarat …": the place, then its marked figure.
          + "|(?<=\\p{L})\\s+(?=" + MARKED_FIGURE + "))");
  /**
   * "Anywhere else in the US (remote), it runs between …", "Elsewhere in Canada, the base is …": a sentence opening on
   * every place the guide names no other way; a bracket saying remote names it Remote.
   */
  private static final Pattern ELSEWHERE = Pattern.compile("^\\s*(?<place>(?:(?:Anywhere|Everywhere)\\s+else|Elsewhere)"
      + "(?:\\s+in\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?)(?:\\s*\\((?<aside>[^()]{1,30})\\))?,\\s+");
  /**
   * The role's people in a place, then what they are paid: "Our Staff Data Engineers in Minneapolis are paid a base
   * salary from $172,000 to $205,000", "Remote employees anywhere in the US are paid between …", "Engineers based in
   * Leeds earn £58,000–£70,000".
   */
  private static final Pattern PEOPLE_IN_PLACE = Pattern.compile("^\\s*"
      // "3.2 Employees based in the Leeds office are paid within the range …": a policy's clause number opens it.
      + "(?:\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+)?(?:(?:Our|All|New|The)\\s+)?(?:"
      // Remote first: "Remote employees anywhere in the US are paid …" is Remote's, never the US's.
      + "(?<remote>Remote)\\s+(?:employees|hires|staff|workers|people|roles?|engineers|team\\s+members)\\b[^,:;.\\d]{0,40}?"
      // Not "at": "Engineers at Stripe are paid …" names another company, never a place.
      + "|(?:[\\p{L}/&'’-]+\\s+){1,6}?(?:in|based\\s+in|located\\s+in)\\s+(?:the\\s+)?(?<place>\\p{Lu}[^,:;.\\d]{1,40}?"
      // "Staff based in the Birmingham, AL site (headquarters) are paid …": a state's code after the city.
      + "(?:,\\s\\p{Lu}{2}\\b[^,:;.\\d]{0,40}?)?)"
      // "Engineers in the Payments team are paid …": a part of the company, never a place; read as none.
      + "(?<!(?i:\\steam|\\sgroup|\\ssquad|\\sorg|\\sorgani[sz]ation|\\sdepartment|\\sdept|\\sdivision|\\sunit"
      + "|\\sfunction|\\spractice|\\spod|\\stribe|\\sguild|\\schapter|\\sline|\\sdesk|\\sbusiness)))"
      + "\\s+(?:are|is|get|gets|earn|earns|make|makes)\\s+(?:paid\\s+)?(?:within\\s+the\\s+range(?:\\s+of)?\\s+)?");
  /** "the London office (head office)": the word for an office after its place's name is no part of the name. */
  private static final Pattern OFFICE_AFTER_PLACE = Pattern.compile("\\s+(?:office|site|branch)(?=\\s*\\(|$)");

  /** ", and in Reno it's …": a second place's clause inside a sentence, read as a sentence of its own. */
  private static final Pattern AND_IN_PLACE = Pattern.compile(
      // "…; in Charleston it runs …": a semicolon parts the clauses as ", and" does.
      "(?:,?\\s+(?:and|while|whereas|but)\\s+|;\\s+)(?:in|at)\\s+(?=\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}"
          // "…, and in Raleigh, our second office, pay is …": an aside about the place between it and its pay.
          + "(?:,\\s+(?:our|the|its)\\s+[^,;]{1,30},)?\\s+"
          + "(?:(?:it'?s|it’s|it\\s+is|it\\s+runs|the\\s+base|base|salary|pay|we\\s+pay|between)\\b"
          // "…, and at Ballarat A$88,000–A$100,000": the place, then its figure with its mark, the verb left out.
          + "|" + MARKED_FIGURE + "))");
  /** "Both sites add a 12% annual bonus.": a sentence said of every place the paragraph names. */
  private static final Pattern BOTH = Pattern.compile(
      "(?i)^\\s*(?:both|each\\s+of\\s+them|all\\s+(?:three|four|of\\s+them)|they\\s+both|either)\\b"
          // "There is no equity for this role.": said of the role, so of every place.
          + "|\\bfor\\s+(?:this|the)\\s+(?:role|position|job)\\b|\\bat\\s+this\\s+level\\b");
  /**
   * "In **London** a Product Designer earns £62k–£78k p.a. base, …": a sentence whose place is the bold words after its
   * first word ("In", "At", "For", "Our"), whatever words follow; its pay is the rest of the sentence. A sentence
   * opening on its bold place ("**Remote (UK)**: …") is a labelled line, read as such.
   */
  private static final Pattern BOLD_PLACE = Pattern.compile(
      "^\\s*(?:In|At|For|Our|Across|Within)\\s+(?:the\\s+|our\\s+)?(?:\\*\\*|__)(?<place>[^*_:\\d]{2,50}?)"
          + "(?:\\*\\*|__)(?:\\s*[,:—–]|\\s+-)?\\s+(?<rest>\\S.*)$", Pattern.DOTALL);
  private static final Pattern ANOTHER_BOLD_PLACE = Pattern.compile(
      "(?:^|[.;]\\s+|\\b(?:In|At|For)\\s+)(?:\\*\\*|__)[^*_\\d]{2,50}(?:\\*\\*|__)");
  /**
   * "Austin is our headquarters. Base there runs from …": a place said to be headquarters in a sentence of its own,
   * its pay in the sentences after it.
   */
  private static final Pattern PLACE_IS_HQ = Pattern.compile(
      // Never "All figures in CAD. Halifax": a point ends the sentence before, save in "St. Louis" or "D.C.".
      "^\\s*(?<place>\\p{Lu}(?:[\\p{L}' -]|\\.(?=\\S)|(?<=\\b(?:St|Ft|Mt))\\.){1,40}?)\\s+is\\s+(?:our|the(?:\\s+company's)?)\\s+"
          + HQ + "\\b[^.:]{0,60}(?:\\.|:)\\s+(?=\\S)");
  /** "Pay there runs …" after the sentence naming the place: its pay, no part named. */
  private static final Pattern PAY_THERE = Pattern.compile("^(?i:(?:the\\s+)?pay\\s+there\\s+)");
  /** "pay is …", "we pay …" opening what a sentence says of its place: its pay with no part named, then the verb. */
  private static final Pattern PAY_IS = Pattern.compile("^(?:(?:our\\s+)?[\\p{Ll} ]{0,30},\\s+)?(?i:(?:the\\s+)?pay\\s+"
      + "(?:is|runs)\\s+|we\\s+pay\\s+(?=\\d|[$€£]))");
  /**
   * "Jacksonville runs 90-108k, same bonus.", "Remote within Florida is 85-100k.": a sentence whose subject is its
   * place and whose verb's object is the place's pay, in a paragraph of a sentence per place.
   */
  private static final Pattern PLACE_RUNS = Pattern.compile("^\\s*(?!(?:The|Our|This|That|It|Its|Each|Every|All|Both|"
      + "Everyone|We|They|Pay|Base|Bonus|Equity|Stock|Total|Salary|Salaries|Comp|Range|Band)\\b)"
      + "(?<place>\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|within|in|of)){0,4}?)\\s+(?:runs|is|pays)\\s+"
      // "Louisville is a bit lower at $98,000–$116,000": words comparing it with the place before, then its range.
      + "(?:(?:(?:a\\s+(?:bit|little|touch)|slightly|somewhat|lower|higher|less|more),?\\s+){1,3}"
      + "(?:at|around|about|from)?\\s*)?"
      // The object a range of money, never a count ("Atlas runs 1,100 department stores").
      + "(?=[$€£]?\\d[\\d.,]*\\s*[kK]?\\s*(?:[-–]|to\\s)\\s*[$€£]?\\d)");
  /**
   * A subject of {@link #PLACE_RUNS} that is no place: a level ("Adjuster II", "Engineer 3", "Senior Adjuster", "Staff
   * Engineer") or a source of market data ("Glassdoor is 80-95k for this role", "Levels.fyi is …", "Market is …").
   * Served as a region, its band would be a place's pay said by no one.
   */
  private static final Pattern LEVEL_OR_SOURCE = Pattern.compile("(?i)^(?:(?:Senior|Sr|Junior|Jr|Staff|Lead|Principal|"
      + "Associate|Entry|Mid|Chief|Distinguished|Intern)\\b.*|(?!(?:Zone|Tier|Region|Area|Geo|Metro|District|"
      + "Territory|Division)\\b).*\\s(?:[IVX]{1,4}|\\d{1,2})|(?:Glassdoor|Levels(?:\\.fyi)?|Payscale|PayScale|Indeed|Blind|"
      + "LinkedIn|Salary\\.com|Radford|Mercer|Carta|Pave|Comprehensive|Market|Median|Industry|Survey|Surveys)\\b.*)$");

  /** What a figure opens on: a digit, a currency sign, or a mark of letters before one ("CA$195K", "CHF 140K"). */
  private static final String FIGURE_AHEAD = "(?=[$€£¥₹\\p{Sc}\\d]|(?-i:\\p{Lu}{1,3}\\$|\\p{Lu}{3}\\s?\\d)";
  /** "between $130,000 and $160,000": a range in words, read as "$130,000 to $160,000". */
  private static final Pattern BETWEEN = Pattern.compile(
      // "between SEK 52,000 and SEK 61,000": a currency's code before the figure, a space between.
      // "tra 48.000 € e 58.000 €", "entre 40.000 y 52.000 €", "zwischen … und …": the same words in other languages.
      "(?i)\\b(?:between|tra|fra|entre|zwischen)\\s+((?-i:\\p{Lu}{3}\\s)?\\S+(?:\\s+(?:thousand|million|k|lakh))?(?:\\s\\p{Sc})?)"
          + "\\s+(?:and|e|y|et|und)\\s+" + FIGURE_AHEAD + ")");
  /** "median $150K (P25 $135K, P75 $165K)", "P25: £60,000 / P75: £72,000": the interquartile band, median dropped. */
  private static final Pattern PERCENTILES = Pattern.compile(
      "(?i)(?:(?:median|p50|50th(?:\\s+percentile)?)\\s*[:=]?\\s*[^\\s()]+\\s*)?\\(?\\s*(?:p25|25th(?:\\s+percentile)?)"
          + "\\s*[:=]?\\s*([^\\s,;()]+)\\s*[,;/]?\\s*(?:and\\s+|to\\s+)?(?:p75|75th(?:\\s+percentile)?)\\s*[:=]?\\s*"
          + "([^\\s,;()]+)\\s*\\)?");
  /** "$145K up to $175K": a range whose high end follows "up to", read as "$145K to $175K". */
  private static final Pattern UP_TO = Pattern.compile(
      "(?i)(?<=\\d[kmKM]?|\\d[kmKM]?\\s?\\p{Sc})\\s+up\\s+to\\s+" + FIGURE_AHEAD + ")");

  /**
   * "bonus up to 15%", "Bonus bis zu 10 %", "fino al 10%", "jusqu'à 10 %": a ceiling with nothing under it, a range
   * from none ("0% to 15%"), as a guide's total sums it.
   */
  private static final Pattern PERCENT_UP_TO = Pattern.compile(
      "(?i)(?<![\\d\\p{Sc}kKmM]\\s?)\\b(?:up\\s+to|bis\\s+zu|fino\\s+al?|jusqu['’]à)\\s+(\\d{1,2}(?:\\.\\d{1,2})?\\s*%)");

  /** A bullet typed as a glyph, which markdown leaves in the text: "• Portland", "◦ Boise", "▪ Remote". */
  private static final Pattern GLYPH_BULLET = Pattern.compile("^\\s*[•◦▪‣∙]\\s+");
  /** Dot leaders between a place and its figures, as a price list sets them: " ........ ", " …… ", " · · · ". */
  private static final Pattern DOT_LEADER = Pattern.compile("\\s*(?:\\.{3,}|…+\\.*|(?:\\s?·){3,})\\s*(?=\\S)");
  /**
   * "$120K–$140K · Atlanta (HQ)", "CA$92K–CA$108K — Montréal (HQ)": the figures (a mark of letters may open them),
   * then a place with no digit.
   */
  private static final Pattern PLACE_AFTER = Pattern.compile(
      "^(?<figures>(?:\\p{Lu}{1,3}\\$|\\p{Lu}{3}\\s?)?[^\\p{L}]*\\d[^·|]*?)\\s+(?:·|\\||[—–]|-)\\s+"
          + "(?<place>[^\\d·|:—–]{2,50}?)\\s*\\.?$");

  /**
   * An aside that says a figure again another way, "£48,000 over four years (so £12,000 a year)": the figure before
   * it is the one written, and the aside's "a year" is not its period.
   */
  private static final Pattern RESTATED = Pattern.compile("(?i)\\s*\\((?:so|i\\.?e\\.?|that\\s+is|that['’]s|which\\s+is)[\\s,][^()]*\\)");

  /**
   * A typical figure written after a band, "$185K – $215K · median $199K", "(median $199K)", ", avg $201K": what people
   * got, never an end of the band.
   */
  private static final Pattern TYPICAL_AFTER = Pattern.compile("(?i)(?<=[\\dkm])\\s*(?:[·•|,;(]\\s*)?(?:median|mean|average|avg"
      + "|typical(?:ly)?)\\.?\\s*(?:is\\s+|of\\s+|at\\s+|[:=]\\s*)?\\p{Sc}?\\s?\\d[\\d,.]*\\s?[kKmM]?\\b\\)?");

  /** "96,000 (min) / 118,000 (max)": a low end and a high end, labelled, set apart by a slash; a range. */
  private static final Pattern LOW_SLASH_HIGH = Pattern.compile("(?i)(?<=[\\dkm])\\s*\\((?:min(?:imum)?|low|floor|bottom)\\)"
      + "\\s*/\\s*(?=[^\\s/()]{1,20}\\s*\\((?:max(?:imum)?|high|ceiling|top)\\))");
  /**
   * "$168K base floor, $204K ceiling", "£40,000 minimum and £52,000 maximum": a low end and a high end each named by
   * its word; a range, its part word kept after it.
   */
  private static final Pattern LOW_AND_HIGH_WORDS = Pattern.compile("(?i)(?<low>\\p{Sc}?\\s?\\d[\\d,.]*\\s?[km]?)"
      + "(?<part>\\s+(?:base(?:\\s+salary)?|salary|base\\s+pay))?\\s+(?:floor|minimum|min|low(?:\\s+end)?|bottom)\\b"
      + "\\s*(?:,\\s*(?:and\\s+)?(?:a\\s+)?|and\\s+(?:a\\s+)?|to\\s+|/\\s*|[–-]\\s*)"
      + "(?<high>\\p{Sc}?\\s?\\d[\\d,.]*\\s?[km]?)\\s+(?:ceiling|maximum|max|high(?:\\s+end)?|top)\\b");
  /**
   * "min $64,000, max $78,000", "minimum: $64K; maximum: $78K", "floor $64K, ceiling $78K": each end's word before its
   * figure, read as "$64,000 to $78,000" as the words after the figures are.
   */
  private static final Pattern LOW_AND_HIGH_WORDS_BEFORE = Pattern.compile("(?i)\\b(?:floor|minimum|min|low(?:\\s+end)?"
      + "|bottom)\\s*(?:of\\s+)?[:=]?\\s*(?<low>\\p{Sc}?\\s?\\d[\\d,.]*\\s?[km]?)\\s*(?:[,;]\\s*(?:and\\s+)?(?:a\\s+)?"
      + "|and\\s+(?:a\\s+)?|/\\s*|[–-]\\s*)(?:ceiling|maximum|max|high(?:\\s+end)?|top)\\s*(?:of\\s+)?[:=]?\\s*"
      + "(?<high>\\p{Sc}?\\s?\\d[\\d,.]*\\s?[km]?)(?![\\d,.])");
  /**
   * "96 (p25) / 104 (p50) / 112 (p75)", "$90K (min) / $100K (mid) / $110K (max)": the low end, a middle figure and the
   * high end, labelled; the band runs from the low end to the high one, the middle figure is no end of it.
   */
  private static final Pattern LOW_MID_HIGH = Pattern.compile("(?i)(?<=[\\dkm])\\s*\\((?:p25|25th|min(?:imum)?|low)\\)"
      + "\\s*/\\s*[^\\s/()]{1,20}\\s*\\((?:p50|50th|median|mid(?:point)?|target)\\)\\s*/\\s*"
      + "(?=[^\\s/()]{1,20}\\s*\\((?:p75|75th|max(?:imum)?|high)\\))");
  /** A label in parentheses after a range's end: "$150K (P25) – $182K (P75)", "$95K (min) to $120K (max)". */
  private static final Pattern END_LABEL = Pattern.compile("(?i)(?<=[\\dkm])\\s*\\((?:p\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)"
      + "(?:\\s+(?:percentile|pct))?|percentile\\s+\\d{1,2}|min(?:imum)?|max(?:imum)?|low|high|mid(?:point)?|entry|"
      + "floor|ceiling|start|top|bottom)\\)");

  /** "New York pays …", "Leeds is paid …": a place of a few capitalised words, then the verb. */
  private static final Pattern PAYING_PLACE = Pattern.compile(
      "^\\s*(?<place>\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,3}(?:,\\s\\p{Lu}{2})?)"
          // "Louisville, our home base, pays …": an aside marking headquarters between the place and its verb.
          + "(?:,\\s+(?<hq>(?:our|the)\\s+" + HQ + "),)?"
          + "(?:\\s+(?:hires|employees|staff|engineers|people|folks|roles|candidates|offers))?\\s+"
          + "(?<rest>(?:pays|pay|is paid|are paid|earns?)\\s.*)$", Pattern.DOTALL);
  /** "National band (any US location)", "Metro range": a place's band named by the place. */
  private static final Pattern PLACE_BAND = Pattern.compile(
      "(?!(?i:pay|salary|base|comp|compensation|total|stock|equity|bonus|the|our|this|new|current|old|target|level|grade)\\b)"
          + "(\\p{Lu}[\\p{L}.'’]*(?:\\s\\p{Lu}[\\p{L}.'’]*){0,2})\\s+(?:band|range)(\\s*\\([^()]{2,40}\\))?");
  /** "Pittsburgh is lower", "Austin runs a little higher": a label that is a place and how its pay compares. */
  private static final Pattern PLACE_COMPARED = Pattern.compile(
      // "Our Atlanta office pays less": the place is the words between "our" and its office.
      "(?:(?:Our|The)\\s+)?(\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,3}(?:,\\s\\p{Lu}{2})?)"
          + "(?:\\s+(?:office|offices|hub|site|campus|team|location))?\\s+(?:is|are|runs?|pays?|sits?|comes?\\s+in)"
          + "\\s+(?:a\\s+(?:bit|little)\\s+|slightly\\s+|somewhat\\s+|much\\s+)?(?:lower|higher|less|more|cheaper)"
          + "(?:\\s+(?:on\\s+\\p{L}+|than\\s+\\p{Lu}[\\p{L}.'’ ]*))?");
  /** A sentence that goes on about the one before: "It is worth…", "That is…", "They vest…". */
  private static final Pattern GOES_ON = Pattern.compile("\\s*(?:It|That|This|They|These|Those|Its|Their|Each)\\b");
  /** The name of a band a guide gives for every place, where it names no place or country for it. */
  static final String ALL_LOCATIONS = "All locations";
  /** "Our national base range for Data Analysts is …", "The national salary band is …". */
  private static final Pattern NATIONAL_BAND = Pattern.compile("^\\s*(?:Our|The)\\s+national\\s+"
      + "(?<part>(?:base(?:\\s+salary|\\s+pay)?|salary|pay)\\s+)?(?:range|band)(?:\\s+for\\s+[^,:;.]{1,60}?)?\\s+"
      + "(?:is|runs|sits\\s+at)\\s+(?<rest>\\S.*?)(?:(?<=[.!])\\s+(?=\\p{Lu})|$)", Pattern.DOTALL);
  /**
   * "everywhere in the US", "across the country", "nationwide", "in every location": a band said of every place; the
   * country, where one is named, names the band.
   */
  private static final Pattern EVERYWHERE = Pattern.compile(
      "(?iu)\\s*\\b(?:(?:everywhere|anywhere|across|throughout)(?:\\s+in)?\\s+(?:the\\s+)?"
          + "(?:(?<country>U\\.?S\\.?A?\\.?|United\\s+States|UK|Canada|Germany|India|Australia)|country|nation)"
          + "|everywhere|nationwide|nationally|in\\s+(?:every|all|each|any)\\s+(?:US\\s+)?(?:locations?|offices?|cities|sites?|markets?)"
          + "|(?:at|for)\\s+(?:every|all|each|any)\\s+(?:US\\s+)?(?:locations?|offices?|sites?))\\b");
  /** Words that open a sentence but name no place: "The company pays", "We pay", "Everyone is paid". */
  private static final Pattern NOT_A_PLACE = Pattern.compile(
      "(?i)(?:the|we|our|everyone|everybody|it|they|this|that|each|every|all|most|no|some|you)\\b");
  /**
   * "…; equity and the bonus are the same as Austin's": a closing clause saying the parts not named stay as the other
   * place's, which a relative region means anyway.
   */
  private static final Pattern REST_THE_SAME = Pattern.compile(
      "(?i)\\s*[;,]\\s*(?:and\\s+|while\\s+)?(?:(?:the\\s+)?(?:equity|stock|rsus|bonus|everything\\s+else|the\\s+rest|other"
          + "\\s+parts?)(?:\\s+and\\s+(?:the\\s+)?(?:equity|stock|rsus|bonus))?)\\s+(?:are|is|stays?|remains?)\\s+(?:the\\s+)?"
          + "(?:same|unchanged)(?:\\s+as\\s+[^.;]*)?\\s*\\.?\\s*$");

  /** "Lisbon: 52.000 € – 64.000 € base · no bonus": a base alone is a place's pay where the line says the rest is none. */
  private static final Pattern NO_PART = Pattern.compile(
      "(?i)\\b(?:no|without)\\s+(?:bonus|stock|equity|rsus?|shares?|share\\s+scheme|lti|sti|variable)\\b");

  /** A label that sums the guide up rather than naming a place: "TL;DR", "Summary", "In short", "At a glance". */
  private static final Pattern SUMMARY = Pattern.compile("(?i)tl\\s?;?\\s?dr|summary|in\\s+(?:short|brief|a\\s+nutshell)"
      + "|(?:the\\s+)?short\\s+version|bottom\\s+line|at\\s+a\\s+glance|quick\\s+(?:version|take|summary)|key\\s+numbers");

  /** Whether a label sums the guide up ("TL;DR", "Summary") rather than naming a place. */
  static boolean sumsUp(String label) {
    return SUMMARY.matcher(label).matches();
  }

  /** A region's name and its cells, read from prose; {@code hq} where an aside says it is headquarters. */
  record Cells(String name, Map<Column, RegionBands.Cell> cells, boolean hq) {}

  private RegionProse() {}

  /**
   * A text with its ranges in words written with "to": "between $130K and $160K", "$145K up to $175K"; a band
   * given as percentiles, the 25th to the 75th: "median $150K (P25 $135K, P75 $165K)" reads "$135K to $165K"; and
   * its ends' labels dropped: "$150K (P25) – $182K (P75)" reads "$150K – $182K".
   */
  static String rangesInWords(String text) {
    if (text.indexOf('(') >= 0) {
      // The labelled ends set apart by slashes are looked for only where a bracket closes before a slash.
      if (text.contains(")/") || text.contains(") /")) {
        text = LOW_SLASH_HIGH.matcher(LOW_MID_HIGH.matcher(text).replaceAll(" – ")).replaceAll(" – ");
      }
      text = RESTATED.matcher(END_LABEL.matcher(text).replaceAll("")).replaceAll("");
    }
    // Every word below looked for in one pass (a text is read again only after it is rewritten): each was a scan.
    long said = RANGE_WORDS.in(text);
    if ((said & HIGH_END) != 0 && (said & LOW_END) != 0) {
      text = LOW_AND_HIGH_WORDS.matcher(text).replaceAll("${low} to ${high}${part}");
      text = LOW_AND_HIGH_WORDS_BEFORE.matcher(text).replaceAll("${low} to ${high}");
      said = RANGE_WORDS.in(text);
    }
    // Most cells hold none of these words: the patterns run only where one is written.
    if ((said & TYPICAL) != 0 && Figures.scan(text).stream().anyMatch(f -> f.low() < f.high())) {
      text = TYPICAL_AFTER.matcher(text).replaceAll("");
      said = RANGE_WORDS.in(text);
    }
    if (BandCells.mayGiveEitherSide(text)) {
      text = BandCells.eitherSide(text);
      said = RANGE_WORDS.in(text);
    }
    if (text.contains("25") && (said & PERCENTILE) != 0) {
      text = PERCENTILES.matcher(text).replaceAll("$1 to $2");
      said = RANGE_WORDS.in(text);
    }
    if ((said & TO_WORDS) == 0) {
      return text;
    }
    text = PERCENT_UP_TO.matcher(text).replaceAll("0% to $1");
    return UP_TO.matcher(BETWEEN.matcher(text).replaceAll("$1 to ")).replaceAll(" to ");
  }

  /** The text from its first sentence with a digit on, where sentences with none open it; null where none do. */
  static String fromFirstFigure(String text) {
    if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
      return null;
    }
    List<String> sentences = NegotiateUp.sentences(text);
    int first = 0;
    while (first < sentences.size() && sentences.get(first).chars().noneMatch(Character::isDigit)) {
      first++;
    }
    return first == 0 || first == sentences.size() ? null : String.join(" ", sentences.subList(first, sentences.size()));
  }

  /** The words {@link #rangesInWords} asks about, found in one pass; the masks below are their bits. */
  private static final WordsHeld RANGE_WORDS = new WordsHeld(List.of("ceiling", "max", "high", "top", "floor", "min",
      "low", "bottom", "median", "avg", "average", "mean", "typical", "p25", "25th", "between", "up to", "tra ", "fra ",
      "entre ", "zwischen ", "bis zu", "fino a", "jusqu"));
  private static final long HIGH_END = 0b1111L;
  private static final long LOW_END = 0b1111L << 4;
  private static final long TYPICAL = 0b11111L << 8;
  private static final long PERCENTILE = 0b11L << 13;
  private static final long TO_WORDS = 0b111111111L << 15;

  /**
   * Which of up to 64 words (each starting with an ASCII lower-case letter or digit) a text holds in any case, as
   * {@link #holds} finds each, in one pass: the bit of a word's place in the list.
   */
  private static final class WordsHeld {
    private final String[] words;
    /** The words' places by their first char. */
    private final int[][] byFirst = new int[128][];

    WordsHeld(List<String> words) {
      this.words = words.toArray(String[]::new);
      for (char c = 0; c < 128; c++) {
        final char first = c;
        byFirst[c] = java.util.stream.IntStream.range(0, this.words.length)
            .filter(k -> this.words[k].charAt(0) == first).toArray();
      }
    }

    long in(String text) {
      long held = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 128) {
          // An ASCII character other than a word's first's two cases starts no match of it.
          for (int k : byFirst[c | 0x20]) {
            held |= at(text, i, k);
          }
        } else {
          for (int k = 0; k < words.length; k++) {
            held |= at(text, i, k);
          }
        }
      }
      return held;
    }

    private long at(String text, int i, int k) {
      String w = words[k];
      return text.regionMatches(true, i, w, 0, w.length()) ? 1L << k : 0;
    }
  }

  /** Whether a text holds a word in any case; the word starts with an ASCII lower-case letter or a digit. */
  private static boolean holds(String text, String lowercase) {
    char first = lowercase.charAt(0);
    for (int i = 0, last = text.length() - lowercase.length(); i <= last; i++) {
      // An ASCII character other than the first's two cases starts no match: compared whole only where one could
      // start, since a cell with a dash or a currency sign is compared char by char through the case tables.
      char c = text.charAt(i);
      if ((c >= 128 || (c | 0x20) == first) && text.regionMatches(true, i, lowercase, 0, lowercase.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The regions a paragraph of several places writes, a sentence or more each ("In Seattle, base runs $172K–$205K …
   * Boston pays the same base but RSUs are $55K–$80K/yr. Pittsburgh is lower: $150K–$178K base …"): each place's
   * sentences up to the next place's; a sentence said to hold everywhere is left to {@link EverywhereParts}. Empty
   * unless two places or more read so, and every sentence that opens on a place reads as one.
   */
  /**
   * A sentence that speaks of the place just named ("Base there runs …", "Pay there is …", "It runs …"); never one that
   * names another place or group ("Remote supervisors are paid …", "Moncton pays …").
   */
  private static final Pattern REFERS_BACK = Pattern.compile("(?i)(?:the\\s+)?(?:(?:base(?:\\s+salary|\\s+pay)?|pay|salary"
      + "|salaries|comp(?:ensation)?|the\\s+range|range|the\\s+band|band)\\s+there\\b|there,?\\s|it\\s+(?:runs|is|pays|sits)\\b"
      + "|(?:base|pay|salary|salaries)\\s+(?:runs?|is|are|sits?)\\b)");

  /** ", and Tulsa is $52,000 …": a second place, capitalised, whose verb's object is its own marked figure. */
  private static final Pattern AND_PLACE_IS = Pattern.compile(",?\\s+and\\s+(?=\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}"
      + "\\s+(?:is|runs)\\s+" + MARKED_FIGURE + ")");

  static List<String> eachPlace(String text, ReadingRules rules, GuideFigures figures) {
    if (text.length() < 40) {
      return List.of();
    }
    List<String> sentences = new ArrayList<>();
    // "Baton Rouge is $55,000 to $64,000 base and Tulsa is $52,000 to $61,000 base.": two places' sentences.
    String parted = text.contains(" and ") ? AND_PLACE_IS.matcher(text).replaceAll(". ") : text;
    for (String sentence : NegotiateUp.sentences(parted)) {
      // "In Columbus the base is $92k to $108k, and in Reno it's $98k to $115k.": a sentence per place.
      List<String> pieces = sentence.contains(" in ") || sentence.contains(" at ")
          ? List.of(AND_IN_PLACE.matcher(sentence).replaceAll(". In ").split("(?<=\\.) (?=In )")) : List.of(sentence);
      // Which clauses opened with "at": only "at Stripe" can name an employer; "and in Raleigh … is standard" is a
      // place of the guide however its pay is worded.
      List<Boolean> atEmployer = new ArrayList<>();
      Matcher joins = AND_IN_PLACE.matcher(sentence);
      while (joins.find()) {
        String name = sentence.substring(joins.end()).split("[\\s,]", 2)[0];
        atEmployer.add(joins.group().strip().toLowerCase(Locale.ROOT).endsWith("at")
            && !Places.isPlaceWord(name.toLowerCase(Locale.ROOT), List.of()));
      }
      for (int p = 0; p < pieces.size(); p++) {
        // "…, and at Stripe $190,000 to $220,000 is typical": another employer's pay, context for the place before.
        boolean employer = p > 0 && p - 1 < atEmployer.size() && atEmployer.get(p - 1);
        if (p == 0 || !employer || !rules.saysOthersPay(pieces.get(p))) {
          sentences.addAll(peopleClauses(pieces.get(p)));
        }
      }
    }
    for (int i = sentences.size() - 2; i >= 0; i--) {
      // "Savannah is our HQ. Base there runs …": the place's sentence and the pay after it are one place's.
      String s = sentences.get(i);
      if (firstDigit(s) == s.length() && PLACE_IS_HQ.matcher(s + " x").lookingAt()
          && REFERS_BACK.matcher(sentences.get(i + 1)).lookingAt()) {
        sentences.set(i, s + " " + sentences.remove(i + 1));
      }
    }
    if (sentences.size() < 2) {
      return List.of();
    }
    List<List<String>> groups = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    // "Both get a 6% bonus and $9,000 a year in RSUs.": a place's sentence of base alone is its pay with these.
    String both = String.join(" ", sentences.stream().filter(x -> BOTH.matcher(x).find()).toList());
    for (String sentence : sentences) {
      // "Everywhere else (remote), …" names the places left, not every place.
      if (ConventionsReader.EVERYWHERE.matcher(sentence).find()
          && !(mayOpenElsewhere(sentence) && ELSEWHERE.matcher(sentence).find())) {
        continue;
      }
      boolean opens = opensOnPlace(sentence) && (read(sentence, rules, figures) != null
          || !both.isEmpty() && !BOTH.matcher(sentence).find() && read(sentence + " " + both, rules, figures) != null);
      if (!opens && !groups.isEmpty() && BOTH.matcher(sentence).find()) {
        // "Both sites add a 12% annual bonus.": said of each place, right after its own first sentence.
        shared.add(sentence);
      } else if (opens) {
        groups.add(new ArrayList<>(List.of(sentence)));
      } else if (!groups.isEmpty()) {
        groups.get(groups.size() - 1).add(sentence);
      }
    }
    List<String> out = new ArrayList<>(groups.size());
    for (List<String> g : groups) {
      g.addAll(1, shared);
      out.add(String.join(" ", g));
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** The word {@link #ELSEWHERE} opens on, looked for first. */
  private static boolean mayOpenElsewhere(String text) {
    String s = text.stripLeading();
    return s.startsWith("Anywhere") || s.startsWith("Everywhere") || s.startsWith("Elsewhere");
  }

  /** The words {@link #PEOPLE_IN_PLACE} needs, looked for first: most paragraphs hold a place's people nowhere. */
  private static boolean mayNamePeopleInPlace(String text) {
    return (text.contains(" in ") || text.startsWith("Remote")) && (text.contains(" are ") || text.contains(" earn")
        || text.contains(" is ") || text.contains(" make") || text.contains(" get"));
  }

  /**
   * A sentence cut where a clause names other people in another place with their pay: "… $172K to $205K, and remote
   * hires anywhere in the US are paid between $160K and $190K" is two places' sentences.
   */
  private static List<String> peopleClauses(String sentence) {
    int cut = Math.max(sentence.indexOf(", and "), sentence.indexOf("; "));
    if (cut < 0) {
      return List.of(sentence);
    }
    String rest = sentence.substring(cut + (sentence.startsWith(", and ", cut) ? 6 : 2)).strip();
    if (rest.isEmpty()) {
      return List.of(sentence);
    }
    String opened = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    return mayNamePeopleInPlace(opened) && PEOPLE_IN_PLACE.matcher(opened).find()
        ? List.of(sentence.substring(0, cut) + ".", opened) : List.of(sentence);
  }

  /** Whether a sentence opens on its place, as {@link #read} takes one, rather than naming a figure first. */
  private static boolean opensOnPlace(String sentence) {
    String s = ExportMarks.undecorated(sentence);
    return IN_PLACE.matcher(s).find() || mayOpenElsewhere(s) && ELSEWHERE.matcher(s).find()
        || PLACE_IS_HQ.matcher(s).find() || PAYING_PLACE.matcher(s).find()
        || mayNamePeopleInPlace(s) && PEOPLE_IN_PLACE.matcher(s).find()
        || s.indexOf('*') >= 0 && BOLD_PLACE.matcher(s).find() || LABEL.matcher(s).find()
        || (s.contains(" runs ") || s.contains(" is ") || s.contains(" pays ")) && runsInPlace(s);
  }

  /** Whether a sentence opens as {@link #PLACE_RUNS} reads one and its subject is a place, not a level or a source. */
  private static boolean runsInPlace(String sentence) {
    Matcher m = PLACE_RUNS.matcher(sentence);
    return m.find() && !LEVEL_OR_SOURCE.matcher(m.group("place").strip()).matches();
  }

  /** The region a text writes, or null when it is not one (no label, or no base figure and another component). */
  /** A label that names the pay itself: "Pay", "Compensation", "Salary range", "The package". */
  private static final Pattern PAY_LABEL = Pattern.compile("(?i)\\W*(?:the\\s+)?(?:pay|compensation|comp|salary|package"
      + "|remuneration|pay\\s+range|salary\\s+range|pay\\s+band|total\\s+comp(?:ensation)?|offer)\\W*");

  static Cells read(String text, ReadingRules rules, GuideFigures figures) {
    // An item is read as a place's line by the section's judge and again by the list or paragraph reader: the guide's
    // figures keep each text's reading, which depends on nothing but the text, the rules and the guide's figures.
    return figures.placeLine(text, rules, () -> readOnce(text, rules, figures));
  }

  private static Cells readOnce(String text, ReadingRules rules, GuideFigures figures) {
    // "**Step 1 — Know the band.** In Memphis, …": a playbook's step names no place; the sentences after it may.
    text = STEP_LEAD.matcher(ExportMarks.undecorated(text)).replaceFirst("");
    if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0) {
      Matcher bold = BOLD_PLACE.matcher(text);
      // Not a paragraph of several such sentences run together: each is read as its own line.
      if (bold.find() && !ANOTHER_BOLD_PLACE.matcher(bold.group("rest")).find()) {
        Cells cells = cells(bold.group("place").strip(), bold.group("rest"), rules, figures);
        if (cells != null) {
          return cells;
        }
      }
    }
    if (text.contains(" is ")) {
      Matcher hq = PLACE_IS_HQ.matcher(text);
      if (hq.find()) {
        // "Pay there runs …": the place's pay with no part named is its base, as "it runs" is.
        Cells cells = cells(hq.group("place").strip(), PAY_THERE.matcher(text.substring(hq.end())).replaceFirst("Base "),
            rules, figures);
        if (cells != null) {
          return new Cells(cells.name(), cells.cells(), true);
        }
      }
    }
    Matcher runs = text.contains(" runs ") || text.contains(" is ") || text.contains(" pays ")
        ? PLACE_RUNS.matcher(text) : null;
    if (runs != null && runs.find() && rules.componentAtStart(runs.group("place")) == null
        && !LEVEL_OR_SOURCE.matcher(runs.group("place").strip()).matches() && !rules.namesRole(runs.group("place"))) {
      Cells cells = cells(runs.group("place").strip(), "Base " + text.substring(runs.end()), rules, figures);
      if (cells != null) {
        return cells;
      }
    }
    Matcher in = IN_PLACE.matcher(text);
    if (in.find()) {
      // "In Raleigh, our second office, pay is $92,000–$108,000": the place's pay with no part named is its base.
      Cells cells = cells(in.group("place").strip(), PAY_IS.matcher(text.substring(in.end())).replaceFirst("Base "),
          rules, figures);
      if (cells != null) {
        return new Cells(cells.name(), cells.cells(), in.group("aside") != null);
      }
    }
    if (mayOpenElsewhere(text)) {
      Matcher elsewhere = ELSEWHERE.matcher(text);
      if (elsewhere.find()) {
        String aside = elsewhere.group("aside");
        String place = aside != null && holds(aside, "remote") ? "Remote" : elsewhere.group("place").strip();
        Cells cells = cells(place, text.substring(elsewhere.end()), rules, figures);
        if (cells != null) {
          return cells;
        }
      }
    }
    if (mayNamePeopleInPlace(text)) {
      Matcher people = PEOPLE_IN_PLACE.matcher(text);
      if (people.find()) {
        String place = people.group("remote") != null ? "Remote"
            : OFFICE_AFTER_PLACE.matcher(people.group("place").strip()).replaceFirst("");
        Cells cells = cells(place, text.substring(people.end()), rules, figures);
        if (cells != null) {
          return cells;
        }
      }
    }
    String[] labelled = labelled(text);
    if (labelled == null) {
      return null;
    }
    Matcher ourHq = ProseRegions.HQ_IN_BRACKETS.matcher(labelled[0]);
    if (ourHq.find()) {
      // "Base in NYC (our HQ) is …": the words mark the place, as "in Seattle (our HQ)" does, and name no part of it.
      Cells cells = cells(labelled[0].substring(0, ourHq.start()).strip(), labelled[1], rules, figures);
      return cells == null ? null : new Cells(cells.name(), cells.cells(), true);
    }
    if (IN_PLACE.matcher(labelled[1]).find()) {
      // "Two hubs: In Atlanta, base …": the place is the one the words after the label name, never the label.
      Cells inner = read(labelled[1], rules, figures);
      if (inner != null) {
        return inner;
      }
    }
    if (PAY_LABEL.matcher(labelled[0]).matches()) {
      // "**Pay:** base $68,000–$82,000, …", "Compensation: …": the label names the pay, never a place.
      return null;
    }
    return cells(labelled[0], labelled[1], rules, figures);
  }

  /**
   * The pay components a heading lists in the order its lines give figures, "Bands (USD; base / stock per yr /
   * bonus)" → base, stock, bonus; an empty list where it lists none.
   */
  static List<Column> legend(String heading, ReadingRules rules) {
    if (heading.indexOf('/') < 0 && heading.indexOf('·') < 0) {
      return List.of();
    }
    for (String part : heading.split("[();:]")) {
      List<Column> out = new ArrayList<>();
      String[] pieces = part.split("/|·");
      // "Each line below is city — base · equity · bonus": the legend starts after the dash.
      pieces[0] = LEGEND_LEAD.matcher(pieces[0]).replaceFirst("");
      for (String piece : pieces) {
        Column c = rules.column(piece.strip());
        if (c != Column.BASE && c != Column.STOCK && c != Column.BONUS && c != Column.TOTAL || out.contains(c)) {
          out = null;
          break;
        }
        out.add(c);
      }
      if (out != null && out.size() >= 2) {
        return List.copyOf(out);
      }
    }
    return List.of();
  }

  /**
   * A region's line whose figures stand in the legend's order, "Austin (HQ): 145-175k / 20-35k / 10%", with each
   * figure labelled ("Austin (HQ): base 145-175k; stock 20-35k; bonus 10%"); the text as it is otherwise.
   */
  static String inLegendOrder(String text, List<Column> legend) {
    text = placeFirst(text);
    String[] l = legend.isEmpty() ? null : labelled(text);
    if (l == null) {
      return text;
    }
    String[] parts = LEGEND_SEPARATOR.split(l[1].strip());
    if (parts.length != legend.size() || legend.size() == 1
        && (Figures.scan(parts[0]).size() != 1 || ReadingRules.standard().lastComponentBefore(parts[0], parts[0].length()) != null)) {
      // A lead-in naming one part gives it only to a line of one figure that names none: "California: $158K – $196K".
      return text;
    }
    StringBuilder out = new StringBuilder(l[0]).append(": ");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].chars().noneMatch(Character::isDigit)) {
        return text;
      }
      out.append(i > 0 ? "; " : "").append(legend.get(i).name().toLowerCase(java.util.Locale.ROOT)).append(' ')
          .append(parts[i].strip());
    }
    return out.toString();
  }

  /**
   * A place's line written as a price list is, as "Place: figures": "• Portland, OR (HQ) ........ 132,000 – 158,000"
   * (dot leaders between the place and its figures), "$120K–$140K · Atlanta (HQ)" (the figures first, the place after
   * a dot or dash); the text as it is otherwise.
   */
  static String placeFirst(String text) {
    String line = GLYPH_BULLET.matcher(text).replaceFirst("");
    Matcher dots = DOT_LEADER.matcher(line);
    if (dots.find() && dots.start() > 0 && line.substring(0, dots.start()).chars().noneMatch(Character::isDigit)) {
      return line.substring(0, dots.start()).strip() + ": " + line.substring(dots.end()).strip();
    }
    Matcher after = PLACE_AFTER.matcher(line);
    if (after.matches() && Character.isUpperCase(after.group("place").charAt(0))) {
      return after.group("place").strip() + ": " + after.group("figures").strip();
    }
    return line == text ? text : line;
  }

  /**
   * Each figure of a component's line and the place in parentheses after it, in order: "$135K–$165K (Denver HQ) ·
   * $145K–$178K (Seattle)" gives Denver HQ and Seattle; empty where any piece names no place.
   */
  static Map<String, String> placedFigures(String body) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (body.indexOf('(') < 0 && body.indexOf(';') < 0 && body.indexOf('·') < 0 && body.indexOf('|') < 0) {
      return out;
    }
    for (String piece : PIECES.split(body.strip())) {
      String p = TRAILING_POINT.matcher(piece.strip()).replaceFirst("");
      Matcher m = PLACED.matcher(p);
      Matcher first = PLACE_THEN_FIGURE.matcher(p);
      Matcher in = FIGURE_IN_PLACES.matcher(p);
      if (m.matches()) {
        out.put(m.group(2).strip(), m.group(1).strip());
      } else if (first.matches()) {
        // "Austin (HQ) $150K–$180K; Denver $140K–$165K": the place first, then its figure.
        out.put(first.group(1).strip(), first.group(2).strip());
      } else if (in.matches()) {
        // "10% of base in Austin and Denver; none for Remote (US)": a figure (or none) for each place named.
        for (String place : PLACE_AND.split(in.group(2).strip())) {
          out.put(place.strip(), in.group(1).strip());
        }
      } else {
        return Map.of();
      }
    }
    return out.size() >= 2 ? out : Map.of();
  }

  /** A text's leading label and what follows it ("**Denver**: base …" → "Denver", "base …"), or null. */
  static String[] labelled(String text) {
    Matcher m = LABEL.matcher(ExportMarks.undecorated(text));
    if (!m.find()) {
      Matcher bracketed = PARTS_IN_BRACKETS.matcher(ExportMarks.undecorated(text));
      if (bracketed.matches()) {
        // "Chicago (base 140–165k; 10% bonus; RSUs 30k/yr)": the place, its pay in the brackets after it.
        return new String[] {EMPHASIS_ENDS.matcher(bracketed.group(1).strip()).replaceAll("").strip(),
            bracketed.group(2)};
      }
      if (text.contains(" in ") || text.contains(" for ")) {
        Matcher partFirst = PART_IN_PLACE.matcher(ExportMarks.undecorated(text));
        if (partFirst.matches()) {
          // "Base in NYC (our HQ) is $152,000–$178,000, RSUs are …": the place, then its pay from the part on.
          return new String[] {partFirst.group("place").strip(), partFirst.group("part") + " " + partFirst.group("rest")};
        }
      }
      if (text.contains("ational ")) {
        Matcher national = NATIONAL_BAND.matcher(ExportMarks.undecorated(text));
        if (national.find()) {
          // "Our national base range for Data Analysts is $78,000–$96,000, with a 5% bonus": the band every other
          // place is said to move from.
          return new String[] {"National", (national.group("part") == null ? "" : "base ") + national.group("rest")};
        }
      }
      if (text.contains(" pay") || text.contains(" paid") || text.contains(" earn")) {
        return subject(text);
      }
      Matcher bare = PLACE_BEFORE_FIGURE.matcher(ExportMarks.undecorated(text));
      if (bare.matches() && !ReadingRules.standard().namesPart(bare.group("place"))) {
        // "Berlin (HQ) 62.000 – 74.000 €" under a salary heading: a place in capitals, then its figure, no colon.
        return new String[] {bare.group("place").strip(), bare.group("rest")};
      }
      return null;
    }
    // "*Austin (HQ)*": Slack's bold is one asterisk.
    // "**Houston, TX** (HQ): …": the aside after the bold place is part of its name, as in a table's cell.
    String name = EMPHASIS_ENDS.matcher((m.group("bold") != null ? m.group("bold")
        + (m.group("aside") != null ? " " + m.group("aside").strip() : "")
        + (m.group("lozenge") != null ? " (" + m.group("lozenge") + ")" : "") : m.group("plain")).strip())
        .replaceAll("").strip();
    while (name.endsWith(":") || name.endsWith(".")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    Matcher banded = PLACE_BAND.matcher(name);
    if (banded.matches()) {
      // "National band (any US location)": the band's place, named as the others write it.
      name = (banded.group(1) + (banded.group(2) == null ? "" : " " + banded.group(2).strip())).strip();
    }
    Matcher compared = PLACE_COMPARED.matcher(name);
    if (compared.matches()) {
      // "Pittsburgh is lower: $150K–$178K base": the place is the words before the comparison.
      name = compared.group(1);
    }
    return new String[] {name, ExportMarks.undecorated(text).substring(m.end())};
  }

  /**
   * A place that opens its sentence as the one who pays, "New York pays 8% more than Austin on base", "Denver pays
   * between $130K and $155K base": the place, and the sentence from the verb on; null where the sentence opens on
   * anything else ("The company pays …", "We pay …").
   */
  private static String[] subject(String text) {
    Matcher m = PAYING_PLACE.matcher(ExportMarks.undecorated(text));
    if (!m.find()) {
      return null;
    }
    String rest = m.group("rest");
    Matcher everywhere = EVERYWHERE.matcher(rest);
    if (everywhere.find() && everywhere.start() < firstDigit(rest)) {
      // "Cobalt pays the same base everywhere in the US: $118,000 to $136,000", "We pay $X–$Y nationwide": the
      // sentence's subject is the company, and its band is every place's, not a place called "Cobalt".
      String country = everywhere.group("country");
      return new String[] {country == null ? ALL_LOCATIONS : countryName(country) + " (all locations)",
          rest.substring(0, everywhere.start()) + rest.substring(everywhere.end())};
    }
    if (NOT_A_PLACE.matcher(m.group("place")).lookingAt()) {
      return null;
    }
    // The aside is read as "(our HQ)" after the place is: it marks the place and is no part of its name.
    return new String[] {m.group("place").strip() + (m.group("hq") != null ? " (our HQ)" : ""),
        REST_THE_SAME.matcher(rest).replaceFirst(".")};
  }

  /** Where the first digit of a text stands, or its length. */
  private static int firstDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }

  /** "US", "U.S.", "USA" and "United States" as one name; other countries as written. */
  private static String countryName(String written) {
    String bare = written.replace(".", "");
    return bare.equalsIgnoreCase("US") || bare.equalsIgnoreCase("USA") || bare.equalsIgnoreCase("United States")
        ? "US" : written.strip();
  }

  /** The cells a text under a known region name writes ("Base: $140K–$175K; Equity: …"), or null. */
  static Cells cells(String name, String body, ReadingRules rules, GuideFigures figures) {
    return cells(name, body, rules, figures, false);
  }

  /**
   * As {@link #cells(String, String, ReadingRules, GuideFigures)}, for a heading under a pay section over its place's
   * lines ("## Pittsburgh" over "Base: $98K–$114K"): a heading of its own names a place, so a base alone under it is
   * the place's pay, the parts it leaves out read 0 with a warning, as a bold label's line is only where the guide
   * says the rest.
   */
  static Cells underHeading(String name, String body, ReadingRules rules, GuideFigures figures) {
    return cells(name, body, rules, figures, true);
  }

  private static Cells cells(String name, String body, ReadingRules rules, GuideFigures figures, boolean heading) {
    // "L4: base …. L5: base …": a line per level gives the guide's level only; refused where none is named.
    body = LevelSegments.of(body, figures.role(), figures);
    if (body == null) {
      return null;
    }
    // "2026: base …. 2027: base …": the latest year's band is the one in force.
    body = YearSegments.of(body, figures);
    if (body == null) {
      return null;
    }
    if (body.indexOf('±') >= 0 && (body.contains("idpoint") || body.contains("id-point"))) {
      // "**Leeds**: midpoint £64,000 ± 10%": a midpoint with its spread is the base band, read as "base … ± 10%".
      body = MIDPOINT_SPREAD.matcher(body).replaceAll("base ");
    }
    if (ANSWER.matcher(name).matches()) {
      // "Yes — a discretionary bonus, typically 20–30% of base": an FAQ's answer, never a place.
      return null;
    }
    int colon = name.indexOf(':');
    if (colon > 0 && colon < 20 && colon + 2 < name.length()
        && rules.column(name.substring(0, colon)) == Column.REGION) {
      // "### Location: Austin, TX (HQ)", "Office: Denver": the label is a place column's name; the place follows it.
      name = name.substring(colon + 1).strip();
    }
    Column named = rules.column(name);
    // "Band: $128,000 – $156,000 base" under a place's heading: the label names the range, not a place.
    // "**TL;DR:** London £78–95K base, Dublin …": a summary of the guide names no place; its details below do.
    if (name.isEmpty() || SUMMARY.matcher(name).matches() || LowHighColumns.namesARange(name) || named == Column.BASE || named == Column.STOCK || named == Column.BONUS
        || named == Column.TOTAL) {
      return null;
    }
    List<String> unread = new ArrayList<>(1);
    Map<Column, RegionBands.Cell> cells = parts(body, rules, figures, unread);
    if (!cells.containsKey(Column.BASE) && cells.containsKey(Column.TOTAL)
        && OTE.matcher(cells.get(Column.TOTAL).header()).find()) {
      // "OTE $240K–$280K (50/50)": the mix after the OTE says its base, as a Pay mix column does.
      PayMix.Shares mix = PayMix.afterOte(cells.get(Column.TOTAL).text());
      // "OTE CA$150,000–CA$170,000 at 65:35 base/variable": the place's own line says its mix, which wins over one
      // another place's line or the guide says.
      String own = mix == null ? PayMix.stated(body) : null;
      if (mix != null) {
        cells.put(Column.PAY_MIX, new RegionBands.Cell(mix.toString(), "pay mix"));
      } else if (own != null) {
        cells.put(Column.PAY_MIX, new RegionBands.Cell(own, "pay mix"));
      } else if (figures.payMix() != null) {
        // "Pay is half base, half commission", said once for the guide: every OTE splits so.
        cells.put(Column.PAY_MIX, new RegionBands.Cell(figures.payMix(), "pay mix"));
      }
    }
    // A base alone is a place's pay where the line says the rest is none, or the guide says the rest once for all.
    boolean baseAlone = cells.size() == 1 && cells.containsKey(Column.BASE)
        && ((figures.partsSaidOnce() || heading) && placeLike(name)
            || NO_PART.matcher(body).find());
    // "Wichita — base $74,000 to $86,000, plus a 5% harvest dividend": a place's line with a figure no part word
    // names is still the place, its base read and that clause named in a warning (it vanished with no word).
    boolean partUnread = !unread.isEmpty() && cells.size() == 1 && cells.containsKey(Column.BASE) && placeLike(name)
        && body.indexOf('\n') < 0;
    if (!cells.containsKey(Column.BASE) && !cells.containsKey(Column.PAY_MIX) || cells.size() < 2 && !baseAlone
        && !partUnread) {
      return null;
    }
    // "…, up 5% from last year": a clause comparing the pay keeps the line a place's (as above) but names no part
    // left out, so nothing is warned of it.
    unread.removeIf(RegionProse::saysAChange);
    if (!unread.isEmpty()) {
      cells.put(Column.UNKNOWN, new RegionBands.Cell(unread.get(0), "not understood"));
    }
    Matcher ourHq = name.indexOf('(') > 0 ? ProseRegions.HQ_IN_BRACKETS.matcher(name) : null;
    if (ourHq != null && ourHq.find()) {
      // "**Seattle** (our HQ)" over its lines: the words mark the place and are no part of its name.
      return new Cells(name.substring(0, ourHq.start()).strip(), cells, true);
    }
    return new Cells(name, cells, false);
  }

  /**
   * Whether a label may be a place's name when its line gives a base alone: not a question ("Q: Does anything pay
   * extra?") or a section's name ("Negotiating tips").
   */
  private static boolean placeLike(String name) {
    // "**Relocation:** $5,000 flat", "**Learning budget:** …": a perk's line, never a place's base.
    return name.indexOf('?') < 0 && !ProseRegions.namesASection(name) && !ConventionsReader.ONE_OFF.matcher(name).find()
        && !PERK.matcher(name).find();
  }

  /** The word an FAQ's answer opens on. */
  private static final Pattern ANSWER = Pattern.compile("(?i)(?:yes|no|yep|nope|sure|absolutely|usually|typically"
      + "|generally|mostly|sometimes|not really|it depends)");

  /** Labels of perks and budgets a list of places may hold among them. */
  static final Pattern PERK = Pattern.compile("(?i)\\b(?:budget|stipend|allowance|relocation|relo|perks?|benefits?|"
      + "learning|training|equipment|wellness|pto|vacation|holiday|401k|pension)\\b");

  /**
   * An FAQ's answer about a place ("**Q: What is the base salary range in Toronto?**" over "A: CA$88,000 to
   * CA$104,000. Toronto is our head office.", "**Q: And in Montréal?**", "**Q: What about Calgary?**"): that place's
   * region, the part the question names given to the answer's first figure; null where the question asks of no
   * place or the answer writes no region.
   */
  static Cells answer(String question, String answer, ReadingRules rules, GuideFigures figures) {
    Matcher asked = asked(question);
    if (asked == null) {
      return null;
    }
    String place = asked.group("place").strip();
    String said = ANSWER_LABEL.matcher(answer.strip()).replaceFirst("");
    if (NOT_HIRED_HERE.matcher(said).find()) {
      // "We don't hire there yet; the closest plant is Moncton, with base …": another place's pay, never the one asked.
      return null;
    }
    Map.Entry<Column, Integer> part = rules.lastComponentBefore(question, question.length());
    String word = part != null && (part.getKey() == Column.BASE || part.getKey() == Column.TOTAL)
        ? part.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " : "";
    Cells cells = cells(place, word + said, rules, figures);
    if (cells == null) {
      return null;
    }
    boolean hq = Pattern.compile("(?i)\\b" + Pattern.quote(place) + "\\s+is\\s+(?:our|the)\\s+(?:HQ|headquarters|head"
        + "\\s+office|main\\s+office)\\b").matcher(said).find();
    return new Cells(place, cells.cells(), hq);
  }

  /** The place a question asks of ("And in Richmond?" → "Richmond"), or null where it asks of none. */
  static String placeAsked(String question) {
    Matcher asked = asked(question);
    return asked != null ? asked.group("place").strip() : null;
  }

  /** Whether a heading is a question asking of a place: "What about Calgary?", "And in Montréal?". */
  static boolean asksOfPlace(String heading) {
    return asked(heading) != null;
  }

  /** The question's place found, by "in"/"about" before it or the question being the place alone; null otherwise. */
  private static Matcher asked(String question) {
    String q = question.replace("**", "").strip();
    Matcher asked = PLACE_ASKED.matcher(q);
    if (asked.find()) {
      return asked;
    }
    Matcher alone = q.length() <= 60 ? PLACE_ALONE.matcher(q) : null;
    return alone != null && alone.matches() ? alone : null;
  }

  /** "…range in Toronto?", "And in Montréal?", "What about Calgary?": the place a question asks of, at its end. */
  private static final Pattern PLACE_ASKED = Pattern.compile(
      "^(?:Q(?:uestion)?\\s*[:.]\\s*)?.*?\\b(?:in|about|for|at)\\s+(?:the\\s+)?(?<place>\\p{Lu}[\\p{L}.'’() -]{1,40}?)\\s*\\?$");
  /**
   * "And Winnipeg?", "Halifax?": a question that is a place alone, after the questions before it asked what a place
   * pays; never one that opens on a question word or names a part ("Stock?", "Is there equity?").
   */
  private static final Pattern PLACE_ALONE = Pattern.compile("(?u)^(?:Q(?:uestion)?\\s*[:.]\\s*)?(?i:(?:and|also|"
      + "plus|now|then)\\s+)?(?!(?i:is|are|am|do|does|did|can|could|should|shall|will|would|may|might|must|has|have|"
      + "what|where|when|why|who|whom|how|which|any|anything|stock|equity|rsus?|bonus|base|salary|pay|total|tc|"
      + "options?|shares?|benefits?|relocation|remote\\s+work)\\b)(?<place>\\p{Lu}[\\p{L}.'’() -]{1,40}?)\\s*\\?$");
  /** "midpoint " or "mid-point of " before a figure and its "± 10%" spread, where no other part is named for it. */
  private static final Pattern MIDPOINT_SPREAD = Pattern.compile(
      "(?i)\\b(?:base\\s+)?mid-?point(?:\\s+of)?\\s*:?\\s+(?=[^;±]{1,25}±\\s*\\d{1,2}(?:\\.\\d)?\\s*%)");
  /** An answer saying the place asked of is not hired in, or giving a nearby place's pay instead. */
  private static final Pattern NOT_HIRED_HERE = Pattern.compile("(?i)\\b(?:don['’]?t|do\\s+not|doesn['’]?t|does\\s+not"
      + "|not\\s+yet|no\\s+longer|never|can['’]?t|cannot)\\s+(?:yet\\s+)?(?:hire|hiring|recruit|have\\s+(?:an?\\s+)?"
      + "(?:office|site|plant|team|presence))\\b|\\b(?:closest|nearest)\\b|\\binstead\\b");
  /** "A:", "Answer:", "A." before an FAQ's answer. */
  private static final Pattern ANSWER_LABEL = Pattern.compile("^(?:A|Answer)\\s*[:.]\\s+");

  /**
   * "…; Push for: n/a", "…; aim → none": a place's aim line saying it has none, kept as a targets cell of "—" so the
   * place is read as having no target, never warned as one left out.
   */
  private static void noAim(String clause, ReadingRules rules, Map<Column, RegionBands.Cell> cells) {
    int lead = clause.indexOf(':');
    lead = lead < 0 ? clause.indexOf('→') : lead;
    if (lead < 0 || clause.chars().anyMatch(Character::isDigit)) {
      return;
    }
    if (rules.saysTarget(clause.substring(0, lead)) && rules.saysNoTarget(clause.substring(lead))) {
      cells.put(Column.TARGET, new RegionBands.Cell("—", clause.strip()));
    }
  }

  /**
   * The components a text labels, each with its figure's clause ("equity $25K–$40K a year", "$6K of bonus"), in the
   * order written; a component's first figure only.
   */
  static Map<Column, RegionBands.Cell> parts(String body, ReadingRules rules, GuideFigures figures) {
    return parts(body, rules, figures, null);
  }

  /**
   * As {@link #parts(String, ReadingRules, GuideFigures)}, adding to {@code unread} the clause of each amount or
   * percent that no part word names ("plus a 5% harvest dividend"), for a place's line to say it left it out.
   */
  private static Map<Column, RegionBands.Cell> parts(String body, ReadingRules rules, GuideFigures figures,
      List<String> unread) {
    Map<Column, RegionBands.Cell> cells = new EnumMap<>(Column.class);
    body = rangesInWords(body);
    if (body.contains(" b") || body.contains("b,")) {
      // A recruiter's note, "210-245 b, 15% tgt": a "b" closing a clause after a figure is the base, never billions.
      body = BASE_ABBREVIATED.matcher(body).replaceAll(" base");
    }
    int from = 0;
    String text = body;
    // "120k/4y RSU": the years a grant vests over are no figure of their own.
    List<Figures.Figure> all = figures.scan(body).stream().filter(f -> !vestingYears(text, f)).toList();
    for (Figures.Figure f : all) {
      if (f.start() < from) {
        continue;
      }
      if (!f.marked() && !f.percent() && body.indexOf('h', f.end()) >= 0
          && HOURS_COUNT.matcher(body).region(f.end(), body.length()).lookingAt()) {
        // "$52–$62/hr, 2,080 hrs": the paid hours a year the rate is worked out at, no amount of money.
        continue;
      }
      int end = clauseEnd(body, f.end(), all, rules, figures);
      String before = body.substring(from, f.start());
      // The clause the figure closes: after a ";" or, for an aim said last ("…, RSUs $40k/yr, push for $215k"), a ",".
      int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','));
      String line = before.substring(cut + 1);
      // "…the annual incentive plan, which targets 8% of base": a clause opening on "which" or "that" speaks of the
      // part named before it, so its percent is that part's, never an aim (s30 lead: the bonus was read as 0).
      if (cut >= 0 && !(f.percent() && RELATIVE.matcher(line).lookingAt()) && rules.saysTarget(line)
          && rules.lastComponentBefore(line, line.length()) == null) {
        // "…, no share scheme; What to ask for: £72,000 all in": an aim in a line of its own is no part of the band,
        // whatever part the line before named last ("Target bonus: 12%" names its part and is one). It is the place's
        // aim, read as a targets table's cell is ("- Push for: $215k total" under "1. **Atlanta**", s28).
        cells.putIfAbsent(Column.TARGET, new RegionBands.Cell(body.substring(f.start(), end).strip(), line.strip()));
        from = end;
        continue;
      }
      // "…, and there's no bonus program. San Jose adds a 12% location differential to base": a part named in a
      // sentence before is not this figure's label.
      // "Equity is an RSU grant. It is worth $80K over four years": a sentence opening on "it" goes on about it.
      int sentence = sentenceStart(before);
      Map.Entry<Column, Integer> label = rules.lastComponentBefore(before, before.length());
      if (label != null && (label.getValue() <= sentence && !GOES_ON.matcher(before).region(sentence, before.length())
          .lookingAt() || negated(before, labelStart(before, label, rules)))) {
        label = null;
      }
      // A word test before the label's pattern, on the label's own end of the text only (the cold load).
      String labelled = label != null && label.getKey() == Column.BASE
          ? before.substring(Math.max(0, label.getValue() - 50), label.getValue()) : "";
      Matcher qualified = labelled.indexOf("ange") >= 0 && rangeLabelled(labelled)
          ? RANGE_QUALIFIED.matcher(before.substring(Math.max(0, label.getValue() - 40)) + " "
          + body.substring(f.end(), lineEnd(body, f.end()))) : null;
      if (qualified != null && qualified.find()) {
        // "Range: USD 98,000 - 121,000 total comp", "Range (total cash): …": a bare "Range" is the base only where
        // nothing in its line says it is the total's; "Range: … (Level 2)" is a level's, no part read here (s28).
        label = qualified.group(1) != null ? Map.entry(Column.TOTAL, label.getValue()) : null;
      }
      if (label != null && before.indexOf('n', label.getValue()) >= 0
          && NONE_AFTER_LABEL.matcher(before).region(label.getValue(), before.length()).lookingAt()) {
        // "Bonus: none; we pay a 5,000 annual conference budget instead": the part is none, and what the line goes
        // on to pay is something else.
        cells.putIfAbsent(label.getKey(), new RegionBands.Cell("none", before.substring(label.getValue()).strip()));
        label = null;
      }
      Matcher perYears = RegionBands.PER_YEARS.matcher(body).region(f.end(), end);
      int afterFrom = perYears.lookingAt() ? perYears.end() : f.end();
      Column after = rules.componentAtStart(PART_OF.matcher(body.substring(afterFrom, end).strip()).replaceFirst(""));
      if (after == Column.BASE && f.percent()) {
        // "8% of base": a percent of base is another part's figure, never the base's; the part named before it keeps it.
        // "15% of base as bonus": the words after it name that part (s30 G: it was warned as naming none).
        after = body.indexOf(" as ", f.end()) >= 0
            && PERCENT_OF_BASE_AS_BONUS.matcher(body).region(f.end(), end).lookingAt() ? Column.BONUS : null;
      }
      if (label != null && after != null && clauseBreak(before, label.getValue())) {
        // "…, no stock, 5% bonus": a label in a clause of its own, with no figure, is not this figure's; the one
        // written right after it is.
        label = null;
      }
      Column kind = label != null ? label.getKey() : after;
      if (kind == null && f.percent() && TARGET_AFTER.matcher(body).region(f.end(), end).lookingAt()) {
        // "15% tgt", "12% target": a percent of base named a target, in a place's pay, is its bonus target.
        kind = Column.BONUS;
      }
      if (kind == null && f == all.get(0) && !f.percent() && f.looksLikeMoney()
          && (before.isBlank() || IT_IS.matcher(before).matches())) {
        // "London: £85k–£95k p.a. + 10% bonus + …": a line's first figure, written with no label, is its salary.
        kind = Column.BASE;
      }
      if (kind == null && !f.percent() && cells.containsKey(Column.BASE) && !cells.containsKey(Column.TOTAL)
          && exceedsBase(cells.get(Column.BASE), f, figures)) {
        // "…and a 10% bonus: about $164K to $210K a year": an unlabelled sum above the base is the total.
        kind = Column.TOTAL;
      }
      int at = all.indexOf(f);
      if (kind != null && kind != Column.BONUS && f.percent() && at + 1 < all.size() && !all.get(at + 1).percent()
          && all.get(at + 1).low() < all.get(at + 1).high() && RegionBands.WORKED_OUT.matcher(body.substring(f.end(), all.get(at + 1).start())).matches()) {
        // "Base is 95% of the Boise band: $112,100–$134,900": the percent says how the band was set; the amounts
        // after it, under the same label, are the band.
        continue;
      }
      if (kind != null && !cells.containsKey(kind)) {
        // "base starting at $66,000", "starting at $140K base": the words giving one end stay with the figure, for
        // the band to refuse it.
        String oneEnd = !f.percent() ? rules.oneEndBefore(before) : null;
        String clause = body.substring(f.start(), end).strip();
        // The label's words are its sentence's: "(…; the figures here are the yearly sum). Equity is a €24,000 grant
        // vesting over four years" says nothing of the grant's period before the point.
        cells.put(kind, new RegionBands.Cell(oneEnd != null ? oneEnd + " " + clause : clause,
            label != null ? before.substring(label.getValue() > sentence ? sentence : 0).strip() : ""));
      } else if (kind == null && unread != null && (f.percent() || f.looksLikeMoney())) {
        // The clause with the words around the figure, so the author sees which one was not understood.
        int open = Math.max(0, Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
        String clause = (before.substring(open) + body.substring(f.start(), end)).strip();
        if (ownUnread(clause)) {
          unread.add(clause);
        }
      }
      from = end;
    }
    if (body.contains("no ") || body.contains("No ") || body.contains("without ") || body.contains("same ")
        || body.contains(" as ")) {
      partsInWords(body, rules, cells);
    }
    String closed = body.stripTrailing().replaceFirst(";$", "");
    int lastClause = Math.max(closed.lastIndexOf(';'), closed.lastIndexOf(','));
    if (lastClause >= 0 && !cells.containsKey(Column.TARGET)) {
      noAim(closed.substring(lastClause + 1), rules, cells);
    }
    if (!cells.containsKey(Column.STOCK) && cells.containsKey(Column.TOTAL)
        && (body.contains("rest") || body.contains("remainder") || body.contains("balance"))) {
      Matcher rest = REST_IS.matcher(body);
      if (rest.find() && rules.componentAtStart(body.substring(rest.end())) == Column.STOCK) {
        // "total comp is $210K–$250K, of which base is $160K–$185K; the rest is equity": the stock is what is left.
        cells.put(Column.STOCK, new RegionBands.Cell(RegionBands.REST_OF_TOTAL, rest.group().strip()));
      }
    }
    return cells;
  }

  /** A new sentence or line inside a clause: what follows is another place's or another matter, not this line's. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}|\\n");

  /** Words of a figure that is known and no part of the band: a median, a midpoint, a benefit. */
  private static final Pattern NO_PART_FIGURE = Pattern.compile("(?i)\\b(?:median|mid-?point|mean|average|avg|p50)\\b");

  /**
   * Whether an amount no part word names is this place line's own, one the author means as pay: never one after a
   * sentence break ("…. Glassdoor is 78-92k"), a median beside the band or a benefit ("pension 6% employer").
   */
  /** "15% of base as bonus", "10% of salary paid as a target bonus": a percent of base named the bonus after it. */
  private static final Pattern PERCENT_OF_BASE_AS_BONUS = Pattern.compile("(?i)\\s*(?:of|on)\\s+(?:the\\s+)?(?:base|salary)"
      + "(?:\\s+(?:salary|pay))?\\s+(?:paid\\s+|given\\s+)?as\\s+(?:an?\\s+|the\\s+)?(?:(?:annual|yearly|target|performance)"
      + "\\s+)*bonus\\b");

  /**
   * "up 5% from last year", "about 8% above market", "which means pushing 10% above the offer": a figure comparing the
   * pay or saying how it changed, no part of it; the line is read without it and nothing is warned (s30 G).
   */
  private static final Pattern SAYS_A_CHANGE = Pattern.compile("(?i)\\b(?:(?:up|down)\\s+(?:by\\s+)?(?:about\\s+|roughly\\s+)?\\d"
      + "|(?:from|since|on|over|vs\\.?|versus|than)\\s+(?:last|the\\s+previous|the\\s+prior|a)\\s+year"
      + "|year[- ]on[- ]year|year[- ]over[- ]year|yoy"
      + "|(?:above|below|over|under|beyond|more\\s+than|less\\s+than|higher\\s+than|lower\\s+than|ahead\\s+of|behind)"
      + "\\s+(?:the\\s+|our\\s+|their\\s+|your\\s+)?(?:local\\s+)?(?:market|median|midpoint|offer|average|peers?|competitors?"
      + "|industry|benchmark|band|last\\s+year)"
      + "|(?:increase|raise|rise|cut|drop)\\s+(?:of|from|on|over)\\b)");

  /**
   * "$140,000–$160,000, 20% of which is variable", "…, including a 15% bonus", "…, all-in": words saying the line's
   * figure is more than the base (a total, or one holding another part). Left unread, the figure would be served as
   * the base: the place is refused instead (s30 G).
   */
  static final Pattern SAYS_FIGURE_HOLDS_MORE = Pattern.compile("(?i)\\b(?:of\\s+which|variable|includ(?:es|ing|ed)"
      + "|total|all[- ]in|ote|on[- ]target|in\\s+all|altogether|combined)\\b");

  /** Whether an unread clause compares the pay or says how it changed, which is no part of it. */
  static boolean saysAChange(String clause) {
    return !SAYS_FIGURE_HOLDS_MORE.matcher(clause).find() && SAYS_A_CHANGE.matcher(clause).find();
  }

  private static boolean ownUnread(String clause) {
    // A colon in the clause is a label the reader did not take ("rsus:: $10K"), no words of the author's own to name.
    return clause.indexOf(':') < 0 && WORD.matcher(clause).find() && !SENTENCE_BREAK.matcher(clause).find()
        && !OTHER_PLACE.matcher(clause).find() && !NO_PART_FIGURE.matcher(clause).find()
        && !PERK.matcher(clause).find();
  }

  /** A word the author names a figure by. */
  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

  /** "…, and in Columbus $68,000 to $80,000": another place's figure, in the same sentence. */
  private static final Pattern OTHER_PLACE = Pattern.compile("\\b(?:in|at|for)\\s+\\p{Lu}");

  /** "2,080 hrs", "2080 paid hours" after a figure: a count of hours, no money. */
  private static final Pattern HOURS_COUNT = Pattern.compile("(?i)\\s*(?:paid\\s+|working\\s+)?(?:hours|hrs)\\b");

  /** Whether a figure is the years after a grant's slash: the "4" of "120k/4y", "$80K / 4 yrs". */
  private static boolean vestingYears(String body, Figures.Figure f) {
    return f.mark() == null && !f.magnitude() && !f.percent() && body.substring(0, f.start()).stripTrailing().endsWith("/")
        && RegionBands.YEARS_AFTER.matcher(body).region(f.end(), body.length()).lookingAt();
  }

  /** "the rest is", "the remainder comes as", "the balance is paid in": what is left of a total, its part next. */
  private static final Pattern REST_IS = Pattern.compile("(?i)\\b(?:the\\s+)?(?:rest|remainder|balance)\\s+"
      + "(?:of\\s+(?:it|the\\s+total|the\\s+package)\\s+)?(?:is|comes|goes|being)?\\s*(?:paid\\s+)?(?:as|in|to)?\\s*"
      + "(?:the\\s+)?");

  /** The parts a region's text says in words, with no figure: "no bonus" is 0, "same bonus" the region before's. */
  private static void partsInWords(String body, ReadingRules rules, Map<Column, RegionBands.Cell> cells) {
    Matcher no = SAID_NONE.matcher(body);
    while (no.find()) {
      Column kind = rules.componentAtStart(body.substring(no.end()));
      if ((kind == Column.STOCK || kind == Column.BONUS) && !cells.containsKey(kind)) {
        cells.put(kind, new RegionBands.Cell("none", no.group().strip()));
      }
    }
    Matcher asIn = AS_IN_PLACE.matcher(body);
    while (asIn.find()) {
      // "bonus and RSUs as in Charlotte": each part named is that place's.
      for (String part : PART_LIST.split(asIn.group("part").strip())) {
        Column kind = rules.column(part.strip());
        if ((kind == Column.STOCK || kind == Column.BONUS) && !cells.containsKey(kind)) {
          cells.put(kind, new RegionBands.Cell(SAME_AS + TRAILING_DOTS.matcher(asIn.group("place")).replaceFirst(""),
              asIn.group().strip()));
        }
      }
    }
    Matcher same = SAME_PART.matcher(body);
    while (same.find()) {
      // "the same bonus and stock as Houston": each part named.
      for (String part : PART_LIST.split(same.group("part").strip())) {
        Column kind = part.startsWith("no ") ? null : rules.column(part.strip());
        if ((kind == Column.STOCK || kind == Column.BONUS || kind == Column.BASE) && !cells.containsKey(kind)) {
          String place = same.group("place");
          cells.put(kind, new RegionBands.Cell(SAME_AS + (place == null ? "above" : TRAILING_DOTS.matcher(place)
              .replaceFirst("")),
              same.group().strip()));
        }
      }
    }
  }

  /** Whether the label starting at {@code at} is said to be none: "no bonus", "without an equity grant". */
  private static boolean negated(String text, int at) {
    int from = Math.max(0, at - 12);
    // Transparent: the lookahead for the part's first letter looks past {@code at}, where the part starts.
    Matcher none = SAID_NONE.matcher(text).region(from, at).useTransparentBounds(true);
    while (none.find()) {
      if (none.end() == at) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the last sentence of a text starts: after a point, "!" or "?" and a space before a capital letter (not
   * after an initial or "St."), or 0.
   */
  private static int sentenceStart(String text) {
    for (int i = text.length() - 2; i > 1; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ' && i + 2 < text.length()
          && Character.isUpperCase(text.charAt(i + 2)) && (Character.isLowerCase(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i - 2)) && !text.startsWith("St", i - 2) || text.charAt(i - 1) == ')')) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Whether a comma or semicolon stands in {@code text} after {@code from}: the label there ends its own clause. */
  private static boolean clauseBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == ',' || text.charAt(i) == ';') {
        return true;
      }
    }
    // "with the same RSUs and a 12% bonus target": "and" parts the label from a figure whose own part follows it.
    return text.indexOf(" and ", from) >= 0;
  }

  /** Where the label that ends at {@code label}'s position begins: the fewest last words that name its column. */
  private static int labelStart(String text, Map.Entry<Column, Integer> label, ReadingRules rules) {
    int end = label.getValue();
    for (int k = end - 1; k >= Math.max(0, end - 32); k--) {
      if ((k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) && Character.isLetter(text.charAt(k))
          && rules.column(text.substring(k, end)) == label.getKey()) {
        return k;
      }
    }
    return end;
  }

  private static boolean exceedsBase(RegionBands.Cell base, Figures.Figure f, GuideFigures figures) {
    List<Figures.Figure> b = figures.scan(base.text());
    return !b.isEmpty() && f.low() > b.get(0).low() && f.high() > b.get(0).high();
  }

  private static int clauseEnd(String body, int from, List<Figures.Figure> all, ReadingRules rules,
      GuideFigures figures) {
    Matcher m = CLAUSE_END.matcher(body);
    int end = m.find(from) ? m.start() : body.length();
    if (end < body.length() && body.charAt(end) == ',') {
      // "RSUs worth $90K–$140K, vesting over 4 years": what a comma adds about the figure's period stays with it.
      int next = m.find(end + 1) ? m.start() : body.length();
      String added = body.substring(end + 1, next);
      // "…, vesting 25% per year": the grant's schedule, its percent no figure of a part.
      boolean schedule = VestingSchedule.years(added) > 0;
      if ((rules.saysGrant(added) || rules.saysPerYear(added)) && rules.lastComponentBefore(added, added.length()) == null
          && (schedule || figures.scan(added).stream().noneMatch(f -> f.percent() || f.looksLikeMoney()))) {
        end = next;
      }
    }
    // The clause's figures are the body's, scanned once: the first that starts in it.
    Figures.Figure within = firstFrom(all, from, end);
    if (within != null && !within.marked() && !within.percent()
        && YEARS_AFTER.matcher(body.substring(within.end())).lookingAt()) {
      // "$90,000 in RSUs vesting over 3 years": the years are the grant's, not a figure of a clause of its own.
      within = null;
    }
    if (within != null) {
      // "Base runs $150K to $185K with equity of $30K–$45K per year": a labelled figure further on in the clause
      // starts a clause of its own, at its label.
      String gap = body.substring(from, within.start());
      Map.Entry<Column, Integer> label = rules.lastComponentBefore(gap, gap.length());
      int start = label == null ? -1 : labelStart(gap, label, rules);
      // Not the figure's own label written after it ("10 to 20 thousand in stock and 6 to 12 thousand…").
      if (label != null && !PART_OF.matcher(gap.substring(0, start).stripLeading()).replaceFirst("").isBlank()) {
        return from + start;
      }
      // "£48k–£58k p.a. base with a 5% bonus": the figure's own label after it ends its clause where more words
      // lead to the next figure, which is read with its own label.
      if (label != null && label.getValue() < gap.length() && !gap.substring(label.getValue()).isBlank()
          && Character.isWhitespace(gap.charAt(label.getValue()))) {
        return from + label.getValue();
      }
    }
    Matcher and = AND_FIGURE.matcher(body);
    if (and.find(from) && and.start() < end) {
      // An unlabelled second figure stays in the clause, where it is refused as two figures for one range.
      Figures.Figure next = firstFrom(all, and.end(), end);
      if (next != null && next.start() == and.end() && rules.componentAtStart(PART_OF.matcher(
          body.substring(next.end(), end).strip()).replaceFirst("")) != null) {
        return and.start();
      }
    }
    return end;
  }

  /** The first of the body's figures that lies within [from, end), or null. */
  private static Figures.Figure firstFrom(List<Figures.Figure> all, int from, int end) {
    for (Figures.Figure f : all) {
      if (f.start() >= from) {
        return f.end() <= end ? f : null;
      }
    }
    return null;
  }

  /** Whether a label's text ends on a bare "Range" label ("Range:", "Range (base) —"). */
  private static boolean rangeLabelled(String labelled) {
    Matcher m = RANGE_LABEL.matcher(labelled);
    while (m.find()) {
      // Only white space as "\s" reads it after the label, as the old "\s*$" read.
      if (labelled.substring(m.end()).chars().allMatch(ch -> " \t\n\u000B\f\r".indexOf(ch) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** The first "Range" of a place's lines with its line, as a warning quotes it ("Range: USD 98,000 - …"), or null. */
  static String rangeLine(String text) {
    Matcher m = RANGE_LABEL.matcher(text);
    if (!m.find()) {
      return null;
    }
    int start = m.start();
    int end = start + "range".length();
    int limit = Math.min(text.length(), end + RANGE_LINE_QUOTED);
    while (end < limit && text.charAt(end) != ';' && text.charAt(end) != '\n') {
      end++;
    }
    return text.substring(start, end).strip();
  }
}
