package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.List;
import java.util.regex.Pattern;

/** A part the message says is absent ("no bonus", "no equity"), read as a figure of 0. */
final class AbsentParts {

  private AbsentParts() {}

  /**
   * "no bonus mentioned", "no equity info yet": the part was not talked about, which is no figure of 0; it stays
   * unknown, and the reply asks for it.
   */
  private static final Pattern UNSAID = Pattern.compile("^\\s*(?:was\\s+|were\\s+|has\\s+been\\s+)?(?:mentioned|"
      + "listed|specified|stated|discussed|given|shared|included|info|information|details|numbers?|figures?|yet|so far"
      + "|that i know|that i saw|in the email|in the letter|caps?|cap\\b|refresh\\w*|multiplier|clawback)\\b");
  /**
   * "my current job has no bonus", "google gave me no stock": a short statement about someone else's pay, never this
   * offer's part.
   */
  private static final Pattern SOMEONE_ELSES = Pattern.compile("\\b(?:current|currently|my\\s+(?:job|company|employer"
      + "|role)|other|previous|old|last|gave\\s+me|offered\\s+me|at\\s+my)\\b");

  private static boolean unsaid(String lower, int after) {
    return UNSAID.matcher(lower.substring(after)).lookingAt();
  }

  /** Pay today named in a sentence: "i currently make 158", "my job", "right now". */
  private static final Pattern TODAY = Pattern.compile("\\b(?:i\\s+(?:make|earn|get paid|am paid|am on)|i(?:'m|’m|m)\\s+(?:on|paid)|currently"
      + "|my\\s+(?:current|job|company|employer)|right now)\\b");

  /**
   * Whether the sentence holding {@code at} speaks of pay today before it ("i currently make 158 and get no bonus"),
   * with no word of an offer between: then the part is absent from pay today, never from this offer.
   */
  private static boolean todays(String lower, int at) {
    int from = at;
    while (from > 0 && ".;!?\n".indexOf(lower.charAt(from - 1)) < 0) {
      from--;
    }
    String before = lower.substring(from, at);
    java.util.regex.Matcher today = TODAY.matcher(before);
    if (!today.find() || before.substring(0, today.start()).contains("offer")
        || before.substring(0, today.start()).contains("they")) {
      // "they offered 185k base … with no bonus": the sentence is their offer's, whatever it says of the user.
      return false;
    }
    String after = before.substring(today.end());
    return !after.contains("offer") && !after.contains("they");
  }

  /** A message that opens as a question: "is no equity normal", "what if there's no bonus". */
  private static final Pattern ASKING = Pattern.compile("\\s*(?:is|isn't|does|do|should|would|can|could|what|how|why"
      + "|any|are|will)\\b");

  /** A part said to be absent, by part: "no bonus", "no equity". */
  private static final List<String[]> NONE_OF = List.of(
      new String[] {"BONUS", "no bonus", "without a bonus", "without bonus", "zero bonus", "bonus: none",
          "bonus none", "no annual bonus"},
      new String[] {"STOCK", "no equity", "no stock", "no rsu", "no rsus", "without equity", "zero equity",
          "equity: none", "no shares"},
      new String[] {"SIGN_ON", "no sign-on", "no sign on", "no signon", "no signing", "without a sign-on",
          "without a signing", "dropped the sign-on", "dropped the sign on", "zero sign-on",
          // "they can do 188 on base if I drop the ask for a sign-on": the sign-on traded away is part of their offer.
          "drop the ask for a sign-on", "drop the ask for a sign on", "drop my ask for a sign-on",
          "drop my ask for a sign on", "drop the sign-on", "drop the sign on", "give up the sign-on",
          "give up the sign on", "forgo the sign-on", "forgo the sign on", "without the sign-on",
          "without the sign on", "dropped my ask for a sign-on", "dropped the ask for a sign-on"});

  /**
   * "195 on base if I give up the sign-on", "192 if we skip the sign-on", "if I drop my bonus ask": a part this offer
   * trades away for the figure, so the part is 0 and the word is no figure's part, nor money left behind. Group 1 is
   * what is said back ("give up the sign-on"), group 2 the verb, group 3 the part.
   */
  private static final Pattern TRADE = Pattern.compile("\\b(?:if\\s+(?:i|we|she|he|they)\\s+|in\\s+(?:exchange|return)"
      + "\\s+for\\s+)(((?:give|gave|giving)\\s+up|forg(?:o|oe|oing)|foreg(?:o|oing)|drop(?:ped|ping)?|skip(?:ped|ping)?"
      + "|waiv(?:e|ed|ing)|los(?:e|ing)|pass(?:ing)?\\s+on|(?:do|go|going)\\s+without|take\\s+(?:no|less|a\\s+smaller|a\\s+lower)"
      + ")\\s+(?:(?:my|our|the|a|any|that|her|his|their)\\s+)?(?:(?:ask|request)\\s+for\\s+(?:a\\s+|the\\s+|any\\s+)?)?"
      + "(sign[- ]?on|signing|bonus|equity|stock|rsus?|shares)(?:\\s+bonus)?(?:\\s+(?:ask|request))?)\\b"
      // "if I lose my bonus at my current job", "for giving up my unvested stock": pay left behind, never a trade.
      + "(?![^.?!;]*\\b(?:current|unvested|vest\\w*|at\\s+my|from\\s+my|leave|leaving|quit\\w*|old\\s+job|today)\\b)");

