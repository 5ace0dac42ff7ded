package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Ally said they can match Rocket's base if I sign this week": a part of a competing offer the thread holds, named
 * by its company, said as its figure ("match $185,000 base"), so their move is read as the figure it is and weighed,
 * never left as no figure at all. A company the thread holds no offer from, or a part it gave no figure for, is left
 * as written.
 */
final class MatchedPart {

  private MatchedPart() {}

  /** "match rocket's base", "matching the other offer's sign-on", "match Rocket on base". */
  private static final String NAME = "[\\p{L}\\d&.-]+(?:\\s+[\\p{L}\\d&.-]+){0,2}?";
  private static final Pattern MATCH = Pattern.compile("(?i)\\b(match(?:es|ed|ing)?)\\s+(?:the\\s+other\\s+(?:offer|one"
      + "|company)['’]s|the\\s+competing\\s+offer['’]s|(?:the\\s+)?(?<name>" + NAME + ")['’]s|(?<onname>" + NAME
      + ")\\s+on(?:\\s+the)?)\\s+(?<part>base(?:\\s+salary)?|salary|sign[- ]?on(?:\\s+bonus)?|signing(?:\\s+bonus)?|rsus?"
      + "|stock|equity)\\b");

  /**
   * The message with each competing part it names said as its figure, or the message itself when it names none; what
   * was read so goes in {@code took}.
   */
  static String said(String text, Conversation c, List<String> took) {
    List<Competing> offers = new ArrayList<>();
    if (c.competing() != null) {
      offers.add(c.competing());
    }
    offers.addAll(c.others());
    if (offers.isEmpty() || text.toLowerCase(Locale.ROOT).indexOf("match") < 0) {
      return text;
    }
    Matcher m = MATCH.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (m.find(from)) {
      out.append(text, from, m.start());
      from = m.end();
      Competing rival = rival(offers, m.group("name") != null ? m.group("name") : m.group("onname"));
      Component part = part(m.group("part"));
      Long figure = rival == null ? null : rival.part(part);
      String currency = rival == null || rival.currency() != null ? rival == null ? null : rival.currency()
          : c.offer() == null ? null : c.offer().currency();
      if (figure == null || currency == null) {
        out.append(m.group());
        continue;
      }
      String money = new Money(figure, currency).full();
      out.append(m.group(1)).append(' ').append(money)
          .append(part == Component.BASE ? " base" : part == Component.SIGN_ON ? " sign-on" : " rsu per year");
      // "they matched google on base, 240": the figure said again after the words is the same figure, not another.
      Matcher again = AGAIN.matcher(text).region(from, text.length());
      if (again.lookingAt() && sameFigure(again.group("figure"), again.group("k") != null, figure)) {
        from = again.end();
      }
      took.add("Read \"" + m.group().strip() + "\" as " + (rival.from() == null ? "the other offer" : rival.from())
          + "'s " + (part == Component.STOCK ? "stock of " + money + " a year" : part.label() + " of " + money)
          + ", as you gave it.");
    }
    out.append(text, from, text.length());
    return out.toString();
  }

  /** A bare figure right after the matched part (", 240", " - 240k", ": $240,000"), which may only restate it. */
  private static final Pattern AGAIN = Pattern.compile("\\s*[,:–—-]?\\s*(?:so\\s+|at\\s+|now\\s+|=\\s*)?\\$?"
      + "(?<figure>\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*(?<k>[kK])?(?![\\p{L}\\p{N}%])");

  /** Whether a bare figure as written ("240", "240k", "240,000") is the matched figure, in thousands or in full. */
  private static boolean sameFigure(String written, boolean thousands, long figure) {
    java.math.BigDecimal value = new java.math.BigDecimal(written.replace(",", ""));
    if (thousands || value.compareTo(java.math.BigDecimal.valueOf(1000)) < 0) {
      value = value.multiply(java.math.BigDecimal.valueOf(1000));
    }
    return value.compareTo(java.math.BigDecimal.valueOf(figure)) == 0;
  }

  /** The offer the words name: its company, or the one competing offer for "the other offer's". */
  private static Competing rival(List<Competing> offers, String name) {
    if (name == null) {
      return offers.size() == 1 ? offers.get(0) : null;
    }
    String named = name.strip().toLowerCase(Locale.ROOT);
    Competing found = null;
    for (Competing o : offers) {
      if (o.from() != null && o.from().toLowerCase(Locale.ROOT).equals(named)) {
        if (found != null) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  private static Component part(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.startsWith("base") || w.equals("salary") ? Component.BASE
        : w.startsWith("sign") ? Component.SIGN_ON : Component.STOCK;
  }
}
