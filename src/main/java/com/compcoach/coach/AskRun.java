package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's own ask as it runs on to the end of its sentence ("i want 200 base and 60 stock" is one ask of two
 * parts, said back once), and every other aside: a figure of neither offer.
 */
final class AskRun {

  /** Where the sentence of the ask ends, or -1 when no ask runs. */
  private int until = -1;
  /** The ask's figures as said back in its remark so far. */
  private String written;
  private final List<String> asked = new ArrayList<>();
  private String remark;

  /**
   * Whether the figure is the user's ask or an aside ("my buddy got 240k base"), said back in the remarks and kept in
   * the asks; then it is no figure of any offer.
   */
  boolean takes(OfferDraft d, int i, OfferAmount a, int[] clause, Component named, String withWord) {
    String said = d.cleanLower.substring(clause[0], clause[1]);
    // A wish the user doubts ("ideally 250 but that's a dream") is said as a wish before any plainer ask is.
    String aside = OwnAsks.wished(said, d.cleanLower, a.written());
    if (aside == null) {
      aside = OwnAsks.aside(said, a.written());
    }
    if (aside == null) {
      aside = OwnAsks.someoneElses(d.cleanLower, Clauses.sentenceStart(d.clauses, d.clauseIndex[i]), a.start());
    }
    if (aside == null && until > clause[0] && OwnAsks.answerToTheAsk(said)) {
      // "i asked for 165 and they said the max is 158": their answer, not more of the ask.
      until = -1;
    }
    if (aside == null && until > clause[0] && d.said[d.clauseIndex[i]].purpose() == Figure.Purpose.OFFER) {
      // "i want 200 base and 60 stock": the ask runs on to the end of its sentence, said back with every figure.
      asked.add(withWord);
      OwnAsks.addAsk(d.asks, a, named, Steps.step(said, a.start() - clause[0], a.end() - clause[0]), d.clean);
      int at = d.remarks.indexOf(remark);
      String all = String.join(", ", asked.subList(0, asked.size() - 1)) + " and " + asked.get(asked.size() - 1);
      remark = remark.replaceFirst(Pattern.quote(written) + "(?=:)", Matcher.quoteReplacement(all));
      written = all;
      if (at >= 0) {
        d.remarks.set(at, remark);
      }
      return true;
    } else if (aside != null && (OwnAsks.ownAskRemark(aside) || OwnAsks.candidateAskRemark(aside))) {
      until = Clauses.sentenceEnd(d.clauses, d.clauseIndex[i]);
      remark = aside;
      written = a.written();
      asked.clear();
      asked.add(withWord);
      OwnAsks.addAsk(d.asks, a, named, Steps.step(said, a.start() - clause[0], a.end() - clause[0]), d.clean);
    }
    if (aside != null) {
      if (!d.remarks.contains(aside)) {
        d.remarks.add(aside);
      }
      return true;
    }
    return false;
  }
}
