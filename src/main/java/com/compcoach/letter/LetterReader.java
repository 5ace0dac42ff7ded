package com.compcoach.letter;

import com.compcoach.guide.Money;
import com.compcoach.money.NumberWords;
import com.compcoach.money.RulesResource;
import com.compcoach.money.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an offer letter's text into an {@link OfferLetter}: each figure paired with the phrase next to it, sentence
 * by sentence, in time proportional to the letter's length. Pure and thread-safe; one per process. The method is in
 * docs/coaching.md ("Reading an offer letter").
 */
public final class LetterReader {

  /** Longest letter read, in characters; the rest is not looked at (a letter is a few pages). */
  public static final int LONGEST_LETTER = 60_000;

  /** A sentence saying there is no bonus: "we don't currently offer an annual bonus program", "not bonus-eligible". */
  private static final Pattern NO_BONUS = Pattern.compile("\\b(?:(?:don['’]t|do\\s+not|does\\s+not|doesn['’]t)"
      + "\\s+(?:currently\\s+|yet\\s+)?(?:offer|have|pay|provide|run|operate)\\s+(?:an?\\s+|any\\s+)?(?:annual\\s+|yearly\\s+|"
      + "performance\\s+|cash\\s+)?bonus|no\\s+(?:annual\\s+|cash\\s+|performance\\s+)?bonus"
      // "Bonus ........ Not applicable", "Annual bonus: n/a": a summary's bonus field that says there is none.
      + "|^\\W*(?:annual\\s+|target\\s+|performance\\s+)?bonus\\s*[|:]\\s*(?:not\\s+applicable|n/?a|none|nil|not\\s+eligible)\\b"
      + "|(?:not|isn['’]t|is\\s+not)"
      + "\\s+(?:be\\s+)?(?:(?:eligible\\s+for|entitled\\s+to)\\s+(?:an?\\s+|any\\s+)?(?:annual\\s+|cash\\s+|yearly\\s+|"
      + "performance\\s+)?bonus|bonus[- ]eligible))");
  private static final Pattern CLAWBACK_PERIOD = Pattern.compile(
      "\\b(?:within|before|prior\\s+to|in\\s+the\\s+first|during\\s+the\\s+first|less\\s+than|before\\s+completing|"
          + "under|(?<=\\bleave\\s)in|(?<=\\bquit\\s)in|(?<=\\bresign\\s)in)\\s+(?:the\\s+)?(?:completing\\s+|completion\\s+of\\s+)?(\\w+(?:-\\w+)?)(?:[\\s-]*\\(\\d{1,2}\\))?[\\s-]+"
          + "(?:full\\s+)?(months?|years?|yrs?|mos?)\\b|\\bwithin\\s+(?:the\\s+|your\\s+)?first\\s+(\\w+)(?:[\\s-]*\\(\\d{1,2}\\))?[\\s-]+"
          + "(months?|years?|yrs?|mos?)\\b");
  /** "within your first year", "dans les 12 mois": the first year said without a count of months. */
  private static final Pattern CLAWBACK_FIRST_YEAR = Pattern.compile(
      "\\b(?:within|during|in)\\s+(?:your|the)\\s+first\\s+year\\b|\\b(?:dans\\s+les|au\\s+cours\\s+des|avant|"
          + "innerhalb\\s+(?:der\\s+ersten|von)|in\\s+den\\s+ersten)\\s+(\\d{1,2}|douze|six|dix-huit|vingt-quatre|sechs|zwölf|"
          + "achtzehn|vierundzwanzig)\\s+(?:premiers\\s+)?(?:mois|monate[n]?)\\b");
  private static final Pattern CLAWBACK_ANNIVERSARY = Pattern.compile(
      "\\b(?:before|prior\\s+to)\\s+(?:your\\s+|the\\s+)?(first|second|1st|2nd)\\s+(?:\\w+\\s+)?anniversary");
  private static final Pattern PER_HOUR = Pattern.compile("\\b(?:per|an|each|/)\\s?hour\\b|\\bhourly\\s+(?:rate|wage)");
  private static final Pattern PER_DAY = Pattern.compile(
      // "620 € HT par jour", "EUR 780 (excl. VAT) per day": the tax word between the fee and its day.
      "(?:\\s*\\(?(?:ht|h\\.t\\.|hors\\s+taxes?|excl(?:\\.|uding)?\\s+vat|plus\\s+vat|\\+\\s*vat)\\)?)?(?:"
          + "\\s*(?:per|a|each|/)\\s?(?:(working|business|work)\\s+)?(?:day|diem)\\b|\\s*p/d\\b"
          // "R$ 55,00 por dia útil": a Brazilian working day; "10,20 € por cada dia útil", "10 € par jour travaillé".
          + "|\\s*(?:por\\s+(?:cada\\s+)?dia|par\\s+jour)(\\s+(?:útil|trabalhado|travaillé|ouvré))?(?![\\p{L}]))");
  /** "Day rate: £650", and France's "TJM : 620 €" (taux journalier moyen), "taux journalier", "tarif journalier". */
  private static final Pattern DAY_RATE = Pattern.compile(
      "(?:\\b(?:day|daily)\\s+rate|\\btjm|\\btaux\\s+journalier(?:\\s+moyen)?|\\btarif\\s+journalier)\\b[^$£€¥₹\\d]*$");
  private static final Pattern ACHIEVEMENT = Pattern.compile(
      "\\s*(?:of\\s+)?(?:(?:target|goal|objective)s?\\s+)?(?:achievement|attainment|payout|funding|completion|"
          + "performance(?!\\s+(?:bonus|incentive|pay|award|related)))\\b"
          // "bei 100 % Zielerreichung", "à 100 % d'atteinte des objectifs": the same in German and French.
          + "|\\s*(?:zielerreichung|zielerfüllung|d['’]atteinte|de\\s+réalisation)\\b"
          // "accelerators above 100% of quota": a sales plan's attainment, not a bonus.
          + "|\\s*of\\s+(?:your\\s+|the\\s+|annual\\s+|assigned\\s+)*(?:quota|plan)\\b"
          // "we guarantee 100% of your target commission": a share of the commission paid, never a percent of base.
          + "|\\s*of\\s+(?:your\\s+|the\\s+)?target\\s+(?:commissions?|incentive|variable(?:\\s+pay)?)\\b");
  private static final Pattern FAIR_VALUE_AFTER = Pattern.compile(
      "\\s*(?:per|a|each)\\s+(?:share|option)[\\s,(]*(?:which\\s+is\\s+|being\\s+|i\\.e\\.\\s*)?(?:the\\s+|its\\s+)?"
          + "(?:fair\\s+market\\s+value|409a)");
  private static final Pattern COMPANY_PART = Pattern.compile(
      "\\s*of\\s+(?:the\\s+|our\\s+)?(?:company|business|fully[- ]diluted|outstanding|issued|equity|share\\s+capital|"
          + "capitali[sz]ation)");
  /** A bonus named as the bonus, not a month of pay: "performance bonus", "annual bonus", "target bonus". */
  private static final Pattern OWN_BONUS = Pattern.compile(
      "\\b(?:performance|annual|target|discretionary|variable|incentive)\\s+bonus\\b");
  /** "… months of monthly salary per payment": the months a bonus pays each time, not a year's. */
  private static final Pattern PER_PAYMENT = Pattern.compile(
      "\\s*(?:,\\s*)?(?:per|for\\s+each|each|at\\s+each)\\s+(?:payment|payout|pay-?out|instal?lment|bonus\\s+payment|occasion)\\b");
  /** "paid twice a year", "two times per year", "semi-annually", "in June and December". */
  private static final Pattern PAYMENTS_A_YEAR = Pattern.compile(
      "\\b(twice|two|three|2|3)(?:\\s+times)?\\s+(?:a|per|each)\\s+year\\b|\\b(semi-?annual(?:ly)?|bi-?annual(?:ly)?)\\b"
          + "|\\b(?:in|every)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
          + "\\s+and\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b");

  /** How many times a year the sentences say a bonus is paid, or null where they do not say. */
  private static Integer paymentsAYear(String lower) {
    Matcher m = PAYMENTS_A_YEAR.matcher(lower);
    while (m.find()) {
      // Only a frequency of paying: "reviews take place twice a year" says nothing of the bonus's payments.
      if (PAYING.matcher(lower.substring(Math.max(0, m.start() - 40), m.start())).find()) {
        return m.group(1) == null ? Integer.valueOf(2) : NumberWords.count(m.group(1).replace("twice", "two"));
      }
    }
    return null;
  }

  /** Words of paying before a frequency: "paid twice a year", "payable in June and December", "bonus … twice". */
  private static final Pattern PAYING = Pattern.compile("\\b(?:paid|payable|pays?|payments?|payouts?|instal\\w*"
      + "|distribut\\w*|disburs\\w*|bonus(?:es)?)\\b[^.;]*$");

  private static final Pattern BONUS_MONTHS = Pattern.compile(
      "(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,2})?|\\w+)(?:\\s*\\(\\d{1,2}\\))?\\s+(?:months?['’]?s?|monthly)\\s+(?:of\\s+)?"
          + "(?:your\\s+|the\\s+)?(?:annual\\s+)?(?:base\\s+|basic\\s+|gross\\s+|monthly\\s+|fixed\\s+)?"
          + "(?:salary|salaries|pay|wages?)\\b"
          // "até 2 salários por ano", "hasta 2 sueldos": the same in Portuguese and Spanish.
          + "|(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,2})?)\\s+(?:salários|salarios|sueldos|mensalidades|mensualidades|"
          + "monatsgehälter|meses\\s+de\\s+(?:salário|salario|sueldo))(?![\\p{L}])"
          // "up to 400% of your monthly base salary": four months, as Korean and Japanese letters write it.
          + "|(?<![\\d.,])(\\d{2,4})\\s?%\\s+of\\s+(?:your\\s+|the\\s+|one\\s+|a\\s+)?(?:gross\\s+|base\\s+|basic\\s+)?(?:monthly|month['’]s)\\s+"
          + "(?:base\\s+|basic\\s+|gross\\s+|ordinary\\s+)?(?:salary|pay|wages?)\\b");
  /** A percent of one month's salary, not of the year's base: "of one gross monthly salary", "of a month's pay". */
  private static final Pattern OF_A_MONTH = Pattern.compile(
      "\\s*of\\s+(?:your\\s+|the\\s+|one\\s+|a\\s+)?(?:gross\\s+|base\\s+|basic\\s+)?(?:monthly|month['’]s)\\s+");
  /** Words right before a figure the letter replaces: a current salary, an earlier letter's figure. */
  private static final Pattern FORMER = Pattern.compile(
      "\\b(?:(?:current|present|existing|previous|prior|former|old)\\s+(?:annual\\s+|yearly\\s+|gross\\s+|base\\s+|basic\\s+)*"
          + "(?:salary|base|pay|compensation)(?:\\s+(?:of|is|was|at))?|(?:revised|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
          + "chang(?:e|es|ed|ing)|up|adjust(?:s|ed|ing)?|down|reduced|ris(?:e|es|ing)|rose|go(?:es|ing)?|went|"
          + "mov(?:e|es|ed|ing)|grow(?:s|ing)?|grew)(?:\\s+(?!from\\b)[\\p{L}']+){0,3}?\\s+from|previously|originally|instead\\s+of|"
          + "replaces?\\s+(?:the\\s+|your\\s+)?|(?<=\\()\\s*from)[\\s:,(]*$");
  /** Equity already held ("your outstanding RSU awards continue to vest"), or left behind ("the equity you forfeit"). */
  private static final Pattern HELD_EQUITY = Pattern.compile(
      "\\b(?:your\\s+)?(?:outstanding|existing|current|unvested|previously\\s+granted|prior)\\s+(?:\\w+\\s+){0,2}?"
          + "(?:rsus?|awards?|grants?|options?|equity|shares|units)\\b|\\b(?:continue|continues)\\s+to\\s+vest\\b");
  /** "per work RVU", "per wRVU", "per visit": a rate paid for each unit of work. */
  private static final Pattern PER_UNIT_OF_WORK = Pattern.compile(
      "^\\s*(?:per|each|for\\s+each|/)\\s*(?:work(?:ed)?\\s+)?(?:w?rvus?\\b|relative\\s+value\\s+unit|visit\\b|encounter\\b|"
          + "patient\\s+(?:visit|encounter)\\b|procedure\\b)");
  /**
   * "$2,000 for each successful employee referral", "per hire": a fee paid for each thing done, never a salary; a
   * fee for each hour, month or pay period is read as a rate above.
   */
  private static final Pattern FOR_EACH_ITEM = Pattern.compile(
      "^\\s*(?:for\\s+(?:each|every)|per|each)\\s+(?:(?<item>(?:[\\p{L}-]+\\s+){0,2}?(?:referral|hire|placement|introduction"
          + "|candidate)s?)\\b|(?<=each\\s|every\\s)(?!(?:full\\s+|complete[d]?\\s+|calendar\\s+|working\\s+|business\\s+|pay\\s+|"
          + "billable\\s+)?(?:hours?|days?|weeks?|months?|years?|quarters?|periods?|fortnights?|shifts?)\\b)"
          + "(?<thing>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?))");
  /** Pay after a guarantee that follows production: "a draw against productivity", "beginning in year three". */
  private static final Pattern LATER_PRODUCTION = Pattern.compile(
      "\\bdraw\\s+against\\b|\\b(?:beginning|starting|from|after)\\s+(?:in\\s+)?(?:year\\s+(?:two|three|four|[2-5])|"
          + "the\\s+(?:second|third|fourth|fifth)\\s+year|your\\s+(?:second|third)\\s+year)\\b");
  /** "no later than", "at the latest": the date is the last one allowed. */
  /**
   * "Please acknowledge this letter in Workday by December 4": acknowledging is answering only with a day to do it by;
   * "acknowledge this letter and confirm you can attend orientation on April 26" dates the orientation, not the answer.
   */
  private static final Pattern ACKNOWLEDGE_BY = Pattern.compile("\\backnowledge\\s+(?:this\\s+letter|this\\s+offer"
      // "Please sign below to acknowledge these changes by December 11": a promotion's or a change's letter.
      + "|(?:these|the|your)\\s+(?:new\\s+)?(?:terms|changes?|promotion|adjustments?|updates?|role|position)|and\\s+accept)"
      + "(?:\\s+(?!is\\b|are\\b|will\\b|and\\b)[\\w-]+){0,4}?\\s+(?:by|no\\s+later\\s+than)\\b"
      // A day must follow: "acknowledge the position by replying to this email" says how, not when.
      + "(?=\\s+(?:\\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb"
      + "|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
      + "|(?:mon|tue|wed|thu|fri|sat|sun)\\b|today|tonight|tomorrow|noon|midday|midnight|end\\b|close\\b|cob\\b|eod\\b|next\\b"
      + "|this\\s+(?:coming\\s+)?(?:\\w+day|week|month)\\b|that\\s+(?:date|day)\\b"
      + "|the\\s+(?:end|close|\\d|date|deadline|latest|following|start|beginning|middle|first|last)\\b))");

  /** Where a sentence asks for the answer (a deadline phrase or an acknowledgement by a day), or -1. */
  private int deadlineAt(String lower) {
    int at = words.first(lower, Topic.DEADLINE);
    Matcher ack = ACKNOWLEDGE_BY.matcher(lower);
    return ack.find() && (at < 0 || ack.start() < at) ? ack.start() : at;
  }

  private static final Pattern LATEST = Pattern.compile("\\b(?:no|not)\\s+later\\s+than\\b|\\bat\\s+the\\s+latest\\b");

  /** "in the week of February 8", "the week commencing 8 March", "w/c 8 March": a start that is a week, not a day. */
  /**
   * Whether the start sentence gives a week and no day: "in the week of February 8, 2027". Not where the week words
   * carry no date of their own ("your first week of February onboarding") or the sentence names the day besides ("Your
   * start date is February 8, 2027 (the week of the 8th is our onboarding week)"), s30 review.
   */
  private static boolean startsInAWeek(String lower) {
    Matcher week = START_WEEK_DATED.matcher(lower);
    if (!week.find()) {
      return false;
    }
    String rest = lower.substring(0, week.start()) + " " + lower.substring(week.end());
    return !A_DAY.matcher(rest).find();
  }

  /** The week's words with the date they give: "week of february 8, 2027", "w/c 8 feb". */
  private static final Pattern START_WEEK_DATED = Pattern.compile("(?:\\bweek\\s+(?:of|commencing|beginning|starting)|"
      + "\\bw/c)\\s+[^.;()]*?(?:\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\b)");

  /** A day of a month written anywhere: "february 8", "8 feb", "8th of february", "2/8/2027". */
  private static final Pattern A_DAY = Pattern.compile("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+"
      + "\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
      + "|dec)|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");

  /** Whether a start sentence leaves the day to be agreed ("mutually agreed", "to be confirmed", "TBD", "flexible"). */
  private static boolean agreedStart(String lower) {
    return lower.contains("mutually") || lower.contains("to be agreed") || lower.contains("tbd")
        || lower.contains("to be confirmed") || lower.contains("flexible");
  }

  /** "will increase to $136,000": a later base, when the sentence says after what. */
  private static final Pattern STEP_UP_BEFORE = Pattern.compile(
      "\\b(?:increas(?:e[sd]?|ing)|ris(?:e|es|ing)|raised|adjusted|mov(?:e|es|ing)|go(?:es)?|step(?:s|ped)?\\s+up|"
          + "be\\s+increased)\\s+(?:\\w+\\s+){0,2}?to\\s*$");
  /** What follows a company's name in a footer: a separator, then its address ("· 1200 Commerce St, Dallas"). */
  private static final Pattern FOOTER_ADDRESS = Pattern.compile("^\\.?\\s*[|·•–—]\\s*\\d{1,6}\\s+\\p{Lu}.*$");
  /** "per pay period", "each paycheck": a period that is the letter's pay frequency, named elsewhere or not at all. */
  private static final Pattern PER_PAY_PERIOD = Pattern.compile(
      "^\\s*(?:gross\\s+|\\(gross\\)\\s+)?(?:per|each|every|a)\\s+(?:pay\\s*(?:period|check|cheque|day|run)|paycheck)\\b");
  /** A period word with what it qualifies right before a figure: "bi-weekly installments of", "semi-monthly rate:". */
  private static final Pattern PERIOD_BEFORE = Pattern.compile(
      "(?:^|[\\s(])(?:per\\s+|each\\s+|a\\s+)?(semi-monthly|semimonthly|semi\\s+monthly|bi-weekly|biweekly|bi\\s+weekly|"
          + "fortnightly|weekly|monthly)\\s+(?:gross\\s+|base\\s+)?(?:rate|salary|pay(?:\\s+period)?|installments?|instalments?|"
          + "payments?|paychecks?|amounts?|wages?)\\s*(?:of|:|is|will\\s+be|equal\\s+to)?\\s*$|\\bper\\s+(semi-monthly)\\s*$");
  /** A monthly salary named in another language: "Salário mensal: R$ 20.000,00", "salaire mensuel de 6 000 $". */
  private static final Pattern MONTHLY_NOUN = Pattern.compile(
      "\\b(?:salário\\s+(?:base\\s+)?mensal|salario\\s+(?:base\\s+)?mensual|sueldo\\s+(?:base\\s+)?mensual|"
          + "salaire\\s+(?:de\\s+base\\s+)?mensuel|(?:brutto)?monatsgehalt|(?:brutto)?monatslohn|(?:bruto\\s+)?maandsalaris|"
          // "rémunération brute mensuelle", "monatliches Bruttogehalt": the month as an adjective.
          + "rémunération\\s+(?:brute\\s+)?mensuelle|"
          // Portugal: "A retribuição base mensal ilíquida será de 3.800,00 €", "remuneração mensal".
          + "(?:retribuição|remuneração)\\s+(?:base\\s+)?mensal|monatliche[sn]?\\s+(?:brutto)?(?:gehalt|vergütung|grundgehalt))\\b"
          + "[^$£€¥₹\\d]*$");
  /** "$128,000 for the first six months and $136,000 thereafter": the later figure is a step-up. */
  private static final Pattern STEP_UP_AFTER = Pattern.compile(
      "^[^.;$£€¥₹\\d]{0,30}?\\b(?:thereafter|after\\s+that|from\\s+then\\s+on|from\\s+month\\s+\\w+)\\b");
  private static final Pattern STEP_UP_WHEN = Pattern.compile(
      "\\b(?:after|upon|on|following|once)\\s+(?:you\\s+)?(?:the\\s+|your\\s+)?(?:successful(?:ly)?\\s+|complet\\w*\\s+|first\\s+|"
          + "\\w+\\s+months?|\\w+[-\\s]month|probation|introductory|anniversary|completion|completing)|\\bprobation|"
          + "\\bintroductory\\s+period|\\banniversary\\b");
  /** A full-time-equivalent figure: "£70,000 per annum pro rata (full-time equivalent)", "an FTE salary of". */
  private static final Pattern FULL_TIME_AFTER = Pattern.compile(
      "^[^.;$£€\\d]{0,25}?(?:pro[\\s-]?rata|pro-rated|prorated|full[\\s-]time\\s+equivalent|\\bfte\\b|"
          + "on\\s+a\\s+full[\\s-]time\\s+basis)");
  // "employed full-time at an annual salary of $120,000" is a full-time offer: a bare "full-time" needs its salary word.
  private static final Pattern FULL_TIME_BEFORE = Pattern.compile(
      "(?:full[\\s-]time\\s+equivalent|\\bfte)\\s+(?:annual\\s+|base\\s+|gross\\s+)*(?:salary|rate|pay|base)?"
          + "[^.;$£€\\d]{0,25}$|full[\\s-]time\\s+(?:annual\\s+|base\\s+|gross\\s+)*(?:salary|rate|pay|base)\\b"
          + "[^.;$£€\\d]{0,12}$"
          // "The full-time salary for this position is $115,000 per year."
          + "|full[\\s-]time\\s+(?:annual\\s+|base\\s+|gross\\s+)*(?:salary|rate|pay)\\s+(?:for|of)\\s+(?:this|the)\\s+"
          + "(?:position|role|post|job)\\s+(?:is|would\\s+be)\\s*$|\\b(?:for|in)\\s+(?:a|the)\\s+full[\\s-]time\\s+(?:position|role|post|job|employee|basis)\\s+"
          + "would\\s+be\\s*$|\\bat\\s+full[\\s-]time\\s+(?:is|would\\s+be|of)?\\s*$"
          // "Your gross monthly salary on a full-time basis (40 hours per week) is EUR 5,500".
          + "|\\bon\\s+a\\s+full[\\s-]time\\s+basis\\b(?:\\s*\\([^()]{0,30}\\))?[^.;$£€\\d]{0,12}$");
  private static final Pattern ACTUAL_BEFORE = Pattern.compile(
      "\\b(?:actual|pro[\\s-]?rata|pro-rated|prorated|part[\\s-]time)\\s+(?:annual\\s+|base\\s+|gross\\s+)*(?:salary|pay|base)\\b");
  /** "15% of your base salary", "based on your salary": the base named as what a figure is of. */
  private static final Pattern NAMED_BASE = Pattern.compile(
      "(?:^|[^\\p{L}])(?:of\\s+(?:(?:your|the|their)\\s+)?(?:annual\\s+|eligible\\s+|basic\\s+|gross\\s+){0,2}|on\\s+your\\s+)$");
  /** Words right before a bonus figure that make it the least the bonus pays: a guarantee, not a target. */
  private static final Pattern BONUS_FLOOR = Pattern.compile(
      "\\b(?:(?:no|not)\\s+less\\s+than|at\\s+least|minimum(?:\\s+of)?|floor\\s+of|guaranteed?(?:\\s+\\w+){0,3}?\\s+(?:of|at))"
          + "[^.;\\d%$£€¥₹]{0,12}$");
  /** Words right before a bonus figure that make it the most the bonus pays, not its target. */
  private static final Pattern BONUS_CAP = Pattern.compile(
      "\\b(?:up\\s+to|maximum(?:\\s+of)?|max\\.?|capped\\s+at|not\\s+(?:to\\s+)?exceed(?:ing)?|as\\s+much\\s+as|"
          // "with a maximum opportunity of 15% of base salary" (s28)
          + "max(?:imum)?\\s+(?:bonus\\s+)?(?:opportunity|payout|award|potential|entitlement)(?:\\s+of)?|"
          + "at\\s+most|ceiling\\s+of|jusqu['’]à|pouvant\\s+atteindre|bis\\s+zu|maximal|höchstens|até|hasta|fino\\s+al?|"
          // Dutch: "een bonus van maximaal 10%", "tot ten hoogste 10%".
          + "maximaal|ten\\s+hoogste)(?![\\p{L}])[^.;\\d%$£€¥₹]{0,12}$");
  private static final Pattern AFTER_TITLE = Pattern.compile(
      // "IT Specialist (INFOSEC), GS-2210-12, Step 3, in Ogden, UT.": a federal grade may stand between.
      "\\s*(?:\\([^)]{1,30}\\))?(?:,\\s+[A-Z]{2}-[\\d-]+(?:,\\s+Step\\s+\\d{1,2})?)?,?\\s+in\\s+"
          + "(\\p{Lu}[\\p{L}-]+(?:,?\\s+\\p{Lu}[\\p{L}-]+){0,2})\\s*(?:[.;!]|$"
          // "a 12-month contract as Senior Data Engineer in Leeds, starting 11 January", "the post of Research
          // Scientist in Oxford on a fixed-term contract": the place, then when or on what terms.
          + "|,\\s+(?:starting|beginning|commencing|effective|from)\\b|\\s+on\\s+an?\\s+)");
  /** Where a bare "$" is another country's dollar: the places (and words) that say so, checked in this order. */
  private static final Map<String, Pattern> DOLLAR_PLACES = orderedPlaces();
  /** US cities the rules know ({@code us_cities}, shared with guides): a letter set in one is paid in US dollars. */
  private static final Set<String> US_CITIES = Set.copyOf(RulesResource.phrases(RulesResource.rules().get("us_cities")));
  private static final Pattern COST_TO_COMPANY = Pattern.compile("\\bctc\\b");
  private static final Pattern SHARES_AFTER = Pattern.compile(
      "^\\s*(?:\\(\\d[\\d,]*\\)\\s*)?(?:of\\s+)?(?:the\\s+company'?s\\s+)?(?:shares|units|rsus?|restricted|options|esops?|"
          + "stock\\s+options|share\\s+options|ordinary|common|performance|incentive|non-qualified|nonqualified|iso|"
          + "virtual|phantom|psus?|class\\s+\\w{1,2}\\s+(?:common\\s+)?units|profits\\s+interests?)");

