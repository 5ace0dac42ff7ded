package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.money.MoneyGrammar;
import com.compcoach.money.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A message's pieces, read once for an offer's draft: the text mended and blanked, its figures, clauses and part
 * words, a vesting schedule, a grant's years, and which word names each figure.
 */
final class MessagePieces {

  private static final MoneyGrammar GRAMMAR = MoneyGrammar.standard();

  private MessagePieces() {}

  /** A draft holding the pieces of a message whose slips, spoken figures and slashed parts are already written out. */
  static OfferDraft read(String typed) {
    OfferDraft d = new OfferDraft();
    // Slack's ~strike~ takes a figure back ("rsu ~40k~ 50k/yr"), and "18ok" is 180k with a letter o for a zero:
    // both are mended in place, so every position below still points into what was typed.
    String text = typed.indexOf('~') >= 0
        ? TypedFigures.STRUCK.matcher(typed).replaceAll(m -> " ".repeat(m.group().length())) : typed;
    Matcher letterO = TypedFigures.digitThenO(text) ? TypedFigures.LETTER_O.matcher(text) : null;
    if (letterO != null && letterO.find()) {
      StringBuilder fixed = new StringBuilder(text);
      do {
        String figure = letterO.group();
        String digits = letterO.group(1).replace('o', '0').replace('O', '0');
        fixed.replace(letterO.start(1), letterO.end(1), digits);
        d.remarks.add("Read " + figure + " as " + digits + figure.substring(letterO.end(1) - letterO.start())
            + ", a letter o for a zero.");
      } while (letterO.find());
      text = fixed.toString();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    d.text = text;
    d.lower = lower;
    char[] blanked = text.toCharArray();

    // The grammar reads every figure once; a vesting schedule ("5/15/40/40") is one of the things it names.
    List<Token> tokens = GRAMMAR.read(TypedFigures.forGrammar(text), Token.Context.PLAIN);
    d.vesting = Grants.vesting(tokens, lower, blanked);
    // "200k rsus, 25%/year vesting, 190 base": the share in a vesting phrase is the schedule, never a bonus percent.
    String vestingBlanked = new String(blanked);
    String written = text;
    List<int[]> yearSpans = new ArrayList<>();
    String unscheduled = new String(blanked).toLowerCase(Locale.ROOT);
    for (int at = unscheduled.indexOf('y'); at >= 0; at = unscheduled.indexOf('y', at + 1)) {
      int[] span = Grants.yearSpan(unscheduled, at);
      if (span != null) {
        yearSpans.add(span);
        Grants.blank(blanked, span[0], span[1]);
        at = span[1] - 1;
      }
    }
    // "160k RSUs over 4", "80k RSU/4": the years said without the word, beside a grant; their number is no amount.
    List<int[]> bareYears = new ArrayList<>();
    for (int[] span : bareYearSpans(unscheduled)) {
      bareYears.add(span);
      yearSpans.add(span);
      Grants.blank(blanked, span[0], span[1]);
    }
    d.yearSpans = yearSpans;
    String clean = new String(blanked);
    d.clean = clean;
    d.cleanLower = clean.toLowerCase(Locale.ROOT);
    d.clauses = Clauses.clauses(clean);
    List<OfferAmount> amounts = OfferAmount.amounts(tokens);
    amounts.replaceAll(a -> a.ambiguous() && a.groupsThousandsWithDots(lower) ? a.grouped() : a);
    // "185.000 base and 15.000 bonus, RSU 160.000": several figures, every one grouped by a point with three digits
    // after it, are written by someone whose point groups thousands. One alone is too from 10.000 up ("Sign-on
    // 25.000"): nobody writes pay to a tenth of a cent, and read in thousands it is the same 25,000; "1.250" is asked.
    List<OfferAmount> dotted = amounts.stream().filter(OfferAmount::ambiguous).toList();
    if (!dotted.isEmpty() && dotted.stream().allMatch(a -> a.written().matches("[^\\d]*\\d{1,3}\\.\\d{3}[^\\d]*"))
        && (dotted.size() >= 2 || dotted.get(0).value().compareTo(BigDecimal.TEN) >= 0)) {
      amounts.replaceAll(a -> a.ambiguous() ? a.grouped() : a);
      d.remarks.add(dotted.size() >= 2
          ? "Read " + Cards.join(dotted.stream().map(OfferAmount::written).toList()) + " with the point "
              + "grouping thousands, as every figure in the message is written."
          : "Read " + dotted.get(0).written() + " as " + dotted.get(0).written().replace('.', ',')
              + ", the point grouping thousands.");
    }
    amounts.removeIf(a -> a.percent() && vestingBlanked.charAt(a.start()) != written.charAt(a.start()));
    amounts.removeIf(a -> bareYears.stream().anyMatch(span -> a.start() >= span[0] && a.end() <= span[1]));
    // "year 1 total", "in year 2": a year's number, never a figure.
    amounts.removeIf(a -> !a.marked() && !a.magnitude() && !a.percent() && a.value().compareTo(BigDecimal.TEN) <= 0
        && (lower.startsWith("year ", Math.max(0, a.start() - 5)) || lower.startsWith("yr ", Math.max(0, a.start() - 3))));
    d.amounts = amounts;
    List<String> slips = new ArrayList<>();
    d.keywords = new ArrayList<>(PartWords.keywords(clean, slips));
    // "they'd go to 192 if I forgo the sign-on": the part traded away is no part of the figure that buys it.
    d.keywords.removeIf(k -> AbsentParts.traded(d.cleanLower, k.start()));
    d.skip = CorrectionPairs.pairs(d.cleanLower, amounts, d.corrections);
    partWords(d);
    if (!slips.isEmpty()) {
      d.remarks.add("Read " + String.join(", ", slips) + ": tell me if you meant something else.");
    }
    hints(d);
    return d;
  }

  /** A grant's years written without the word: after "over " ("over 4") and after a slash ("RSU/4"). */
  private static List<int[]> bareYearSpans(String unscheduled) {
    List<int[]> spans = new ArrayList<>();
    for (int at = unscheduled.indexOf("over "); at >= 0; at = unscheduled.indexOf("over ", at + 1)) {
      int[] span = Grants.bareYearSpan(unscheduled, at);
      if (span != null) {
        spans.add(span);
      }
    }
    for (int at = unscheduled.indexOf('/'); at >= 0; at = unscheduled.indexOf('/', at + 1)) {
      int[] span = Grants.slashYearSpan(unscheduled, at);
      if (span != null) {
        spans.add(span);
      }
    }
    return spans;
  }

  /** Each amount's clause, the part words after and before it, and which of them names it. */
  private static void partWords(OfferDraft d) {
    List<OfferAmount> amounts = d.amounts;
    List<int[]> clauses = d.clauses;
    PartWords.Keyword[] afterWords = new PartWords.Keyword[amounts.size()];
    PartWords.Keyword[] beforeWords = new PartWords.Keyword[amounts.size()];
    int afterCount = 0;
    int beforeCount = 0;
    int clauseAt = 0;
    int[] clauseIndex = new int[amounts.size()];
    for (int i = 0; i < amounts.size(); i++) {
      // Amounts come in text order, so their clauses are found by walking forward once.
      while (clauseAt + 1 < clauses.size() && amounts.get(i).start() >= clauses.get(clauseAt)[1]) {
        clauseAt++;
      }
      clauseIndex[i] = clauseAt;
      int[] clause = clauses.get(clauseAt);
      int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : d.clean.length();
      int prevEnd = i > 0 ? amounts.get(i - 1).end() : 0;
      // "base 181.5k | target bonus 12%": a bar between fields, which no part word reaches across.
      int barAfter = d.clean.indexOf('|', amounts.get(i).end());
      int barBefore = d.clean.lastIndexOf('|', amounts.get(i).start());
      afterWords[i] = PartWords.keywordAfter(d.keywords, amounts.get(i).end(),
          Math.min(Math.min(nextStart, clause[1]), barAfter < 0 ? Integer.MAX_VALUE : barAfter));
      beforeWords[i] = PartWords.keywordBefore(d.clean, d.keywords, Math.max(Math.max(prevEnd, clause[0]), barBefore + 1),
          amounts.get(i).start());
      if (beforeWords[i] != null && beforeWords[i].component() == Component.TOTAL && afterWords[i] != null
          && afterWords[i].component() != Component.TOTAL
          && d.clean.lastIndexOf(':', amounts.get(i).start()) >= Math.max(prevEnd, clause[0])) {
        // "the package: 205k base, bonus 15%": the colon opens the package's parts, so the part named right after a
        // figure is its own; the whole is no label of it.
        beforeWords[i] = null;
      }
      afterCount += afterWords[i] == null ? 0 : 1;
      beforeCount += beforeWords[i] == null ? 0 : 1;
    }
    boolean suffixStyle = afterCount >= beforeCount;
    d.suffixed = PartWords.sentenceStyles(clauses, clauseIndex, PartWords.components(afterWords),
        PartWords.components(beforeWords), suffixStyle);
    PartWords.oneFigureEach(afterWords, beforeWords, d.suffixed);
    Component[] after = PartWords.components(afterWords);
    Component[] before = PartWords.components(beforeWords);
    Component allPart = PartWords.allPart(d.lower);
    if (allPart != null) {
      for (int i = 0; i < amounts.size(); i++) {
        // The word said once for all is each bare figure's word, so the scale and styles see it too.
        after[i] = after[i] == null && before[i] == null && !amounts.get(i).percent() ? allPart : after[i];
      }
    }
    d.after = after;
    d.before = before;
    d.clauseIndex = clauseIndex;
    d.allPart = allPart;
    // "195 base … 160,000 in RSUs": a figure written in full in the tens of thousands shows the scale as a "k" does.
    d.thousands = amounts.stream().anyMatch(x -> !x.percent() && (x.magnitude()
        && x.value().compareTo(BigDecimal.valueOf(1_000)) >= 0 || x.value().compareTo(BigDecimal.valueOf(10_000)) >= 0));
    // "210 base 60 bonus 80 rsu": no "k" anywhere, but several parts each with its word and each between 20 and
    // 999 can only be thousands (no pay part is $60 a year), so the sizes say the scale; said back like the above.
    d.sized = !d.thousands && PartWords.bareParts(amounts, after, before, suffixStyle) >= 2
        && amounts.stream().noneMatch(x -> !x.percent() && x.value().compareTo(BigDecimal.valueOf(1_000)) >= 0);
  }

  /** What the whole message says about all its figures: a what-if, refreshers, a cap or a hedge somewhere in it. */
  private static void hints(OfferDraft d) {
    d.whatIf = WhatIfWords.whatIf(d.lower);
    d.refreshers = d.cleanLower.contains("refresh");
    d.mayCap = Hedges.mayCap(d.cleanLower);
    d.mayHedge = Hedges.mayHedge(d.cleanLower);
  }
}
