package com.compcoach.letter;

import com.compcoach.money.NumberWords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the contract's terms that are no pay: the notice period ("Notice period: three months", "three months' notice
 * on either side"), the probation ("a six-month probationary period", "The trial period is four months") and a fixed
 * term's end ("a fixed-term contract from 1 February 2027 to 31 January 2029") and the hours a week ("37.5 hours per
 * week"). Each is listed once, with its sentence.
 */
final class ContractTerms {

  /** A length: "3", "three", "three (3)", then its unit; its groups are "n" and "unit" ({@link #term}). */
  static final String LENGTH = "(?<n>\\d{1,2}|" + NumberWords.word() + ")(?:\\s*\\(\\d{1,2}\\))?[\\s-]+"
      + "(?:calendar\\s+|working\\s+|business\\s+)?(?<unit>months?|weeks?|days?|years?)\\b";
  /** "notice period … is three months", "Notice: 3 months", "notice period of one month". */
  private static final Pattern NOTICE_THEN_LENGTH = Pattern.compile(
      "\\b(?:notice\\s+period|period\\s+of\\s+notice|notice)\\b(?:\\s+(?:to\\s+be\\s+given|required|"
          + "given|(?:by|from|for|on)\\s+(?:either|both|each)\\s+(?:party|parties|side|sides)"
          // "Your notice period after probation will be three months": the notice that holds once probation ends.
          + "|(?:after|following)\\s+(?:the\\s+|your\\s+)?(?:probation(?:ary\\s+period)?|trial\\s+period)|(during)\\s+(?:the\\s+|your\\s+)?"
          + "(?:probation(?:ary\\s+period)?|trial\\s+period))){0,2}\\s*(?::|\\bis\\b|\\bwill\\s+be\\b|\\bof\\b|-|–)?\\s*"
          + LENGTH);
  /** "three months' notice", "one month's written notice". */
  private static final Pattern LENGTH_THEN_NOTICE = Pattern.compile(
      "(?<![\\p{L}\\d])" + LENGTH + "(?:'s|’s|'|’)?\\s+(?:written\\s+|prior\\s+)?notice\\b");
  /** A notice period that holds only during the probation: "during probation, one week"; not the one after it. */
  private static final Pattern DURING_PROBATION = Pattern.compile(
      "\\b(?:during|while\\s+(?:on|in))\\s+(?:the\\s+|your\\s+)?(?:probation|probationary\\s+period|trial\\s+period)|"
          + "\\b(?:probation\\w*|trial)\\s+period,?\\s+(?:during\\s+which|with)\\b");
  /** "3 months (1 month during probation)": the probation's words right after a length are that length's. */
  private static final Pattern DURING_RIGHT_AFTER = Pattern.compile("^[\\s,(\\[–-]*(?:" + DURING_PROBATION.pattern() + ")");
  /** Where the notice after probation is written: "thereafter", "after probation", "following probation". */
  private static final Pattern AFTER_PROBATION = Pattern.compile(
      "\\b(?:thereafter|after\\s+(?:that|this|probation|confirmation|the\\s+probation\\w*(?:\\s+period)?)|following\\s+"
          + "(?:probation|the\\s+probation\\w*(?:\\s+period)?)|once\\s+(?:you\\s+have\\s+)?(?:passed|completed))\\b");
  /** "two months' notice thereafter", "4 weeks once you have passed probation": the length just read is the later one. */
  private static final Pattern AFTER_RIGHT_AFTER = Pattern.compile("^[\\s,]*(?:" + AFTER_PROBATION.pattern() + ")");
  /** The notice after probation, written right after the one during it: "; thereafter three months". */
  private static final Pattern THEREAFTER = Pattern.compile(
      "(?:\\s+(?:on|by|from|for)\\s+(?:either|both|each)\\s+(?:side|sides|party|parties))?\\s*[;,.]?\\s*(?:and\\s+)?(?:thereafter|after\\s+(?:that|probation|confirmation|the\\s+probation\\w*(?:\\s+period)?))\\s*,?\\s*"
          + "(?:it\\s+is\\s+|(?:the\\s+)?notice\\s+(?:period\\s+)?is\\s+)?" + LENGTH);
  /** "1 month during probation and 2 months after confirmation": the notice after probation, written second. */
  private static final Pattern DURING_THEN_AFTER = Pattern.compile(
      // "one month during probation (6 months), three months thereafter": the probation's length in brackets between.
      "\\s*\\(?\\s*(?:during|while\\s+(?:on|in))\\s+(?:the\\s+|your\\s+)?(?:probation\\w*|trial"
          // "one month during the first six months of employment and three months thereafter": the first months alone.
          + "|first\\s+\\w+(?:\\s*\\(\\d{1,2}\\))?[\\s-]+(?:months?|weeks?)(?:\\s+of\\s+(?:your\\s+)?(?:employment|service))?)(?:\\s+period)?\\)?(?:\\s*\\([^()]{0,20}\\)|\\s+of\\s+\\w+[\\s-]+(?:months?|weeks?))?\\s*[,;]?\\s*"
          // "1 week while on probation, rising to 4 weeks once you have passed probation".
          + "(?:and|but|then|(?:rising|increasing|going)\\s+to)?\\s*(?:with\\s+)?" + LENGTH + "(?:'s|’s|'|’)?(?:\\s+(?:written\\s+)?notice)?\\s+(?:thereafter|(?:after|following|on|upon)\\s+(?:confirmation|probation"
          + "|the\\s+probation\\w*(?:\\s+period)?)|once\\s+(?:you\\s+have\\s+)?(?:passed|completed))");
  /** "Probation: 3 months", "probationary period is six months", "trial period of four months". */
  private static final Pattern PROBATION_THEN_LENGTH = Pattern.compile(
      // "notice period after probation will be three months" gives the notice's length, not the probation's.
      "(?<!during\\s)(?<!during\\sthe\\s)(?<!during\\syour\\s)(?<!after\\s)(?<!following\\s)(?<!after\\sthe\\s)"
          + "(?<!after\\syour\\s)\\b(?:probation(?:ary)?(?:\\s+period)?|trial\\s+period|période\\s+d'essai|probezeit)\\b\\s*"
          // "You will be on probation for six months from your date of joining", "for the first three months", "for a
          // period of six months".
          + "(?::|\\bis\\b|\\bwill\\s+be\\b|\\bof\\b|\\bshall\\s+be\\b|\\blasts\\b|\\bfor(?:\\s+(?:the\\s+)?(?:first|initial)|\\s+a\\s+period\\s+of)?\\b|-|–)?"
          + "\\s*" + LENGTH);
  /** "one month during probation (6 months)": the probation's length in brackets after it, wherever it stands. */
  private static final Pattern PROBATION_IN_BRACKETS = Pattern.compile(
      // "during your probationary period of 6 months": "of" gives the probation's own length.
      "\\b(?:(?:probation(?:ary)?(?:\\s+period)?|trial\\s+period)\\s*\\(\\s*|(?:probationary|probation|trial)\\s+period\\s+of"
          + "\\s+)" + LENGTH);
  /** "a six-month probationary period", "the first six months … are a probationary period". */
  private static final Pattern LENGTH_THEN_PROBATION = Pattern.compile(
      "(?<![\\p{L}\\d])" + LENGTH + "(?:'s|’s|'|’)?\\s+(?:(?:of\\s+)?(?:your\\s+)?(?:employment|service|appointment|contract|engagement)\\s+"
          + ")?(?:(?:are|is|will\\s+be)\\s+(?:a|the)\\s+)?(?:probation(?:ary)?(?:\\s+period)?|trial\\s+period)\\b");
  /**
   * A notice left to the law: "the statutory notice periods apply", "notice in accordance with the Employment
   * Standards Act", "notice as required by law"; read only where no length is written.
   */
  private static final Pattern BY_LAW = Pattern.compile(
      "\\bstatutory\\b|\\b(?:as\\s+)?(?:required|provided|set\\s+out|prescribed|stipulated|laid\\s+down)\\s+(?:by|in|under)\\s+"
          + "(?:the\\s+)?(?:applicable\\s+)?(?:law|legislation|statute|(?:\\p{L}+\\s+){0,5}act)\\b"
          + "|\\bin\\s+(?:accordance|line)\\s+with\\s+(?:the\\s+)?(?:applicable\\s+|local\\s+)?(?:law|legislation|statute|"
          + "(?:\\p{L}+\\s+){0,5}act)\\b|\\b(?:by|under)\\s+(?:applicable\\s+)?law\\b");
  /** A fixed term named, with the date it ends after "to", "until", "ending on" or "end date". */
  private static final Pattern FIXED_TERM = Pattern.compile(
      "\\b(?:fixed[- ]term|fixed\\s+period|temporary\\s+contract|contrat\\s+à\\s+durée\\s+déterminée|cdd|befristet)");
  private static final Pattern END_CUE = Pattern.compile(
      "\\b(?:to|until|till|through|ending\\s+on|ends\\s+on|end\\s+date\\s+(?:of|is)|expiring\\s+on|au|bis)\\s+(?:and\\s+including\\s+)?");