  /** Whether {@code at} lies in a part word of a trade: "if I give up the <sign-on>" names no figure's part. */
  static boolean traded(String lower, int at) {
    if (!lower.contains("for ") && !lower.contains("if ")) {
      return false;
    }
    java.util.regex.Matcher m = TRADE.matcher(lower);
    while (m.find()) {
      if (at >= m.start(3) && at < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the message trades a part for a figure ("192 if I forgo the sign-on"): their answer, as a revision is. */
  static boolean tradesAPart(String lower) {
    return (lower.contains("if ") || lower.contains("for ")) && TRADE.matcher(lower).find();
  }

  /** The clause with its trades taken out: "give up" in "if I give up the sign-on" is no pay left behind. */
  static String untraded(String lower) {
    return TRADE.matcher(lower).replaceAll(" ");
  }

  private static Component tradedPart(String word) {
    return word.startsWith("sign") ? Component.SIGN_ON : word.equals("bonus") ? Component.BONUS : Component.STOCK;
  }

  /**
   * The remark for a sign-on they took away or traded ("they dropped the sign-on", "188 on base if I drop the ask for
   * a sign-on"): said back, so the next ask doesn't ask for it again in silence; null for any other figure.
   */
  static String signOnDropped(Figure f) {
    if (f.purpose() != Figure.Purpose.OFFER || f.amount() != 0 || f.written() == null
        || !(f.component() == Component.SIGN_ON && (f.written().contains("drop") || f.written().contains("give up")
        || f.written().contains("forgo") || f.written().contains("without the"))
        || TRADE.matcher("if i " + f.written()).matches())) {
      return null;
    }
    if (f.component() != Component.SIGN_ON) {
      // The ask prices base, stock and bonus always, so the traded part is said as their offer's, not left off the ask.
      String part = f.component() == Component.STOCK ? "equity" : f.component().label();
      return "Read \"" + f.written() + "\" as no " + part + " in their offer: the trade for the figure beside it. "
          + "Before you agree, weigh what the " + part + " was worth against what the trade adds.";
    }
    return "Read \"" + f.written() + "\" as no sign-on: the offer has none from here, so the next ask doesn't ask "
        + "one back. If you still want one, say so.";
  }

  /**
   * "195 on base if I take less equity": the part is lowered by a figure the message leaves out, so it is asked, never
   * kept at the old figure in silence. Null when the message trades no part down.
   */
  static String tradedDown(String lower) {
    java.util.regex.Matcher m = TRADE.matcher(lower);
    while (m.find()) {
      if (m.group(2).startsWith("take") && !m.group(2).endsWith("no")) {
        String part = tradedPart(m.group(3)) == Component.STOCK ? "equity" : tradedPart(m.group(3)).label();
        return "They offer this for \"" + m.group(1) + "\": how much " + part + " comes with it? Tell me (\"" + part
            + " 20k\") and I'll weigh the trade; until then the " + part + " figure is the old one.";
      }
    }
    return null;
  }

  /**
   * "$95/hr, no bonus no equity": a part the message says is absent is a figure of 0, so the offer is whole; only
   * beside this offer's own figures, and never over a figure the message gives for that part.
   */
  static void nothingOf(String typed, List<Figure> figures, List<String> owners, boolean noAmounts) {
    String lower = mended(typed);
    // Whose offer lacks the part: this one's beside its figures, or a competing offer's when the message gives only
    // that ("JPMorgan: 210k base + 20% bonus, no stock").
    // "no equity at all btw" said alone, after the offer: a short statement with no figure is this offer's part.
    boolean ours = figures.stream().anyMatch(f -> f.purpose() == Figure.Purpose.OFFER)
        || noAmounts && !lower.contains("?") && !ASKING.matcher(lower).lookingAt()
            && lower.strip().split("\\s+").length <= 8 && !SOMEONE_ELSES.matcher(lower).find();
    if (lower.contains("if ") || lower.contains("for ")) {
      trades(lower, figures, owners, ours, noAmounts);
    }
    int theirs = -1;
    for (int k = 0; k < figures.size() && !ours && theirs < 0; k++) {
      theirs = figures.get(k).purpose() == Figure.Purpose.COMPETING ? k : -1;
    }
    if (!ours && (theirs < 0 || figures.stream().anyMatch(f -> f.purpose() != Figure.Purpose.COMPETING))) {
      return;
    }
    for (String[] none : NONE_OF) {
      Component part = Component.valueOf(none[0]);
      for (int k = 1; k < none.length; k++) {
        int at = lower.indexOf(none[k]);
        if (at < 0 || unsaid(lower, at + none[k].length())) {
          continue;
        }
        // "Ally: 182k base, 15% bonus. Rocket: 195k base, no equity": said after the competing company's name, the
        // part is absent from that offer, never from this one.
        String owner = ours ? namedBefore(lower, at, figures, owners) : owners.get(theirs);
        boolean offers = ours && owner == null;
        if (offers && todays(lower, at)) {
          continue;
        }
        Figure.Purpose purpose = offers ? Figure.Purpose.OFFER : Figure.Purpose.COMPETING;
        boolean given = false;
        for (int f = 0; f < figures.size() && !given; f++) {
          given = figures.get(f).purpose() == purpose && figures.get(f).component() == part
              && (offers || java.util.Objects.equals(owner, owners.get(f)));
        }
        if (!given) {
          figures.add(new Figure(purpose, part, 0, false, null, 0, true, none[k]));
          owners.add(owner);
        }
        break;
      }
    }
  }

  /** The parts the message trades away for a figure of this offer, each a figure of 0 unless given. */
  private static void trades(String lower, List<Figure> figures, List<String> owners, boolean ours, boolean noAmounts) {
    // "they'd go to 192 if I forgo the sign-on": the figure bought may still be asked for its part, the trade holds.
    boolean buys = ours || !noAmounts && figures.stream().allMatch(f -> f.purpose() == Figure.Purpose.OFFER);
    java.util.regex.Matcher trade = buys ? TRADE.matcher(lower) : null;
    while (trade != null && trade.find()) {
      // "195 on base if we skip the sign-on": the traded part is none, beside the figure it buys.
      Component part = tradedPart(trade.group(3));
      boolean down = trade.group(2).startsWith("take") && !trade.group(2).endsWith("no");
      if (!down && figures.stream().noneMatch(f -> f.purpose() == Figure.Purpose.OFFER && f.component() == part)) {
        figures.add(new Figure(Figure.Purpose.OFFER, part, 0, false, null, 0, true, trade.group(1)));
        owners.add(null);
      }
    }
  }

  /**
   * "165k bse and 10% bonus no stok": a part word typed one letter off after "no" is that part, as the reader takes
   * it beside a figure (PartWords, which says it back), so the part is absent and never left unknown.
   */
  private static String mended(String lower) {
    int at = lower.indexOf("no ");
    if (at < 0) {
      return lower;
    }
    StringBuilder out = new StringBuilder(lower.length());
    int copied = 0;
    for (; at >= 0; at = lower.indexOf("no ", at + 3)) {
      if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
        continue;
      }
      int from = at + 3;
      int to = from;
      while (to < lower.length() && Character.isLetter(lower.charAt(to))) {
        to++;
      }
      String meant = to > from ? PartWords.partSlip(lower.substring(from, to)) : null;
      if (meant != null) {
        out.append(lower, copied, from).append(meant);
        copied = to;
      }
    }
    return copied == 0 ? lower : out.append(lower, copied, lower.length()).toString();
  }

  /**
   * The competing company whose name the message writes last before {@code at}, with no word of this offer ("they",
   * "their", "the offer") between: the part said absent there is that company's. Null when none is.
   */
  private static String namedBefore(String lower, int at, List<Figure> figures, List<String> owners) {
    String owner = null;
    int where = -1;
    int oursAt = -1;
    for (int f = 0; f < figures.size(); f++) {
      Figure figure = figures.get(f);
      String name = figure.purpose() == Figure.Purpose.COMPETING ? owners.get(f) : null;
      int named = name == null || name.isBlank() ? -1 : lower.lastIndexOf(name.toLowerCase(java.util.Locale.ROOT), at);
      if (named > where) {
        where = named;
        owner = name;
      }
      if (figure.purpose() == Figure.Purpose.OFFER && figure.written() != null && !figure.written().isBlank()) {
        oursAt = Math.max(oursAt, lower.lastIndexOf(figure.written().toLowerCase(java.util.Locale.ROOT), at));
      }
    }
    // "Rocket offered 195 base. Ally gave me 182 base, no stock": this offer's figure after the name is nearer.
    return owner == null || oursAt > where || OURS_BETWEEN.matcher(lower.substring(where, at)).find() ? null : owner;
  }

  /** A word of this offer's between a competing company's name and the part said absent. */
  private static final Pattern OURS_BETWEEN =
      Pattern.compile("\\b(?:they|their|them|the offer|this offer|this one)\\b");
}