  private static final Pattern NEGATION = Pattern.compile("\\b(?:no|not|nor|without|neither)\\b");
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*[\\w'-]+(?:\\s[\\w'-]+){0,2}\\s*");
  private static final Pattern LIST_END = Pattern.compile("\\s*(?:(?:[\\w'-]+\\s){1,3}(?:or|and|nor)\\s)?");
  private static final Pattern PAIR_AFTER_NEGATION = Pattern.compile("[\\w' -]{0,60}\\s(?:or|nor)\\s+");
  private static final Pattern LIST_BREAK = Pattern.compile("[;.:$£€\\d]|\\b(?:but|however|except|instead|although)\\b");

  // Compiled once: these run at every figure, and a pattern compiled per call was most of a dense letter's cost.
  private static final Pattern NEGATED_BEFORE = Pattern.compile("\\b(?:no|not|nor|without|neither)\\b[^,;.:$£€\\d]*$");
  private static final Pattern YEARLY_NEAR = Pattern.compile("\\b(?:per\\s+annum|per\\s+year|(?<!times\\s)a\\s+year|annual|"
      + "annually|annualized|annualised|yearly|p\\.a\\.|/\\s?year|/\\s?yr|per\\s+yr)\\b");
  private static final Pattern MONTHLY_CLAUSE = Pattern.compile("\\b(?:monthly|month's|per\\s+month)\\s+(?:gross\\s+|base\\s+|"
      + "basic\\s+|fixed\\s+)?(?:salary|pay|rate|remuneration|wage|compensation|amount|fee|stipend)\\b[^$£€¥₹\\d]*$");
  private static final Pattern GROSS_MONTHLY = Pattern.compile("\\bgross\\s+monthly\\b");
  private static final Pattern LEADING_BAR = Pattern.compile("^\\|\\s*");
  private static final Pattern LEADING_GROSS = Pattern.compile("^(?:gross|brutto)\\s+");
  private static final Pattern LEADING_PER = Pattern.compile("^(?:per|a|each|every|/)\\s*");
  private static final Pattern PER_SHARE_OR_OPTION = Pattern.compile("\\s*(?:per|a|each|/)\\s*(?:share|unit|option)\\b");
  private static final Pattern PRICE_NAMED = Pattern.compile(
      "(?:exercise|strike|purchase|share|stock)\\s+price[^$£€\\d]{0,30}$"
          // "80,000 options, strike is $0.62", "options at a strike of $1.10", "20,000 options, strike $0.90": the
          // strike named without "price".
          + "|\\b(?:strike|exercise)\\s*(?:(?:is|of|at|:|=|will\\s+be)\\s*)?(?:set\\s+at\\s+)?$");
  /** "24,000 stock options at a $3.10 strike price", "a $0.85 exercise price": the strike named after its figure. */
  private static final Pattern STRIKE_AFTER = Pattern.compile("\\s*(?:strike|exercise)(?:\\s+price)?\\b");
  private static final Pattern PRICE_OF = Pattern.compile(
      "(?:fair\\s+market\\s+value|409a|price)\\s*(?:of|is|was|:)?\\s*(?:\\w+\\s+){0,3}$");
  private static final Pattern COMPANY_VALUATION = Pattern.compile(
      "(?:valuation|valued\\s+the\\s+company|company\\s+(?:is\\s+)?valued|post-money|pre-money)[^.]*$");
  private static final Pattern COMPANY_SHARES_BEFORE = Pattern.compile(
      "(?:outstanding|fully[- ]diluted|capitali[sz]ation)[^.]*$");
  private static final Pattern COMPANY_SHARES_AFTER = Pattern.compile("[^.]{0,40}(?:outstanding|fully[- ]diluted)");
  /** "(about 0.6% of the company on a fully diluted basis)": the grant as a part of the company, beside its count. */
  private static final Pattern PART_OF_COMPANY = Pattern.compile(
      "\\s*of\\s+(?:the\\s+|our\\s+)?(?:company\\b|fully[- ]diluted|outstanding\\s+(?:shares|stock|capital))");
  private static final Pattern FAIR_VALUE_BEFORE = Pattern.compile(
      "(?:409a|fair\\s+market\\s+value|valuation)[^$£€\\d]{0,40}$");
  /** "closed at a post-money valuation of $12,000,000": the whole company's worth, no price a share. */
  private static final Pattern WHOLE_COMPANY_VALUE = Pattern.compile(
      "\\b(?:post|pre)[- ]?money\\b|\\bcompany\\s+valuation\\b|\\bvalu(?:ation|ed)\\s+(?:of\\s+)?the\\s+company\\b");
  /** "At our last 409A this is worth ~$96,000": the grant's worth at that value, never a price a share. */
  private static final Pattern GRANT_WORTH = Pattern.compile(
      "\\b(?:worth|valued\\s+at|a\\s+value\\s+of)\\s*(?:~|about|approx\\.?|approximately|around|roughly)?\\s*$");
  private static final Pattern PREFERRED_BEFORE = Pattern.compile("preferred[^$£€\\d]{0,40}$");
  /** "at $3.10 per preferred share", "$3.10 a share of Series Seed Preferred": the preferred price after its figure. */
  private static final Pattern PREFERRED_AFTER = Pattern.compile(
      "\\s*(?:per|a|each|/)\\s*(?:share\\s+of\\s+)?(?:(?:series\\s+\\w+|seed)\\s+)?preferred\\b");

  /** A startup's salary paid in part later ("the remaining $60,000 per year will accrue as deferred salary"). */
  private static final Pattern DEFERRED_SALARY = Pattern.compile(
      "\\bdeferred\\s+(?:salary|compensation|pay)\\b|\\bsalary\\s+deferral\\b|\\bdefer(?:red)?\\s+(?:\\w+\\s+){0,4}"
          + "(?:salary|compensation)\\b|\\b(?:will|shall)\\s+be\\s+deferred\\b");

  /** "elect to defer a portion of your compensation into the 401(k) plan": the employee's own saving, no deferral. */
  private static final Pattern RETIREMENT_DEFERRAL = Pattern.compile(
      "\\b401\\s?\\(?k\\)?|\\b403\\s?\\(?b\\)?|\\b(?:you\\s+may\\s+)?elect\\s+to\\s+defer\\b|\\bretirement\\s+plan\\b"
          + "|\\bpension\\b|\\bcontributions?\\b");

  /** What a deferred salary waits for; a pension "on deferred salary" (salary given up for it) waits for nothing. */
  private static final Pattern DEFERRED_UNTIL = Pattern.compile(
      "\\b(?:until|upon|unless|financing|funding|raise[sd]?|round|closing|closes|revenue|cash\\s+flow)\\b");

  /** The phrases of letter/words.txt, loaded once: immutable. */
  static final LetterWords WORDS = LetterWords.load();

  private final LetterWords words = WORDS;

  /** The letter read, with dates that give no year (or "within 5 days") counted from its own date or {@code today}. */
  public OfferLetter read(String letterText, LocalDate today) {
    String text = letterText.length() > LONGEST_LETTER ? letterText.substring(0, LONGEST_LETTER) : letterText;
    EmailThread.Current thread = EmailThread.current(text);
    List<String> sentences = new ArrayList<>(LetterSentences.split(PageFurniture.removed(thread.newest())));
    int earlierFrom = sentences.size();
    if (thread.earlier() != null) {
      sentences.addAll(LetterSentences.split(PageFurniture.removed(thread.earlier())));
    }
    TableColumns revised = TableColumns.of(sentences);
    FormerSection former = FormerSection.of(revised.sentences());
    sentences = new ArrayList<>(former.sentences());
    List<String> lowers = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      lowers.add(s.toLowerCase(Locale.ROOT));
    }
    Reading r = new Reading(sentences, lowers);
    r.earlierFrom = earlierFrom;
    List<String> replacedCells = new ArrayList<>(revised.replaced());
    replacedCells.addAll(former.replaced());
    for (String cell : replacedCells) {
      // "Base salary | $205,000 | $222,000" under "Original offer | Revised offer": the first is replaced.
      for (Amount a : LetterFigures.find(cell)) {
        if (a.money() && a.value().signum() > 0) {
          r.formerFigures.add(new Former(a.exact(), a.currency()));
        }
      }
    }
    r.costToCompany = lowers.stream().anyMatch(l -> l.contains("cost to company") || l.contains("ctc") && COST_TO_COMPANY.matcher(l).find());
    // The letter's place first: a bare "$" is the dollar of where the job is.
    names(r);
    employerOutOfTitle(r);
    r.currency = currency(r);
    r.monthFirst = "USD".equals(r.currency == null ? null : r.currency.value());
    r.letterDate = letterDate(r);
    LocalDate reference = r.letterDate != null ? r.letterDate : today;
    for (int i = 0; i < sentences.size(); i++) {
      readFigures(r, i);
    }
    r.deferredSalary = r.lowers.stream().anyMatch(l -> l.contains("defer") && DEFERRED_SALARY.matcher(l).find()
        && DEFERRED_UNTIL.matcher(l).find() && !RETIREMENT_DEFERRAL.matcher(l).find());
    addLocality(r);
    namedExtras(r);
    retentionRepayment(r);
    retirementMatch(r);
    oteSplit(r);
    currencyOfTheBase(r);
    packageIncludedAfter(r);
    baseWithoutIncluded(r);
    basePartTime(r);
    hourlyBeside(r);
    if (r.hourly && r.base == null) {
      Quote<BigDecimal> hours = WeeklyHours.of(r.sentences, r.lowers);
      r.weeklyHours = hours == null ? null : hours.value();
    }
    if (r.daily && r.base == null && r.dayRate != null) {
      // A day rate is a year only by the letter's own days a week and weeks a year: never by a guess of the weeks.
      r.contractDays = ContractDays.of(r.lowers);
      if (r.contractDays != null && r.contractDays.weeksAYear() != null) {
        r.base = new Quote<>(r.dayRate.exact().multiply(BigDecimal.valueOf((long) r.contractDays.daysAWeek()
            * r.contractDays.weeksAYear())), r.dayRateSentence);
      }
    }
    extraMonthOnTop(r);
    extraMonthOnPayPeriods(r);
    bonusInMonths(r);
    fixedOfTheCtc(r);
    bonusFloor(r);
    bonusProrated(r);
    extraMonthProrated(r);
    valuation(r);
    dates(r, reference);
    equity(r);
    choose(r);
    r.privateCompany = privateCompany(r);
    List<String> questions = LetterQuestions.ask(r);
    TableColumns t = revised;
    // Two bases ("Base Salary: $198,000" in a summary, "$192,000" in the prose) are asked about, and neither is shown
    // as the base meanwhile: the first one read is no more the offer than the other.
    Quote<BigDecimal> base = r.otherBases.isEmpty() ? r.base : null;
    return new OfferLetter(t.quoted(r.currency), t.quoted(base), t.quoted(r.bonus), t.quoted(r.signOn),
        t.quoted(r.relocation), t.quoted(r.equity), t.quoted(r.refresh), t.quoted(r.start), t.quoted(r.deadline),
        t.quoted(r.location), t.quoted(r.title), t.quoted(r.level), t.quoted(r.company), r.privateCompany,
        r.extras.stream().map(t::quoted).toList(), TimeOffTerms.of(r.sentences, r.lowers, words).stream()
        .map(t::quoted).toList(), ContractTerms.of(r.sentences, r.lowers, reference, r.monthFirst, words).stream()
        .map(t::quoted).toList(), LetterNotes.of(r), questions);
  }

  /** The words a CTC's total stands after: "Cost to Company (CTC) is", "Total CTC |". */
  /** "Your monthly Cost to Company": a month's CTC, never the year's whole a yearly bonus comes out of. */
  private static final Pattern MONTHLY_CTC = Pattern.compile(
      "\\bmonthly\\b|\\bper\\s+month\\b|\\ba\\s+month\\b|/\\s*month\\b|\\bp\\.\\s?m\\.");
  private static final Pattern CTC_BEFORE = Pattern.compile("\\b(?:cost\\s+to\\s+company|ctc)\\b[^\\d]{0,30}$");

  /**
   * A CTC break-up with no fixed total, only its components and its variable pay ("Performance Linked Pay (target) |
   * 3,21,480" under "CTC is INR 31,20,000"): the base is the CTC less that variable pay, said in a note.
   */
  private static void fixedOfTheCtc(Reading r) {
    if (!r.costToCompany || r.base != null || r.ctcTotal == null || r.bonus == null || r.bonus.value().cap()
        || r.bonus.value().percent() != null || r.bonus.value().amount() == null
        || r.bonus.value().amount().compareTo(r.ctcTotal.value()) >= 0) {
      return;
    }
    r.base = new Quote<>(r.ctcTotal.value().subtract(r.bonus.value().amount()), r.ctcTotal.sentence());
    r.baseLessVariable = true;
  }

  /** A sales letter's OTE with its split and no base of its own: the base and the variable pay are its shares. */
  private static void oteSplit(Reading r) {
    if (r.base != null || r.lowers.stream().noneMatch(l -> l.contains("ote") || l.contains("target"))) {
      return;
    }
    r.oteSplit = OteSplit.of(r.sentences, r.lowers);
    if (r.oteSplit != null) {
      r.base = new Quote<>(r.oteSplit.base(), r.oteSplit.sentence());
      if (r.bonus == null) {
        r.bonus = new Quote<>(new Bonus(null, r.oteSplit.variable()), r.oteSplit.sentence());
        r.bonusWithoutFigure = false;
      }
    }
  }

  /** A figure the letter replaces, with the currency written beside it (a bare "$" as such). */
  /** A figure set aside; a conversion keeps the period written after it ("about EUR 12,000 per month"), else null. */
  record Former(BigDecimal value, String currency, Period period) {
    Former(BigDecimal value, String currency) {
      this(value, currency, null);
    }
  }

  /** What has been read so far, sentence by sentence; one per {@link #read}. */
  static final class Reading {
    final List<String> sentences;
    final List<String> lowers;
    /** Where the earlier message a reply points to begins ("everything else as below"): its base is replaced. */
    int earlierFrom;
    Quote<String> currency;
    boolean currencyGuessed;
    boolean monthFirst;
    /** How the letter's own slashed dates show it writes them ("1/19/2027" is month first), or null. */
    Boolean dateOrder;
    LocalDate letterDate;
    Quote<BigDecimal> base;
    final List<BigDecimal> otherBases = new ArrayList<>();
    /** Base figures a later correction replaced ("$182,000, not $172,000"): read nowhere as a base. */
    final List<BigDecimal> correctedAway = new ArrayList<>();
    /** Fields the letter gives as a range ("a bonus of 10–15%"), with the range as written: asked, never picked. */
    final Map<Topic, Amount> ranges = new java.util.EnumMap<>(Topic.class);
    boolean hourly;
    /** Part of the salary is paid only later, as a startup defers it until it raises money. */
    boolean deferredSalary;
    /** The hours a week the letter states ("36 per week", "Scheduled Weekly Hours: 40"), or null. */
    BigDecimal weeklyHours;
    /** The first hourly rate, kept for a note beside a yearly base (a contract before a conversion). */
    Quote<Amount> hourlyRate;
    /** The agency a placement letter says employs you, where the company read is the client it places you with. */
    String agency;
    /** The words of a part the base holds ("which includes fixed overtime pay of JPY 142,000 for 30 hours …"). */
    String partOfBase;
    boolean daily;
    /** A contractor's day rate as written ("EUR 720 per day"), named in the question that asks for the days. */
    Amount dayRate;
    /** The sentence of {@link #dayRate}. */
    String dayRateSentence;
    /** The days a week (and weeks a year, where stated) a day rate is paid for, or null. */
    ContractDays contractDays;
    /** The letter breaks its pay up as a cost to company (CTC), whose "basic" is a component. */
    boolean costToCompany;
    /** The CTC's total, fixed and variable together, where the letter states it. */
    Quote<BigDecimal> ctcTotal;
    /** The base is that total less its variable pay: the letter gives no fixed total. */
    boolean baseLessVariable;
    Quote<Bonus> bonus;
    boolean bonusWithoutFigure;
    /** What the bonus paid in a past year ("between 8% and 12% of base salary last year"): shown beside, never read. */
    Quote<Amount> pastBonus;
    /** The sentence saying the role has no bonus ("We don't currently offer an annual bonus program"), or null. */
    String noBonus;
    /** A bonus written as months of salary ("a target of 2 months' base salary"), with its sentence. */
    Quote<BigDecimal> bonusMonths;
    /** A bonus of months "per payment": the months each time and the payments a year (1 where not per payment). */
    BigDecimal monthsPerPayment;
    int bonusPayments = 1;
    /** Whether those months are the most it pays ("até 2 salários"), not its target. */
    boolean bonusMonthsCap;
    /** A guaranteed least bonus ("no less than $40,000 for 2027") beside a target percent: context, not the target. */
    Quote<BigDecimal> bonusFloor;
    /** The cap of a bonus whose first year is guaranteed ("up to 20% … no less than $25,000 for 2027"), or null. */
    Bonus bonusCapBeside;
    /**
     * A bonus percent of the package rather than of base ("an STI of up to 15% of TFR"), read as its amount of the
     * package the letter gives; the percent as written, for the note that says so.
     */
    BigDecimal bonusOfPackage;
    /** The sentence saying the first year's bonus is pro-rated to the time worked, or null. */
    String bonusProrated;
    /** The sentence saying the first year's 13th month (an AWS, an aguinaldo) is pro-rated, or null. */
    String extraMonthProrated;
    /** How many monthly salaries a year the letter pays; read once, on the first monthly figure. */
    MonthsPaid.Count monthsPaid;
    /** The base as written when it is not a year's figure ("$7,500.00", per semi-monthly pay period), and ×what. */
    BigDecimal baseWritten;
    BigDecimal baseFactor;
    String baseCurrency;
    /** The yearly figure a 13th month is paid on top of ("€62,400 … à laquelle s'ajoute un 13e mois"), or null. */
    BigDecimal baseBeforeExtraMonth;
    /** The year a base per pay period makes ("MXN 48,000 × 24") before the 13th month paid on top of it, or null. */
    BigDecimal periodsYear;
    /** A full-time-equivalent salary beside a part-time one ("£70,000 per annum pro rata"), yearly. */
    Quote<BigDecimal> fullTime;
    /** The part of full time the letter pays where it gives only the full-time salary ("pro-rated to 80%", "0.8 FTE"). */
    BigDecimal partTime;
    /** The days a week a part-time letter gives as its part of full time ("3 days a week"), else null. */
    Integer partTimeDays;
    /**
     * A yearly package that includes pay beside the base ("$180,000 inclusive of super", "€84,000, including the 8%
     * holiday allowance"), what it includes and the rate the letter gives.
     */
    Quote<BigDecimal> packageWith;
    Included included;
    BigDecimal includedRate;
    /**
     * The package's figure given again elsewhere as a base with what it includes on top ("$160,000 per annum,
     * inclusive of superannuation" beside "Base salary: $160,000 plus superannuation"): the two readings of the base
     * differ by the included rate, so it is asked, never picked.
     */
    Quote<BigDecimal> includedAndOnTop;
    /** A later base the letter promises ("will increase to $136,000 after six months"), yearly. */
    Quote<BigDecimal> stepUp;
    /** A federal letter's locality pay written apart from its base pay, and the total it gives of the two. */
    Quote<BigDecimal> locality;
    Quote<BigDecimal> localityTotal;
    /** The base pay the locality pay was added to, where the base is their sum. */
    BigDecimal basePay;
    /** On-target earnings split into base and variable, where the letter gives no base of its own; or null. */
    OteSplit oteSplit;
    /** Figures the letter says it replaces: a current salary, an earlier letter's ("revised from $185,000"). */
    final List<Former> formerFigures = new ArrayList<>();
    /** A figure's approximate worth in another currency, in brackets after it ("(approximately EUR 138,000)"). */
    final List<Former> conversions = new ArrayList<>();
    /** A grant replacing equity forfeited elsewhere, kept apart from the new-hire grant. */
    Quote<BigDecimal> makeWhole;
    /** Equity the letter names that is already held (a transfer's "outstanding RSU awards"): no new grant. */
    boolean heldEquity;
    Quote<SignOn> signOn;
    boolean signOnClawbackStated;
    Quote<BigDecimal> relocation;
    Quote<Equity> equity;
    final List<Integer> equitySentences = new ArrayList<>();
    Long equityValue;
    /** A grant written as a part of the company ("0.50% of the fully diluted shares"), or null. */
    BigDecimal equityPercent;
    String equityCurrency;
    /** The currency marked on the price per share, where it was marked. */
    String priceCurrency;
    Long shares;
    BigDecimal pricePerShare;
    boolean fullyDilutedStated;
    BigDecimal preferredPrice;
    BigDecimal fairValue;
    /** The price per share is the closing price of the company's stock the letter gives ("our stock closed at $38.50"). */
    boolean priceFromClose;
    /** The strike is the letter's latest 409A value, as the letter sets it at the fair market value when granted. */
    boolean strikeFromFairValue;
    /** The strike is set at the fair market value on the grant date and the letter gives no value: not set yet. */
    boolean strikeAtGrant;
    Quote<Long> refresh;
    boolean refreshWithoutFigure;
    Quote<LocalDate> start;
    boolean startUnclear;
    /** Whether the start is a week, not a day ("in the week of February 8, 2027"). */
    boolean startWeek;
    /** The last day a start left to be agreed may be ("mutually agreed, but no later than March 1, 2027"), or null. */
    LocalDate startLatest;
    Quote<LocalDate> deadline;
    boolean deadlineWithoutDate;
    /** What a deadline counted from another day counts ("72 hours", "5 business days"), and from which day. */
    String deadlineCounted;
    LocalDate deadlineCountedFrom;
    /** A deadline counted from when the letter was received ("within 72 hours of receipt"): the period, or null. */
    String deadlineFromReceipt;
    boolean ambiguousDate;
    Quote<String> location;
    /** The place is only the address on the letterhead or under the signature: said in a note. */
    boolean locationFromAddress;
    /** The packages a letter offers to choose from ("Option A: higher base"), each with its lines; empty for one. */
    List<String> choices = List.of();
    Quote<String> title;
    Quote<String> level;
    Quote<String> company;
    /** The company is an agency's client, named as such: no later cue replaces it. */
    boolean clientNamed;
    boolean privateCompany;
    final Map<Topic, Integer> firstMention = new HashMap<>();
    /** Pay beyond the main parts, in the letter's order: listed, never added in. */
    final List<Quote<Extra>> extras = new ArrayList<>();
    /** Pay beyond the main parts named without a figure ("CPF contributions as required by law"). */
    final List<Quote<Extra>> namedExtras = new ArrayList<>();

    Reading(List<String> sentences, List<String> lowers) {
      this.sentences = sentences;
      this.lowers = lowers;
    }
  }

  /**
   * The letter's currency: the code or mark its figures carry most often. A bare "$" takes the dollar the letter names
   * elsewhere, or the country's dollar where it names Canada or Australia (and the reader asks), else US dollars.
   */
  private static Quote<String> currency(Reading r) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> where = new HashMap<>();
    for (String s : r.sentences) {
      for (Amount a : LetterFigures.find(s)) {
        if (a.currency() != null) {
          counts.merge(a.currency(), 1, Integer::sum);
          where.putIfAbsent(a.currency(), s);
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!e.getKey().equals(LetterFigures.BARE_DOLLAR) && (best == null || e.getValue() > counts.get(best))) {
        best = e.getKey();
      }
    }
    if (best != null) {
      return new Quote<>(best, where.get(best));
    }
    if (!counts.containsKey(LetterFigures.BARE_DOLLAR)) {
      return null;
    }
    return dollar(r, where.get(LetterFigures.BARE_DOLLAR));
  }

  private static final Pattern GREETING = Pattern.compile("(?:dear|hi|hello|hey)\\b");

  /**
   * A bare "$": the country's dollar where the letter is set in Canada, Australia or New Zealand, else US dollars.
   * The letter's own place (its location or address) decides where it names one: a person ("report to Santiago
   * Alvarez", "Sydney Carter" over a signature) is no place, and a US state may hold another country's name ("New
   * Mexico", "Ontario, California").
   */
  private static Quote<String> dollar(Reading r, String sentence) {
    if (r.location != null) {
      String place = r.location.value();
      String lower = place.toLowerCase(Locale.ROOT);
      int comma = lower.indexOf(',');
      if (LetterNames.inUsState(place)) {
        return new Quote<>("USD", sentence);
      }
      for (Map.Entry<String, Pattern> dollar : DOLLAR_PLACES.entrySet()) {
        if (dollar.getValue().matcher(lower).find()) {
          r.currencyGuessed = true;
          return new Quote<>(dollar.getKey(), sentence);
        }
      }
      // After the other dollars' places: "Perth, WA" is Australia's.
      if (LetterNames.inUsStateCode(place) || US_CITIES.contains((comma < 0 ? lower : lower.substring(0, comma)).strip())) {
        return new Quote<>("USD", sentence);
      }
    }
    // A place the reader cannot place, or none: the whole letter. A greeting names a person, never a place: "Dear
    // Santiago," or "Hi Adelaide," sets no letter in a country.
    String all = String.join(" ", r.lowers.stream().filter(l -> !GREETING.matcher(l).lookingAt()).toList());
    for (Map.Entry<String, Pattern> dollar : DOLLAR_PLACES.entrySet()) {
      if (dollar.getValue().matcher(all).find()) {
        r.currencyGuessed = true;
        return new Quote<>(dollar.getKey(), sentence);
      }
    }
    return new Quote<>("USD", sentence);
  }

  /**
   * The base's currency is the letter's: a transfer letter that names the pound salary it replaces pays the new base
   * in dollars. A bare "$" base in a letter that names its dollar ("CAD") stays that dollar.
   */
  private static void currencyOfTheBase(Reading r) {
    if (r.base == null || r.baseCurrency == null || r.currency == null
        || r.baseCurrency.equals(r.currency.value())) {
      return;
    }
    if (!r.baseCurrency.equals(LetterFigures.BARE_DOLLAR)) {
      r.currency = new Quote<>(r.baseCurrency, r.base.sentence());
    } else if (!Money.mark(r.currency.value()).contains("$")) {
      r.currency = dollar(r, r.base.sentence());
    }
    r.monthFirst = "USD".equals(r.currency.value());
  }

  /**
   * Each currency's places and cues as one pattern of whole words: "nsw" is no part of "answer". The places are the
   * rules' {@code other_dollar_places}, shared with guides; the cues set a letter in a dollar's country without naming
   * a place (a company's legal form, a retirement scheme only that country has).
   */
  private static Map<String, Pattern> orderedPlaces() {
    Map<String, List<String>> cues = Map.of("AUD", List.of("pty ltd", "superannuation"), "NZD", List.of("kiwisaver"));
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    RulesResource.otherDollarPlaces().forEach((currency, places) -> {
      List<String> words = new ArrayList<>(places);
      words.addAll(cues.getOrDefault(currency, List.of()));
      patterns.put(currency, Pattern.compile(
          "(?<![\\p{L}\\d])(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])"));
    });
    return patterns;
  }

  /** The date the letter is written on: a date in its opening lines, before "Dear …" and not a start or deadline. */
  private LocalDate letterDate(Reading r) {
    for (int i = 0; i < Math.min(r.sentences.size(), 8); i++) {
      String lower = r.lowers.get(i);
      if (lower.startsWith("dear ") || lower.startsWith("hi ") || lower.startsWith("hello ")) {
        return null;
      }
      if (words.mentions(lower, Topic.START) || deadlineAt(lower) >= 0) {
        continue;
      }
      LetterDates.Found found = LetterDates.first(r.sentences.get(i), null, r.monthFirst, false);
      if (found != null) {
        return found.date();
      }
    }
    return null;
  }

  /**
   * Where a sentence's bonus words may be read from: its start, or none at all where it names a 13th month
   * ("Aguinaldo (year-end bonus): 30 days of salary" is a month of pay, not the bonus); where it names both ("a 13th
   * month …, and a performance bonus of up to two months' salary"), from the bonus's own words on.
   */
  private int bonusFrom(String lower) {
    if (!words.mentions(lower, Topic.EXTRA_MONTH)) {
      return 0;
    }
    Matcher own = OWN_BONUS.matcher(lower);
    return own.find() && !words.mentions(lower.substring(own.start()), Topic.EXTRA_MONTH)
        ? own.start() : Integer.MAX_VALUE;
  }

  private void readFigures(Reading r, int i) {
    String sentence = r.sentences.get(i);
    String lower = r.lowers.get(i);
    List<LetterWords.Hit> hits = new ArrayList<>();
    int bonusFrom = bonusFrom(lower);
    for (LetterWords.Hit hit : words.hits(lower)) {
      if (negated(lower, hit)) {
        if (hit.topic() == Topic.BONUS && r.noBonus == null && NO_BONUS.matcher(lower).find()) {
          // "You will not be eligible for a cash bonus program at this time": said in a note, never asked.
          r.noBonus = sentence;
        }
        continue;
      }
      if (hit.topic() == Topic.BONUS && lower.startsWith(",", hit.end())
          && NAMED_IN_PASSING.matcher(lower.substring(Math.max(0, hit.start() - 24), hit.start())).find()) {
        // "Your salary for all other purposes, including the bonus, remains £88,000": what the salary counts for, set
        // off by commas, names no bonus figure.
        continue;
      }
      r.firstMention.putIfAbsent(hit.topic(), i);
      if (hit.topic() == Topic.REFRESH && sentence.length() == lower.length() && properName(sentence, hit)) {
        // "Evergreen Clinical Analytics, Inc.": a company's name, not an evergreen grant.
        continue;
      }
      if (hit.topic() == Topic.BASE && r.costToCompany && (lower.startsWith("basic", hit.start())
          || lower.startsWith("basic ", Math.max(0, hit.start() - 6)))) {
        // An Indian CTC break-up: "Basic Salary" is one component of the fixed pay, not the base.
        continue;
      }
      if (hit.topic() == Topic.ASIDE && r.costToCompany && lower.startsWith("total fixed", hit.start())) {
        // An Indian CTC break-up: its "Total Fixed Compensation (A)" is the fixed pay, the base.
        hits.add(new LetterWords.Hit(Topic.BASE, hit.start(), hit.end()));
        continue;
      }
      if (hit.topic() == Topic.EQUITY && YEAR_OF_VESTING.matcher(lower.substring(Math.max(0, hit.start() - 40),
          hit.start())).find()) {
        // "the first year's vesting of your equity grant ($54,000)", a total's part: a year's worth, never the grant.
        hits.add(new LetterWords.Hit(Topic.ASIDE, hit.start(), hit.end()));
        continue;
      }
      if (hit.topic().takesFigures() && !reference(lower, hit)
          && !(hit.topic() == Topic.BONUS && hit.start() < bonusFrom)) {
        hits.add(hit);
      }
    }
    List<Amount> found = null;
    if (r.packageWith == null && Included.named(lower)) {
      // "$180,000 per annum inclusive of superannuation", whatever phrase stands before it: a package, of which the
      // base is the part without super (or without the holiday allowance it includes).
      found = LetterFigures.find(sentence);
      for (Amount a : found) {
        Included.At at = a.moneyOrThousands() && r.packageWith == null ? Included.after(lower, a.end()) : null;
        // "€5,400 per month, including the 8% holiday allowance": a month's pay is no yearly package; the base is
        // then asked, never read as one month's.
        boolean monthly = periodic(lower, a) || lower.substring(Math.max(0, a.start() - 60), a.start()).contains("month");
        if (at != null && !monthly) {
          r.packageWith = new Quote<>(a.exact(), sentence);
          r.included = at.included();
          r.includedRate = at.rate();
        }
      }
    }
    if (hits.isEmpty()) {
      return;
    }
    // "You have also been awarded a refresh grant of 450 restricted stock units": the grant this letter makes.
    boolean refreshSentence = hits.stream().anyMatch(h -> h.topic() == Topic.REFRESH) && !refreshAwarded(lower);
    boolean makeWholeSentence = hits.stream().anyMatch(h -> h.topic() == Topic.MAKE_WHOLE);
    boolean equitySentence = false;
    List<Amount> amounts = found != null ? found : LetterFigures.find(sentence);
    List<BigDecimal> signOnAmounts = new ArrayList<>();
    boolean bonusFigure = false;
    boolean extraFigure = false;
    // "will increase from $168,000 to $192,000, and your target bonus …": a figure this letter replaces is set aside
    // before pairing, so the base's phrase takes the new figure and the bonus's phrase is left its own.
    List<Amount> current = new ArrayList<>();
    Amount previous = null;
    for (Amount a : amounts) {
      Amount before = previous;
      previous = a;
      if (before != null && conversion(lower, before, a)) {
        // "USD 150,000 (approximately EUR 138,000 at current exchange rates)": the same pay in another currency, as
        // the writer worked it out, never a second base; said in a note.
        Period per = Period.at(lower, Math.min(a.end(), lower.length()));
        r.conversions.add(new Former(a.exact(), a.currency(), per == Period.YEAR ? null : per));
        continue;
      }
      if (FORMER.matcher(lower.substring(Math.max(0, a.start() - 40), a.start())).find()) {
        // "(revised from $185,000)", "your current salary of £118,000": a figure this letter replaces.
        if (a.money()) {
          r.formerFigures.add(new Former(a.exact(), a.currency()));
        }
      } else {
        current.add(a);
      }
    }
    for (Pairing.Pair pair : Pairing.pair(lower, hits, current)) {
      Amount a = pair.amount();
      Topic topic = refreshSentence && pair.topic() == Topic.EQUITY ? Topic.REFRESH
          : makeWholeSentence && pair.topic() == Topic.EQUITY ? Topic.MAKE_WHOLE : pair.topic();
      if (topic == Topic.EXTRA && !a.money() && !a.percent() && hits.stream().anyMatch(h -> h.topic() == Topic.EQUITY)
          && SHARES_AFTER.matcher(lower.substring(a.end(), Math.min(lower.length(), a.end() + 60))).find()) {
        // "a retention award of 1,200 restricted stock units": a grant in units, paid in stock, not a cash extra.
        topic = refreshSentence ? Topic.REFRESH : Topic.EQUITY;
        extraFigure = true;
      }
      if (topic == Topic.BONUS && a.percent() && r.pastBonus == null && pastPayout(lower, a)) {
        // "they were between 8% and 12% of base salary last year": what the bonus paid before, no figure of this offer.
        r.pastBonus = new Quote<>(a, sentence);
        continue;
      }
      if (a.range() != null && topic == Topic.BASE && a.percent()) {
        // "10 % à 15 % de votre salaire de base": a share of the base, never the base's own range.
        continue;
      }
      if (a.range() != null) {
        r.ranges.putIfAbsent(topic, a);
        bonusFigure |= topic == Topic.BONUS;
        continue;
      }
      switch (topic) {
        case BASE -> {
          if (a.moneyOrThousands() || bigBareFigure(a, r, i)) {
            base(r, i, a);
          }
        }
        case BONUS -> bonusFigure |= bonus(r, i, a);
        case SIGN_ON -> {
          if (a.moneyOrThousands() || bigBareFigure(a, r, i)) {
            signOnAmounts.add(a.exact());
          }
        }
        case RELOCATION -> {
          boolean monthly = periodic(lower, a) || underMonthlyHeading(r, i) || partOfMonthlyWhole(lower, a);
          if (r.relocation == null && (a.moneyOrThousands() || bigBareFigure(a, r, i)) && !monthly) {
            r.relocation = new Quote<>(a.exact(), sentence);
          } else if (monthly && a.money()) {
            // "Housing allowance: AED 12,000" in a monthly list, "a housing stipend of $2,000 per month": pay each
            // month beside the offer, no one-time relocation sum.
            paidMonthly(r, i, hits, a);
          }
        }
        case REFRESH -> {
          if (r.refresh == null && a.moneyOrThousands()) {
            r.refresh = new Quote<>(a.whole(), sentence);
          }
        }
        case EQUITY -> equitySentence |= equityFigure(r, sentence, lower, a);
        case ASIDE -> {
          if (r.costToCompany && r.ctcTotal == null && a.money() && !MONTHLY_CTC.matcher(lower).find()
              && CTC_BEFORE.matcher(lower.substring(Math.max(0, a.start() - 40), a.start())).find()) {
            // "Your annual Cost to Company (CTC) is INR 31,20,000": the whole, fixed and variable.
            r.ctcTotal = new Quote<>(a.exact(), sentence);
          }
          // "a full-time equivalent salary of £60,000": the part-time letter's context, never its base.
          if (a.money() && r.fullTime == null && FULL_TIME_BEFORE.matcher(lower.substring(Math.max(0, a.start() - 40),
              a.start())).find()) {
            r.fullTime = new Quote<>(a.exact(), sentence);
          }
        }
        case EXTRA -> extraFigure |= extra(r, i, hits, a);
        case MAKE_WHOLE -> {
          if (r.makeWhole == null && a.money()) {
            r.makeWhole = new Quote<>(a.exact(), sentence);
          }
        }
        default -> { }
      }
    }
    boolean equityHit = hits.stream().anyMatch(h -> h.topic() == Topic.EQUITY);
    if (equityHit && !equitySentence && !makeWholeSentence && HELD_EQUITY.matcher(lower).find()) {
      // "Your outstanding RSU awards continue to vest": equity already held, not a grant this letter makes.
      r.heldEquity = true;
    } else if ((equityHit || equitySentence) && !makeWholeSentence) {
      r.equitySentences.add(i);
    }
    String bonusPart = bonusFrom < lower.length() ? lower.substring(bonusFrom) : null;
    if (hits.stream().anyMatch(h -> h.topic() == Topic.BONUS) && !bonusFigure && r.bonus == null
        && bonusPart != null) {
      Matcher months = BONUS_MONTHS.matcher(bonusPart);
      boolean monthsFound = months.find();
      BigDecimal n = !monthsFound ? null : months.group(3) != null ? new BigDecimal(months.group(3)).movePointLeft(2)
          : monthCount(months.group(1) != null ? months.group(1) : months.group(2));
      Integer payments = monthsFound && PER_PAYMENT.matcher(bonusPart).region(months.end(), bonusPart.length())
          .lookingAt() ? paymentsAYear(lower + " " + (i > 0 ? r.lowers.get(i - 1) : "")) : Integer.valueOf(1);
      if (payments == null) {
        // "2.5 months per payment" with no count of payments a year: asked, never taken as the year's bonus.
        r.bonusWithoutFigure = true;
      } else if (n != null && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(12)) <= 0 && r.bonusMonths == null) {
        // "paid twice a year … 2.5 months of monthly salary per payment": five months a year.
        r.bonusPayments = payments;
        r.monthsPerPayment = n;
        n = n.multiply(BigDecimal.valueOf(payments));
        r.bonusMonths = new Quote<>(n, sentence);
        r.bonusMonthsCap = BONUS_CAP.matcher(bonusPart.substring(Math.max(0, months.start() - 40), months.start()))
            .find();
      } else if (NO_BONUS.matcher(bonusPart).find()) {
        r.noBonus = sentence;
      } else if (!(r.signOn != null && words.mentions(lower, Topic.CLAWBACK))) {
        // "you must repay the incentive on a prorated basis" after a recruitment incentive speaks of the sign-on.
        r.bonusWithoutFigure = true;
      }
    }
    if (!extraFigure) {
      hits.stream().filter(h -> h.topic() == Topic.EXTRA).findFirst().ifPresent(h -> namedExtra(r, i, h));
    }
    if (refreshSentence && r.refresh == null) {
      r.refreshWithoutFigure = true;
    }
    if (!signOnAmounts.isEmpty() && r.signOn == null) {
      Clawback clawback = clawback(r, i);
      BigDecimal total = signOnTotal(signOnAmounts, lower);
      List<SignOn.Instalment> instalments = instalments(r, i);
      if (instalments.isEmpty() && clawback != null) {
        instalments = partsRepaidFromTheirPayment(r, i, signOnAmounts, total, clawback);
      }
      r.signOn = new Quote<>(new SignOn(total,
          instalments.isEmpty() ? clawback : instalments.get(0).clawback(), instalments), sentence);
    }
  }

  /** Whether the letter places you on an assignment: its words "assignment", "client", "staffing", "agency". */
  private static final Pattern PLACED_WITH_CLIENT = Pattern.compile("\\b(?:our|the)\\s+client\\b(?![-s])");

  private static boolean placement(Reading r) {
    // "our client," or "the client" names who you are placed with; "client-facing" and "advise our clients" do not.
    return r.lowers.stream().anyMatch(l -> l.contains("assignment") || l.contains("staffing") || l.contains("agency")
        || PLACED_WITH_CLIENT.matcher(l).find());
  }

  /** "first year's vesting of your", "the annual vest of the", "year-one value of your": a part of a grant's worth. */
  private static final Pattern YEAR_OF_VESTING = Pattern.compile(
      "\\b(?:(?:first|1st|one|each|every)[\\s-]+year['’]?s?|year[\\s-]+(?:one|1)(?:['’]s)?|annual|yearly)\\s+"
          + "(?:vest(?:ing|ed)?|value|worth|portion)\\s+(?:value\\s+)?(?:of|from)\\s+(?:your|the|this)?\\s*(?:new[\\s-]+hire\\s+)?$");

  /** Extras listed at most: a letter's benefits section is not a second offer. */
  private static final int MOST_EXTRAS = 8;

  /** A percent of a cost, not of pay: "Tulpwerk pays 70% of the premium". */
  private static final Pattern PERCENT_OF_COST = Pattern.compile(
      "\\s*of\\s+(?:the\\s+|its\\s+|your\\s+)?(?:premiums?|costs?|contributions?\\s+cost)\\b"
          // Dutch, German, French, Spanish, Portuguese: "60% van de premie", "50 % der Kosten", "60 % de la prime".
          + "|\\s*(?:van\\s+de|der|des|de\\s+la|du|de\\s+los|del|dos|do|da)\\s+(?:pensioen)?(?:premie|kosten|beiträge|beitrags"
          + "|prime|cotisations?|coût|costo|costos|prima|primas|custo|custos|prêmio)\\b");

  /** The candidate's own contribution, written before its percent: "provided you contribute at least", "if you pay". */
  private static final Pattern YOUR_SHARE_BEFORE = Pattern.compile(
      "(?:\\byou\\s+(?:also\\s+)?(?:contribute|pay\\s+in|pay|put\\s+in)|\\byour\\s+(?:own\\s+)?contributions?\\s+(?:of|is|are))"
          + "\\s+(?:at\\s+least\\s+|a\\s+minimum\\s+of\\s+|no\\s+less\\s+than\\s+|a\\s+further\\s+)?$");

  /** "by a further", "another", "an additional" right before a raise's figure: a second raise, not the first again. */
  private static final Pattern FURTHER_BEFORE = Pattern.compile("\\b(?:a\\s+further|another|an\\s+additional)\\s+$");
  /** "your base increases by", "it increases by a further", "a base salary increase of": a raise's size, no base. */
  private static final Pattern RAISE_BY_BEFORE = Pattern.compile(
      "\\b(?:increases?|increased)\\s+(?:by|of)\\s+(?:a\\s+further\\s+|another\\s+|an\\s+additional\\s+)?$");

  /** "Provided you contribute at least 3% of your basic salary, the Company will contribute 5%": yours, not theirs. */
  private static boolean yourShare(String lower, Amount a) {
    int from = Math.max(0, a.start() - 40);
    return a.percent() && lower.indexOf("you", from) >= 0
        && YOUR_SHARE_BEFORE.matcher(lower.substring(from, a.start())).find();
  }

  /** The employer's share of a cost, written before the percent: "titres-restaurant … pris en charge à 60 %". */
  private static final Pattern COST_SHARE_BEFORE = Pattern.compile(
      "\\b(?:pris(?:e|es)?\\s+en\\s+charge|covered|subsidi[sz]ed)\\s+(?:à|a|at)\\s*$"
          // A German pension's employer top-up of what you convert: "mit einem Arbeitgeberzuschuss von 20 %",
          // "bezuschussen wir Ihren Beitrag mit 20 %" is a share of your own contribution, not of pay.
          + "|\\b(?:arbeitgeber)?zuschuss(?:es)?\\s+(?:von|in\\s+höhe\\s+von)\\s*$"
          + "|\\bbezuschuss\\w*\\s+(?:wir\\s+)?(?:ihren|deinen|den)\\s+(?:eigenen\\s+)?beitrag\\s+mit\\s*$");

  /**
   * Pay beyond the main parts, named by the nearest such phrase, with the period written at its figure; false where
   * the figure is none of its (a share of a premium), so the extra is listed by name instead.
   */
  private static final Pattern GLOSS_OPENS = Pattern.compile("\\s*\\(\\s*");

  private static boolean extra(Reading r, int i, List<LetterWords.Hit> hits, Amount a) {
    if (!(a.money() || a.percent() || a.moneyOrThousands()) || a.range() != null || r.extras.size() >= MOST_EXTRAS) {
      return true;
    }
    if (a.percent() && (PERCENT_OF_COST.matcher(r.lowers.get(i)).region(a.end(), r.lowers.get(i).length())
        .lookingAt() || COST_SHARE_BEFORE.matcher(r.lowers.get(i).substring(Math.max(0, a.start() - 48), a.start()))
        .find())) {
      return false;
    }
    if (yourShare(r.lowers.get(i), a)) {
      return false;
    }
    String lower = r.lowers.get(i);
    LetterWords.Hit nearest = null;
    for (LetterWords.Hit hit : hits) {
      if (hit.topic() == Topic.EXTRA && (nearest == null || distance(hit, a) < distance(nearest, a))) {
        nearest = hit;
      }
    }
    if (nearest == null) {
      return true;
    }
    for (LetterWords.Hit hit : hits) {
      // "Meal voucher (vale-refeição): R$ 55,00": the name in brackets glosses the one before it, which names the extra.
      if (hit.topic() == Topic.EXTRA && hit.end() < nearest.start()
          && GLOSS_OPENS.matcher(lower.substring(hit.end(), nearest.start())).matches()) {
        nearest = hit;
        break;
      }
    }
    for (LetterWords.Hit hit : hits) {
      if (hit.topic() == Topic.ASIDE && hit.end() <= a.start() && !a.percent()
          && !lower.substring(hit.end(), a.start()).contains("of which")) {
        // "Your total fixed remuneration including superannuation is $203,840": a total, not the super itself.
        return true;
      }
    }
    String what = lower.substring(nearest.start(), nearest.end());
    // Only a plan named alone in its sentence: a 401(k)'s match is read by its own rule, and a sentence naming two
    // plans ("a group RRSP match … and a DPSP of 2%") gives each its own figure.
    boolean alone = hits.stream().filter(h -> h.topic() == Topic.EXTRA).count() == 1
        && !RETIREMENT_PLAN.matcher(lower).find();
    Extra matched = alone && a.percent() && MATCHES.matcher(lower).find()
        ? matchedPay(lower, r.sentences.get(i), what) : null;
    if (matched != null && !listed(r, what)) {
      // "RRSP: we match 100% of your contributions up to 5% of base": any plan's match is the part of pay it pays
      // (5%), never the part of your contribution (100%), as a 401(k)'s is.
      r.extras.add(new Quote<>(matched, r.sentences.get(i)));
      return true;
    }
    if (!listed(r, what)) {
      Period named = periodNamedBefore(lower, nearest);
      boolean monthly = underMonthlyHeading(r, i) || partOfMonthlyWhole(lower, a);
      r.extras.add(new Quote<>(extraAt(lower, a, what, named == null && monthly ? Period.MONTH : named),
          r.sentences.get(i)));
    }
    return true;
  }

  /** A heading that says its lines are monthly: "1. Monthly remuneration", "Monthly package (AED):". */
  private static final Pattern MONTHLY_HEADING = Pattern.compile(
      "(?:\\d{1,2}[.)]?\\s*)?[\\p{L} ()&-]{0,40}\\b(?:monthly|per\\s+month)\\b[\\p{L} ()&-]{0,30}:?");

  /** A clause's number standing as a unit of its own: "1.", "2)". */
  private static final Pattern CLAUSE_NUMBER = Pattern.compile("\\d{1,2}[.)]?");

  /**
   * "Your total monthly salary will be AED 95,000, of which the basic salary is AED 57,000, …": a month's parts. The
   * whole must be named as a month's pay; "annual compensation … payable monthly, of which" is a year's parts.
   */
  private static final Pattern MONTHLY_WHOLE_OF_WHICH = Pattern.compile(
      "\\bmonthly\\s+(?:gross\\s+|basic\\s+|fixed\\s+)?(?:salary|package|remuneration|compensation|pay|wage)\\b"
          + "[^.;]{0,80}?\\bof\\s+which\\b");

  /** Whether the figure is a part of a monthly whole its sentence named before it, so a month's too. */
  private static boolean partOfMonthlyWhole(String lower, Amount a) {
    return MONTHLY_WHOLE_OF_WHICH.matcher(lower.substring(0, a.start())).find();
  }

  /** Lines under a monthly heading reach up to it through "Label: value" lines and rows only. */
  private static final int HEADING_REACH = 8;

  /** Whether this "Label: value" line or row stands in a list under a heading that says the list is monthly. */
  private static boolean underMonthlyHeading(Reading r, int i) {
    if (r.lowers.get(i).indexOf(':') < 0 && r.lowers.get(i).indexOf('|') < 0) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - HEADING_REACH); k--) {
      String l = r.lowers.get(k);
      if (MONTHLY_HEADING.matcher(l).matches()) {
        return true;
      }
      if (l.indexOf(':') < 0 && l.indexOf('|') < 0 && !CLAUSE_NUMBER.matcher(l).matches()) {
        return false;
      }
    }
    return false;
  }

  /** A relocation phrase's figure paid each period, listed as an extra under the phrase nearest it. */
  private static void paidMonthly(Reading r, int i, List<LetterWords.Hit> hits, Amount a) {
    String lower = r.lowers.get(i);
    LetterWords.Hit nearest = null;
    for (LetterWords.Hit hit : hits) {
      if (hit.topic() == Topic.RELOCATION && (nearest == null || distance(hit, a) < distance(nearest, a))) {
        nearest = hit;
      }
    }
    String what = nearest == null ? null : lower.substring(nearest.start(), nearest.end());
    if (what != null && r.extras.size() < MOST_EXTRAS && !listed(r, what)) {
      r.extras.add(new Quote<>(extraAt(lower, a, what, Period.MONTH), r.sentences.get(i)));
    }
  }

  /** A US retirement plan: "401(k)", "401k", "403(b)". */
  private static final Pattern RETIREMENT_PLAN = Pattern.compile("\\b(40[13])\\s?\\(?([kb])\\)?(?![\\p{L}\\d])");
  private static final Pattern MATCHES = Pattern.compile("\\bmatch(?:es|ed|ing)?\\b");
  /** "a 403(b) plan with an employer contribution of 5% of salary": the employer pays in without a match. */
  private static final Pattern CONTRIBUTES = Pattern.compile(
      "\\b(?:employer|company|organization|organisation|non-?elective)(?:'s)?\\s+contributions?\\b|\\bcontributes\\b");

  /**
   * A 401(k) match written with its verb ("Granite Ridge matches 100% of your 401(k) contributions up to 6% of your
   * eligible pay", "the Company matches 4% of eligible pay"): listed as the part of pay it matches, the percent "of
   * pay", never the part of your contribution ("100%") it matches. A match capped in money ("up to $6,000 a year",
   * "up to a company match of $6,000 per year") is listed as that sum. The plan may be named in the sentence before
   * ("… our 401(k) plan. The firm matches 100% of your contributions up to $6,000 a year."). An employer's
   * contribution without a match ("a 403(b) plan with an employer contribution of 5% of salary") is read the same way.
   */
  private static void retirementMatch(Reading r) {
    for (int i = 0; i < r.sentences.size() && r.extras.size() < MOST_EXTRAS; i++) {
      String lower = r.lowers.get(i);
      boolean matches = MATCHES.matcher(lower).find();
      if (!matches && !CONTRIBUTES.matcher(lower).find()) {
        continue;
      }
      Matcher plan = RETIREMENT_PLAN.matcher(lower);
      if (!plan.find()) {
        plan = i > 0 && CONTRIBUTIONS.matcher(lower).find() ? RETIREMENT_PLAN.matcher(r.lowers.get(i - 1)) : null;
        if (plan == null || !plan.find()) {
          continue;
        }
      }
      String what = plan.group(1) + "(" + plan.group(2) + (matches ? ") match" : ") employer contribution");
      String sentence = r.sentences.get(i);
      Extra match = listed(r, what) ? labelledShare(r, what, sentence, lower) : matchedPay(lower, sentence, what);
      if (match == null && listed(r, what)) {
        continue;
      }
      // "matches 50% of your 401(k) contributions" read as a "company match" of 50% is the share of yours it
      // matches, no figure of pay: the match's own figure replaces it.
      Quote<Extra> shareOfYours = r.extras.stream().filter(e -> e.sentence().equals(sentence)).findFirst().orElse(null);
      if (shareOfYours != null && (match == null || !shareOfYours.value().percent() || shareOfYours.value().ofPay())) {
        continue;
      }
      if (match != null) {
        r.extras.remove(shareOfYours);
        r.extras.add(new Quote<>(match, sentence));
      }
    }
  }

  /**
   * "matches … of your contributions", "contributions to the plan": the plan's own contributions; a charitable or
   * gift match ("match your charitable contributions") is no retirement match.
   */
  private static final Pattern CONTRIBUTIONS = Pattern.compile("^(?!.*\\b(?:charit|donat|gift|giving))"
      + ".*\\b(?:your\\s+(?:own\\s+)?(?:\\w+\\s+)?contributions?|contributions?\\s+to\\s+(?:the|this|that|your)\\s+plan)\\b");
  /** "up to $6,000", "up to a company match of $6,000", "capped at $6,000": a match's most in money. */
  private static final Pattern MONEY_CAP_BEFORE = Pattern.compile(
      "\\b(?:up\\s+to|capped\\s+at|to\\s+a\\s+maximum\\s+of|maximum\\s+of)\\s+(?:(?:a|an|the)\\s+)?(?:[\\w()]+\\s+){0,3}?(?:of\\s+)?$");

  /** "a 3% match", "a 4% company match": a match named by its percent alone. */
  // "a 100% match on the first 4% you contribute": a rate on part of the pay, not a percent of it.
  private static final Pattern PERCENT_MATCH = Pattern.compile("\\s*(?:employer\\s+|company\\s+)?match\\b"
      + "(?!\\s+(?:on|of|up\\s+to)\\s+(?:the\\s+)?first)");

  /**
   * "401(k) Match: 100% of the first 4% of eligible pay": a label listed the share of yours it matches (100%) as the
   * match; the part of pay it matches, in the same sentence, is the match. Null where the label's figure stands.
   */
  private static Extra labelledShare(Reading r, String what, String sentence, String lower) {
    Quote<Extra> labelled = r.extras.stream().filter(e -> e.value().what().equals(what)).findFirst().orElseThrow();
    if (!labelled.sentence().equals(sentence) || !labelled.value().percent() || labelled.value().ofPay()) {
      return null;
    }
    Extra match = matchedPay(lower, sentence, what);
    if (match == null || !match.ofPay()) {
      return null;
    }
    r.extras.remove(labelled);
    return match;
  }

  /** Between a match's share of yours and the part of pay it covers: "of the first", "of your contributions up to". */
  private static final Pattern SHARE_OF_FIRST = Pattern.compile("\\s*(?:match\\s+)?(?:of|on)\\s+(?:the\\s+first"
      + "|(?:your|employee)\\s+(?:\\w+\\s+)?contributions?\\s+(?:of\\s+)?up\\s+to)\\s+");

  /**
   * "100% match up to 4%", "a 50% company match on contributions up to 6%", "matched 100% up to 4%": the share of
   * yours matched, then the part of pay it covers; the cap is of pay even where the letter leaves "of salary" out.
   */
  private static final Pattern SHARE_UP_TO = Pattern.compile("\\s*(?:(?:(?:employer|company)\\s+)?match(?:ing)?)?"
      + "(?:\\s+(?:on|of)\\s+(?:your\\s+|employee\\s+)?(?:\\w+\\s+)?contributions?)?,?\\s+(?:up\\s+to|capped\\s+at)\\s+");
  /** "matched dollar-for-dollar up to 4%": all of yours, so the cap is the match. */
  private static final Pattern DOLLAR_FOR_DOLLAR_UP_TO = Pattern.compile(
      "\\bdollar[- ]for[- ]dollar(?:\\s+match)?(?:\\s+on\\s+(?:your\\s+)?contributions)?,?\\s+(?:up\\s+to|capped\\s+at)\\s+$");

  /**
   * A second tier after the first one's cap: "up to 3%, then 50% up to 5%" (5% of pay in all), "100% of the first 3%
   * and 50% of the next 2%". Group 1 is its share, group 2 its cap of pay in all, group 3 the part past the first cap.
   */
  private static final Pattern NEXT_TIER = Pattern.compile("%?(?:\\s+of\\s+(?:your\\s+)?(?:eligible\\s+)?(?:pay|salary"
      + "|compensation))?,?\\s+(?:then|and|plus)\\s+(\\d{1,3})%\\s+(?:match\\s+)?(?:(?:on\\s+contributions\\s+)?up\\s+to\\s+"
      + "(\\d{1,2}(?:\\.\\d+)?)%|(?:of|on)\\s+the\\s+next\\s+(\\d{1,2}(?:\\.\\d+)?)%)");

  /**
   * "a 50% match on the first 6% you contribute": the first part of pay you put in, which the match covers; the
   * percent is of your pay, as the contribution is.
   */
  private static final Pattern YOU_PUT_IN = Pattern.compile(
      "\\s*(?:that\\s+|which\\s+)?you\\s+(?:contribute|put\\s+in|defer|save|elect)\\b");

  /**
   * The first tier's match of pay with the tier after its cap: "dollar-for-dollar up to 3%, then 50% up to 5%" is 3% +
   * half of the 2% past it, 4% of pay; the first tier alone would list less than the letter pays.
   */
  private static BigDecimal withNextTier(String lower, Amount cap, BigDecimal matched) {
    Matcher t = NEXT_TIER.matcher(lower).region(cap.end(), lower.length());
    if (t.lookingAt()) {
      BigDecimal past = t.group(2) != null ? new BigDecimal(t.group(2)).subtract(cap.exact())
          : new BigDecimal(t.group(3));
      if (past.signum() > 0) {
        matched = matched.add(new BigDecimal(t.group(1)).multiply(past).movePointLeft(2));
      }
    }
    return matched.stripTrailingZeros();
  }

  /** "50 cents on the dollar": a share of yours said in money, which is the percent "50%" (s28). */
  private static final Pattern CENTS_ON_THE_DOLLAR = Pattern.compile(
      "(?i)\\b(\\d{1,2})\\s*(?:cents|¢)\\s+(?:on|per|for)\\s+(?:the|each|every)\\s+dollar");

  /** The part of pay a 401(k) match pays: a percent of salary, else the most it pays in money; null where neither. */
  private static Extra matchedPay(String lower, String sentence, String what) {
    if (lower.contains("dollar") && (lower.contains("cents") || lower.contains("¢"))) {
      // "dollar for dollar up to 3%, and 50 cents on the dollar on the next 2%": read as "… and 50% on the next 2%".
      sentence = CENTS_ON_THE_DOLLAR.matcher(sentence).replaceAll("$1%");
      lower = CENTS_ON_THE_DOLLAR.matcher(lower).replaceAll("$1%");
    }
    String said = lower;
    // "a target bonus of 15% of base salary, and the group RRSP matches 100% … up to 4%": the bonus's figure is never
    // the match's, whichever plan the sentence names.
    List<Amount> figures = LetterFigures.find(sentence).stream().filter(f -> !anotherPartsFigure(said, f)).toList();
    for (Amount a : figures) {
      for (Amount share : figures) {
        if (a.percent() && a.range() == null && share.percent() && share.range() == null && share.end() <= a.start()
            && SHARE_UP_TO.matcher(lower.substring(share.end(), a.start())).matches()
            && lower.substring(Math.max(0, share.start() - 30), a.start()).contains("match")) {
          // "100% match up to 4%": all of your first 4% of pay, so 4% of pay; "50% … up to 6%" is 3%.
          return new Extra(what, withNextTier(lower, a, share.exact().multiply(a.exact()).movePointLeft(2)), true,
              null, true);
        }
      }
      if (a.percent() && a.range() == null
          && DOLLAR_FOR_DOLLAR_UP_TO.matcher(lower.substring(Math.max(0, a.start() - 60), a.start())).find()) {
        return new Extra(what, withNextTier(lower, a, a.exact()), true, null, true);
      }
      if (a.percent() && a.range() == null && (PERCENT_OF_PAY.matcher(lower).region(a.end(), lower.length()).lookingAt()
          || YOU_PUT_IN.matcher(lower).region(a.end(), lower.length()).lookingAt())) {
        // "50% of the first 6% of eligible pay", "50% of your contributions up to 6%": half of 6% is 3% of pay; the
        // part of pay alone would list twice the match.
        for (Amount share : figures) {
          if (share.percent() && share.range() == null && share.end() <= a.start()
              && SHARE_OF_FIRST.matcher(lower.substring(share.end(), a.start())).matches()) {
            return new Extra(what, withNextTier(lower, a, share.exact().multiply(a.exact()).movePointLeft(2)), true,
                null, true);
          }
        }
        return new Extra(what, a.exact(), true, null, true);
      }
    }
    for (Amount a : figures) {
      if (a.money() && a.range() == null
          && MONEY_CAP_BEFORE.matcher(lower.substring(Math.max(0, a.start() - 40), a.start())).find()) {
        return extraAt(lower, a, what, null);
      }
    }
    for (Amount a : figures) {
      if (a.percent() && a.range() == null && PERCENT_MATCH.matcher(lower).region(a.end(), lower.length()).lookingAt()) {
        // "our 401(k) plan with a 3% match": the match's percent as the letter writes it, of nothing it names.
        return new Extra(what, a.exact(), true, null, false);
      }
    }
    return null;
  }

  /**
   * Whether a figure is another part of pay's: its clause (from the last comma, semicolon or colon) names a bonus,
   * commission or sign-on before it and no match ("an annual bonus of 10% of base salary, and our pension matches …").
   */
  private static boolean anotherPartsFigure(String lower, Amount f) {
    int from = f.start();
    while (from > 0 && ",;:".indexOf(lower.charAt(from - 1)) < 0) {
      from--;
    }
    String clause = lower.substring(from, f.start());
    return ANOTHER_PART.matcher(clause).find() && !clause.contains("match") && !clause.contains("contribut");
  }

  private static final Pattern ANOTHER_PART = Pattern.compile(
      "\\b(?:bonus|commission|incentive|sign[-\\s]?on|signing|variable\\s+pay|profit\\s+shar\\w*|raise|merit)\\b");

  private static boolean listed(Reading r, String what) {
    return r.extras.stream().anyMatch(seen -> seen.value().what().equals(what));
  }

  /** "(monatlich 58 €)", "mensuellement 75 €": the month written as the word right before an extra's figure. */
  private static final Pattern MONTHLY_RIGHT_BEFORE = Pattern.compile("\\b(?:monatlich|mensuel(?:le)?|mensuellement)\\s*$");

  /** The extra {@code what} at figure {@code a}, with the period written at it, else {@code namedBefore}. */
  private static Extra extraAt(String lower, Amount a, String what, Period namedBefore) {
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 40));
    String before = lower.substring(Math.max(0, a.start() - 40), a.start());
    Period per = a.percent() ? null : PER_HOUR.matcher(after).lookingAt() ? Period.HOUR
        : Period.at(after.stripLeading(), 0) == Period.HOUR ? Period.HOUR : immediatePeriod(after, before);
    if (per == null && !a.percent()) {
      per = YEARLY_NEAR.matcher(before + " # " + after).find() ? Period.YEAR
          : MONTHLY_RIGHT_BEFORE.matcher(before).find() ? Period.MONTH : namedBefore;
    }
    Matcher of = a.percent() ? PERCENT_OF_PAY.matcher(after) : null;
    Extra extra = new Extra(what, a.exact(), a.percent(), per, of != null && of.lookingAt());
    Matcher day = per == null && !a.percent() ? PER_DAY.matcher(after) : null;
    return day != null && day.lookingAt() ? extra.daily(day.group(1) != null || day.group(2) != null ? "working day"
        : "day") : extra;
  }


  /**
   * An extra the sentence names with no figure of its own ("Pension: The Company operates a pension scheme.", "CPF
   * contributions in accordance with statutory requirements"): its figure from the next sentence when that one names
   * nothing else and states one ("The Company will match your contributions up to 6% of basic salary."), else listed
   * without a figure, so it is seen and can be asked about.
   */
  private void namedExtra(Reading r, int i, LetterWords.Hit phrase) {
    String lower = r.lowers.get(i);
    String what = lower.substring(phrase.start(), phrase.end());
    if (r.extras.size() >= MOST_EXTRAS || listed(r, what)
        || INCLUDED_BEFORE.matcher(lower.substring(Math.max(0, phrase.start() - 20), phrase.start())).find()) {
      // "a package of $180,000 inclusive of superannuation": part of a figure read already, not pay beside it.
      return;
    }
    String next = i + 1 < r.sentences.size() ? r.lowers.get(i + 1) : null;
    // "… up to 6% of basic salary" names the base as what the figure is of: no field of its own.
    // Only a sentence that speaks of the extra again: "Overtime … at 150% of your hourly rate" after a pension is not
    // the pension's figure.
    if (next != null && refersBack(next, what)
        && words.hits(next).stream().noneMatch(h -> h.topic().takesFigures() && !reference(next, h)
            && !salarySacrifice(next, h))) {
      for (Amount a : LetterFigures.find(r.sentences.get(i + 1))) {
        if ((a.money() || a.percent()) && a.range() == null && !yourShare(next, a)) {
          r.extras.add(new Quote<>(extraAt(r.lowers.get(i + 1), a, what, null),
              r.sentences.get(i) + " " + r.sentences.get(i + 1)));
          return;
        }
      }
    }
    r.namedExtras.add(new Quote<>(new Extra(what, null, false, null, false), r.sentences.get(i)));
  }

  /** "… will be made by salary sacrifice": how a pension contribution is paid, no salary of its own. */
  private static final Pattern SACRIFICE_AFTER = Pattern.compile("\\s+(?:sacrifice|exchange)\\b");

  private static boolean salarySacrifice(String lower, LetterWords.Hit hit) {
    return hit.topic() == Topic.BASE && (lower.contains("sacrifice") || lower.contains("exchange"))
        && SACRIFICE_AFTER.matcher(lower).region(hit.end(), lower.length()).lookingAt();
  }

  /** Words a sentence uses of the extra named before it: a match, a contribution, its own last word. */
  private static final Pattern REFERS_BACK = Pattern.compile(
      "\\b(?:match\\w*|contribut\\w*|employer|pay\\s+in|pays\\s+in|this\\s+(?:scheme|plan|benefit))\\b");

  private static boolean refersBack(String next, String what) {
    String[] words = what.split("\\s+");
    String noun = words[words.length - 1];
    return REFERS_BACK.matcher(next).find() || noun.length() >= 3 && next.contains(noun);
  }

  private static final Pattern INCLUDED_BEFORE = Pattern.compile("\\b(?:inclusive\\s+of|including|incl\\.?|includes)\\s+(?:\\w+\\s+)?$");

  /**
   * "our pension scheme. The Company will contribute 7% … to the pension scheme": the extra named bare is the one a
   * longer name listed with its figure, never a second one.
   */
  private static boolean namedWithItsFigure(Reading r, String what) {
    return r.extras.stream().anyMatch(e -> e.value().amount() != null
        && (" " + e.value().what() + " ").contains(" " + what + " "));
  }

  /** Extras named without a figure, listed after the letter is read unless a sentence gave one its figure. */
  private static void namedExtras(Reading r) {
    for (Quote<Extra> named : r.namedExtras) {
      boolean superInPackage = r.included == Included.SUPER && named.value().what().startsWith("super");
      if (r.extras.size() < MOST_EXTRAS && !listed(r, named.value().what()) && !superInPackage
          && !namedWithItsFigure(r, named.value().what())) {
        r.extras.add(named);
      }
    }
  }

  /** "within twelve months after the retention bonus is paid", "of the payment date": counted from the payment. */
  private static final Pattern PAID_BEFORE = Pattern.compile(
      "\\bmonths?\\s+(?:of|after|from|following)\\s+(?:the\\s+)?(?:payment\\s+date|date\\s+of\\s+(?:the\\s+)?payment|"
          + "[\\p{L}\\s-]{0,30}?\\b(?:is|was|has\\s+been|being)\\s+paid)");

  /** A bonus paid for staying, whose repayment terms are kept as a sign-on's are. */
  private static final Pattern RETENTION = Pattern.compile("^(?:retention|stay)\\b");

  /**
   * A retention bonus's repayment terms ("If you resign within 12 months after the payment date, you will repay the
   * retention bonus in full"): in its own sentence or one of the two after it that speaks of it, not of a sign-on or
   * a relocation.
   */
  private void retentionRepayment(Reading r) {
    for (int e = 0; e < r.extras.size(); e++) {
      Quote<Extra> extra = r.extras.get(e);
      int i = r.sentences.indexOf(extra.sentence());
      if (!RETENTION.matcher(extra.value().what()).find() || i < 0) {
        continue;
      }
      for (int j = i; j < Math.min(r.sentences.size(), i + 3); j++) {
        String lower = r.lowers.get(j);
        boolean other = j > i && (words.mentions(lower, Topic.SIGN_ON) || words.mentions(lower, Topic.RELOCATION)
            || words.mentions(lower, Topic.EXTRA) && !lower.contains(extra.value().what()));
        if (words.mentions(lower, Topic.CLAWBACK) && !other) {
          boolean fromPayment = FROM_PAYMENT.matcher(lower).find() || PAID_BEFORE.matcher(lower).find();
          r.extras.set(e, new Quote<>(extra.value().repaid(repaymentIn(lower), fromPayment),
              extra.sentence()));
          break;
        }
      }
    }
  }

  /** "a monthly phone allowance of $50", "Monthly remuneration" over the lines: the period written before the phrase. */
  private static Period periodNamedBefore(String lower, LetterWords.Hit phrase) {
    Matcher named = PERIOD_NAMED.matcher(lower.substring(Math.max(0, phrase.start() - 12), phrase.start()));
    return named.find() ? (named.group(1).equals("annual") ? Period.YEAR : Period.at(named.group(1), 0)) : null;
  }

  private static final Pattern PERIOD_NAMED = Pattern.compile("\\b(monthly|weekly|annual|yearly)\\s+$");

  /** "6% of your basic salary": what a percent extra is of. */
  private static final Pattern PERCENT_OF_PAY = Pattern.compile(
      "\\s*(?:employer\\s+contribution\\s+)?of\\s+(?:your\\s+|the\\s+)?(?:(?:annual|gross|eligible|basic|base)\\s+){0,3}"
          + "(?:salary|pay|earnings|compensation)\\b"
          // "contributes a further 2% of base to a Deferred Profit Sharing Plan": "base" alone is the base salary.
          + "|\\s*of\\s+(?:your\\s+)?base\\b(?!\\s*-)");

  private static int distance(LetterWords.Hit hit, Amount a) {
    return hit.end() <= a.start() ? a.start() - hit.end() : Math.max(0, hit.start() - a.end());
  }

  /** A phrase written as part of a name: capitalised, with a capitalised word right after it ("Evergreen Clinical"). */
  private static boolean properName(String sentence, LetterWords.Hit hit) {
    return hit.end() + 1 < sentence.length() && Character.isUpperCase(sentence.charAt(hit.start()))
        && sentence.charAt(hit.end()) == ' ' && Character.isUpperCase(sentence.charAt(hit.end() + 1));
  }

  /** "a housing allowance of $2,000 per month": paid each period, so no one-time relocation sum. */
  private static boolean periodic(String lower, Amount a) {
    return immediatePeriod(lower.substring(a.end(), Math.min(lower.length(), a.end() + 40)), "") != null;
  }

  /** "There is no sign-on bonus or equity": a thing the letter says is not part of the offer. */
  /** ", including the " right before a pay word set off by commas: a thing named in passing. */
  private static final Pattern NAMED_IN_PASSING = Pattern.compile(",\\s*(?:including|such\\s+as)\\s+(?:the\\s+|your\\s+)?$");

  private static boolean negated(String lower, LetterWords.Hit hit) {
    String before = lower.substring(Math.max(0, hit.start() - 30), hit.start());
    if (NEGATED_BEFORE.matcher(before).find()) {
      return true;
    }
    // A list after the negation: "not be eligible for holiday pay, bonus, pension or equity".
    String list = lower.substring(Math.max(0, hit.start() - 80), hit.start());
    Matcher negation = NEGATION.matcher(list);
    int last = -1;
    while (negation.find()) {
      last = negation.end();
    }
    if (last < 0 || LIST_BREAK.matcher(list.substring(last)).find()) {
      return false;
    }
    // Only a list of short items, the phrase right after a comma or the "or" of the list: "not required to relocate,
    // and your base salary" is no list.
    String[] items = list.substring(last).split(",", -1);
    if (items.length == 1) {
      // Two things: "not eligible for the annual bonus or equity programs".
      return PAIR_AFTER_NEGATION.matcher(items[0]).matches();
    }
    if (!LIST_END.matcher(items[items.length - 1]).matches()) {
      return false;
    }
    for (int k = 1; k < items.length - 1; k++) {
      if (!LIST_ITEM.matcher(items[k]).matches()) {
        return false;
      }
    }
    return true;
  }

  /** "15% of your base salary": the base named as what a percent is of, not stated. */
  private static boolean reference(String lower, LetterWords.Hit hit) {
    if (hit.topic() != Topic.BASE) {
      return false;
    }
    // A whole word "of" or "on": "after your six-month probation your salary" names no percent's base.
    return NAMED_BASE.matcher(lower.substring(Math.max(0, hit.start() - 20), hit.start())).find();
  }

  /**
   * A figure with no currency mark in a letter that writes none, or under a heading that names the letter's currency:
   * a salary of 95,000 still reads.
   */
  private static boolean bigBareFigure(Amount a, Reading r, int i) {
    return (r.currency == null || underCurrencyHeading(r, i)) && !a.percent() && a.value().compareTo(BigDecimal.valueOf(1_000)) >= 0
        && !(a.value().scale() <= 0 && a.value().compareTo(BigDecimal.valueOf(1990)) >= 0
        && a.value().compareTo(BigDecimal.valueOf(2100)) <= 0);
  }

  /**
   * Whether a heading over the unit names the letter's currency for the bare figures below it ("Compensation Structure
   * (per annum, in INR)" over "Basic Salary | 14,40,000"): the heading is one of the dozen units above.
   */
  private static boolean underCurrencyHeading(Reading r, int i) {
    String code = r.currency.value().toLowerCase(Locale.ROOT);
    Pattern heading = Pattern.compile("(?:\\(|\\bin\\s+|,\\s*)" + Pattern.quote(code) + "\\)?\\s*:?$");
    for (int j = i - 1; j >= Math.max(0, i - 12); j--) {
      if (heading.matcher(r.lowers.get(j).strip()).find()) {
        return true;
      }
    }
    return false;
  }

  /** "which includes fixed overtime pay of", "that already includes": the words before a part of the salary just written. */
  private static final Pattern PART_OF_BASE = Pattern.compile(
      "\\b(?:which|that)\\s+(?:already\\s+)?includes?\\b[^\\d$£€¥₹.;]{0,50}$"
          // "JPY 520,000 (including fixed overtime allowance of JPY 95,000 …)": the part in a bracket after the salary.
          + "|\\(\\s*(?:including|inclusive\\s+of|incl\\.?|of\\s+which)\\s[^\\d$£€¥₹.;()]{0,50}$");

  private void base(Reading r, int i, Amount a) {
    String lower = r.lowers.get(i);
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 60));
    String before = lower.substring(Math.max(0, a.start() - 40), a.start());
    if (PER_HOUR.matcher(after).find() || PER_HOUR.matcher(before).find() || Period.at(after, 0) == Period.HOUR) {
      r.hourly = true;
      if (r.hourlyRate == null) {
        r.hourlyRate = new Quote<>(a, r.sentences.get(i));
      }
      return;
    }
    if (PER_DAY.matcher(after).lookingAt() || DAY_RATE.matcher(before).find()) {
      // A contractor's day rate: the days a year paid are the contract's, never a guess.
      r.daily = true;
      if (r.dayRate == null && a.money()) {
        r.dayRate = a;
        r.dayRateSentence = r.sentences.get(i);
      }
      return;
    }
    if (WHOLE_OF_PARTS.matcher(after).lookingAt()) {
      // "Your gross monthly salary will be SAR 60,000, of which basic salary is SAR 40,000": the whole, not the base.
      return;
    }
    if (before.contains("increase") && RAISE_BY_BEFORE.matcher(before).find()) {
      // "on passing the CFA Level II your base increases by $5,000": a raise the letter promises, never a second base;
      // listed once beside the offer, never added in.
      // "…; on passing Level III it increases by a further $7,500": the second raise is listed beside the first.
      String what = !listed(r, "salary increase") ? "salary increase" : "further salary increase";
      // "Summary: on passing the CFA Level II your base increases by $5,000": the same raise restated in another
      // sentence, not a second one; a further raise is its own sentence's or says so ("a further", "another").
      boolean restated = r.extras.stream().anyMatch(seen -> seen.value().what().equals("salary increase")
          && !seen.sentence().equals(r.sentences.get(i)) && seen.value().amount().compareTo(a.exact()) == 0)
          && !FURTHER_BEFORE.matcher(before).find();
      if (a.money() && r.extras.size() < MOST_EXTRAS && !listed(r, what) && !restated) {
        r.extras.add(new Quote<>(new Extra(what, a.exact(), false, null, false), r.sentences.get(i)));
      }
      return;
    }
    Matcher item = FOR_EACH_ITEM.matcher(after);
    if (item.lookingAt()) {
      // "a fee of $2,000 for each successful employee referral": paid per referral, never a second base; listed with
      // what it is paid for, so the figure is seen.
      if (a.money() && r.extras.size() < MOST_EXTRAS) {
        String what = "pay for each " + (item.group("item") != null ? item.group("item") : item.group("thing"));
        r.extras.add(new Quote<>(new Extra(what, a.exact(), false, null, false), r.sentences.get(i)));
      }
      return;
    }
    if (PER_UNIT_OF_WORK.matcher(after).lookingAt()) {
      // "$58.00 per work RVU (wRVU)": a rate per unit of work done, never a salary of its own.
      return;
    }
    if (r.base != null && (lower.contains("rvu") || lower.contains("product") || lower.contains("collections"))
        && LATER_PRODUCTION.matcher(lower).find()) {
      // "Beginning in year three, … a base of $260,000 paid as a draw against productivity": pay after the guarantee,
      // which the guarantee's note names; no second base now.
      return;
    }
    if (PERCENT_IN_BRACKETS.matcher(before).find()) {
      // "50% ($30,000) will be paid following the first anniversary": a part of some other pay, never a salary.
      return;
    }
    if (Included.after(lower, a.end()) != null) {
      // "a base salary of $180,000 including superannuation": the package, read as such above.
      return;
    }
    Matcher part = PART_OF_BASE.matcher(lower.substring(Math.max(0, a.start() - 90), a.start()));
    if (r.base != null && part.find()) {
      // "Monthly salary: JPY 780,000, which includes fixed overtime pay of JPY 142,000 for 30 hours …": a part of the
      // salary just read, named in a note, never a second salary.
      if (r.partOfBase == null) {
        String sentence = r.sentences.get(i);
        int from = Math.max(0, a.start() - 90) + part.start();
        int end = sentence.indexOf(". ", a.end());
        r.partOfBase = sentence.substring(from, end < 0 ? sentence.length() : end).replaceFirst("[.,;]$", "");
      }
      return;
    }
    // The clause up to the figure names a monthly salary however many words stand between ("gross monthly salary
    // (Bruttomonatsgehalt) will be EUR 6.800,00").
    String clause = lower.substring(Math.max(0, a.start() - 90), a.start());
    BigDecimal factor;
    if (PER_PAY_PERIOD.matcher(after).lookingAt()) {
      // "$8,125.00 per pay period, paid semi-monthly": the period is the one the letter says it pays by; with none
      // named, the figure is no year's, and the base is asked for.
      Period paid = TimeOffTerms.payPeriod(r.lowers);
      if (paid == null) {
        return;
      }
      factor = BigDecimal.valueOf(paid.perYear());
    } else {
      factor = periodsPerYear(r, before, clause, after);
    }
    if (factor.compareTo(BigDecimal.ONE) == 0 && !YEARLY_NEAR.matcher(before + " # " + after).find()
        && (underMonthlyHeading(r, i) || partOfMonthlyWhole(lower, a))) {
      // "1. Monthly remuneration" / "Basic salary: AED 28,000": the heading gives the lines under it their period.
      factor = monthsPaid(r);
    }
    BigDecimal yearly = Amount.exact(yearOfCentShares(a.value(), factor));
    if (corrected(r, i, a, factor, yearly)) {
      return;
    }
    String sentence = r.sentences.get(i);
    String sinceClause = clause.substring(Math.max(0, clause.lastIndexOf('.') + 1));
    // "The full-time equivalent salary for the role is £65,000": its words may stand further back than the 40 before.
    if (!ACTUAL_BEFORE.matcher(sinceClause).find() && (FULL_TIME_AFTER.matcher(after).find()
        || FULL_TIME_BEFORE.matcher(sinceClause).find())) {
      // A part-time letter's full-time figure: context for the salary actually paid, which is the base.
      if (r.fullTime == null) {
        r.fullTime = new Quote<>(yearly, sentence);
      }
      return;
    }
    if (r.base != null && (STEP_UP_BEFORE.matcher(before).find() && STEP_UP_WHEN.matcher(lower).find()
        || STEP_UP_AFTER.matcher(after).find())) {
      // "will increase to $136,000 after your six-month introductory period": a promise, the start is the base.
      if (r.stepUp == null) {
        r.stepUp = new Quote<>(yearly, sentence);
      }
      return;
    }
    if (r.base != null && factor.compareTo(BigDecimal.ONE) > 0
        && r.base.value().subtract(yearly).abs().compareTo(factor) <= 0) {
      // "$210,000.00, paid in bi-weekly installments of $8,076.92": the same salary per period, to the cent.
      return;
    }
    if (r.base != null && i >= r.earlierFrom) {
      // The earlier message's base, which the newest one changed ("a higher base of $205,000; everything else …").
      if (r.base.value().compareTo(yearly) != 0) {
        r.formerFigures.add(new Former(a.exact(), a.currency()));
      }
      return;
    }
    if (r.base != null && r.baseFactor == null && factor.compareTo(BigDecimal.ONE) == 0) {
      BigDecimal periods = periodsBetween(r.base.value(), yearly);
      if (periods != null) {
        // "$8,750.00 paid semi-monthly ($210,000 annualized)": one salary written per pay period and a year; the
        // smaller is the larger's share of one of the year's pay periods (to the cent), so the year is the base.
        if (yearly.compareTo(r.base.value()) > 0) {
          r.baseWritten = r.base.value();
          r.baseFactor = periods;
          r.base = new Quote<>(yearly, sentence);
        }
        return;
      }
    }
    if (LOCALITY.matcher(sinceLastAmount(lower, a.start())).find() && !LOCALITY_INCLUDED.matcher(lower).find()) {
      // "Locality pay (Washington-Baltimore-Arlington, 33.26%): $30,716 per annum": paid on top of the base pay.
      if (r.locality == null) {
        r.locality = new Quote<>(yearly, sentence);
      }
      return;
    }
    if (r.base != null && r.locality != null && TOTAL_SALARY.matcher(before).find()) {
      // "Total annual salary: $123,066" under the base pay and the locality pay: the salary the job pays.
      r.localityTotal = new Quote<>(yearly, sentence);
      return;
    }
    if (r.base == null) {
      r.base = new Quote<>(yearly, sentence);
      r.baseCurrency = a.currency();
      if (factor.compareTo(BigDecimal.ONE) != 0) {
        r.baseWritten = a.exact();
        r.baseFactor = factor;
      }
    } else if (r.base.value().compareTo(yearly) != 0
        && r.otherBases.stream().noneMatch(b -> b.compareTo(yearly) == 0)) {
      r.otherBases.add(yearly);
    }
  }

  /** A whole its sentence then splits, a base among the parts: ", of which basic salary is …". */
  private static final Pattern WHOLE_OF_PARTS = Pattern.compile("^[\\s,;(]{0,3}of\\s+which\\b[^.;]{0,40}?\\b(?:basic|base)\\b");
  /** A figure in brackets right after a percent: "50% ($30,000)", the percent's amount. */
  private static final Pattern PERCENT_IN_BRACKETS = Pattern.compile("\\d\\s?%\\s*\\(\\s*$");
  /** "your base salary is $182,000, not $172,000": the figure after the words is the one this one corrects. */
  private static final Pattern CORRECTS = Pattern.compile(
      "^\\s{0,3}[,;(]?\\s{0,3}(?:and\\s+)?(?:not|rather\\s+than|instead\\s+of)\\s+(?:the\\s+)?$");

  /**
   * A correction of the base ("P.S. … your base salary is $182,000, not $172,000"): the corrected figure replaces the
   * one it names wherever that was read, which is left out as a figure this letter replaces; true where it did.
   */
  private static boolean corrected(Reading r, int i, Amount a, BigDecimal factor, BigDecimal yearly) {
    String sentence = r.sentences.get(i);
    Amount wrong = LetterFigures.find(sentence).stream().filter(b -> b.start() >= a.end() && b.money()).findFirst()
        .orElse(null);
    if (wrong == null || !CORRECTS.matcher(r.lowers.get(i).substring(a.end(), wrong.start())).matches()) {
      return r.correctedAway.stream().anyMatch(w -> w.compareTo(yearly) == 0);
    }
    BigDecimal away = Amount.exact(yearOfCentShares(wrong.value(), factor));
    r.correctedAway.add(away);
    r.formerFigures.add(new Former(wrong.exact(), wrong.currency()));
    r.otherBases.removeIf(b -> b.compareTo(away) == 0);
    if (r.base == null || r.base.value().compareTo(away) == 0) {
      r.base = new Quote<>(yearly, sentence);
      r.baseCurrency = a.currency();
      r.baseWritten = factor.compareTo(BigDecimal.ONE) != 0 ? a.exact() : null;
      r.baseFactor = factor.compareTo(BigDecimal.ONE) != 0 ? factor : null;
      return true;
    }
    return false;
  }

  /** A US federal locality payment written as a figure of its own. */
  /** An amount of money as a letter writes one: "$92,350", "92,350". */
  private static final Pattern AMOUNT = Pattern.compile("[$£€]\\s?\\d[\\d,]*|\\b\\d{1,3}(?:,\\d{3})+\\b");

  /**
   * The words before a figure back to the amount before it (at most 90 characters): "$92,350 plus locality pay of
   * $30,716" names the second figure, never the first, the locality pay.
   */
  private static String sinceLastAmount(String lower, int at) {
    String lead = lower.substring(Math.max(0, at - 90), at);
    Matcher m = AMOUNT.matcher(lead);
    int end = 0;
    while (m.find()) {
      end = m.end();
    }
    return lead.substring(end);
  }

  private static final Pattern LOCALITY = Pattern.compile("\\blocality\\s+(?:pay|payment|adjustment|rate)\\b");
  /** "which includes a locality payment of 29.26%": the figure is the salary with it, read as the base. */
  private static final Pattern LOCALITY_INCLUDED = Pattern.compile(
      "\\b(?:includes?|including|inclusive\\s+of|with)\\s+(?:a\\s+|the\\s+)?locality");
  /** "Total annual salary:", "Total adjusted pay": the sum a federal letter gives under its parts. */
  private static final Pattern TOTAL_SALARY = Pattern.compile(
      "\\b(?:total|adjusted)\\s+(?:annual\\s+|yearly\\s+|adjusted\\s+|basic\\s+)?(?:salary|pay|base\\s+pay)\\b");

  /**
   * A federal salary written as base pay and locality pay: the salary is their sum, which the letter's total holds
   * where it gives one; a total that is not their sum leaves the base pay the base and is asked about.
   */
  private static void addLocality(Reading r) {
    if (r.base == null || r.locality == null || r.baseFactor != null) {
      return;
    }
    BigDecimal sum = r.base.value().add(r.locality.value());
    if (r.localityTotal != null && r.localityTotal.value().subtract(sum).abs().compareTo(BigDecimal.ONE) > 0) {
      r.otherBases.add(r.localityTotal.value());
      return;
    }
    r.basePay = r.base.value();
    r.base = new Quote<>(sum, r.localityTotal != null ? r.localityTotal.sentence() : r.base.sentence());
  }

  /**
   * The pay periods a year (12, 13, 14, 24, 26 or 52) that make one of two yearly-read figures the other's share of
   * a period, to within a cent a period; null when they are two different salaries.
   */
  private static BigDecimal periodsBetween(BigDecimal a, BigDecimal b) {
    BigDecimal small = a.min(b);
    BigDecimal large = a.max(b);
    for (int n : new int[] {12, 13, 14, 24, 26, 52}) {
      BigDecimal periods = BigDecimal.valueOf(n);
      if (small.signum() > 0 && small.multiply(periods).subtract(large).abs().compareTo(periods.movePointLeft(2)) <= 0) {
        return periods;
      }
    }
    return null;
  }

  /**
   * How many of the written period make a year: 1 for "per annum" (and by default), 12 for "per month" (or the
   * 13 or 14 salaries some European letters pay), 24 for "per semi-monthly pay period", 26 bi-weekly, 52 weekly.
   * "Paid semi-monthly" is how a yearly figure is paid, not what the figure is.
   */
  private BigDecimal periodsPerYear(Reading r, String before, String clause, String after) {
    Period immediate = immediatePeriod(after, before);
    if (immediate != null) {
      return immediate == Period.MONTH ? monthsPaid(r) : BigDecimal.valueOf(immediate.perYear());
    }
    String near = before + " # " + after;
    if (YEARLY_NEAR.matcher(near).find()) {
      return BigDecimal.ONE;
    }
    if (MONTHLY_CLAUSE.matcher(clause).find() || GROSS_MONTHLY.matcher(before).find()
        || MONTHLY_NOUN.matcher(clause).find()) {
      return monthsPaid(r);
    }
    return BigDecimal.ONE;
  }

  /** The period written right at the figure ("per semi-monthly pay period", "per month"), or null for none or a year. */
  private static Period immediatePeriod(String after, String wholeBefore) {
    // The period written right after the figure, as the money grammar reads it for offers too ("$6,250.00
    // bi-weekly", "per month", "/mo"); an hour is handled before this, as hourly pay.
    // A table's next column may say it: "Base salary | S$14,500 | Monthly (12 months)".
    String next = LEADING_GROSS.matcher(LEADING_BAR.matcher(after.stripLeading()).replaceFirst("")).replaceFirst("");
    Period written = Period.at(next, 0);
    if (written == null) {
      // "per semi-monthly pay period", "each bi-weekly pay period": the period word after per/each.
      written = Period.at(LEADING_PER.matcher(next).replaceFirst(""), 0);
    }
    if (written != null && written != Period.HOUR && written != Period.YEAR) {
      return written;
    }
    // Only the words just before the figure ("semi-monthly rate of", "bi-weekly installments of"): "(per semi-monthly
    // pay period) … $150,000 annualized" is a year. The period word is read as the money grammar reads it.
    Matcher named = PERIOD_BEFORE.matcher(wholeBefore.substring(Math.max(0, wholeBefore.length() - 48)));
    Period period = named.find() ? Period.at(named.group(named.group(1) != null ? 1 : 2), 0) : null;
    return period == Period.HOUR || period == Period.YEAR ? null : period;
  }

  /**
   * An hourly rate no phrase took, beside a yearly base ("a W-2 contract at $68.00 per hour for six months, then a
   * base salary of $138,000"): kept for a note, so it is neither dropped in silence nor made a year.
   */
  private static void hourlyBeside(Reading r) {
    if (r.base == null || r.hourlyRate != null) {
      return;
    }
    for (int i = 0; i < r.sentences.size() && r.hourlyRate == null; i++) {
      String lower = r.lowers.get(i);
      if (!lower.contains("hour")) {
        continue;
      }
      for (Amount a : LetterFigures.find(r.sentences.get(i))) {
        String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 12));
        if (a.money() && (Period.at(after, 0) == Period.HOUR || PER_HOUR.matcher(after).lookingAt())) {
          r.hourlyRate = new Quote<>(a, r.sentences.get(i));
          break;
        }
      }
    }
  }

  /**
   * A package "inclusive of superannuation" (Australia) or "including the 8% holiday allowance" (the Netherlands) and
   * no base beside it: the base is the package less what it includes, at the rate the letter states ("the statutory
   * rate, currently 12%"), said in a note; without a rate it is asked.
   */
  /** What a bonus percent is of, where it is the package's: "15% of TFR", "10% of your total fixed remuneration". */
  private static final Pattern OF_THE_PACKAGE = Pattern.compile("\\s*(?:of\\s+(?:your\\s+|the\\s+)?(?:tfr|trp|"
      + "total\\s+fixed\\s+(?:remuneration|pay|compensation)|fixed\\s+remuneration|total\\s+remuneration(?:\\s+package)?"
      + "|remuneration\\s+package|package))\\b"
      // "of fixed remuneration excluding superannuation", "… less superannuation (i.e. of your base salary)": the
      // package without what it includes is the base, so the percent is of base after all (s30 review).
      + "(?![^.;]{0,40}\\b(?:exclud|exclusive\\s+of|less\\s+super|before\\s+super|without\\s+super|not\\s+including|net\\s+of"
      + "|i\\.e\\.?,?\\s+(?:of\\s+)?(?:your\\s+)?base))");

  /** A sentence that says its figure includes something ("inclusive of", "including", "incl."). */
  private static final Pattern INCLUDED_BEFORE_OR_AFTER = Pattern.compile("\\b(?:inclusive\\s+of|including|incl\\.?|includes)\\b");
  /** "TFR includes your base salary and the employer superannuation contribution": the sentence before's package. */
  private static final Pattern INCLUDES_BACK = Pattern.compile(
      "^(?:this|that|it|the|your|tfr|trp|total|package)\\b[^.;$£€\\d]{0,60}?\\b(?:includes|is\\s+inclusive\\s+of|"
          + "(?:is|are)\\s+including|comprises|is\\s+made\\s+up\\s+of)\\b");

  /**
   * A yearly package with no base named, whose next sentence says what it includes ("Your Total Fixed Remuneration
   * (TFR) is $201,600 per annum." / "TFR includes your base salary and the employer superannuation contribution,
   * currently 12% of base salary."): the package, read as one written "inclusive of super" is.
   */
  private static void packageIncludedAfter(Reading r) {
    for (int i = 0; i + 1 < r.sentences.size() && r.base == null && r.packageWith == null; i++) {
      String next = r.lowers.get(i + 1);
      if (!Included.named(next) || !INCLUDES_BACK.matcher(next).find()) {
        continue;
      }
      Included included = Arrays.stream(Included.values()).filter(w -> w.namedIn(next)).findFirst().orElse(null);
      List<Amount> money = LetterFigures.find(r.sentences.get(i)).stream()
          .filter(a -> a.money() && a.range() == null).toList();
      if (included != null && money.size() == 1 && !periodic(r.lowers.get(i), money.get(0))) {
        r.packageWith = new Quote<>(money.get(0).exact(), r.sentences.get(i));
        r.included = included;
        if (included == Included.SUPER) {
          // The super the package holds is no pay beside it.
          r.extras.removeIf(e -> e.value().what().startsWith("super"));
        }
      }
    }
  }

  private static void baseWithoutIncluded(Reading r) {
    if (r.base != null && r.packageWith != null && r.base.value().compareTo(r.packageWith.value()) == 0
        && !r.base.sentence().equals(r.packageWith.sentence())
        && !INCLUDED_BEFORE_OR_AFTER.matcher(r.base.sentence().toLowerCase(Locale.ROOT)).find()) {
      r.includedAndOnTop = r.base;
      r.base = null;
      return;
    }
    if (r.base != null || r.packageWith == null) {
      return;
    }
    for (int i = 0; i < r.sentences.size() && r.includedRate == null; i++) {
      if (!r.included.namedIn(r.lowers.get(i))) {
        continue;
      }
      for (Amount a : LetterFigures.find(r.sentences.get(i))) {
        if (a.percent() && a.range() == null && a.value().signum() > 0 && a.value().compareTo(BigDecimal.valueOf(20)) <= 0) {
          r.includedRate = a.value().stripTrailingZeros();
          break;
        }
      }
    }
    if (r.includedRate == null) {
      return;
    }
    BigDecimal base = r.packageWith.value().multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(100).add(r.includedRate), 2, RoundingMode.HALF_UP);
    r.base = new Quote<>(Amount.exact(base), r.packageWith.sentence());
  }

  /** "pro-rated to 80%", "at 80% of full time", "80% FTE": the part of full time paid, in percent. */
  private static final Pattern PART_PERCENT = Pattern.compile(
      "\\bpro[\\s-]?rat(?:a|ed)\\s+(?:to|at)\\s+(\\d{1,2}(?:\\.\\d{1,2})?)\\s?%"
          + "|\\b(\\d{1,2}(?:\\.\\d{1,2})?)\\s?%\\s+(?:fte\\b|of\\s+(?:a\\s+|the\\s+)?full[\\s-]time)");
  /** "0.8 FTE", "a 0.6 full-time equivalent role": the part of full time as a fraction. */
  private static final Pattern PART_FRACTION = Pattern.compile(
      "(?<![\\d.])(0?\\.\\d{1,2})\\s*(?:fte\\b|full[\\s-]time\\s+equivalent)");

  /**
   * "part-time, 3 days a week", "as you will work four days per week": the days of a five-day week a part-time
   * letter pays. "3 days a week in the office" is a hybrid schedule, never a part of full time.
   */
  private static final Pattern PART_DAYS = Pattern.compile(
      "\\b([1-4]|one|two|three|four)\\s+(?:working\\s+|work\\s+)?days?\\s+(?:a|per|each)\\s+week\\b"
          + "(?![^.;]{0,25}\\b(?:in\\s+(?:the|our)\\s+office|office|on[\\s-]?site|in[\\s-]person|from\\s+home|remote))");
  /** The words that make a sentence's days a week the hours worked: part time, working them, pay pro rata. */
  private static final Pattern PART_DAYS_CONTEXT = Pattern.compile(
      "\\bpart[\\s-]time\\b|\\b(?:you\\s+will|you'll|to)\\s+work\\b|\\bworking\\b|\\bpro[\\s-]?rat");
  private static final Pattern HYBRID = Pattern.compile("\\b(?:hybrid|in\\s+(?:the|our)\\s+office|on[\\s-]?site|in[\\s-]person)\\b");

  /**
   * A part-time letter that gives only the full-time salary and the part it pays ("$150,000 … on a full-time
   * equivalent basis, pro-rated to 80%", "a 0.8 FTE role"): the base is that part of it, said in a note. Two parts
   * that differ, or none, leave the question of the actual salary.
   */
  private static void basePartTime(Reading r) {
    if (r.base != null || r.fullTime == null) {
      return;
    }
    BigDecimal part = null;
    boolean percentWritten = false;
    Integer daysAWeek = null;
    for (String lower : r.lowers) {
      for (Matcher m = PART_PERCENT.matcher(lower); m.find(); ) {
        percentWritten = true;
        BigDecimal p = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2)).movePointLeft(2);
        if (part != null && part.compareTo(p) != 0) {
          return;
        }
        part = p;
      }
      for (Matcher m = PART_FRACTION.matcher(lower); m.find(); ) {
        percentWritten = true;
        BigDecimal p = new BigDecimal(m.group(1));
        if (part != null && part.compareTo(p) != 0) {
          return;
        }
        part = p;
      }
      if (!PART_DAYS_CONTEXT.matcher(lower).find() || HYBRID.matcher(lower).find()) {
        continue;
      }
      for (Matcher m = PART_DAYS.matcher(lower); m.find(); ) {
        int days = Character.isDigit(m.group(1).charAt(0)) ? Integer.parseInt(m.group(1)) : NumberWords.count(m.group(1));
        BigDecimal p = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(5));
        if (part != null && part.compareTo(p) != 0) {
          return;
        }
        part = p;
        daysAWeek = days;
      }
    }
    if (part == null) {
      part = partByHours(r);
    }
    // A letter that writes its part as a percent too ("60% of full time (three days per week)") is read by its percent.
    r.partTimeDays = percentWritten ? null : daysAWeek;
    if (part == null || part.signum() <= 0 || part.compareTo(BigDecimal.ONE) >= 0) {
      return;
    }
    r.partTime = part.stripTrailingZeros();
    r.base = new Quote<>(Amount.exact(r.fullTime.value().multiply(part).setScale(2, RoundingMode.HALF_UP)),
        r.fullTime.sentence());
  }

  /**
   * "The post is part-time, 22.5 hours per week. Full-time hours at the Trust are 37.5 hours per week.": the part of
   * full time the hours worked are, where the letter gives both; else null.
   */
  private static BigDecimal partByHours(Reading r) {
    BigDecimal worked = null;
    BigDecimal full = null;
    for (String lower : r.lowers) {
      for (Matcher m = WeeklyHours.matcher(lower); m.find(); ) {
        BigDecimal hours = WeeklyHours.hoursIn(m);
        if (WeeklyHours.fullTime(lower, m.start())) {
          full = full == null ? hours : full;
        } else if (PART_DAYS_CONTEXT.matcher(lower).find() && worked == null) {
          worked = hours;
        }
      }
    }
    return worked == null || full == null || full.signum() <= 0 ? null
        : worked.divide(full, 4, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** Monthly salaries a year: twelve, or the 13 or 14 (a 13th month, an AWS, an aguinaldo) the letter pays. */
  private BigDecimal monthsPaid(Reading r) {
    if (r.monthsPaid == null) {
      r.monthsPaid = MonthsPaid.of(r.lowers, words);
    }
    return r.monthsPaid.months();
  }

  /**
   * A yearly base its own sentence pays in twelve with a 13th month on top ("€62,400, versée en douze mensualités, à
   * laquelle s'ajoute un 13e mois"): the year is a twelfth of it for each month paid, said in a note.
   */
  private void extraMonthOnTop(Reading r) {
    if (r.base == null || r.baseFactor != null || r.otherBases.size() > 0) {
      return;
    }
    MonthsPaid.Count count = r.monthsPaid != null ? r.monthsPaid : MonthsPaid.of(r.lowers, words);
    String baseSentence = r.base.sentence().toLowerCase(Locale.ROOT);
    if (!(MonthsPaid.onTopOfTwelve(count) && count.sentence().equals(baseSentence))) {
      // The year's sentence counts its twelve payments; the extra month, if any, is another sentence's.
      MonthsPaid.Count besides = MonthsPaid.of(r.lowers.stream().filter(l -> !l.equals(baseSentence)).toList(), words);
      if (!MonthsPaid.onTopOfTwelvePaid(besides, baseSentence)) {
        return;
      }
      count = besides;
    }
    r.monthsPaid = count;
    r.baseBeforeExtraMonth = r.base.value();
    r.base = new Quote<>(Amount.exact(r.base.value().multiply(count.months()).divide(BigDecimal.valueOf(12), 2,
        RoundingMode.HALF_UP)), r.base.sentence());
  }

  /** Pay periods a year that make twelve months between them: twice a month, every two weeks, every week. */
  private static final Set<Integer> PERIODS_OF_TWELVE_MONTHS = Set.of(24, 26, 52);

  /**
   * A base written per pay period shorter than a month ("$48,000.00 M.N. quincenales", ×24) in a letter that pays a
   * 13th month (an aguinaldo of 30 days): the pay periods make twelve months, so the extra month is on top, said in a
   * note (a bonus in months of salary is then a month of that year).
   */
  private void extraMonthOnPayPeriods(Reading r) {
    if (r.base == null || r.baseFactor == null || r.baseFactor.scale() > 0
        || !PERIODS_OF_TWELVE_MONTHS.contains(r.baseFactor.intValue())) {
      return;
    }
    monthsPaid(r);
    MonthsPaid.Count count = r.monthsPaid;
    if (!count.extra() || count.instalments()) {
      return;
    }
    r.periodsYear = r.base.value();
    r.base = new Quote<>(Amount.exact(r.base.value().multiply(count.months()).divide(BigDecimal.valueOf(12), 2,
        RoundingMode.HALF_UP)), r.base.sentence());
  }

  /** "2", "two", "1.5" or "1,5" months. */
  private static BigDecimal monthCount(String written) {
    if (Character.isDigit(written.charAt(0))) {
      return new BigDecimal(written.replace(',', '.'));
    }
    Integer n = NumberWords.count(written);
    return n == null ? null : BigDecimal.valueOf(n);
  }

  /**
   * A bonus of "2 months' base salary" is that many months of the yearly base as the letter pays it (a twelfth, or a
   * thirteenth where it pays 13 salaries); without a base it is asked about.
   */
  private void bonusInMonths(Reading r) {
    if (r.bonus != null || r.bonusMonths == null) {
      return;
    }
    if (r.base == null) {
      r.bonusWithoutFigure = true;
      return;
    }
    BigDecimal amount = r.base.value().multiply(r.bonusMonths.value())
        .divide(monthsPaid(r), 2, RoundingMode.HALF_UP);
    r.bonus = new Quote<>(new Bonus(null, Amount.exact(amount), r.bonusMonthsCap), r.bonusMonths.sentence());
  }

  /**
   * A target percent beside a guaranteed least amount ("a target of 25% … no less than $40,000 for 2027"): the target
   * is the bonus, the guarantee a floor said in a note. A guarantee alone stays the bonus, and is asked about.
   */
  private static void bonusFloor(Reading r) {
    if (r.bonusFloor == null || r.bonus == null || r.bonus.value().percent() == null
        || r.bonus.value().amount() == null || r.bonus.value().amount().compareTo(r.bonusFloor.value()) != 0) {
      r.bonusFloor = null;
      return;
    }
    Bonus b = r.bonus.value();
    if (b.cap()) {
      // "up to 20% of base … for 2027 no less than $25,000": the guarantee is the bonus read, the cap said beside it.
      r.bonusCapBeside = b;
      r.bonus = new Quote<>(new Bonus(null, r.bonusFloor.value(), false), r.bonusFloor.sentence());
      r.bonusFloor = null;
      return;
    }
    r.bonus = new Quote<>(new Bonus(b.percent(), null, b.cap()), r.bonus.sentence());
  }

  private static final Pattern PRORATED = Pattern.compile("\\bpro[\\s-]?rat(?:a|ed|ion)\\b|\\bprorat(?:ed|ion)\\b");

  /**
   * A part of a year paid in proportion to the time worked, in the letters' languages: "pro-rated", "pro rata",
   * "proporcional al tiempo laborado", "proporcional ao tempo trabalhado", "anteilig", "au prorata".
   */
  private static final Pattern PAID_IN_PROPORTION = Pattern.compile("\\bpro[\\s-]?rat(?:a|ed|ion)\\b|\\bprorat(?:ed|ion)\\b"
      + "|\\bproportional(?:ly)?\\b|\\bproporcional(?:mente)?\\b|\\bprorratead[oa]\\b|\\banteilig\\b|\\bau\\s+prorata\\b");
  /** "AWS" in a sentence about the AWS a letter pays: Singapore's 13th month, named by its letters alone. */
  private static final Pattern AWS_NAMED = Pattern.compile("\\baws\\b|\\bannual\\s+wage\\s+supplement\\b");

  /**
   * "For 2027 the AWS will be pro-rated based on your length of service", "Aguinaldo: 30 días (proporcional al tiempo
   * laborado el primer año)": the base counts the 13th month in full, the first year pays a part of it.
   */
  private void extraMonthProrated(Reading r) {
    if (r.base == null || r.monthsPaid == null || !r.monthsPaid.extra()) {
      return;
    }
    for (int i = 0; i < r.lowers.size() && r.extraMonthProrated == null; i++) {
      String lower = r.lowers.get(i);
      if (PAID_IN_PROPORTION.matcher(lower).find() && (words.mentions(lower, Topic.EXTRA_MONTH)
          || AWS_NAMED.matcher(lower).find()) && !words.mentions(lower, Topic.BONUS)) {
        r.extraMonthProrated = r.sentences.get(i);
      }
    }
  }

  /** "For 2027, your bonus will be prorated based on your start date": year 1 pays less than the target. */
  private void bonusProrated(Reading r) {
    for (int i = 0; i < r.lowers.size() && r.bonus != null && r.bonusProrated == null; i++) {
      String lower = r.lowers.get(i);
      if (PRORATED.matcher(lower).find() && words.mentions(lower, Topic.BONUS) && !words.mentions(lower, Topic.SIGN_ON)
          && !words.mentions(lower, Topic.CLAWBACK) && !words.mentions(lower, Topic.BASE)) {
        r.bonusProrated = r.sentences.get(i);
      }
    }
  }

  /**
   * A period's pay times the periods in a year; where the period's figure is a whole-dollar year's share rounded to
   * the cent ("$14,583.33 per month" is $175,000 ÷ 12), that year, as the letter's writer worked it out.
   */
  static BigDecimal yearOfCentShares(BigDecimal perPeriod, BigDecimal periods) {
    BigDecimal product = perPeriod.multiply(periods);
    if (periods.compareTo(BigDecimal.ONE) <= 0 || perPeriod.scale() < 2 || periods.scale() > 0) {
      return product;
    }
    BigDecimal whole = product.setScale(0, RoundingMode.HALF_UP);
    return whole.divide(periods, 2, RoundingMode.HALF_UP).compareTo(perPeriod.setScale(2, RoundingMode.HALF_UP)) == 0
        ? whole : product;
  }

  /** A bonus figure: a percent of base or an amount; true when one was taken. */
  private static boolean bonus(Reading r, int i, Amount a) {
    Bonus now = r.bonus == null ? new Bonus(null, null) : r.bonus.value();
    String sentence = r.bonus == null ? r.sentences.get(i) : r.bonus.sentence();
    String lower = r.lowers.get(i);
    if (a.percent() && ACHIEVEMENT.matcher(lower).region(a.end(), lower.length()).lookingAt()) {
      // "EUR 8.000 at 100% target achievement": how the target is met, not the bonus.
      return false;
    }
    if (a.percent() && OF_A_MONTH.matcher(lower).region(a.end(), lower.length()).lookingAt()) {
      // "a Christmas bonus of 50% of one gross monthly salary": half a month, read as months of salary below.
      return false;
    }
    String near = lower.substring(Math.max(0, a.start() - 40), a.start());
    if (a.percent() && a.value().compareTo(BigDecimal.valueOf(100)) == 0 && (near.stripTrailing().endsWith(" at") || near.stripTrailing().endsWith("(at"))) {
      // "Variable Pay (at 100% target): ₹4,00,000": the pay at target met, not a bonus of the whole base.
      return false;
    }
    if (a.moneyOrThousands() && (now.percent() != null && r.bonus != null && !r.bonus.sentence().equals(r.sentences.get(i))
        ? lower.contains("prorat") || lower.contains("pro rat") || lower.contains("pro-rat")
        : PRORATED.matcher(lower.substring(a.end(), Math.min(lower.length(), a.end() + 40))).find())) {
      // "Mar 2028 | | $9,510.00 (2027 bonus, prorated, at target) | $9,510.00" below a target of 8%: the first year's
      // part payment, which the pro-rating note names, never the target's amount.
      return true;
    }
    if (PAST_PAYOUT.matcher(near).find() && !BONUS_FLOOR.matcher(near).find()) {
      // "your bonus payout for 2026 will be $17,250": what last year's bonus paid, not this offer's bonus.
      return true;
    }
    boolean cap = BONUS_CAP.matcher(near).find();
    if (now.cap() && !cap && near.contains("target")) {
      // "up to 20% of base, with a target of 10%": the target is the bonus, the cap only its ceiling.
      now = new Bonus(null, null);
      sentence = r.sentences.get(i);
    } else if (!now.cap() && cap && (now.percent() != null || now.amount() != null)) {
      // "a target of 10%, up to a maximum of 20%": the ceiling of a target already read.
      return true;
    }
    if (a.percent() && now.percent() == null && now.amount() == null && r.packageWith != null
        && a.value().compareTo(BigDecimal.valueOf(100)) <= 0
        && OF_THE_PACKAGE.matcher(lower).region(a.end(), lower.length()).lookingAt()) {
      // "an STI of up to 15% of TFR": a percent of the package that includes super, never of the base inside it; read
      // as its amount of that package (s30 lead: shown as "15% of base", A$2,973 a year short).
      BigDecimal amount = r.packageWith.value().multiply(a.value()).divide(BigDecimal.valueOf(100), 0,
          RoundingMode.HALF_UP);
      r.bonusOfPackage = a.value().stripTrailingZeros();
      r.bonus = new Quote<>(new Bonus(null, amount, cap), sentence);
      return true;
    }
    if (a.percent() && now.percent() == null && a.value().compareTo(BigDecimal.valueOf(100)) <= 0) {
      r.bonus = new Quote<>(new Bonus(a.value().stripTrailingZeros(), now.amount(), cap || now.cap()), sentence);
      return true;
    }
    if ((a.moneyOrThousands() || bigBareFigure(a, r, i)) && now.amount() == null) {
      if (BONUS_FLOOR.matcher(near).find() && r.bonusFloor == null) {
        // "your bonus will be no less than $40,000": a floor; beside a target it is no target amount (see floor()).
        r.bonusFloor = new Quote<>(a.exact(), r.sentences.get(i));
      }
      r.bonus = new Quote<>(new Bonus(now.percent(), a.exact(), cap || now.cap()), sentence);
      return true;
    }
    return false;
  }

  /**
   * Whether a bonus percent is what the bonus paid in a past year ("they were between 8% and 12% of base salary last
   * year", "bonuses have ranged from 6% to 9%", "in 2025 it paid out 11%"): a word of time or a past verb in its clause.
   */
  private static boolean pastPayout(String lower, Amount a) {
    String before = lower.substring(Math.max(0, a.start() - 60), a.start());
    String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 50));
    int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
    before = before.substring(cut + 1);
    int stop = after.indexOf(';');
    after = stop < 0 ? after : after.substring(0, stop);
    if (before.contains("target")) {
      // "a target bonus of 15%, which is what the plan paid last year": the target is the offer's figure.
      return false;
    }
    // Cheap first: a year, "histor", or a past verb must be written near the figure.
    if (!(before.contains("year") || after.contains("year") || before.contains("histor") || after.contains("histor")
        || before.contains("ranged") || before.contains("were ") || before.contains("averaged")
        || before.contains("paid"))) {
      return false;
    }
    return PAST_TIME.matcher(before).find() || PAST_TIME.matcher(after).find() || PAST_VERB.matcher(before).find();
  }

  /**
   * A past year the figure is of: "last year", "in the past three years", "over the previous two years",
   * "historically", "in recent years"; "paid each March for the prior year" is the year a bonus pays for, no past.
   */
  private static final Pattern PAST_TIME = Pattern.compile("(?<!for\\s)(?<!for\\sthe\\s)\\blast\\s+(?:\\w+\\s+)?years?\\b"
      + "|\\b(?:in|over|during|for)\\s+(?:the\\s+)?(?:prior|previous|past|last)\\s+(?:\\w+\\s+)?years\\b"
      + "|\\bhistoric|\\bin\\s+recent\\s+years");

  /** A past verb right before the figure: "they were between", "have ranged from", "has averaged". */
  private static final Pattern PAST_VERB = Pattern.compile(
      "\\b(?:were|(?:has|have)\\s+(?:ranged|been|averaged|paid(?:\\s+out)?)|ranged|averaged)\\s+(?:\\w+\\s+){0,2}$");

  /** "bonus payout for 2026 will be", "paid out for last year": a past year's payout before a bonus figure. */
  private static final Pattern PAST_PAYOUT = Pattern.compile(
      "\\b(?:payout|paid\\s+out)\\s+(?:for|in)\\s+(?:\\d{4}|last\\s+year|the\\s+\\d{4}\\s+performance\\s+year)\\b");

  /** A money figure in an equity sentence: a price per share, a count of shares, or the grant's value. */
  private static boolean equityFigure(Reading r, String sentence, String lower, Amount a) {
    // "at an exercise price of three dollars and fifteen cents ($3.15) per share": the words are the same figure.
    String before = WrittenTwice.before(lower.substring(Math.max(0, a.start() - 90), a.start()));
    before = before.substring(Math.max(0, before.length() - 60));
    String after = WrittenTwice.after(lower.substring(a.end(), Math.min(lower.length(), a.end() + 60)));
    if (a.percent() && COMPANY_PART.matcher(after).lookingAt()) {
      // "options equal to 0.50% of the Company's fully diluted shares": a part of the company, asked as shares.
      r.equityPercent = a.value().stripTrailingZeros();
      return true;
    }
    if (aboutCompanyShares(before, after)) {
      return true;
    }
    if (a.moneyOrThousands()) {
      // A day's close, not an average's ("30-trading-day average closing price of $144.00" set the count).
      boolean closed = closingPrice(before, a);
      if (PER_SHARE_OR_OPTION.matcher(after).lookingAt() || PRICE_NAMED.matcher(before).find()
          || PRICE_OF.matcher(before).find() || closed || STRIKE_AFTER.matcher(after).lookingAt()) {
        if (r.pricePerShare == null && !before.contains("409a") && !before.contains("fair market value")) {
          sharePrice(r, a);
          r.priceFromClose = closed && !PER_SHARE_OR_OPTION.matcher(after).lookingAt();
        }
        return true;
      }
      if (COMPANY_VALUATION.matcher(before).find()) {
        return true;
      }
      if (r.equityValue == null) {
        r.equityValue = a.whole();
        // A Canadian letter may grant US-dollar RSUs: the grant keeps its own currency.
        r.equityCurrency = ownMark(r, a);
      }
      return true;
    }
    if (!a.percent() && a.currency() == null && !a.magnitude() && r.equityValue == null
        && WORTH_IN_GRANT.matcher(after).lookingAt()) {
      // "180,000 in RSUs vesting over four years": a sum held in units is their worth, in the letter's currency.
      r.equityValue = a.whole();
      return true;
    }
    if (!a.percent() && a.value().scale() <= 0 && r.shares == null && (SHARES_AFTER.matcher(after).find()
        || a.currency() == null && !a.magnitude() && a.value().compareTo(BigDecimal.valueOf(100)) >= 0
        && GRANT_LABEL.matcher(before).find())) {
      r.shares = a.whole();
      return true;
    }
    return false;
  }

  /** A day's close of the company's stock, not an average's nor a funding round's ("$40 million"): no magnitude. */
  private static boolean closingPrice(String before, Amount a) {
    return !a.magnitude() && STOCK_CLOSED.matcher(before).find() && !before.contains("average");
  }

  /** The price a share is valued at; "closed at US$38.50" in a Canadian letter keeps its own currency. */
  private static void sharePrice(Reading r, Amount a) {
    r.pricePerShare = a.value();
    r.priceCurrency = ownMark(r, a);
  }

  /** A sum said to be held in a grant: "180,000 in RSUs", "200,000 in restricted stock units". */
  private static final Pattern WORTH_IN_GRANT = Pattern.compile(
      "\\s*(?:worth\\s+)?in\\s+(?:rsus?\\b|restricted\\s+stock|stock\\s+units|equity\\b|company\\s+stock)");

  /** A grant's label right before its count: "Share options | 40,000", "RSUs: 3,000". */
  private static final Pattern GRANT_LABEL = Pattern.compile(
      "\\b(?:options?|rsus?|units|shares|stock|award|grant|equity|esops?)\\s*(?:\\([^)]{0,20}\\)\\s*)?[:|]\\s*$");

  /** "There are 48,000,000 shares outstanding on a fully diluted basis": the company's count, not the grant. */
  private static boolean aboutCompanyShares(String before, String after) {
    return COMPANY_SHARES_BEFORE.matcher(before).find() || COMPANY_SHARES_AFTER.matcher(after).lookingAt();
  }

  /** "a grant-date price of", "closed at", also with a date between ("the closing price on December 1, 2026 was"). */
  private static final Pattern GRANT_PRICE = Pattern.compile(
      "\\b(?:price|closed\\s+at|traded\\s+at|trading\\s+at)\\b[^$£€¥₹]{0,50}$");
  /**
   * The company's own stock closing at a price: "our stock closed at", "shares closed at", "the closing price of
   * our common stock … was", "the stock's close of"; never a round's close ("closed at a post-money valuation",
   * "the close of $40 million in Series B funding"), so a bare "close of" needs the stock named before it.
   */
  private static final Pattern STOCK_CLOSED = Pattern.compile(
      "(?:\\b(?:stock|shares?|share\\s+price|ticker|nasdaq|nyse|tsx)\\b[^.$£€¥₹]{0,40}\\bclosed\\b"
          + "(?![^$£€¥₹]*\\b(?:valuation|round|financing))[^$£€¥₹]{0,30}?"
          + "|\\bclosing\\s+(?:share\\s+|stock\\s+)?price\\s+of\\s+(?:our|the\\s+company's|[a-z]+'s)?[^$£€¥₹]{0,40}(?:stock|shares?)\\b[^$£€¥₹]{0,40}"
          + "|\\b(?:stock|shares?|ticker|nasdaq|nyse|tsx)(?:'s)?\\b[^.$£€¥₹]{0,40}\\b(?:close|closing\\s+price)\\s+of)\\s*(?:was\\s+|of\\s+|at\\s+|:\\s*)?(?:us|ca|c|a)?\\s*$");
  /** A strike named right before its figure: "The exercise price per share will be", "strike price of". */
  private static final Pattern STRIKE_NAMED = Pattern.compile(
      "\\b(?:exercise|strike)\\s+price(?:\\s+per\\s+(?:share|option))?\\s*(?:will\\s+be|shall\\s+be|is|of|:|=)\\s*$");
  /** A form's label for the price a grant is bought at: "Strike Price:", "Exercise price per share |". */
  private static final Pattern PRICE_LABEL = Pattern.compile(
      "^\\s*(?:option\\s+)?(?:strike|exercise|purchase)\\s+price(?:\\s+per\\s+(?:share|option))?\\s*(?::|\\|)");
  /** "The number of Units was determined using the … closing price …, $73.40": the price that set the count. */
  private static final Pattern COUNT_SET_BY_PRICE = Pattern.compile(
      "\\bnumber\\s+of\\s+(?:units|rsus|restricted\\s+stock\\s+units|shares)\\b");
  private static final Pattern PER_SHARE = Pattern.compile("\\s*(?:per|a|each|/)\\s*(?:share|unit)\\b");

  /** What the letter says of the company's shares: the 409A or fair market value, a preferred price, the count. */
  private static void valuation(Reading r) {
    for (int i = 0; i < r.sentences.size(); i++) {
      String lower = r.lowers.get(i);
      if (!(lower.contains("409a") || lower.contains("preferred") || lower.contains("outstanding")
          || lower.contains("diluted") || lower.contains("fair market value") || lower.contains("valuation")
          || lower.contains("price") || lower.contains("close"))) {
        continue;
      }
      for (Amount a : LetterFigures.find(r.sentences.get(i))) {
        String before = lower.substring(Math.max(0, a.start() - 60), a.start());
        String after = lower.substring(a.end(), Math.min(lower.length(), a.end() + 60));
        if (!a.money() && !a.percent() && aboutCompanyShares(before, after)
            || a.percent() && PART_OF_COMPANY.matcher(after).lookingAt()) {
          r.fullyDilutedStated = true;
        } else if (a.money() && r.pricePerShare == null && lower.contains("price") && STRIKE_NAMED.matcher(before).find()) {
          // An equity addendum's own clause, which names no option: "2. Exercise Price. The exercise price per share
          // will be $2.15, the fair market value per share as determined by the Company's most recent 409A valuation."
          sharePrice(r, a);
          r.fairValue = r.fairValue == null && FAIR_VALUE_AFTER.matcher(after).lookingAt() ? a.value() : r.fairValue;
        } else if (a.money() && FAIR_VALUE_BEFORE.matcher(before).find()
            && !before.contains("preferred") && !WHOLE_COMPANY_VALUE.matcher(before).find()
            && !(GRANT_WORTH.matcher(before).find() && !PER_SHARE.matcher(after).lookingAt())) {
          r.fairValue = a.value();
        } else if (a.money() && r.fairValue == null && FAIR_VALUE_AFTER.matcher(after).lookingAt()) {
          // "an exercise price of $0.85 per share, the fair market value … per the most recent 409A valuation".
          r.fairValue = a.value();
        } else if (a.money() && (PREFERRED_BEFORE.matcher(before).find() || PREFERRED_AFTER.matcher(after).lookingAt())) {
          r.preferredPrice = a.value();
        } else if (a.money() && r.pricePerShare == null && PRICE_LABEL.matcher(lower).lookingAt()) {
          // A form's own line: "Strike Price: $3.05".
          sharePrice(r, a);
        } else if (a.money() && r.pricePerShare == null && closingPrice(before, a)
            && !PER_SHARE.matcher(after).lookingAt() && !COUNT_SET_BY_PRICE.matcher(lower).find()) {
          // "For reference, our stock closed at $38.50 yesterday": the company's share price, said as such in a note.
          sharePrice(r, a);
          r.priceFromClose = true;
        } else if (a.money() && r.pricePerShare == null && GRANT_PRICE.matcher(before).find()
            && (PER_SHARE.matcher(after).lookingAt() || COUNT_SET_BY_PRICE.matcher(lower).find())) {
          // "The number of units was set using a grant-date price of $87.50 per share": the grant's price, in a
          // sentence that names no grant.
          sharePrice(r, a);
        }
      }
    }
  }

  /** "you must repay 50% of this instalment": the part of an instalment repaid. */
  private static final Pattern REPAID_PART = Pattern.compile(
      "\\b(?:repay|return|refund|pay\\s+back)\\s+(\\d{1,3}(?:\\.\\d+)?)\\s?%");
  /** "within 6 months of receiving it", "of its payment": counted from the instalment, not the start. */
  private static final Pattern FROM_PAYMENT = Pattern.compile(
      "\\bmonths?\\s+(?:of|after|from|following)\\s+(?:receiving|receipt|its\\s+payment|payment|being\\s+paid|the\\s+payment)");
  /** A line that starts with the instalment's figure: "$24,000 with your first payroll.", "- £5,000 after 6 months". */
  private static final Pattern STARTS_WITH_FIGURE = Pattern.compile("^\\s*(?:[-•*]\\s*)?(?:[a-z]{0,3}\\$|[£€₹¥]|[a-z]{3}\\s)");

  /**
   * A sign-on paid in instalments listed under it, each with its own repayment terms ("$24,000 with your first
   * payroll. If you leave within 12 months …, repay this instalment in full." / "$12,000 after six months. … repay
   * 50% of this instalment."): each instalment keeps its own. Empty unless two or more are so listed.
   */
  private List<SignOn.Instalment> instalments(Reading r, int i) {
    String lower = r.lowers.get(i);
    if (!(lower.contains("instal") || lower.contains("tranche") || lower.contains("payments"))) {
      return List.of();
    }
    List<SignOn.Instalment> parts = new ArrayList<>();
    boolean ownTerms = false;
    for (int j = i + 1; j < Math.min(r.sentences.size(), i + 8); j++) {
      String line = r.lowers.get(j);
      List<Amount> figures = STARTS_WITH_FIGURE.matcher(line).lookingAt() ? LetterFigures.find(r.sentences.get(j))
          : List.of();
      if (figures.isEmpty() || !figures.get(0).money()) {
        if (parts.isEmpty() || !words.mentions(line, Topic.CLAWBACK)) {
          break;
        }
        continue;
      }
      Clawback clawback = null;
      BigDecimal part = null;
      boolean fromPayment = false;
      for (int k = j; k < Math.min(r.sentences.size(), j + 2) && clawback == null; k++) {
        String terms = r.lowers.get(k);
        if (k > j && STARTS_WITH_FIGURE.matcher(terms).lookingAt()) {
          break;
        }
        if (words.mentions(terms, Topic.CLAWBACK)) {
          clawback = clawbackIn(r, terms);
          Matcher repaid = REPAID_PART.matcher(terms);
          part = repaid.find() ? new BigDecimal(repaid.group(1)) : null;
          fromPayment = FROM_PAYMENT.matcher(terms).find();
          ownTerms = true;
        }
      }
      parts.add(new SignOn.Instalment(figures.get(0).exact(), clawback, part, fromPayment));
    }
    return parts.size() >= 2 && ownTerms ? List.copyOf(parts) : List.of();
  }

  /**
   * "paid in two instalments: $25,000 in your first paycheck and $15,000 after six months" / "If you leave within
   * twelve months of receiving an instalment, you will repay that instalment": each part is repaid counted from its
   * own payment, so the second's repayment runs past the first's. Empty unless the parts make the whole.
   */
  private List<SignOn.Instalment> partsRepaidFromTheirPayment(Reading r, int i, List<BigDecimal> amounts,
      BigDecimal total, Clawback clawback) {
    if (!r.lowers.get(i).contains("instal") || amounts.size() < 3) {
      return List.of();
    }
    List<BigDecimal> parts = amounts.stream().filter(a -> a.compareTo(total) != 0).toList();
    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean fromPayment = false;
    for (int j = i; j < Math.min(r.sentences.size(), i + 3) && !fromPayment; j++) {
      String terms = r.lowers.get(j);
      fromPayment = words.mentions(terms, Topic.CLAWBACK) && FROM_PAYMENT.matcher(terms).find();
    }
    if (parts.size() < 2 || sum.compareTo(total) != 0 || !fromPayment) {
      return List.of();
    }
    return parts.stream().map(p -> new SignOn.Instalment(p, clawback, null, true)).toList();
  }

  /** "two installments of", "3 equal instalments of": how many parts a sign-on is paid in. */
  private static final Pattern INSTALMENT_COUNT = Pattern.compile(
      "\\b(\\w+)\\s+(?:equal\\s+)?instal{1,2}ments?\\s+of\\b");

  /**
   * Several sign-on figures: a stated total ("$40,000 in total, in two installments of $20,000 each"), or one that is
   * the sum of the rest, or instalments added up, or else the first.
   */
  private static BigDecimal signOnTotal(List<BigDecimal> amounts, String lower) {
    if (amounts.size() == 1) {
      return amounts.get(0);
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal a : amounts) {
      sum = sum.add(a);
      max = max.max(a);
    }
    if (lower.contains("total") || max.add(max).compareTo(sum) == 0) {
      return max;
    }
    // "$10,000, paid in two installments of $5,000": the figure that is the count times the part is the whole.
    Matcher parts = INSTALMENT_COUNT.matcher(lower);
    Integer n = lower.contains("instal") && parts.find() ? NumberWords.count(parts.group(1)) : null;
    BigDecimal whole = max;
    if (n != null && n > 1 && amounts.stream().anyMatch(a -> a.multiply(BigDecimal.valueOf(n)).compareTo(whole) == 0)) {
      return whole;
    }
    if (lower.contains("each") || lower.contains("equal")) {
      return max;
    }
    if (lower.contains("instal") || lower.contains("tranche") || lower.contains("second")) {
      return sum;
    }
    return amounts.get(0);
  }

  /**
   * The sign-on's repayment terms: in its own sentence or one of the two after it, else in a sentence elsewhere that
   * names the sign-on again ("The sign-on bonus is repayable in full if you leave within the first 12 months" under
   * a table).
   */
  private Clawback clawback(Reading r, int i) {
    for (int j = i; j < Math.min(r.sentences.size(), i + 3); j++) {
      String lower = r.lowers.get(j);
      // A later sentence that names the base speaks of the salary, unless it opens on the sign-on itself: "It will be
      // paid in your first paycheck and is repayable …" ("will be paid" is a base phrase).
      if (words.mentions(lower, Topic.CLAWBACK) && !(j > i && words.mentions(lower, Topic.BASE)
          && !words.mentions(lower, Topic.SIGN_ON) && !REFERS_TO_THE_ONE_BEFORE.matcher(lower).lookingAt())) {
        Clawback clawback = clawbackIn(r, lower);
        Matcher service = SERVICE_PERIOD.matcher(r.lowers.get(i));
        if (clawback.months() == null && j > i && service.find()) {
          // "… a service agreement to remain in federal service for 12 months. If you fail to complete the service
          // agreement, you must repay …": the period the sign-on's own sentence sets.
          Integer n = NumberWords.count(service.group(1));
          if (n != null && n > 0) {
            return new Clawback(service.group(2).startsWith("y") ? n * 12 : n, clawback.prorated());
          }
        }
        return clawback;
      }
    }
    for (int j = 0; j < r.sentences.size(); j++) {
      String lower = r.lowers.get(j);
      if ((j < i || j >= i + 3) && words.mentions(lower, Topic.SIGN_ON) && words.mentions(lower, Topic.CLAWBACK)) {
        return clawbackIn(r, lower);
      }
      // A summary's "Sign-On Bonus: $30,000", then the prose: "… a sign-on bonus of $30,000, paid in three equal
      // instalments …" / "If you resign within 12 months …, you must repay any instalments already received."
      String next = j + 1 < r.sentences.size() ? r.lowers.get(j + 1) : "";
      if ((j < i || j >= i + 3) && words.mentions(lower, Topic.SIGN_ON) && words.mentions(next, Topic.CLAWBACK)
          && !otherPayNamed(next)) {
        return clawbackIn(r, next);
      }
    }
    return null;
  }

  /** Whether a sentence names pay other than a sign-on, whose repayment terms it may then be giving. */
  private boolean otherPayNamed(String lower) {
    return words.mentions(lower, Topic.RELOCATION) || words.mentions(lower, Topic.EXTRA)
        || words.mentions(lower, Topic.EQUITY) || words.mentions(lower, Topic.BONUS) || words.mentions(lower, Topic.BASE);
  }

  /** A sentence that opens on what the one before it named: "It will be paid …", "This payment is repayable …". */
  private static final Pattern REFERS_TO_THE_ONE_BEFORE = Pattern.compile(
      "(?:it|this|that|such)\\b(?!\\s+(?:is|was)\\s+(?:a|an|our|the)\\b)|the\\s+(?:payment|amount|sum)\\b|"
          + "this\\s+(?:payment|amount|sum|bonus)\\b");

  /** "agree to remain employed for 12 months", "a service agreement … for two (2) years": a sign-on's term. */
  private static final Pattern SERVICE_PERIOD = Pattern.compile(
      "\\b(?:remain|stay|service|continue)[^.;]{0,60}?\\bfor\\s+(?:a\\s+period\\s+of\\s+|at\\s+least\\s+)?(\\w+)"
          + "(?:\\s*\\(\\d{1,2}\\))?[\\s-]+(month|year)s?\\b");

  private static Clawback clawbackIn(Reading r, String lower) {
    r.signOnClawbackStated = true;
    return repaymentIn(lower);
  }

  /** The repayment terms a sentence writes: the period to stay, and whether the sum repaid shrinks with it. */
  static Clawback repaymentIn(String lower) {
    Integer months = null;
    Matcher period = CLAWBACK_PERIOD.matcher(lower);
    while (period.find()) {
      String count = period.group(1) != null ? period.group(1) : period.group(3);
      String unit = period.group(2) != null ? period.group(2) : period.group(4);
      Integer n = NumberWords.count(count);
      if (n != null && n > 0) {
        int m = unit.startsWith("y") ? n * 12 : n;
        months = months == null ? m : Math.max(months, m);
      }
    }
    Matcher firstYear = CLAWBACK_FIRST_YEAR.matcher(lower);
    if (months == null && firstYear.find()) {
      months = firstYear.group(1) == null ? Integer.valueOf(12) : monthsWritten(firstYear.group(1));
    }
    Matcher anniversary = CLAWBACK_ANNIVERSARY.matcher(lower);
    if (anniversary.find()) {
      int years = anniversary.group(1).startsWith("s") || anniversary.group(1).startsWith("2") ? 2 : 1;
      months = months == null ? years * 12 : Math.max(months, years * 12);
    }
    // "forgiven in equal monthly amounts over 24 months; … repay the unforgiven portion": less each month served.
    boolean prorated = lower.contains("pro rata") || lower.contains("pro-rata") || lower.contains("prorat")
        || lower.contains("unforgiven") || lower.contains("unamortized") || lower.contains("unamortised")
        || lower.contains("pro-rat") || lower.contains("proportion") || lower.contains("anteilig")
        // "reduced by 1/24th for each full month of employment completed".
        || lower.contains("for each full month") || lower.contains("for each completed month")
        || STEPPED_REPAYMENT.matcher(lower).find();
    return new Clawback(months, prorated);
  }

  /** "repay 100% … in the first 12 months and 50% … in months 13 through 24": a repayment that shrinks in steps. */
  private static final Pattern STEPPED_REPAYMENT = Pattern.compile(
      // "100% if your employment ends within the first twelve (12) months, and 50% …", "100% within 6 months of your
      // start date, 50% within 12 months".
      "\\b100\\s?%[^.;]{0,80}?\\b(?:first|within)\\s+(?:the\\s+first\\s+)?\\w+(?:\\s*\\(\\d{1,2}\\))?\\s+months?\\b"
          + "[^.;]{0,40}?\\b\\d{1,2}\\s?%");

  /** A count of months as French and German letters write it: "12", "douze", "zwölf". */
  private static Integer monthsWritten(String count) {
    return switch (count) {
      case "six", "sechs" -> 6;
      case "douze", "zwölf" -> 12;
      case "dix-huit", "achtzehn" -> 18;
      case "vingt-quatre", "vierundzwanzig" -> 24;
      default -> NumberWords.count(count);
    };
  }

  private static final Pattern FROM_TO_FIGURE = Pattern.compile("\\d");
  /** A strike set at the fair market value on the grant date: "exercise price … equal to the fair market value". */
  /** Options said as such: "phantom options", "phantom stock options", "stock options". */
  private static final Pattern PHANTOM_OPTIONS = Pattern.compile("\\bphantom\\s+(?:stock\\s+)?options?\\b|\\bstock\\s+options?\\b");

  private static final Pattern STRIKE_AT_FAIR_VALUE = Pattern.compile(
      "\\b(?:exercise|strike|purchase)\\s+price[^.;]{0,60}?\\b(?:(?:equal|equivalent|set)\\s+(?:to|at)|will\\s+be|shall\\s+be|is)\\s+(?:the\\s+|our\\s+)?"
          + "(?:then[\\s-]+current\\s+|current\\s+|latest\\s+|most\\s+recent\\s+)?(?:fair\\s+market\\s+value|fmv|409a)");
  /**
   * A strike the grant itself sets: the fair market value (or 409A) "on the grant date", "as of the date of grant", "at
   * the time of grant", "when granted", "on the date the board approves the grant".
   */
  private static final Pattern STRIKE_AT_GRANT = Pattern.compile(
      "\\b(?:fair\\s+market\\s+value|fmv|409a)\\b[^.;]{0,60}?\\b(?:(?:on|as\\s+of|at)\\s+(?:the\\s+|its\\s+)?"
          + "(?:grant\\s+date|date\\s+of\\s+(?:the\\s+)?grant|time\\s+of\\s+(?:the\\s+)?grant|date\\s+(?:the\\s+)?(?:board|grant|options?)\\b)"
          + "|when\\s+(?:it\\s+is\\s+|they\\s+are\\s+)?granted)");
  /** Restricted stock the employee buys: "shares of restricted common stock at a purchase price of $0.001". */
  private static final Pattern RESTRICTED_PURCHASE = Pattern.compile(
      "\\brestricted\\s+(?:common\\s+)?(?:stock|shares)\\b(?!\\s+units?)[^.]{0,120}?\\bpurchase\\s+price\\b");
  /**
   * A grant that can only be options though the word is missing: "5,000 ESOPs at an exercise price of $2.50" (an
   * employee stock option plan's grants; a US employee stock ownership plan is a retirement plan, no grant).
   */
  private static final Pattern OPTIONS_UNNAMED = Pattern.compile(
      "\\besops?\\b|\\b(?:exercise|strike)\\s+price\\b");
  /** The parts of a one-line offer: "185k base / 15% bonus / 120k RSUs over 4y", also with bars or semicolons. */
  private static final Pattern PARTS = Pattern.compile("\\s+[/|]\\s+|;\\s*");
  /** A sentence's parts and its clauses joined by "and" or "plus" before a new thing: "… $20,000 and a grant of …". */
  private static final Pattern CLAUSES = Pattern.compile(
      "\\s+[/|]\\s+|;\\s*|,?\\s+(?:and|plus)\\s+(?=(?:an?|the|your|\\d[\\d,]*)\\s)|,\\s+(?:and\\s+)?(?=(?:an?|the)\\s+(?:sign|one-time))");
  /** What a grant is called in a clause of its own. */
  private static final Pattern GRANT_WORD = Pattern.compile("\\b(?:rsus?|options?|shares|units|stock|equity|grant)\\b");
  /** "(25% per year)", "25% annually": a grant's yearly part. */
  private static final Pattern PERCENT_A_YEAR = Pattern.compile(
      "\\d\\s?%\\s*(?:(?:per|a|each|every)\\s+year|annually|yearly)\\b");
  /**
   * "18,000 options [25% after 12 months, then monthly …]", "(25% on the first anniversary, then quarterly)": a grant's
   * first tranche at its first year, written beside the grant without the word "vest".
   */
  private static final Pattern PERCENT_FIRST_YEAR = Pattern.compile(
      "\\d\\s?%\\s*(?:vests?\\s+)?(?:after|at|on|upon)\\s+(?:the\\s+|your\\s+)?(?:first\\s+anniversary|(?:one|1|12|twelve)[\\s-]+"
          + "(?:years?|months?)\\b)");

  private void equity(Reading r) {
    if (r.equitySentences.isEmpty() && r.equityValue == null && r.shares == null) {
      return;
    }
    StringBuilder vesting = new StringBuilder();
    String all = String.join(" ", r.lowers);
    boolean previous = false;
    for (int i = 0; i < r.lowers.size(); i++) {
      String lower = r.lowers.get(i);
      boolean aboutSignOn = aboutSignOn(lower);
      boolean vests = lower.contains("vest") || lower.contains("cliff");
      // A schedule may go on in the next sentence without the word: "…25% on the first anniversary and quarterly…".
      boolean continues = previous && (lower.contains("anniversary") || lower.contains("thereafter")
          || lower.contains("%") || lower.contains("over four") || lower.contains("years"));
      // A one-line offer ("185k base / 120k RSUs over 4y (1y cliff) / 25k sign on") names the sign-on in its own
      // part: only that part is the sign-on's, the grant's vesting is in another.
      // So does a sentence that joins the sign-on and the grant ("a sign-on bonus of $20,000 and a grant of 2,000
      // RSUs (25% per year)"): the grant's clause, and the clauses after it that do not name the sign-on, are read.
      String[] parts = aboutSignOn ? CLAUSES.split(lower) : new String[] {lower};
      boolean taken = false;
      for (String part : parts) {
        boolean partVests = part.contains("vest") || part.contains("cliff")
            || part.contains("%") && GRANT_WORD.matcher(part).find()
            && (PERCENT_A_YEAR.matcher(part).find() || PERCENT_FIRST_YEAR.matcher(part).find());
        boolean own = !(parts.length == 1 ? aboutSignOn : aboutSignOn(part));
        if ((partVests || continues && parts.length == 1 || taken) && own
            && !(part.contains("refresh") && !refreshAwarded(part))) {
          vesting.append(part).append(' ');
          taken = parts.length > 1;
        } else {
          taken = false;
        }
      }
      previous = (vests || r.equitySentences.contains(i)) && !aboutSignOn;
    }
    VestingTerms.Terms terms = VestingTerms.read(WrittenTwice.digitsOnly(vesting.toString()));
    int tried = 0;
    for (int i = 0; i < r.lowers.size() && terms.schedule().isEmpty() && tried < MOST_TABLES_TRIED; i++) {
      // "The Units will vest on the following dates:" over a table of dates and counts; only the first few
      // sentences that say "vest" are tried, so a text of them costs no more than a letter.
      if (r.lowers.get(i).contains("vest")) {
        tried++;
        VestingTerms.Terms table = VestingTable.read(r.sentences, i, r.start == null ? null : r.start.value(),
            r.monthFirst);
        terms = table != null ? table : terms;
      }
    }
    // Profits interests in an LLC are worth the growth above their threshold, as options are above their strike.
    String kind = all.contains("profits interest") ? Equity.PROFITS_INTERESTS
        // "1,200 Phantom Units … a cash payment equal to the appreciation": cash, not shares; "phantom options" are options.
        // Not where RSUs are granted and phantom units only stand in where local law bars them; not "at the
        // Company's option", which names no option grant.
        : all.contains("phantom") && !PHANTOM_OPTIONS.matcher(all).find() && !all.contains("restricted stock unit")
        && !all.contains("rsu") ? Equity.PHANTOM
        : RESTRICTED_PURCHASE.matcher(all).find() && !all.contains("stock unit") && !all.contains("rsu")
        ? Equity.RESTRICTED_STOCK
        : (all.contains("option") && !all.contains("no option") || OPTIONS_UNNAMED.matcher(all).find() && !all.contains("stock ownership"))
        && !all.contains("restricted stock unit") && !all.contains("rsu") ? "options" : all.contains("restricted") || all.contains("rsu") || all.contains("stock unit")
        || all.contains("share unit") ? "RSU" : "shares";
    if (r.pricePerShare == null && r.fairValue != null && Equity.spread(kind) && STRIKE_AT_FAIR_VALUE.matcher(all).find()) {
      // "The exercise price will equal the fair market value on the date of grant; our most recent 409A valuation
      // set that value at $1.85": the strike is that value, said in a note (the grant date's may differ).
      r.pricePerShare = r.fairValue;
      r.strikeFromFairValue = true;
    }
    // "an exercise price equal to the fair market value per the 409A on the grant date", and no value given: the strike
    // is not set until the grant, so it is said to be so, never asked for as a figure the letter cannot hold.
    r.strikeAtGrant = r.pricePerShare == null && r.fairValue == null && Equity.spread(kind)
        && (all.contains("grant") || all.contains("granted")) && STRIKE_AT_GRANT.matcher(all).find();
    Long value = r.equityValue;
    BigDecimal valuedAt = r.pricePerShare != null ? r.pricePerShare : r.preferredPrice;
    BigDecimal worth = value != null || r.shares == null || valuedAt == null || Equity.spread(kind) ? null
        : valuedAt.multiply(BigDecimal.valueOf(r.shares)).setScale(0, RoundingMode.HALF_UP);
    if (worth != null && worth.compareTo(LetterFigures.NO_PAY_IS_THIS_LARGE) < 0) {
      // A count times a price past any grant's worth is left unvalued (and asked about), never a long's overflow.
      value = worth.longValueExact();
    }
    if (value == null && r.shares == null) {
      return;
    }
    String sentence = r.sentences.get(r.equitySentences.isEmpty() ? 0 : firstWithFigure(r));
    // A count valued at "closed at US$38.50" in a Canadian letter is worth US dollars, the price's own currency.
    boolean fromPrice = r.equityValue == null && r.pricePerShare != null && r.priceCurrency != null;
    String currency = value == null || fromPrice ? r.priceCurrency : r.equityCurrency != null && r.equityValue != null
        ? r.equityCurrency : r.currency == null ? null : r.currency.value();
    r.equity = new Quote<>(new Equity(kind, value, currency, r.shares, r.pricePerShare, terms.schedule(),
        terms.cliffMonths(), terms.frequency()), sentence);
  }

  /**
   * The currency a grant's figure carries itself, or null for the letter's: a bare "$" is the letter's dollar, but in
   * a letter paid in pounds or euros ("RSUs valued at $1.2M" beside "£185,000") it is a dollar all the same, the one
   * the letter's place names (US dollars where it names no other).
   */
  private static String ownMark(Reading r, Amount a) {
    if (!LetterFigures.BARE_DOLLAR.equals(a.currency())) {
      return a.currency();
    }
    return r.currency == null || WRITTEN_WITH_A_DOLLAR.contains(r.currency.value()) ? null
        : dollar(r, r.currency.sentence()).value();
  }

  /** The currencies a letter may write with a bare "$" (a Mexican letter's "$85,000.00 M.N." is pesos). */
  private static final Set<String> WRITTEN_WITH_A_DOLLAR = Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD",
      "MXN", "CLP", "COP", "ARS", "BRL");

  /** An opening bracket and a word of approximation right before a figure: "(approximately", "(approx.", "(c.", "(~". */
  private static final Pattern CONVERSION_BEFORE = Pattern.compile(
      "\\(\\s*(?:approximately|approx\\.?|about|roughly|around|circa|ca\\.|c\\.|~|≈|equivalent\\s+to|equal\\s+to|"
          + "or\\s+about|or\\s+approximately)\\s*(?:[a-z]{3}\\s?|[$£€¥₹]\\s?)?$");

  /**
   * Whether a figure in brackets right after another is that figure in another currency, approximately ("USD 150,000
   * (approximately EUR 138,000)", "£95,000 (c. $120,000)"): both carry a mark, and the marks differ.
   */
  private static boolean conversion(String lower, Amount before, Amount a) {
    if (!a.money() || !before.money() || a.currency().equals(before.currency()) || a.start() - before.end() > 24
        || lower.indexOf('(', before.end()) < 0) {
      return false;
    }
    return CONVERSION_BEFORE.matcher(lower.substring(before.end(), a.start())).find();
  }

  /** A refresh grant made now, as a statement or a promotion letter makes it, not one the holder may get later. */
  private static final Pattern REFRESH_AWARDED = Pattern.compile(
      "\\b(?:have|has)\\s+(?:also\\s+)?been\\s+(?:awarded|granted)\\b|\\b(?:are|is)\\s+(?:also\\s+)?(?:being\\s+)?"
          + "(?:awarded|granted)\\b|\\bwe\\s+are\\s+(?:pleased\\s+to\\s+)?(?:award|grant)(?:ing)?\\b");

  private static boolean refreshAwarded(String lower) {
    return REFRESH_AWARDED.matcher(lower).find() && !lower.contains("eligible");
  }

  /** Sentences saying "vest" that may head a table of vesting dates. */
  private static final int MOST_TABLES_TRIED = 3;

  private boolean aboutSignOn(String lower) {
    return words.mentions(lower, Topic.SIGN_ON) || words.mentions(lower, Topic.CLAWBACK);
  }

  private static int firstWithFigure(Reading r) {
    for (int i : r.equitySentences) {
      if (FROM_TO_FIGURE.matcher(r.sentences.get(i)).find()) {
        return i;
      }
    }
    return r.equitySentences.get(0);
  }

  private void dates(Reading r, LocalDate reference) {
    List<Integer> dated = new ArrayList<>();
    List<String> datedSentences = new ArrayList<>();
    for (int i = 0; i < r.sentences.size(); i++) {
      if (words.mentions(r.lowers.get(i), Topic.START) || deadlineAt(r.lowers.get(i)) >= 0) {
        dated.add(i);
        datedSentences.add(r.sentences.get(i));
      }
    }
    // "start: 1/19/2027 … by 12/11/2026": a date that can only be month first says how the others are written; so
    // does the letter's own date ("Date: 18-12-2026") or any other in it.
    r.dateOrder = LetterDates.slashOrder(datedSentences);
    r.dateOrder = r.dateOrder != null ? r.dateOrder : LetterDates.slashOrder(r.sentences);
    if (r.dateOrder != null) {
      r.monthFirst = r.dateOrder;
    }
    for (int i : dated) {
      String lower = r.lowers.get(i);
      boolean start = words.mentions(lower, Topic.START);
      boolean deadline = deadlineAt(lower) >= 0;
      if (start && deadline && bothDates(r, i, reference)) {
        continue;
      }
      boolean forDeadline = deadline && (!start || deadlineFirst(lower));
      LetterDates.Found found = forDeadline ? afterDeadlineWords(r, i, reference) : afterStartWords(r, i, reference);
      found = found != null ? found : LetterDates.first(r.sentences.get(i), reference, r.monthFirst, forDeadline);
      if (found != null && found.date().equals(r.letterDate) && !start && !deadline) {
        continue;
      }
      if (forDeadline) {
        if (found == null && r.deadline == null && r.deadlineFromReceipt == null) {
          r.deadlineFromReceipt = LetterDates.periodFromReceipt(r.sentences.get(i));
        }
        if (found != null && r.deadline == null) {
          r.deadline = new Quote<>(found.date(), r.sentences.get(i));
          r.deadlineCounted = found.counted();
          r.deadlineCountedFrom = found.counted() == null ? null : reference;
          r.ambiguousDate |= found.ambiguous() && !r.monthFirst && r.dateOrder == null;
        } else if (found == null && r.deadline == null && !lower.contains("revoked") && !lower.contains("withdrawn")) {
          r.deadlineWithoutDate = true;
        }
      } else if (start && r.start == null) {
        if (found != null && agreedStart(lower) && LATEST.matcher(lower).find()) {
          // "Your start date will be mutually agreed, but no later than March 1, 2027": a latest day, not the start.
          r.startUnclear = true;
          r.startLatest = found.date();
        } else if (found != null) {
          r.start = new Quote<>(found.date(), r.sentences.get(i));
          r.ambiguousDate |= found.ambiguous() && !r.monthFirst && r.dateOrder == null;
          // "your start date to fall in the week of February 8, 2027": a week, its day still to be set.
          r.startWeek = lower.contains("week") && startsInAWeek(lower);
        } else if (agreedStart(lower)) {
          r.startUnclear = true;
        }
      }
    }
    if (r.deadline != null) {
      r.deadlineWithoutDate = false;
    }
    for (int i = 0; i < r.sentences.size() && r.start == null; i++) {
      // "an appointment as Assistant Professor, beginning August 16, 2027": the date straight after "beginning",
      // where the sentence is about the job, not about when a grant vests or a bonus is paid.
      Matcher beginning = BEGINNING_DATE.matcher(r.lowers.get(i));
      if (beginning.find() && !NOT_THE_JOB.matcher(r.lowers.get(i)).find()
          && r.sentences.get(i).length() == r.lowers.get(i).length()) {
        LetterDates.Found found = LetterDates.first(r.sentences.get(i).substring(beginning.end()), reference,
            r.monthFirst, false);
        if (found != null) {
          r.start = new Quote<>(found.date(), r.sentences.get(i));
        }
      }
    }
  }

  /**
   * The date after the sentence's deadline words, or null: "This offer supersedes the November 21 letter and will
   * remain open until December 9, 2026" answers by the 9th; the 21st dates the letter it replaces.
   */
  private LetterDates.Found afterDeadlineWords(Reading r, int i, LocalDate reference) {
    String lower = r.lowers.get(i);
    int at = deadlineAt(lower);
    String sentence = r.sentences.get(i);
    if (at <= 0 || sentence.length() != lower.length()) {
      return null;
    }
    if (!DATE_LEAD.matcher(lower.substring(at)).find()) {
      // "On or before December 9, 2026, please sign and return this offer so that you can start on January 11": the
      // date its own "by" or "on or before" leads, before the deadline words, when none leads one after them.
      Matcher lead = DATE_LEAD.matcher(lower.substring(0, at));
      int from = -1;
      while (lead.find()) {
        from = lead.end();
      }
      LetterDates.Found before = from < 0 ? null
          : LetterDates.first(sentence.substring(from, at), reference, r.monthFirst, true);
      if (before != null) {
        return before;
      }
    }
    return LetterDates.first(sentence.substring(at), reference, r.monthFirst, true);
  }

  /** A deadline's own word right before its date: "by December 9", "on or before 9 December", "no later than Fri". */
  private static final Pattern DATE_LEAD = Pattern.compile(
      "(?<![\\p{L}])(?:by|on\\s+or\\s+before|before|until|till|(?:no|not)\\s+later\\s+than|prior\\s+to)\\s+(?:the\\s+)?"
          + "(?=\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?[\\s,])");

  /** "…, beginning August 16, 2027", "beginning on 1 March 2027": a date straight after the word. */
  private static final Pattern BEGINNING_DATE = Pattern.compile(
      "\\bbeginning\\s+(?:on\\s+or\\s+about\\s+|on\\s+)?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d{1,2}\\s+\\p{L})");
  /** A sentence about a grant, a bonus or a payment, whose "beginning" dates that, not the job. */
  private static final Pattern NOT_THE_JOB = Pattern.compile(
      "\\b(?:vest|vesting|grant|bonus|incentive|payable|paid|installments?|instalments?|review|eligible)");

  /**
   * A sentence naming a start and a deadline with a date after each ("have you start January 18, 2027 - let us know by
   * December 11"): each takes the date after its own words. False, and nothing read, when the two are not so written.
   */
  private boolean bothDates(Reading r, int i, LocalDate reference) {
    String sentence = r.sentences.get(i);
    String lower = r.lowers.get(i);
    int s = words.first(lower, Topic.START);
    int d = deadlineAt(lower);
    if (s < 0 || d < 0 || sentence.length() != lower.length()) {
      return false;
    }
    LetterDates.Found start = LetterDates.first(sentence.substring(s, d > s ? d : sentence.length()), reference,
        r.monthFirst, false);
    LetterDates.Found deadline = LetterDates.first(sentence.substring(d, s > d ? s : sentence.length()), reference,
        r.monthFirst, true);
    if (start == null || deadline == null || start.date().equals(deadline.date())) {
      return false;
    }
    if (r.start == null) {
      r.start = new Quote<>(start.date(), sentence);
      r.ambiguousDate |= start.ambiguous() && !r.monthFirst && r.dateOrder == null;
    }
    if (r.deadline == null) {
      r.deadline = new Quote<>(deadline.date(), sentence);
      r.ambiguousDate |= deadline.ambiguous() && !r.monthFirst && r.dateOrder == null;
    }
    return true;
  }

  /**
   * The first date after the sentence's start words, or null: "the terms of your offer letter dated November 20 remain,
   * including your start date of January 19, 2027" starts on January 19.
   */
  private LetterDates.Found afterStartWords(Reading r, int i, LocalDate reference) {
    String sentence = r.sentences.get(i);
    int at = words.first(r.lowers.get(i), Topic.START);
    return at <= 0 || sentence.length() != r.lowers.get(i).length() ? null
        : LetterDates.first(sentence.substring(at), reference, r.monthFirst, false);
  }

  /** A sentence naming both: the deadline is meant when it talks of accepting or signing this offer. */
  private static boolean deadlineFirst(String lower) {
    int accept = indexOfAny(lower, "accept", "sign and return", "countersign", "expire", "remain open", "valid until",
        "respond");
    int start = indexOfAny(lower, "start date", "commence", "first day", "begin");
    return accept >= 0 && (start < 0 || accept < start);
  }

  private static int indexOfAny(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int at = s.indexOf(n);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** "Ingeniero de Software Senior en Cactus Pay", "Engenheira de Dados na Atlântico": the employer after the title. */
  private static final Pattern EMPLOYER_AFTER_TITLE = Pattern.compile("\\s+(?:en|em|na|no|at|chez|bei)\\s+(\\p{Lu}.*)$");

  /** The title without the employer's name a title's run took in ("… Senior en Cactus Pay"), where it is the company read. */
  private static void employerOutOfTitle(Reading r) {
    if (r.title == null || r.company == null) {
      return;
    }
    Matcher m = EMPLOYER_AFTER_TITLE.matcher(r.title.value());
    if (m.find() && m.start() > 0 && r.company.value().startsWith(m.group(1))) {
      r.title = new Quote<>(r.title.value().substring(0, m.start()), r.title.sentence());
    }
  }

  private void names(Reading r) {
    Quote<String> remoteFirst = null;
    for (int i = 0; i < r.sentences.size(); i++) {
      String s = r.sentences.get(i);
      String lower = r.lowers.get(i);
      if (r.title == null) {
        String title = LetterNames.title(s);
        if (title != null) {
          r.title = new Quote<>(title, s);
        }
      }
      boolean titleHere = r.title != null && r.title.sentence().equals(s);
      if (r.level == null && (words.mentions(lower, Topic.LEVEL) || words.mentions(lower, Topic.TITLE) || titleHere)) {
        String level = LetterNames.level(s);
        if (level != null) {
          r.level = new Quote<>(level, s);
        }
      }
      // The title where this sentence names it, also when a subject line named it first ("Your promotion to Staff
      // Software Engineer" over "… to Staff Software Engineer (IC5) at Brightfold").
      int titleAt = r.title == null ? -1 : s.indexOf(r.title.value());
      int titleEnd = titleAt >= 0 ? titleAt + r.title.value().length() : -1;
      if (r.location == null && titleEnd >= 0 && LetterNames.remoteAfter(s, titleEnd) != null) {
        r.location = new Quote<>(LetterNames.remoteAfter(s, titleEnd), s);
      }
      if (r.location == null && titleEnd >= 0) {
        // "the position of Senior Data Engineer in Tokyo.": the place right after the title ends the sentence.
        Matcher place = AFTER_TITLE.matcher(s);
        if (place.region(titleEnd, s.length()).lookingAt()) {
          r.location = new Quote<>(place.group(1), s);
        }
      }
      // Only a placement's letter: elsewhere "employed by Acme UK Ltd" names the group's local employer, no agency.
      String employer = r.agency == null && lower.contains("employ") && placement(r) ? LetterNames.employerOf(s) : null;
      if (employer != null) {
        r.agency = employer;
      }
      String client = r.clientNamed ? null : LetterNames.client(s);
      if (client != null) {
        // A staffing agency's letter: the client it places you with is the employer.
        r.company = new Quote<>(client, s);
        r.clientNamed = true;
      }
      if (!r.clientNamed && (i < 12 || i >= r.earlierFrom && i < r.earlierFrom + 12)) {
        // "… Senior Data Scientist (Grade M2) at Varuna Fintech Private Limited", else the sentence's own cue.
        String company = titleEnd >= 0 ? LetterNames.companyAfter(s, titleEnd) : null;
        company = company != null ? company : LetterNames.company(s);
        // "Your offer from Corvid AI" in a subject, then "Corvid AI, Inc." in the body: the name in full.
        if (company != null && (r.company == null || company.length() > r.company.value().length()
            && company.startsWith(r.company.value()))) {
          r.company = new Quote<>(company, s);
        }
      }
      if (r.company == null && !r.clientNamed && i >= 12 && (i < r.earlierFrom || i >= r.earlierFrom + 12)
          && LetterNames.mayNameALegalForm(s)) {
        // Late in a long form ("Cinderwell Technologies, Inc. is pleased to extend this offer" under its fields): only
        // a name with its legal form, which says it is the employer.
        String company = LetterNames.company(s);
        if (company != null && LetterNames.legalName(company)) {
          r.company = new Quote<>(company, s);
        }
      }
      if (r.location == null) {
        String location = LetterNames.location(s);
        if (location == null && r.company != null && r.company.sentence().equals(s) && s.contains(r.company.value())) {
          // "join Acme in Austin, Texas": the place written right after the company.
          location = LetterNames.placeAfter(s, s.indexOf(r.company.value()) + r.company.value().length());
        }
        if ("Remote".equals(location) && LetterNames.remoteFirst(s)) {
          // "As a remote-first company, …" is how the company works: remote only if nothing later names the place.
          remoteFirst = remoteFirst == null ? new Quote<>(location, s) : remoteFirst;
        } else if (location != null) {
          r.location = new Quote<>(location, s);
        }
      }
    }
    if (r.location == null && remoteFirst != null) {
      r.location = remoteFirst;
    }
    for (int i = 0; i < Math.min(6, r.sentences.size()) && r.location == null; i++) {
      // No cue names the place: the letterhead's city does, when the letter names it again ("our Melbourne team").
      String city = LetterNames.addressCity(r.sentences.get(i), r.sentences.subList(i + 1, r.sentences.size()));
      if (city != null) {
        r.location = new Quote<>(city, r.sentences.get(i));
      }
    }
    for (int i = 0; i < Math.min(6, r.sentences.size()) && r.location == null; i++) {
      // "Utrecht, 2 December 2026" where the letter names Utrecht again: where it is written from, said in a note.
      String city = LetterNames.datedFrom(r.sentences.get(i), r.sentences.subList(i + 1, r.sentences.size()),
          r.company == null ? null : r.company.value());
      if (city != null) {
        r.location = new Quote<>(city, r.sentences.get(i));
        r.locationFromAddress = true;
      }
    }
    for (int i = 0; i < r.sentences.size() && r.location == null; i++) {
      // Nowhere else: the address the letter is written from, at its head or under its signature, said in a note.
      String city = i < 6 || i >= r.sentences.size() - 6 ? LetterNames.addressOnly(r.sentences.get(i)) : null;
      if (city != null && LetterNames.toAddressee(r.sentences, i)) {
        // "Mr. Tomas Novak / 14 Wharf Road / Leeds LS1 4BT": the candidate's home, not where the job is.
        continue;
      }
      if (city != null) {
        r.location = new Quote<>(city, r.sentences.get(i));
        r.locationFromAddress = true;
      }
    }
    for (int i = 0; i < r.sentences.size() && r.company != null; i++) {
      // "… at Maple Arc Software." under a letterhead of "Maple Arc Software Ltd.", or over a signature of
      // "Quillfeather, Inc.": the name in full.
      String head = i < 3 || i >= r.sentences.size() - 4 ? LetterNames.letterhead(r.sentences.get(i)) : null;
      // "Technical Recruiter, Ardent Robotics Inc." under a subject's "Your offer from Ardent Robotics".
      head = head == null && i >= r.sentences.size() - 4 ? LetterNames.signatureEmployer(r.sentences.get(i)) : head;
      if (head != null && head.length() > r.company.value().length() && (head.startsWith(r.company.value() + " ")
          || head.startsWith(r.company.value() + ", "))) {
        r.company = new Quote<>(head, r.sentences.get(i));
      }
    }
    for (int i = 0; i < Math.min(3, r.sentences.size()) && !r.clientNamed; i++) {
      // "U.S. Department of Veterans Affairs" over "… with the VA Palo Alto Health Care System": the department is the
      // employer, its medical center or facility the place; an agency the prose names ("Federal Aviation
      // Administration") stays.
      String department = LetterNames.department(r.sentences.get(i));
      if (department != null && (r.company == null || !LetterNames.governmentBody(r.company.value()))) {
        r.company = new Quote<>(department, r.sentences.get(i));
        break;
      }
    }
    for (int i = 0; i < Math.min(3, r.sentences.size()) && r.company == null; i++) {
      // No sentence names the employer: the letterhead does ("Tidepool Robotics, Inc."), or a heading in capitals
      // the running text names again ("QUILLON FINANCIAL GROUP" … "Quillon Financial Group's London office").
      String company = LetterNames.letterhead(r.sentences.get(i));
      if (company == null) {
        company = LetterNames.repeatedHeading(r.sentences.get(i), r.sentences.subList(i + 1, r.sentences.size()));
      }
      if (company != null) {
        r.company = new Quote<>(company, r.sentences.get(i));
      }
    }
    for (int i = r.sentences.size() - 1; i >= Math.max(2, r.sentences.size() - 4) && r.company == null; i--) {
      // A signature block whose company name wrapped ("Northgate Precision Instruments" / "Manufacturing, LLC"): the
      // second line alone reads as a name of its own, so the two are tried together first.
      String company = LetterNames.wrappedSignatureName(r.sentences.get(i - 2), r.sentences.get(i - 1),
          r.sentences.get(i));
      // A PDF may run the block into one line, the name after the signer's role.
      company = company != null ? company : LetterNames.signatureRunOn(r.sentences.get(i));
      if (company != null) {
        r.company = new Quote<>(company, company);
      }
    }
    for (int i = r.sentences.size() - 1; i >= Math.max(0, r.sentences.size() - 4) && r.company == null; i--) {
      // Nor a letterhead: an email's signature may ("Best, Priya / Fernhill Technologies, Inc."), when the line is
      // the name with its legal form and nothing else.
      String line = r.sentences.get(i).strip();
      String company = LetterNames.letterhead(line);
      // "Brightwater Payments, Inc. · 1200 Commerce St, Dallas": a footer gives the name, then its address.
      if (company != null && (line.length() - company.length() <= 2
          || FOOTER_ADDRESS.matcher(line.substring(company.length())).matches())) {
        r.company = new Quote<>(company, r.sentences.get(i));
      }
    }
    for (int i = r.sentences.size() - 1; i >= Math.max(0, r.sentences.size() - 4) && r.company == null; i--) {
      // Nor with its legal form: the signature's "Senior Technical Recruiter, Oakhurst Robotics".
      String company = LetterNames.signatureEmployer(r.sentences.get(i));
      if (company == null) {
        // "Harbor & Pine Financial / Human Resources": the employer beside the signer's department.
        company = LetterNames.signatureOrganisation(r.sentences.get(i));
      }
      if (company != null) {
        r.company = new Quote<>(company, r.sentences.get(i));
      }
    }
    if (r.company == null) {
      // "Kiln & Co. Talent" over "ruth.adeyemi@kilnandco.com": the name the sender's address spells.
      List<String> signature = r.sentences.subList(Math.max(0, r.sentences.size() - 5), r.sentences.size());
      String company = LetterNames.signatureByAddress(signature);
      r.company = company == null ? null : new Quote<>(company, signature.stream().filter(l -> l.contains(company))
          .findFirst().orElse(company));
    }
    if (r.company == null) {
      // Nothing names the employer but a letterhead's one line with no legal form ("Fernhall Insurance Group").
      String company = LetterNames.letterheadOrganisation(r.sentences);
      r.company = company == null ? null : new Quote<>(company, company);
    }
    String university = r.clientNamed ? null : LetterNames.institution(r.company == null ? null : r.company.value(),
        r.sentences.subList(0, Math.min(r.company == null ? 3 : 6, r.sentences.size())));
    if (university != null) {
      r.company = new Quote<>(university, university);
    }
    if (r.company != null) {
      r.company = new Quote<>(LetterNames.pointAsWritten(LetterNames.asWritten(r.company.value(), r.sentences),
          r.sentences), r.company.sentence());
    }
  }

  /**
   * A letter that offers a choice of packages: a part read from one choice's lines (the base, the grant's size, a
   * bonus or sign-on) is no part of the offer until the user says which; the choices are asked about instead.
   */
  private void choose(Reading r) {
    List<PackageChoice.Choice> choices = PackageChoice.of(r.sentences);
    if (choices.isEmpty()) {
      return;
    }
    java.util.Set<String> chosen = new java.util.HashSet<>();
    boolean equityChosen = false;
    List<String> shown = new ArrayList<>();
    for (PackageChoice.Choice choice : choices) {
      List<String> lines = new ArrayList<>();
      for (int i : choice.sentences()) {
        chosen.add(r.sentences.get(i));
        equityChosen |= words.mentions(r.lowers.get(i), Topic.EQUITY);
        if (i != choice.sentences().get(0)) {
          lines.add(r.sentences.get(i).strip().replaceFirst("[.;,]+$", ""));
        }
      }
      shown.add(choice.label().replaceFirst("[.;,]+$", "") + (lines.isEmpty() ? "" : " (" + String.join("; ", lines) + ")"));
    }
    if (r.base != null && chosen.contains(r.base.sentence())) {
      r.base = null;
      r.baseFactor = null;
      r.otherBases.clear();
    }
    if (r.bonus != null && chosen.contains(r.bonus.sentence())) {
      r.bonus = null;
    }
    if (r.signOn != null && chosen.contains(r.signOn.sentence())) {
      r.signOn = null;
    }
    if (r.equity != null && equityChosen) {
      Equity e = r.equity.value();
      // Quoted from a sentence every package shares (the vesting, the strike), not one package's count.
      String sentence = r.equity.sentence();
      for (int i = 0; i < r.sentences.size(); i++) {
        if (!chosen.contains(r.sentences.get(i)) && (r.equitySentences.contains(i) || r.lowers.get(i).contains("vest"))) {
          sentence = r.sentences.get(i);
          break;
        }
      }
      r.equity = new Quote<>(new Equity(e.kind(), null, r.priceCurrency, null, e.pricePerShare(), e.schedule(),
          e.cliffMonths(), e.frequency()), sentence);
      r.equityValue = null;
    }
    r.choices = List.copyOf(shown);
  }

  private boolean privateCompany(Reading r) {
    boolean privateWords = false;
    for (String lower : r.lowers) {
      if (words.mentions(lower, Topic.PUBLIC)) {
        return false;
      }
      privateWords |= words.mentions(lower, Topic.PRIVATE);
    }
    return privateWords || r.equity != null && Equity.spread(r.equity.value().kind());
  }
}