  /** A date right after an end cue: "31 January 2029", "January 31, 2029", "Friday 31 January", "2029-01-31". */
  private static final Pattern DATE_AHEAD = Pattern.compile(
      "(?:\\p{L}+day,?\\s+)?(?:the\\s+)?(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d)");

  private ContractTerms() {}

  /**
   * The notice period (and the one during probation), probation, fixed term, weekly hours, relocation repayment,
   * salary review and the restrictions on leaving the letter's sentences give, in that order, each once.
   */
  static List<Quote<Term>> of(List<String> sentences, List<String> lowers, LocalDate reference, boolean monthFirst,
      LetterWords words) {
    Quote<Term> notice = null;
    Quote<Term> during = null;
    Quote<Term> probation = null;
    Quote<Term> fixed = null;
    for (int i = 0; i < sentences.size(); i++) {
      // "試用期間 / Probation: 3ヶ月 / 3 months": a bilingual label is read in its Latin-script half.
      String lower = LetterNames.latinHalf(lowers.get(i));
      if ((notice == null || notice.value().byLaw()) && lower.contains("notice")) {
        // A notice left to the law holds only until a sentence gives a length: "as required by law" in one
        // sentence, "three months' notice" in a later one.
        Notices both = notice(lower);
        Term t = both == null ? null : both.after();
        if (both != null && both.during() != null && during == null) {
          during = new Quote<>(both.during(), sentences.get(i));
        }
        t = t == null && notice == null && !lower.contains("privacy notice") && ENDING.matcher(lower).find()
            ? byLaw(lower) : t;
        notice = t == null ? notice : new Quote<>(t, sentences.get(i));
        // "… a probationary period, with two weeks' notice. Thereafter the notice period is three months": the notice
        // after probation, in the sentence after.
        String next = i + 1 < lowers.size() ? lowers.get(i + 1) : "";
        Notices after = notice != null && AFTER_PROBATION.matcher(next).lookingAt() ? notice(next) : null;
        Term later = after == null ? null : after.after();
        if (later != null) {
          notice = new Quote<>(later, sentences.get(i + 1));
        }
      }
      if (notice == null && lower.contains("kündigungsfrist") && !lower.contains("während")) {
        Term t = germanNoticeAfter(lower);
        notice = t == null ? null : new Quote<>(t, sentences.get(i));
      }
      if (during == null && lower.contains("probezeit") && lower.contains("frist")) {
        // "Während der Probezeit beträgt die Kündigungsfrist zwei Wochen": German has no word "notice" to find.
        Term t = germanNoticeDuringProbation(lower);
        during = t == null ? null : new Quote<>(t, sentences.get(i));
      }
      if (probation == null && (lower.contains("probation") || lower.contains("trial period")
          || lower.contains("période d'essai") || lower.contains("probezeit") || lower.contains("proeftijd")
          || lower.contains("odo de prueba") || lower.contains("odo de experi"))) {
        Term t = length("probation", lower, PROBATION_THEN_LENGTH, LENGTH_THEN_PROBATION, PROBATION_IN_BRACKETS);
        t = t == null ? foreignProbation(lower) : t;
        probation = t == null ? null : new Quote<>(t, sentences.get(i));
      }
      if (fixed == null) {
        Term t = fixedTerm(lower, reference, monthFirst);
        fixed = t == null ? null : new Quote<>(t, sentences.get(i));
      }
    }
    Quote<Term> relocation = relocationRepayment(sentences, lowers, words);
    Quote<Term> review = salaryReview(sentences, lowers, reference, monthFirst);
    Quote<BigDecimal> hours = WeeklyHours.of(sentences, lowers);
    Quote<Term> weekly = hours == null ? null
        : new Quote<>(new Term("weekly hours", hours.value(), "hour", null, false), hours.sentence());
    return Stream.concat(Stream.of(notice, during, probation, fixed, weekly, relocation, review).filter(Objects::nonNull),
        Restrictions.of(sentences, lowers).stream()).toList();
  }

