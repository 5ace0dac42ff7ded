package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions written as blocks rather than rows: a place on a line of its own over its components ("**Chicago (HQ)**",
 * "### Chicago", "Chicago —" over "- Base: 155–185k" bullets, or a definition list "Chicago" / ": Base 155–185k"),
 * and a region written relative to another ("Remote: same as Atlanta, minus 5% on base", "NYC: as HQ plus 10%",
 * "London: same bands as Dublin", "Remote — Austin's band less 10%"), derived from that region's bands.
 */
final class RegionBlocks {

  /** A place alone on its line, bold or followed by a dash or colon: "**Chicago (HQ)**", "Chicago —", "Chicago:". */
  private static final Pattern PLACE_LINE = Pattern.compile(
      "^(?:\\*\\*|__)?(?<name>[^*_:\\d$€£¥₹|\\n]{2,60}?)(?:\\*\\*|__)?"
          // "**Seattle** (our HQ)": an aside in brackets after the bold place.
          + "(?:\\s*(?<aside>\\([^()*\\d]{2,30}\\)))?"
          // "**San Francisco, CA** · HQ", "**Minneapolis** — our headquarters": a marker after the bold place.
          + "(?:\\s*(?:[·•|—–,]|\\s-)\\s*(?:(?:our|the)\\s+)?(?<hq>HQ|headquarters|head\\s+office))?\\s*(?:[:—–]|\\s-)?\\s*$");
  /** Words a sentence has and a place's name never does: "things that have worked for people". */
  private static final Pattern CLAUSE_WORDS = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:that|have|has|had|what|how|which|who|we|you|they|things|worked|is|are|was|were)(?![\\p{L}])");
  /** A definition: a term's line, then lines opening with ":" ("Chicago" / ": Base 155–185k"). */
  private static final Pattern DEFINITION_LINE = Pattern.compile("^\\s*:\\s+(.*)$");

  private static final String SCALE = "(?:(?<sign>minus|less|plus|\\+|-|−|–)\\s*(?<pct>\\d{1,2}(?:\\.\\d{1,2})?)\\s*%"
      + "|(?<pct2>\\d{1,2}(?:\\.\\d{1,2})?)\\s*%\\s+(?<dir>less|lower|below|under|more|higher|above|over|up|down))"
      + "(?:\\s+(?:on|of|to|for|in)\\s+(?:the\\s+)?(?<on>base(?:\\s+(?:salary|pay))?|salary|total(?:\\s+comp)?|tc"
      + "|everything|all(?:\\s+components)?|each\\s+component|every\\s+component))?";
  /** "same as Atlanta, minus 5% on base", "as HQ plus 10%", "same bands as Dublin", "mirrors Austin". */
  private static final Pattern SAME_AS = Pattern.compile(
      "(?iu)^\\s*(?:(?:is|are|pays?|uses?|gets?|has|have)\\s+)?(?:the\\s+)?(?:(?:same(?:\\s+(?:bands?|ranges?|pay|"
          + "numbers|figures|package))?|identical)\\s+(?:as|to)|as(?:\\s+for|\\s+in)?|like|mirrors?|matches|follows)"
          + "\\s+(?:(?:the|our)\\s+)?(?<of>[^,;.()%\\d]{2,40}?)(?:['’]s?\\s+(?:bands?|ranges?|pay|numbers|figures))?"
          + "(?:\\s+(?:bands?|ranges?))?(?:[\\s,;(]+" + SCALE + "\\)?)?\\s*\\.?\\s*$");
  /** "Austin's band less 10%", "Atlanta's numbers, minus 5% on base", "national band + 10%". */
  private static final Pattern POSSESSIVE = Pattern.compile(
      // "We pay Columbus rates for remote hires", "Denver rates apply", "paid at HQ rates": a place's rates are its bands.
      "(?iu)^\\s*(?:(?:we\\s+|they\\s+|is\\s+|are\\s+)?(?:pay|pays|use|uses|paid\\s+at|paid\\s+on|on)\\s+)?"
          + "(?:(?:the|our)\\s+)?(?<of>[^,;.()%\\d'’]{2,40}?)(?:['’]s?\\s+(?:bands?|ranges?|pay|numbers|figures|rates|(?:pay\\s+)?scale)"
          + "|\\s+(?:bands?|ranges?|rates|(?:pay\\s+)?scale))(?:\\s+(?:apply|applies|for\\s+[^,;.()%\\d]{2,40}))?"
          + "(?:[\\s,;(]+" + SCALE + "\\)?)?\\s*\\.?\\s*$");
  /** "10% more than Atlanta", "5% below HQ on base". */
  private static final Pattern THAN = Pattern.compile(
      "(?iu)^\\s*(?:(?:is|are|pays?)\\s+)?(?<pct2>\\d{1,2}(?:\\.\\d{1,2})?)\\s*%\\s+(?<dir>more|less|higher|lower|above"
          + "|below|under|over)(?:\\s+than)?\\s+(?:the\\s+|our\\s+)?(?<of>[^,;.()%\\d]{2,40}?)(?:['’]s?\\s+(?:bands?|pay"
          + "|numbers))?(?:\\s+(?:on|of|for|in)\\s+(?:the\\s+)?(?<on>base(?:\\s+(?:salary|pay))?|salary|total(?:\\s+comp)?|tc"
          + "|everything|all(?:\\s+components)?))?\\s*\\.?\\s*$");
  /**
   * "the same base as Austin, with equity of $12,000 to $20,000 a year and the same 10% bonus": one part as another
   * region's, the others written out.
   */
  private static final Pattern SAME_PART = Pattern.compile(
      "(?iu)^\\s*(?:(?:pays?|has|gets|uses?)\\s+)?(?:the\\s+)?same\\s+(?<part>base(?:\\s+(?:salary|pay))?|salary|equity|stock"
          + "|rsus|bonus)\\s+as\\s+(?:the\\s+|our\\s+)?(?<of>[^,;.()%\\d]{2,40}?)(?:['’]s)?\\s*[,;]\\s*"
          + "(?:with\\s+|and\\s+|plus\\s+)?(?<own>\\S.*)$", Pattern.DOTALL);

  /**
   * "San Jose adds a 12% location differential to base", "London carries a 10% uplift on salary": a place moved from
   * the guide's one band by a percent, in a sentence of its own.
   */
  /** One place and its move in a list of differentials: "NYC +20%", "Austin −5%", "St. Louis - 3 %". */
  private static final String DIFFERENTIAL_ENTRY = "(?<name>\\p{Lu}[\\p{L}.'’ ]{1,30}?)\\s*(?<sign>[+−–-])\\s*"
      + "(?<pct>\\d{1,2}(?:\\.\\d)?)\\s*%";
  private static final Pattern DIFFERENTIAL = Pattern.compile(DIFFERENTIAL_ENTRY);
  /**
   * A line labelled as the band's moves per place whose every item is a place and its signed percent:
   * "Differentials: NYC +20%, Chicago +10%, Austin −5%.", "**Geo uplifts:** SF +15%; Seattle +10%".
   */
  private static final Pattern DIFFERENTIAL_LIST = Pattern.compile("(?im)^[\\s*_]*(?:(?:geo(?:graphic)?|location|metro"
      + "|city|market|regional|local)\\s+)?(?:pay\\s+)?(?:differentials?|uplifts?|adjustments?)[*_]*\\s*:[*_]*\\s*"
      + "(?<entries>" + DIFFERENTIAL_ENTRY.replace("?<name>", "?:").replace("?<sign>", "?:").replace("?<pct>", "?:")
      + "(?:\\s*(?:[,;]|,?\\s+and)\\s*" + DIFFERENTIAL_ENTRY.replace("?<name>", "?:").replace("?<sign>", "?:")
      .replace("?<pct>", "?:") + ")*)\\s*\\.?\\s*$");
  private static final Pattern ADDS = Pattern.compile(
      "(?u)(?:^|(?<=[.;!]\\s))\\s*(?!(?:Everyone|Everybody|Overtime|Each|Every|All|The|We|It|This|That|They|Nobody|No|"
          + "Weekend|Night|Shift|On-call|Holiday)\\b)"
          + "(?<name>\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,3}(?:,\\s\\p{Lu}{2})?)\\s+"
          + "(?i:(?:adds|gets|carries|has|receives)\\s+(?:an?\\s+)?(?:extra\\s+)?(?<pct>\\d{1,2}(?:\\.\\d{1,2})?)"
          // An uplift or differential, or a premium named for the place ("location premium"); never an "adjustment",
          // which as often lowers pay, nor a premium for hours ("Overtime pays a 50% premium").
          + "\\s*%\\s+(?:(?:location|geo(?:graphic)?|metro|city|cost[- ]of[- ]living|col|regional|market|area|local)\\s+"
          + "(?:differential|uplift|premium|supplement|bump|allowance)|(?:differential|uplift))"
          + "(?:\\s+(?:on|to|over)\\s+(?:the\\s+)?(?<on>base(?:\\s+(?:salary|pay))?|salary|total(?:\\s+comp)?|tc|everything))?)"
          + "\\s*(?=[.;!]|$)");

  private static final String PLACE_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
  /**
   * "We pay 10% more in Seattle and San Francisco, and 5% less in Phoenix": places moved from the guide's one band
   * by a percent up or down, each clause naming one place or several.
   */
  private static final Pattern MORE_IN = Pattern.compile("(?u)(?<pct>\\d{1,2}(?:\\.\\d{1,2})?)\\s*%\\s+"
      + "(?<dir>more|less|higher|lower|above|below)(?:\\s+than\\s+(?:that|this|the\\s+national(?:\\s+\\p{L}+){0,2}))?"
      // "in", never "for": "10% more for Senior hires" moves a level, not a place.
      + "\\s+in\\s+(?<places>" + PLACE_WORDS + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*)"
      + PLACE_WORDS + ")*)");
  private static final Pattern PLACES_JOINED = Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s*&\\s*");
  /**
   * "Raleigh runs about 5% lower on base", "Remote is 10% below Austin": a place, in a sentence of its own, moved by a
   * percent from the place it names, or from the guide's one band where it names none.
   */
  private static final Pattern PLACE_MOVED = Pattern.compile("(?u)(?:^|(?<=[.;!]\\s))\\s*(?!(?:The|Our|Your|Its|It|This|"
      + "That|They|We|Base|Salary|Equity|Stock|Bonus|Pay|Total|Comp|Compensation|Everyone|Each|Every|All|Year|Level|"
      + "Grade|Band|Tier|Step|Senior|Staff|Junior|Lead|Principal|Interns?|Contractors?|Managers?|Engineers?|New|Next|"
      + "Last|First|Second|Third)\\b)"
      + "(?<name>" + PLACE_WORDS + ")\\s+(?i:(?:runs|is|sits|comes\\s+in|lands)\\s+(?:(?:about|roughly|around"
      + "|approximately|some|~)\\s*)?(?<pct>\\d{1,2}(?:\\.\\d{1,2})?)\\s*%\\s+(?<dir>more|less|higher|lower|above|below|under"
      + "|over)(?:\\s+than)?(?:\\s+(?:the\\s+|our\\s+)?(?<of>(?-i:" + PLACE_WORDS + "|HQ)))?"
      + "(?:\\s+(?:on|for|in)\\s+(?:the\\s+)?(?<on>base(?:\\s+(?:salary|pay))?|salary|total(?:\\s+comp)?|tc)\\b)?)"
      // The sentence ends, or its figures follow in brackets: "… above the starting band" moves no place.
      + "(?=\\s*(?:[.;,(]|$))");

  /** "Boise has a 10% geographic adjustment": a place moved by a percent whose direction the words leave open. */
  static final Pattern ADJUSTED = Pattern.compile("(?u)(?:^|(?<=[.;!]\\s))\\s*(?<name>\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}"
      + "[\\p{L}.'’]*){0,3})\\s+(?i:(?:has|gets|carries|takes|sees)\\s+(?:an?\\s+)?\\d{1,2}(?:\\.\\d{1,2})?\\s*%\\s+"
      + "(?:[\\p{L}-]+\\s+){0,2}?(?:adjustment|loading|differential|factor))");

  /** Words that say a text is written relative to another region, even where its shape is not one read above. */
  private static final Pattern RELATIVE_WORDS = Pattern.compile(
      "(?iu)\\b(?:same\\s+as|same\\s+(?:\\p{L}+\\s+){1,2}as|as\\s+(?:HQ|headquarters)|identical\\s+to|mirrors?)\\b"
          // "Baltimore's numbers less 5% on salary": another place's figures, moved or not.
          + "|['’]s\\s+(?:bands?|ranges?|numbers|figures|pay|rates|scale)\\b|\\bbands?\\s*(?:\\+|plus|minus|−)\\s*\\d|(?-i:\\b\\p{Lu}[\\p{L}.]+)\\s+(?:rates|scale|pay\\s+scale)\\b"
          // "Paid on the Spokane range.": another place's range named as the one paid on.
          + "|\\bpaid\\s+(?:on|at)\\s+(?:the\\s+|our\\s+)?(?-i:\\p{Lu}[\\p{L}.]+)(?:\\s+\\p{Lu}[\\p{L}.]+)?\\s+(?:range|band|bands|rates|scale)\\b"
          + "|\\d\\s*%\\s+(?:more|less|higher|lower|above|below|under|over)\\s+(?:than\\s+)?\\p{L}");

  /** A region written relative to another: its name, the words naming the other, and the change. */
  record Relative(String name, String of, double percent, Scope scope, String written, int line, Column part,
      String own) {

    /** A region written as another's bands, moved or not. */
    Relative(String name, String of, double percent, Scope scope, String written, int line) {
      this(name, of, percent, scope, written, line, null, null);
    }
  }

  /** Which figures a relative change applies to. */
  enum Scope { ALL, BASE, TOTAL }

  private RegionBlocks() {}

  /** The place a line names on its own ("**Chicago (HQ)**", "Chicago —"), or null. */
  static String placeLine(String raw, ReadingRules rules) {
    if (raw.indexOf('\n') >= 0 || raw.length() > 70) {
      return null;
    }
    Matcher m = PLACE_LINE.matcher(raw);
    if (m.matches() && rules.namesPart(ExportMarks.undecorated(m.group("name")).strip())) {
      // "**Equity** (all locations)" over its lines: a part said for every place, never a place.
      return null;
    }
    if (m.matches() && CLAUSE_WORDS.matcher(m.group("name")).find()) {
      // "things that have worked for people:" over a list: words of a sentence, never a place's name.
      return null;
    }
    return !m.matches() ? null : ExportMarks.undecorated(m.group("name")).strip()
        + (m.group("aside") != null ? " " + m.group("aside") : "")
        + (m.group("hq") != null ? " (" + m.group("hq") + ")" : "");
  }

  /** A definition list's term and its definitions joined as clauses ("Base 155–185k; Equity …"), or null. */
  static String[] definition(String raw, ReadingRules rules) {
    String[] lines = raw.split("\n");
    if (lines.length < 2 || lines[0].indexOf(':') >= 0) {
      return null;
    }
    StringBuilder body = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      Matcher m = DEFINITION_LINE.matcher(lines[i]);
      if (!m.matches()) {
        return null;
      }
      body.append(m.group(1).strip()).append("; ");
    }
    String name = placeLine(lines[0].strip(), rules);
    return name == null ? null : new String[] {name, body.toString()};
  }

  /** Whether a text says it is written relative to another region ("same as Atlanta"). */
  static boolean soundsRelative(String body) {
    // Most lines hold none of the words: the pattern runs only where one may be written.
    return (body.contains("same") || body.contains("Same") || body.contains("%") || body.contains("HQ") || body.contains("band")
        || body.contains("range")
        || body.contains("identical") || body.contains("irror") || body.contains("eadquarters") || body.contains("rates") || body.contains("scale"))
        && RELATIVE_WORDS.matcher(body).find();
  }

  /** The relative region a text writes under its name, or null when it is not written in a shape read here. */
  static Relative relative(String name, String body, int line) {
    String text = body.replace("**", "").strip();
    Matcher part = SAME_PART.matcher(text);
    if (part.matches()) {
      String p = part.group("part").toLowerCase(Locale.ROOT);
      Column column = p.startsWith("base") || p.equals("salary") ? Column.BASE
          : p.equals("bonus") ? Column.BONUS : Column.STOCK;
      return new Relative(name, part.group("of").strip(), 0, Scope.ALL, text, line, column, part.group("own"));
    }
    Matcher m = SAME_AS.matcher(text);
    if (!m.matches()) {
      m = POSSESSIVE.matcher(text);
      if (!m.matches()) {
        m = THAN.matcher(text);
        if (!m.matches()) {
          return null;
        }
      }
    }
    double percent = 0;
    if (group(m, "pct") != null) {
      String sign = m.group("sign").toLowerCase(Locale.ROOT);
      percent = Double.parseDouble(m.group("pct")) * (sign.equals("plus") || sign.equals("+") ? 1 : -1);
    } else if (m.group("pct2") != null) {
      String dir = m.group("dir").toLowerCase(Locale.ROOT);
      boolean up = dir.equals("more") || dir.equals("higher") || dir.equals("above") || dir.equals("over")
          || dir.equals("up");
      percent = Double.parseDouble(m.group("pct2")) * (up ? 1 : -1);
    }
    String on = m.group("on") == null ? "" : m.group("on").toLowerCase(Locale.ROOT);
    Scope scope = on.startsWith("base") || on.equals("salary") ? Scope.BASE
        : on.startsWith("total") || on.equals("tc") ? Scope.TOTAL : Scope.ALL;
    return new Relative(name, m.group("of").strip(), percent, scope, text, line);
  }

  /** A named group's text, or null where it did not match or the pattern has no such group. */
  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
  }

  /**
   * The places a paragraph's sentences move from the guide's one band ("San Jose adds a 12% location differential to
   * base"), each of the guide's one band; none where no sentence says so.
   */
  static List<Relative> added(String text, int line) {
    // Most paragraphs hold no percent, and most that do hold no uplift: the patterns run only where they may match.
    if (text.indexOf('%') < 0) {
      return List.of();
    }
    List<Relative> out = new ArrayList<>();
    if (morePlaces(text) || text.contains("% below ") || text.contains("% under ") || text.contains("% over ")) {
      Matcher moved = PLACE_MOVED.matcher(text);
      while (moved.find()) {
        String dir = moved.group("dir").toLowerCase(Locale.ROOT);
        double pct = Double.parseDouble(moved.group("pct"));
        boolean down = dir.equals("less") || dir.equals("lower") || dir.equals("below") || dir.equals("under");
        String on = moved.group("on") == null ? "" : moved.group("on").toLowerCase(Locale.ROOT);
        Scope scope = on.startsWith("base") || on.equals("salary") ? Scope.BASE
            : on.startsWith("total") || on.equals("tc") ? Scope.TOTAL : Scope.ALL;
        out.add(new Relative(moved.group("name").strip(), moved.group("of") == null ? "" : moved.group("of"),
            down ? -pct : pct, scope, moved.group().strip(), line));
      }
    }
    if (morePlaces(text)) {
      Matcher more = MORE_IN.matcher(text);
      while (more.find()) {
        String dir = more.group("dir");
        double pct = Double.parseDouble(more.group("pct"));
        boolean down = dir.equals("less") || dir.equals("lower") || dir.equals("below");
        for (String place : PLACES_JOINED.split(more.group("places").strip())) {
          String name = place.strip();
          name = name.endsWith(".") && !name.endsWith("St.") ? name.substring(0, name.length() - 1) : name;
          out.add(new Relative(name, "", down ? -pct : pct, Scope.ALL, more.group().strip(), line));
        }
      }
    }
    if (out.isEmpty() && text.indexOf(':') > 0
        && (text.contains("ifferential") || text.contains("plift") || text.contains("djustment"))) {
      // "Differentials: NYC +20%, Chicago +10%, Austin −5%.": each place the guide's one band moved by its percent.
      Matcher list = DIFFERENTIAL_LIST.matcher(text);
      if (list.find()) {
        Matcher entry = DIFFERENTIAL.matcher(list.group("entries"));
        while (entry.find()) {
          double pct = Double.parseDouble(entry.group("pct"));
          out.add(new Relative(entry.group("name").strip(), "", entry.group("sign").equals("+") ? pct : -pct,
              Scope.ALL, entry.group().strip(), line));
        }
      }
    }
    if (!text.contains("uplift") && !text.contains("differential") && !text.contains("premium")
        && !text.contains("supplement") && !text.contains("bump") && !text.contains("allowance")) {
      return out;
    }
    Matcher m = ADDS.matcher(text);
    while (m.find()) {
      String on = m.group("on") == null ? "" : m.group("on").toLowerCase(Locale.ROOT);
      Scope scope = on.startsWith("base") || on.equals("salary") ? Scope.BASE
          : on.startsWith("total") || on.equals("tc") ? Scope.TOTAL : Scope.ALL;
      out.add(new Relative(m.group("name").strip(), "", Double.parseDouble(m.group("pct")), scope, m.group().strip(),
          line));
    }
    return out;
  }

  /** Whether a paragraph says places are paid a percent more or less ("We pay 10% more in Seattle"). */
  private static boolean morePlaces(String text) {
    return (text.contains("% more ") || text.contains("% less ") || text.contains("% higher ")
        || text.contains("% lower ") || text.contains("% above ") || text.contains("% below "))
        && (text.contains("pay") || text.contains("Pay") || text.contains("salar") || text.contains("band")
        || text.contains("range") || text.contains("base"));
  }

  /** Whether a relative one is an entry of a differentials list ("Differentials: NYC +20%, …"). */
  static boolean listed(Relative relative) {
    String w = relative.written();
    return w.endsWith("%") && relative.of().isEmpty() && DIFFERENTIAL.matcher(w).matches();
  }

  /** The region a relative one names among those read ("HQ" is the headquarters row), or null. */
  static Region of(Relative relative, List<Region> regions) {
    String of = relative.of();
    if (of.isEmpty()) {
      // Moved from "the" band: the guide's one band, where it has one.
      return regions.size() == 1 ? regions.get(0) : null;
    }
    if (RegionBands.isHq(of)) {
      Region hq = null;
      for (Region r : regions) {
        if (r.hq()) {
          if (hq != null) {
            return null;
          }
          hq = r;
        }
      }
      return hq;
    }
    List<Region> named = Places.named(regions, of);
    return named.size() == 1 ? named.get(0) : null;
  }

  /**
   * The relative region worked out from the region it names: every band moved by the percent (or only base, and the
   * total and a percent bonus with it; or only the total), in that region's currency. A grant moves with the stock.
   */
  static Region derive(Relative relative, Region of) {
    return derive(relative, of, false);
  }

  /**
   * As {@link #derive(Relative, Region)}; with {@code stockEverywhere} the stock stays as the guide says it for every
   * place ("RSUs: $25K/year at every location"), whatever moves the rest.
   */
  static Region derive(Relative relative, Region of, boolean stockEverywhere) {
    Bands b = of.bands();
    double factor = 1 + relative.percent() / 100;
    if (stockEverywhere && relative.scope() == Scope.ALL && factor != 1) {
      Range base = scaled(b.base(), factor);
      Range bonus = b.bonusRate() == null ? scaled(b.bonus(), factor) : b.bonusRate().on(base);
      Range total = Range.of(b.total().low() + base.low() - b.base().low() + bonus.low() - b.bonus().low(),
          b.total().high() + base.high() - b.base().high() + bonus.high() - b.bonus().high());
      return new Region(relative.name(), RegionBands.isHq(relative.name()), of.currency(),
          new Bands(base, b.stock(), bonus, total, b.grant(), b.bonusRate(), b.totalDerived())
              .derived(possessive(of.name()) + " bands" + change(relative) + ", the stock as for every place"), relative.line());
    }
    Bands bands = switch (relative.scope()) {
      case ALL -> new Bands(scaled(b.base(), factor), scaled(b.stock(), factor), scaled(b.bonus(), factor),
          scaled(b.total(), factor), b.grant() == null ? null : new Grant(scaled(b.grant().amount(), factor),
              b.grant().years()), b.bonusRate(), b.totalDerived());
      case TOTAL -> new Bands(b.base(), b.stock(), b.bonus(), scaled(b.total(), factor), b.grant(), b.bonusRate(),
          b.totalDerived());
      case BASE -> {
        Range base = scaled(b.base(), factor);
        Range bonus = b.bonusRate() == null ? b.bonus() : b.bonusRate().on(base);
        Range total = Range.of(b.total().low() + base.low() - b.base().low() + bonus.low() - b.bonus().low(),
            b.total().high() + base.high() - b.base().high() + bonus.high() - b.bonus().high());
        yield new Bands(base, b.stock(), bonus, total, b.grant(), b.bonusRate(), b.totalDerived());
      }
    };
    return new Region(relative.name(), RegionBands.isHq(relative.name()), of.currency(),
        bands.derived(possessive(of.name()) + " bands" + change(relative)), relative.line());
  }

  /**
   * What a region written with one part as another's says in full: that part's band as the other region writes it,
   * then its own parts ("base USD 138000 to 165000; equity of $12,000 to $20,000 a year and the same 10% bonus").
   */
  static String ownBody(Relative relative, Region of) {
    Range band = switch (relative.part()) {
      case BASE -> of.bands().base();
      case BONUS -> of.bands().bonus();
      default -> of.bands().stock();
    };
    String part = relative.part() == Column.BASE ? "base" : relative.part() == Column.BONUS ? "bonus" : "stock";
    return part + " " + of.currency() + " " + band.low() + " to " + band.high() + "; " + relative.own();
  }

  /** How a relative region moves the other's bands: " minus 5% on base", "" for the same bands. */
  private static String change(Relative relative) {
    return relative.percent() == 0 ? "" : String.format(Locale.ROOT, " %s %s%%%s",
        relative.percent() > 0 ? "plus" : "minus", trimmed(Math.abs(relative.percent())),
        switch (relative.scope()) {
          case BASE -> " on base";
          case TOTAL -> " on the total";
          case ALL -> "";
        });
  }

  /** What a derived region says of itself in its info line. */
  static String described(Relative relative, Region of, Region derived) {
    String change = change(relative);
    Bands d = derived.bands();
    List<String> parts = new ArrayList<>();
    parts.add("base " + Money.compact(d.base(), derived.currency()));
    if (d.stock().high() > 0) {
      parts.add("stock " + Money.compact(d.stock(), derived.currency()));
    }
    if (d.bonus().high() > 0) {
      parts.add("bonus " + Money.compact(d.bonus(), derived.currency()));
    }
    parts.add("total " + Money.compact(d.total(), derived.currency()));
    String as = relative.own() == null ? possessive(of.name()) + " bands" + change
        : possessive(of.name()) + " " + relative.part().name().toLowerCase(Locale.ROOT) + " and parts of its own";
    return derived.name() + " is written as " + as + ": read as "
        + String.join(", ", parts) + " (derived)";
  }

  /** "Austin's", "All locations'": a region's name as the owner of its bands. */
  static String possessive(String name) {
    return name.endsWith("s") ? name + "'" : name + "'s";
  }

  private static String trimmed(double percent) {
    return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
  }

  private static Range scaled(Range r, double factor) {
    return Range.of(Math.round(r.low() * factor), Math.round(r.high() * factor));
  }
}
