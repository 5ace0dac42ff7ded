package com.compcoach.coach;

import com.compcoach.guide.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "what's the equity worth if the stock drops 30%?": the thread's grant at that share price, a year and in all, and
 * the offer's year beside a competing offer; arithmetic on the user's figures, said and never stored.
 */
final class StockMoves {

  private StockMoves() {}

  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*(?:%|percent\\b|pct\\b)");

  private static final Pattern DOWN = Pattern.compile("\\b(?:drops?|dropped|dropping|falls?|fell|falling|down|tanks?"
      + "|tanked|crash(?:es|ed)?|loses?|lost|declines?|declined|lower|sinks?|sank)\\b");

  // "up" alone only as a move ("goes up", "is up"): "make up for it" is none.
  private static final Pattern UP = Pattern.compile("\\b(?:rises?|rose|rising|gains?|gained|higher|climbs?"
      + "|climbed|increases?|increased|goes up|went up|is up|are up)\\b");

  /** Words that make a move one to weigh: "what if it drops 30%", "say the stock halves", "if it tanks". */
  private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:if|suppose|supposing|say|were to|will|would|"
      + "could|might|what happens|scenario)\\b");

  private static final Pattern HALVES = Pattern.compile("\\b(?:halves|halved|cut in half|loses half|drops by half"
      + "|falls by half|half its value)\\b");

  private static final Pattern DOUBLES = Pattern.compile("\\b(?:doubles|doubled)\\b");

  /** The move in percent (−30 for "drops 30%"), or null when the message names none. */
  static Integer move(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (!HYPOTHETICAL.matcher(lower).find()) {
      // "their stock is down 40% this year": a move already made is priced into the grant, not one to weigh.
      return null;
    }
    if (HALVES.matcher(lower).find()) {
      return -50;
    }
    if (DOUBLES.matcher(lower).find()) {
      return 100;
    }
    // "the stock already fell 20% this year, what if it drops 30% more?": the move said last, each percent with the
    // move word beside it, is the one asked about.
    Integer last = null;
    Matcher m = MOVE_BY.matcher(lower);
    while (m.find()) {
      String word = m.group("word") != null ? m.group("word") : m.group("word2");
      int percent = Integer.parseInt(m.group("pct") != null ? m.group("pct") : m.group("pct2"));
      boolean down = DOWN.matcher(word).matches();
      if (!(down && percent > 100)) {
        last = down ? -percent : percent;
      }
    }
    if (last != null) {
      return last;
    }
    Matcher p = PERCENT.matcher(lower);
    if (!p.find()) {
      return null;
    }
    int percent = Integer.parseInt(p.group(1));
    boolean down = DOWN.matcher(lower).find();
    boolean up = UP.matcher(lower).find();
    if (down == up || down && percent > 100) {
      return null;
    }
    return down ? -percent : percent;
  }

  /** A move word and its percent, either way round: "drops 30%", "down by 40%", "30% drop", "up 10%". */
  private static final Pattern MOVE_BY = Pattern.compile("\\b(?<word>drops?|dropped|falls?|fell|down|tanks?|tanked"
      + "|declines?|declined|sinks?|sank|rises?|rose|gains?|gained|climbs?|climbed|goes up|went up|is up|up)"
      + "\\s+(?:by\\s+|another\\s+|a\\s+further\\s+)?(?<pct>\\d{1,3})\\s*(?:%|percent\\b|pct\\b)"
      + "|\\b(?<pct2>\\d{1,3})\\s*(?:%|percent\\b|pct\\b)\\s+(?<word2>drop|fall|decline|rise|gain|climb)\\b");

  /** The answer, or null when the message names no move (the general answer on what equity is worth stands). */
  static String answer(Scene s, Conversation c, String text) {
    Integer move = move(text);
    if (move == null) {
      return null;
    }
    String currency = s.region().currency();
    Offer offer = Cards.usable(c.offer(), s.region());
    String price = "If the share price " + (move < 0 ? "falls " + -move : "rises " + move) + "% and stays there";
    if (offer == null || offer.stock() == null || offer.stock() == 0) {
      return price + ", nothing in their offer moves: it names no stock" + (offer == null ? " yet (tell me their "
          + "offer's figures)." : ". Base, bonus and a sign-on are the same whatever the stock does.");
    }
    int years = offer.grantYears() == null ? 4 : offer.grantYears();
    long yearly = offer.stock();
    long moved = yearly * (100 + move) / 100;
    List<String> lines = new ArrayList<>();
    lines.add(price + ", the RSUs vest at " + (100 + move) + "% of their grant value: " + money(yearly, currency)
        + " a year becomes " + money(moved, currency) + " (" + money(yearly * years, currency) + " over " + years
        + " years becomes " + money(moved * years, currency) + ").");
    Long total = offer.recurringTotal();
    if (total != null) {
      long then = total - yearly + moved;
      lines.add("Their offer is then " + money(then, currency) + " a year, against " + money(total, currency)
          + " at the grant's price: base and bonus don't move with the stock.");
      Competing rival = c.competing();
      if (rival != null && rival.currency().equals(currency) && !rival.partial()) {
        String who = rival.from() == null ? "your competing offer" : rival.from() + "'s offer";
        long stockThere = rival.stock() == null ? 0 : rival.stock();
        long theirs = rival.total() - stockThere + stockThere * (100 + move) / 100;
        lines.add(then >= theirs
            ? "Still " + money(then - theirs, currency) + " a year more than " + who + " (" + money(theirs, currency)
                + (stockThere == 0 ? ", which has no stock to move)." : " at the same move).")
            : "That is " + money(theirs - then, currency) + " a year under " + who + " (" + money(theirs, currency)
                + (stockThere == 0 ? ", which has no stock to move)." : " at the same move)."));
      }
    }
    lines.add("That is arithmetic on your figures, not a forecast: nobody can tell you the price. A sign-on or more "
        + "base is the part of an ask that doesn't ride on it.");
    return String.join("\n", lines);
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