  /** A sentence that says nothing is asked back: "non-repayable", "you will not be required to repay". */
  private static final Pattern NOT_REPAID = Pattern.compile("\\bnon-?(?:repayable|refundable|returnable|recoverable)\\b"
      + "|\\bno\\s+repayment\\b"
      + "|\\b(?:not|never)\\b[^.;]{0,30}\\b(?:repay|pay\\s+back|refund)");
  /** A schedule's later step: "within 13 to 24 months", its last month. */
  private static final Pattern STEP_MONTHS = Pattern.compile("\\bwithin\\s+\\d{1,2}\\s+(?:to|-|–|and)\\s+(\\d{1,2})\\s+months\\b");
  /** A sentence that speaks of a sign-on or a bonus, whose repayment is its own, not the relocation's. */
  private static final Pattern OTHER_PAY = Pattern.compile("\\bsign[- ]?on\\b|\\bsigning\\b|\\bbonus\\b|\\bjoining\\b");

  /**
   * Whether a sentence that names a relocation and another pay asks the other one back: the relocation is named only
   * before the repayment and the other pay is not ("… the relocation payment and the sign-on must be repaid" is the
   * relocation's), or only the other pay stands before it ("a signing bonus …, which you must repay …, and will
   * reimburse reasonable relocation expenses").
   */
  private static boolean othersRepayment(String lower, int clawback) {
    String before = lower.substring(0, clawback);
    return !lower.substring(clawback).contains("relocat")
        || !before.contains("relocat") && OTHER_PAY.matcher(before).find();
  }

  /** Clawback words the employer says too: "agrees to reimburse eligible costs", "taxes will be deducted from". */
  private static final Set<String> EMPLOYERS_TOO = Set.of("reimburse", "reimburses", "refund", "refunds",
      "be deducted from");
  /** "will be deducted from your final pay": a deduction from the candidate's pay is a repayment. */
  private static final Pattern FROM_YOUR_PAY = Pattern.compile("\\s+(?:your|any\\s+(?:final\\s+)?)");

  /**
   * Whether the sentence has the candidate paying back: "repay", "pay back", "claw back", or a word the employer
   * may say too with the candidate as its subject ("you will refund") or their pay as its source.
   */
  private static boolean repaidByYou(String lower, LetterWords words) {
    return words.all(lower, Topic.CLAWBACK).stream()
        .anyMatch(h -> !EMPLOYERS_TOO.contains(lower.substring(h.start(), h.end())) || LetterWords.byYou(lower, h.start())
            || lower.startsWith("be deducted from", h.start())
            && FROM_YOUR_PAY.matcher(lower).region(h.end(), lower.length()).lookingAt());
  }

  /**
   * What a relocation payment asks back on leaving early ("If you voluntarily leave within 12 months of your start
   * date, you agree to repay the relocation payment in full"): in the sentence that names the relocation, or the one
   * after it where that one names no other pay; null where the letter asks nothing back.
   */
  private static Quote<Term> relocationRepayment(List<String> sentences, List<String> lowers, LetterWords words) {
    // "… is subject to the Relocation Repayment Agreement below": a repayment without its months is kept only where
    // no later relocation sentence (the agreement itself) gives them.
    Quote<Term> unsaid = null;
    for (int i = 0; i < lowers.size(); i++) {
      if (!lowers.get(i).contains("relocat")) {
        continue;
      }
      for (int j = i; j < Math.min(i + 2, lowers.size()); j++) {
        String lower = lowers.get(j);
        boolean own = j == i || lower.contains("relocat") || !OTHER_PAY.matcher(lower).find();
        // The one clawback topic of words.txt: the candidate repaying, never the employer refunding expenses.
        if (own && repaidByYou(lower, words) && !NOT_REPAID.matcher(lower).find()
            && !(j == i && OTHER_PAY.matcher(lower).find() && othersRepayment(lower, words.first(lower, Topic.CLAWBACK)))) {
          Clawback c = LetterReader.repaymentIn(lower);
          Integer most = c.months();
          boolean stepped = c.prorated();
          // "… subject to the following repayment schedule:" over its steps ("within 13 to 24 months … 50%
          // repayment"): repaid within the last step's months, less as time passes.
          for (int k = j + 1; most == null && k < Math.min(j + 4, lowers.size()); k++) {
            Clawback terms = words.mentions(lowers.get(k), Topic.CLAWBACK) || lowers.get(k).contains("repayment")
                ? LetterReader.repaymentIn(lowers.get(k)) : null;
            Integer step = terms == null ? null : terms.months();
            if (step != null) {
              // "… as follows: 100% if your employment ends within the first twelve (12) months, and 50% …".
              stepped |= k > j + 1 || terms.prorated();
              for (int m = k + 1; m < Math.min(k + 3, lowers.size()); m++) {
                Matcher upTo = STEP_MONTHS.matcher(lowers.get(m));
                Integer next = lowers.get(m).contains("repayment") && !lowers.get(m).contains("no repayment")
                    && upTo.find() ? Integer.valueOf(upTo.group(1)) : null;
                step = next != null && next > step ? next : step;
                stepped |= next != null;
              }
              most = step;
            }
          }
          BigDecimal months = most == null ? null : BigDecimal.valueOf(most);
          Quote<Term> term = new Quote<>(new Term("relocation repayment", months, "month", null, false, stepped, null),
              sentences.get(j));
          if (months != null) {
            return term;
          }
          unsaid = unsaid == null ? term : unsaid;
          break;
        }
      }
    }
    return unsaid;
  }

  /** "Your salary will next be reviewed on April 1, 2028", "Salary review: April 2028", "first salary review in …". */
  private static final Pattern REVIEW = Pattern.compile(
      "\\b(?:salary|pay|compensation|remuneration)\\s+(?:will\\s+(?:next\\s+|first\\s+)?be\\s+|is\\s+(?:next\\s+)?|next\\s+)?"
          + "reviewed\\b|\\b(?:salary|pay|compensation)\\s+review\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "^[^.;]{0,40}?\\b(january|february|march|april|may|june|july|august|september|october|november|december)"
          + "\\s+(20\\d\\d)\\b");

  /** The first salary review's date or month where the letter gives one; "reviewed annually" alone is none. */
  private static Quote<Term> salaryReview(List<String> sentences, List<String> lowers, LocalDate reference,
      boolean monthFirst) {
    for (int i = 0; i < lowers.size(); i++) {
      Matcher cue = REVIEW.matcher(lowers.get(i));
      if (!cue.find()) {
        continue;
      }
      String after = lowers.get(i).substring(cue.end());
      Matcher near = DATE_NEAR.matcher(after);
      // The date read only where the cue's own words give one: never a later clause's ("…, and the bonus is payable
      // on March 31, 2028").
      LetterDates.Found found = near.lookingAt()
          ? LetterDates.first(after.substring(0, Math.min(after.length(), near.end() + 12)), reference, monthFirst, false)
          : null;
      if (found != null) {
        return new Quote<>(new Term("salary review", null, null, found.date(), false), sentences.get(i));
      }
      Matcher month = MONTH_YEAR.matcher(after);
      if (month.find()) {
        String name = Character.toUpperCase(month.group(1).charAt(0)) + month.group(1).substring(1);
        return new Quote<>(new Term("salary review", null, null, null, false, false, name + " " + month.group(2)),
            sentences.get(i));
      }
      String when = undated(after);
      Matcher first = FIRST_REVIEW.matcher(after);
      if (first.find()) {
        // "reviewed each April; you will first be eligible in April 2028", "reviewed annually …, and you will first
        // be eligible for a review after 18 months": the first review is the one the candidate waits for.
        if (first.group("month") != null) {
          String name = Character.toUpperCase(first.group("month").charAt(0)) + first.group("month").substring(1);
          return new Quote<>(new Term("salary review", null, null, null, false, false, name + " " + first.group("year")),
              sentences.get(i));
        }
        Term wait = term("review", first);
        if (wait != null) {
          when = when == null ? "after " + wait.shown() + ", no date written"
              : when.replace(", no date written", ", the first after " + wait.shown() + ", no date written");
        }
      }
      if (when != null) {
        return new Quote<>(new Term("salary review", null, null, null, false, false, when), sentences.get(i));
      }
    }
    return null;
  }

  /** "reviewed annually", "reviewed each year", "reviewed after six months of employment": a review with no date. */
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december)\\b";
  private static final Pattern UNDATED_REVIEW = Pattern.compile(
      "^[^.;]{0,25}?\\b(?:(annually|yearly|every\\s+year|each\\s+year|once\\s+a\\s+year|on\\s+an\\s+annual\\s+basis)"
          + "(?:\\s+(?:each|every|in)\\s+" + MONTHS + ")?|(?:each|every)\\s+" + MONTHS + "|after\\s+" + LENGTH + ")");

  /** "you will first be eligible in April 2028", "first be eligible for a review after 18 months", later in the sentence. */
  private static final Pattern FIRST_REVIEW = Pattern.compile("\\bfirst\\s+(?:be\\s+)?eligible\\b[^.]{0,40}?\\b(?:in\\s+"
      + "(?<month>january|february|march|april|may|june|july|august|september|october|november|december)\\s+"
      + "(?<year>20\\d\\d)\\b|after\\s+" + LENGTH + ")");

  /** How an undated review is shown ("every year, no date written"), or null where the cue gives no pace. */
  private static String undated(String after) {
    Matcher m = UNDATED_REVIEW.matcher(after);
    if (!m.find()) {
      return null;
    }
    String month = m.group(2) != null ? m.group(2) : m.group(3);
    if (month != null) {
      // "reviewed annually in April", "reviewed each August": the month without its year.
      return "every year in " + Character.toUpperCase(month.charAt(0)) + month.substring(1) + ", no date written";
    }
    if (m.group(1) != null) {
      return "every year, no date written";
    }
    Term length = term("review", m);
    return length == null ? null : "after " + length.shown() + ", no date written";
  }

  /** A date within a few words of the review's cue: "on April 1, 2028", ": 1 April 2028", not a later clause's. */
  private static final Pattern DATE_NEAR = Pattern.compile(
      "^[^.;]{0,25}?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
          + "|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d{1,2}\\b)");

  /** The notice after probation (or the only one) and the one during probation, where the letter writes it. */
  private record Notices(Term after, Term during) {}

  /**
   * The notice period: the one after probation where the letter gives two ("7 days; thereafter three months"), with
   * the one during probation kept beside it.
   */
  private static Notices notice(String lower) {
    Term chosen = null;
    Term whileOnProbation = null;
    for (Pattern p : List.of(NOTICE_THEN_LENGTH, LENGTH_THEN_NOTICE)) {
      Matcher m = p.matcher(lower);
      while (m.find()) {
        // Wide enough for "…are a probationary period, during which either party may terminate with two weeks' notice".
        String before = lower.substring(Math.max(0, m.start() - 100), m.start());
        String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 30));
        Term t = term("notice period", m);
        if (t == null) {
          continue;
        }
        Matcher then = THEREAFTER.matcher(lower).region(m.end(), lower.length());
        if (!then.lookingAt()) {
          then = DURING_THEN_AFTER.matcher(lower).region(m.end(), lower.length());
        }
        if (then.lookingAt()) {
          // "during probation is 7 days; thereafter three months": the notice that holds after probation.
          Term later = term("notice period", then);
          if (later != null) {
            return new Notices(later, duringProbation(t));
          }
        }
        // "with two months' notice thereafter": the words right after the length say it is the later one.
        boolean later = AFTER_PROBATION.matcher(before).find() || AFTER_RIGHT_AFTER.matcher(after).lookingAt();
        boolean during = !later && (m.group().contains("during") || DURING_PROBATION.matcher(before).find()
            || DURING_RIGHT_AFTER.matcher(after).find());
        if (later) {
          return new Notices(t, whileOnProbation);
        }
        if (during && whileOnProbation == null) {
          whileOnProbation = duringProbation(t);
        }
        if (!during && chosen == null) {
          chosen = t;
        }
      }
    }
    return chosen == null && whileOnProbation == null ? null : new Notices(chosen, whileOnProbation);
  }

  private static Term duringProbation(Term t) {
    return new Term("notice during probation", t.count(), t.unit(), null, false);
  }

  /** Words of ending employment: a notice left to the law must be the notice to end it, not a privacy notice. */
  private static final Pattern ENDING = Pattern.compile(
      "^\\W*notice\\b|terminat|\\bend\\b|\\bending\\b|notice period|resign|either party|leave the company|dismiss");

  /**
   * A notice the sentence leaves to the law, near its word "notice" and not one that holds only during probation;
   * else null.
   */
  private static Term byLaw(String lower) {
    Matcher law = BY_LAW.matcher(lower);
    while (law.find()) {
      int notice = lower.indexOf("notice", Math.max(0, law.start() - 80));
      String before = lower.substring(0, law.start());
      if (notice >= 0 && notice <= law.end() + 80 && !DURING_PROBATION.matcher(before).find()) {
        return new Term("notice period", null, null, null, true);
      }
    }
    return null;
  }

  private static Term length(String what, String lower, Pattern... patterns) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(lower);
      if (m.find()) {
        Term t = term(what, m);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** The term a match of {@link #LENGTH} gives, or null where its count is none. */
  static Term term(String what, Matcher m) {
    String n = m.group("n");
    Integer count = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : NumberWords.cardinal(n);
    if (count == null || count <= 0) {
      return null;
    }
    String unit = m.group("unit").replaceFirst("s$", "");
    return new Term(what, BigDecimal.valueOf(count), unit, null, false);
  }

  /**
   * "eine Probezeit von sechs Monaten", "une période d'essai de quatre mois": a German or French probation, its count
   * in the letter's own language.
   */
  private static final Pattern FOREIGN_PROBATION = Pattern.compile(
      "\\b(?:probezeit|période\\s+d['’]essai|proeftijd"
          // "El periodo de prueba será de dos meses", "Período de experiência: 90 dias".
          + "|per[ií]odo\\s+de\\s+(?:prueba|experi[eê]ncia))(?:\\s*:|\\s+(?:von|de|beträgt|est\\s+de|d['’]une\\s+durée\\s+de|van|is"
          + "|será\\s+de|es\\s+de|é\\s+de|:)?)\\s*"
          + "(\\d{1,3}|\\p{L}+)\\s+(monate?n?|mois|wochen|semaines|maand(?:en)?|weken|meses|d[ií]as)\\b");
  /** A notice named right before "während der" / "pendant la" and the probation: "Kündigungsfrist während der". */
  private static final Pattern NOTICE_DURING = Pattern.compile(
      "\\b(?:kündigungsfrist|kündigung|frist|préavis|délai\\s+de\\s+préavis)\\s+(?:\\p{L}+\\s+){0,2}?"
          + "(?:während|in|innerhalb)\\s+der\\s+$|\\b(?:préavis)\\s+(?:\\p{L}+\\s+){0,2}?(?:pendant|durant)\\s+la\\s+$");
  /** "nach der", "nach Ablauf der", "im Anschluss an die" right before "Probezeit": what holds once it is over. */
  private static final Pattern AFTER_PROBATION_DE = Pattern.compile("\\b(?:nach(?:\\s+ablauf)?\\s+der|im\\s+anschluss\\s+an\\s+die)\\s+$");
  /**
   * A German notice with its length once probation is over, or with no probation named: "Kündigungsfrist: nach der
   * Probezeit drei Monate zum Monatsende", "Die Kündigungsfrist beträgt drei Monate"; never one "während der Probezeit".
   */
  private static final Pattern GERMAN_NOTICE_AFTER = Pattern.compile(
      "\\bkündigungsfrist\\s*(?::\\s*)?(?:(?:nach(?:\\s+ablauf)?\\s+der|im\\s+anschluss\\s+an\\s+die)\\s+probezeit\\s+)?"
          + "(?:von\\s+|beträgt\\s+)?(\\d{1,2}|\\p{L}+)\\s+(wochen|woche|monate?n?|monat)\\b");

  /** Counts of months a German or French probation is written in. */
  private static final java.util.Map<String, Integer> FOREIGN_COUNTS = java.util.Map.ofEntries(
      java.util.Map.entry("ein", 1), java.util.Map.entry("einem", 1), java.util.Map.entry("einen", 1), java.util.Map.entry("un", 1), java.util.Map.entry("één", 1), java.util.Map.entry("een", 1),
      java.util.Map.entry("twee", 2), java.util.Map.entry("drie", 3), java.util.Map.entry("zes", 6),
      java.util.Map.entry("zwei", 2), java.util.Map.entry("deux", 2), java.util.Map.entry("drei", 3),
      java.util.Map.entry("trois", 3), java.util.Map.entry("vier", 4), java.util.Map.entry("quatre", 4),
      java.util.Map.entry("sechs", 6), java.util.Map.entry("six", 6), java.util.Map.entry("acht", 8),
      java.util.Map.entry("huit", 8), java.util.Map.entry("zwölf", 12), java.util.Map.entry("douze", 12),
      java.util.Map.entry("twaalf", 12), java.util.Map.entry("achttien", 18), java.util.Map.entry("zeven", 7),
      java.util.Map.entry("cinq", 5), java.util.Map.entry("fünf", 5), java.util.Map.entry("vijf", 5),
      java.util.Map.entry("dos", 2), java.util.Map.entry("tres", 3), java.util.Map.entry("três", 3),
      java.util.Map.entry("seis", 6));

  /** The words of {@link #FOREIGN_COUNTS} a count of weeks or days is written in ("quatre semaines"), longest first. */
  static final String FOREIGN_COUNT_WORDS = "zwölf|douze|twaalf|quatre|trois|sechs|deux|zwei|drei|vier|cinq|fünf|vijf|twee|drie|huit|acht";

  /** A count written in a German, French or Dutch word ("quatre", "zwei"), or null. */
  static Integer foreignCount(String word) {
    return FOREIGN_COUNTS.get(word);
  }

  /**
   * A German notice and its length: "Kündigungsfrist zwei Wochen", "die Kündigungsfrist während der Probezeit von zwei
   * Wochen", "mit einer Frist von zwei Wochen kündigen".
   */
  private static final Pattern GERMAN_NOTICE = Pattern.compile(
      "\\b(?:kündigungsfrist|frist)\\s+(?:während\\s+der\\s+probezeit\\s+)?(?:von\\s+|beträgt\\s+|:\\s*)?"
          + "(\\d{1,2}|\\p{L}+)\\s+(wochen|woche|monate?n?|monat)\\b");

  /**
   * The notice during a German probation, where the sentence puts it there ("Während der Probezeit beträgt die
   * Kündigungsfrist zwei Wochen", "eine Probezeit von sechs Monaten, während der beide Seiten mit einer Frist von zwei
   * Wochen kündigen können"); the one after it ("nach der Probezeit") is none of it.
   */
  private static Term germanNoticeDuringProbation(String lower) {
    Matcher m = GERMAN_NOTICE.matcher(lower);
    while (m.find()) {
      String upTo = lower.substring(0, m.end());
      String before = lower.substring(Math.max(0, m.start() - 60), m.start());
      // "…; danach gilt eine Kündigungsfrist von drei Monaten": the notice after probation, not during it.
      if (!upTo.contains("während der") || before.contains("nach der") || before.contains("danach")
          || before.contains("im anschluss") || before.contains("nach ablauf")) {
        continue;
      }
      String n = m.group(1);
      Integer count = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : FOREIGN_COUNTS.get(n);
      if (count != null && count > 0) {
        return new Term("notice during probation", BigDecimal.valueOf(count), m.group(2).startsWith("mo") ? "month" : "week",
            null, false);
      }
    }
    return null;
  }

  /** A German notice's length once probation is over ("Kündigungsfrist: nach der Probezeit drei Monate"), or null. */
  private static Term germanNoticeAfter(String lower) {
    Matcher m = GERMAN_NOTICE_AFTER.matcher(lower);
    if (!m.find()) {
      return null;
    }
    String n = m.group(1);
    Integer count = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : FOREIGN_COUNTS.get(n);
    String unit = m.group(2).startsWith("mo") ? "month" : "week";
    return count == null || count <= 0 ? null : new Term("notice period", BigDecimal.valueOf(count), unit, null, false);
  }

  private static Term foreignProbation(String lower) {
    if (!lower.contains("probezeit") && !lower.contains("essai") && !lower.contains("proeftijd")
        && !lower.contains("odo de prueba") && !lower.contains("odo de experi")) {
      return null;
    }
    Matcher m = FOREIGN_PROBATION.matcher(lower);
    boolean found = false;
    while (!found && m.find()) {
      // "Die Kündigungsfrist während der Probezeit von zwei Wochen": the length may be the notice's; the probation's
      // own length is looked for elsewhere ("Die Probezeit beträgt sechs Monate").
      // "Kündigungsfrist: nach der Probezeit drei Monate": the notice once probation is over, not its length.
      String before = lower.substring(Math.max(0, m.start() - 60), m.start());
      found = !NOTICE_DURING.matcher(before).find() && !AFTER_PROBATION_DE.matcher(before).find();
    }
    if (!found) {
      return null;
    }
    String n = m.group(1);
    Integer count = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : FOREIGN_COUNTS.get(n);
    String unit = m.group(2).startsWith("mo") || m.group(2).startsWith("maa") || m.group(2).startsWith("mes") ? "month"
        : m.group(2).startsWith("d") ? "day" : "week";
    return count == null || count <= 0 ? null : new Term("probation", BigDecimal.valueOf(count), unit, null, false);
  }

  /**
   * An agreement's own term: "This Agreement … will continue for a term of six (6) months", "the engagement is for an
   * initial term of 12 months". The agreement, engagement or employment is the subject: an obligation's length, a
   * confidentiality clause's or the offer's validity ("This offer will remain in effect for a period of five days")
   * is no term of the work.
   */
  private static final Pattern AGREEMENT_TERM = Pattern.compile(
      "\\b(?:agreement|engagement|employment|contract|appointment)\\b[^.;:]{0,80}?\\b(?<verb>(?:continue|remain\\s+in\\s+"
          + "(?:effect|force)|be\\s+in\\s+effect|run)\\s+for\\s+(?:a|an\\s+initial)\\s+(?:term|period)|for\\s+(?:a|an\\s+initial)"
          + "\\s+term)\\s+of\\s+" + LENGTH + "(?!\\s+(?:after|following|from)\\b)");
  /**
   * Words in the subject that make the length some other thing's: "Your confidentiality obligations will remain …",
   * "This offer of employment will remain in effect …"; "to offer you an engagement … for a term of six months" offers
   * the engagement, whose term it is.
   */
  private static final Pattern OTHER_SUBJECT = Pattern.compile(
      "\\b(?:confidential\\w*|invention|proprietary|non-?disclosure|obligations?|covenants?|restrict\\w*|offer(?!\\s+you\\b)|"
          + "provisions?|clauses?|sections?|undertakings?|duties)\\b");

  /** A fixed term's last day or its length, where the sentence names a fixed term. */
  private static Term fixedTerm(String lower, LocalDate reference, boolean monthFirst) {
    Matcher dutch = lower.contains(" van ") && (lower.contains("bepaalde tijd") || lower.contains("duur van"))
        ? DUTCH_FIXED_TERM.matcher(lower) : null;
    if (dutch != null && dutch.find()
        // "een proeftijd voor de duur van twee maanden": the probation's length, not the contract's.
        && !DUTCH_OTHER_LENGTH.matcher(lower.substring(Math.max(0, dutch.start() - 40), dutch.start())).find()
        // "de duur van" is the contract's only where the contract is what lasts ("De arbeidsovereenkomst wordt
        // aangegaan voor de duur van twaalf maanden"): a home-working allowance or a study-cost clause "voor de duur
        // van 6 maanden" is no fixed term, and a contract "voor onbepaalde tijd" is permanent.
        && (dutch.group().startsWith("bepaalde") || !lower.contains("onbepaalde tijd")
            && DUTCH_CONTRACT.matcher(lower.substring(Math.max(0, dutch.start() - 60), dutch.start())).find())) {
      String n = dutch.group(1);
      Integer count = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : FOREIGN_COUNTS.get(n);
      if (count != null && count > 0) {
        return new Term("fixed term", BigDecimal.valueOf(count), dutch.group(2).startsWith("maand") ? "month" : "year",
            null, false);
      }
    }
    Matcher named = FIXED_TERM.matcher(lower);
    if (!named.find()) {
      // A consulting agreement's term, the length a contractor is engaged for: only where "term of" or "period of"
      // is written.
      // A restriction's length ("for a period of 12 months you will not compete") is no term of the work.
      Matcher agreed = (lower.contains(" term of ") || lower.contains(" period of ")) && !lower.contains("compet")
          && !lower.contains("solicit") ? AGREEMENT_TERM.matcher(lower) : null;
      if (agreed == null || !agreed.find()) {
        return null;
      }
      // The whole subject up to the verb, from the clause's start: "Confidential Information and Invention Assignment
      // Agreement will remain in effect …" is the agreement's noun with a confidentiality clause's length.
      int clause = Math.max(lower.lastIndexOf(';', agreed.start()), lower.lastIndexOf(':', agreed.start())) + 1;
      clause = Math.max(clause, lower.lastIndexOf(". ", agreed.start()) + 1);
      return OTHER_SUBJECT.matcher(lower.substring(clause, agreed.start("verb"))).find() ? null
          : term("fixed term", agreed);
    }
    if (NOT_FIXED.matcher(lower).find()) {
      return null;
    }
    Matcher end = END_CUE.matcher(lower);
    while (end.find()) {
      LetterDates.Found found = LetterDates.first(lower.substring(end.end()), reference, monthFirst, false);
      // The date must stand right after the cue: "to 31 January 2029", not "to join … on 1 March".
      if (found != null && DATE_AHEAD.matcher(lower).region(end.end(), lower.length()).lookingAt()) {
        return new Term("fixed term", null, null, found.date(), false);
      }
    }
    // No end date: its length, "a 12-month fixed-term contract", "a fixed-term appointment for 18 months".
    Matcher before = LENGTH_BEFORE_FIXED.matcher(lower);
    if (before.find()) {
      return term("fixed term", before);
    }
    Matcher after = FIXED_THEN_LENGTH.matcher(lower).region(named.start(), lower.length());
    return after.lookingAt() ? term("fixed term", after) : null;
  }

  /**
   * A Dutch contract's length: "voor bepaalde tijd van 12 maanden", "wordt aangegaan voor de duur van twaalf maanden"
   * ("onbepaalde tijd", an open-ended contract, is none: the word boundary keeps it out).
   */
  /** What else a Dutch letter gives a length: the probation, the notice, a non-compete. */
  private static final Pattern DUTCH_OTHER_LENGTH = Pattern.compile("proeftijd|opzegtermijn|concurrentie|relatie");
  /** The contract itself, the subject a "duur van" must have to be its term. */
  private static final Pattern DUTCH_CONTRACT = Pattern.compile(
      "(?:overeenkomst|contract|dienstverband|aanstelling|dienstbetrekking)\\b[^.;,]*$");
  private static final Pattern DUTCH_FIXED_TERM = Pattern.compile(
      "\\b(?:bepaalde\\s+tijd|(?:voor\\s+)?de\\s+duur)\\s+van\\s+(\\d{1,2}|\\p{L}+)\\s+(maanden|maand|jaar|jaren)\\b");

  /** "a permanent role, not the 12-month fixed-term contract", "this is not a fixed-term contract": none. */
  private static final Pattern NOT_FIXED = Pattern.compile(
      "\\b(?:not|no|rather\\s+than|instead\\s+of)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:fixed[- ]term|fixed\\s+period"
      + "|temporary\\s+contract)|\\bpermanent\\s+(?:role|position|contract|post|appointment)\\b");
  /** "a 12-month fixed-term contract", "twelve (12) months' fixed term". */
  private static final Pattern LENGTH_BEFORE_FIXED = Pattern.compile(
      "(?<![\\p{L}\\d])" + LENGTH + "(?:'s|’s|'|’)?\\s+(?:fixed[- ]term|fixed\\s+period|temporary\\s+contract)\\b");
  /** "fixed-term contract of 12 months", "fixed-term appointment for 18 months", "fixed term: 6 months". */
  private static final Pattern FIXED_THEN_LENGTH = Pattern.compile(
      "(?:fixed[- ]term|fixed\\s+period|temporary(?=\\s+contract))(?:\\s+(?:contract|appointment|basis|role|position|post|"
          + "employment|engagement))?\\s*(?::|\\bof\\b|\\bfor\\b|\\blasting\\b|-|–)\\s*(?:a\\s+(?:period|term)\\s+of\\s+)?" + LENGTH);
}
