package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company's own move after the candidate's base ask or its own ceiling ("we can do 182 and a 10k signing", "how
 * about 185 base, no sign-on?", "HM ok'd 184, send it?", "let's go to 176" past a 172 ceiling): its base and sign-on
 * weighed against her ask, the ceiling and the band, in the company's voice. A move said as done is kept as the offer;
 * one asked about is weighed and never stored.
 */
final class OurMove {

  /** What joins a move's parts: "180 + 15k sign on", "182 and a 10k signing", "185 base, no sign-on". */
  private static final Pattern JOINS = Pattern.compile("\\s*(?:\\+|,|;|\\band\\b|\\bplus\\b|\\bwith\\b)\\s*");

  /** "i really want her", "we love him", "we need them": the team wanting the candidate, said before a move. */
  private static final Pattern WANT_THEM = Pattern.compile("\\b(?:i|we)\\s+(?:really\\s+|do\\s+|so\\s+|all\\s+)?"
      + "(?:want|need|love|like)\\s+(?:her|him|them|this candidate|the candidate)\\b");

  /** Where a sentence ends: a stop, a question or an exclamation mark before a space or the end ("7.5k" is none). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

  /** The last word before the move's first figure ("roughly" in "we'll go to roughly 200"). */
  private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");

  /** "how about" and "what about" ask; the "about" in them hedges no figure. */
  private static final Pattern ASKING_ABOUT = Pattern.compile("\\b(?:how|what)\\s+about\\b");

  /** The intents whose own answer the move must not replace ("tl;dr?", "why?", "start over"). */
  private static final List<Class<? extends Intent>> OWN_ANSWER = List.of(Intent.Tone.class, Intent.Bullets.class,
      Intent.Capped.class, Intent.StartOver.class, Intent.Help.class, Intent.Why.class, Intent.Sent.class,
      Intent.Agreed.class, Intent.UnnamedOffer.class, Intent.DropCompeting.class);

  /** The intents that ask for a note; after a move, the note is the company's to the candidate, with the move in it. */
  private static final List<Class<? extends Intent>> NOTE = List.of(Intent.Email.class, Intent.Shorter.class,
      Intent.Formal.class, Intent.Casual.class);

  private final OfferReader reader;
  private final IntentTable words;

  OurMove(OfferReader reader, IntentTable words) {
    this.reader = reader;
    this.words = words;
  }

  /** The move weighed; null when the message is no move of the company's on a base ask or a ceiling on record. */
  Turn weigh(Conversation c, Scene s, String text, Intent intent) {
    Long ask = c.baseAsk();
    // With no ask on record the ceiling bounds where a bare figure can be the base, so a move past it is flagged.
    Long bound = ask != null ? ask : c.ceiling();
    Offer offer = Cards.usable(c.offer(), s.region());
    String lower = text.toLowerCase(Locale.ROOT);
    if (bound == null && offer != null && offer.base() != null && !lower.contains("if ")
        && (lower.indexOf('?') >= 0 || words.says("our-move-asked", lower))) {
      // "our offer was 150. Can we meet at 158?" with no ask or cap told: a move asked about is weighed against the
      // base band, whose top bounds where a bare figure can be the base. "what if we do 180?" is the what-if's.
      // "I'd go 185" from one of the team is proposed, so weighed the same way.
      bound = s.region().bands().base().high();
    }
    int digit = firstDigit(lower);
    if (!c.companySide() || bound == null || digit < 0 || OWN_ANSWER.stream().anyMatch(k -> k.isInstance(intent))) {
      return null;
    }
    // "ok if we go 185 and add a 15k sign-on, does that work?" before any offer, with her ask or an approval on record:
    // the company's first offer weighed as a what-if; a bare figure is the base from the base band's bottom up.
    boolean first = offer == null || offer.base() == null;
    Offer was = first ? (offer == null ? Offer.none(s.region().currency()) : offer) : offer;
    long floor = first ? s.region().bands().base().low() : offer.base();
    // "I really want her, can we do 230?": the team wanting the candidate, never her want of a figure.
    String before = WANT_THEM.matcher(lower.substring(0, digit)).replaceAll(" ");
    if (!words.says("our-move", before) || words.says("our-move-elsewhere", before)) {
      return null;
    }
    // Each joined part read alone: "180 + 15k sign on" read whole loses the bare 180 beside the worded sign-on.
    List<String> written = JOINS.splitAsStream(text.substring(digit)).filter(p -> !p.isBlank()).toList();
    List<Reading> parts = written.stream().map(p -> reader.read(p, TheirCompany.names(s.guide()))).toList();
    Moved moved = moved(parts, was, floor, bound, s);
    if (moved == null) {
      return null;
    }
    // The move's own sentence says whether it is asked: "ok we'll go to 185. what do we tell him?" is said as done.
    Matcher ends = SENTENCE_END.matcher(lower);
    int end = ends.find(digit) ? ends.end() : lower.length();
    int start = 0;
    for (Matcher m = SENTENCE_END.matcher(lower.substring(0, digit)); m.find(); ) {
      start = m.end();
    }
    String sentence = lower.substring(start, end).strip();
    // "maybe 7.5k", "roughly 200", "~10k": said back as "about" and weighed, never kept as exact.
    List<String> hedged = new ArrayList<>();
    boolean baseHedged = false;
    for (int i = 0; i < written.size() && digit + offsetOf(text, digit, written, i) < end; i++) {
      String part = written.get(i).toLowerCase(Locale.ROOT);
      String said = i == 0 ? ASKING_ABOUT.matcher(before.substring(Math.min(start, before.length()))).replaceAll(" ")
          + part : part;
      if (said.contains("~") || words.says("hedge", said)) {
        // The first part's hedge is the word before it ("roughly 200"), said back with it.
        Matcher word = LAST_WORD.matcher(before);
        hedged.add((i == 0 && word.find() ? word.group(1) + " " : "") + SENTENCE_END.split(written.get(i), 2)[0].strip());
        baseHedged |= i == 0;
      }
    }
    boolean asked = sentence.endsWith("?") || words.says("our-move-asked", sentence) || baseHedged;
    if (first && !asked) {
      // A first offer said as done is read as the offer by the offer's own readers.
      return null;
    }
    offer = was;
    // A hedged sign-on beside a base said as done: the base is kept, the sign-on waits for its figure.
    Offer kept = hedged.isEmpty() ? moved.offer() : moved.offer().with(Component.SIGN_ON, offer.signOn());
    boolean note = NOTE.stream().anyMatch(k -> k.isInstance(intent)) || words.says("note-to-the-candidate", lower);
    // A proposal with no ask or cap to weigh it against is remembered for one message: "no, 178 max" weighs both.
    Conversation after = !asked ? c.withOffer(kept) : ask == null && c.ceiling() == null && !first
        ? c.withProposed(moved.offer().base()) : c;
    if (note && !asked && hedged.isEmpty()) {
      return new Turn(after, new Reply.Text(ClosingNote.of(s, c, moved.offer(), ask)));
    }
    List<String> said = lines(s, c, offer, moved, ask, asked, hedged, baseHedged);
    if (Approvals.asked(text) && Approvals.crossed(s, moved.offer()).isEmpty()
        && (c.ceiling() == null || !s.guide().approvals().isEmpty())) {
      // "can we do 210 without going to the VP?": the guide's rules answer it, or it is said that it writes none.
      said.add(said.size() - 1, s.guide().approvals().isEmpty() ? "The guide names no approval rule, so whether "
          + "this needs sign-off is your comp policy, not the guide's."
          : "It passes none of the guide's approval lines. " + Approvals.withoutApproval(s));
    }
    String reply = String.join("\n", said);
    return new Turn(after, new Reply.Text(reply));
  }

  /** Where part {@code i} of the move starts, from the move's first digit. */
  private static int offsetOf(String text, int digit, List<String> written, int i) {
    int at = 0;
    for (int k = 0; k <= i; k++) {
      at = text.indexOf(written.get(k), digit + at) - digit;
    }
    return Math.max(at, 0);
  }

  /** The offer after the move, and what was taken on trust; null when a figure is not the base or a sign-on. */
  private static Moved moved(List<Reading> parts, Offer offer, long floor, long bound, Scene s) {
    if (parts.stream().anyMatch(r -> !r.unclear().isEmpty() || !r.asks().isEmpty())) {
      return null;
    }
    Offer now = offer;
    boolean base = false;
    String took = null;
    for (Figure f : parts.stream().flatMap(r -> r.figures().stream()).toList()) {
      boolean plain = f.purpose() == Figure.Purpose.OFFER && !f.percent() && f.years() == 0
          && (f.currency() == null || f.currency().equals(offer.currency()));
      if (!plain || f.component() != Component.BASE && f.component() != Component.SIGN_ON) {
        return null;
      }
      base |= f.component() == Component.BASE;
      now = now.with(f.component(), yearly(f.amount()));
    }
    List<String> loose = parts.stream().flatMap(r -> r.loose().stream()).toList();
    if (loose.size() > 2) {
      return null;
    }
    for (int i = 0; i < loose.size(); i++) {
      Placing.Placed placed = Placing.place(loose.get(i), s.region());
      if (placed == null) {
        return null;
      }
      long value = placed.value();
      if (!base && i == 0 && value >= floor * 9 / 10 && value <= bound * 115 / 100) {
        // Between the offer's base and her base ask (or the ceiling), a bare figure can only be the base.
        now = now.with(Component.BASE, value);
        base = true;
      } else if (base && now.signOn() == null && value < s.region().bands().base().low()) {
        // "183 + 5k": a small amount beside a move on base is one-time money; said, so it can be put right.
        now = now.with(Component.SIGN_ON, value);
        took = loose.get(i);
      } else {
        return null;
      }
    }
    return base ? new Moved(now, took) : null;
  }

  /** The reply's lines, every figure from the move, her ask or the band. */
  private static List<String> lines(Scene s, Conversation c, Offer was, Moved moved, Long ask, boolean asked,
      List<String> hedged, boolean baseHedged) {
    String currency = s.region().currency();
    Offer now = moved.offer();
    long base = now.base();
    List<String> lines = new ArrayList<>();
    Offer shown = now.signOn() != null && now.signOn() == 0 ? now.with(Component.SIGN_ON, null) : now;
    String move = TextRenderer.offer(shown, currency);
    // "maybe 7.5k", "roughly 200": said back as "about", as they were said.
    if (baseHedged) {
      move = move.replace("base " + full(base, currency), "base of about " + full(base, currency));
    }
    if (hedged.size() > (baseHedged ? 1 : 0) && now.signOn() != null && now.signOn() > 0) {
      move = move.replace("sign-on " + full(now.signOn(), currency), "sign-on of about " + full(now.signOn(), currency));
    }
    lines.add((asked ? "If you offer " : "Your move: ") + move
        + (now.signOn() == null || now.signOn() == 0 ? " (no sign-on)" : "") + ".");
    if (!hedged.isEmpty()) {
      lines.add("Said with a hedge (\"" + String.join("\", \"", hedged) + "\"): weighed at about "
          + (hedged.size() == 1 ? "that figure" : "those figures") + ", never kept as exact.");
    }
    if (moved.took() != null) {
      lines.add("Took " + moved.took() + " as a one-time sign-on beside the base: tell me if it is more base or "
          + "bonus.");
    }
    if (ask != null) {
      lines.addAll(againstAsk(s, c, was, now, ask));
    }
    Long ceiling = c.ceiling();
    Range band0 = s.region().bands().base();
    if (ask == null && ceiling == null && was.base() != null && base != was.base()) {
      // No ask or cap to weigh it against: what the move costs a year, and where it puts the base in the band.
      long mid = band0.mid();
      lines.add((base > was.base() ? "It adds " + money(base - was.base(), currency) + " a year"
          : "It takes " + money(was.base() - base, currency) + " a year off") + " on base from your "
          + full(was.base(), currency) + (base >= band0.low() && base <= band0.high() ? ", putting it at "
          + Math.round(band0.position(base) * 100) + "% of the " + s.region().shortName() + " base band, "
          + (base == mid ? "at" : base > mid ? money(base - mid, currency) + " past" : money(mid - base, currency)
          + " under") + " its midpoint of " + money(mid, currency) : "") + ". Tell me the candidate's ask (\"she's "
          + "asking …\") and I'll weigh the move against it.");
    }
    if (ceiling != null && base <= ceiling && ask == null) {
      lines.add("It stays within the " + money(ceiling, currency) + " base you said was approved.");
    }
    if (ceiling != null && base > ceiling) {
      lines.add("Base " + money(base, currency) + " is " + money(base - ceiling, currency) + " past the "
          + money(ceiling, currency) + " base you said was approved: get sign-off for the difference before you "
          + "offer it, or hold the base at " + money(ceiling, currency) + " and carry the rest as a sign-on.");
    }
    lines.addAll(Approvals.crossed(s, now));
    Range band = s.region().bands().base();
    String where = s.region().shortName();
    if (base > band.high()) {
      lines.add("Base " + money(base, currency) + " is " + money(base - band.high(), currency) + " past the " + where
          + " base band's top of " + money(band.high(), currency) + ": past the top is a question of level (an "
          + "approved exception or the next level), or hold the base at the top and carry the rest as a sign-on.");
    } else if (base < band.low()) {
      // "HM says 170 is the max" under a band starting at 173: below the band, never "inside" it (s30 company30).
      lines.add("Base " + money(base, currency) + " is " + money(band.low() - base, currency) + " under the " + where
          + " base band's low of " + money(band.low(), currency) + ": an offer under the band rarely closes, and it sits "
          + "below what the guide says this role pays there.");
    } else {
      lines.add("Base " + money(base, currency) + " is inside the " + where + " base band ("
          + Money.compact(band, currency) + ")" + (ask == null ? "." : ask > band.high() ? "; the ask is past its top of "
          + money(band.high(), currency) + ", so the rest is one-time money or a level."
          : base < ask ? "; the ask of " + money(ask, currency) + " is inside it too, so meeting it is open to you."
          : "."));
    }
    // "maybe 7k signing": the candidate is told no figure the company has not set.
    Long signOn = now.signOn();
    boolean signOnHedged = hedged.size() > (baseHedged ? 1 : 0) && signOn != null && signOn > 0;
    String say = signOnHedged ? said(now.with(Component.SIGN_ON, null), ask, band, currency)
        + " We're also looking at a one-time sign-on and will confirm its amount." : said(now, ask, band, currency);
    // A first offer moves from nothing: it is offered, not "moved to".
    lines.add("Say: \"" + (was.base() == null ? say.replace("We've moved to a base of", "We'd like to offer you a "
        + "base of") : say) + "\"");
    lines.add(asked ? "Nothing is stored: when you make the offer, tell me its figures (\"we offered "
        + base / 1_000 + " base\")." : !hedged.isEmpty() ? "Kept as your offer: base " + full(base, currency)
        + (was.signOn() == null || was.signOn() == 0 ? "; the sign-on waits until its figure is set"
        : ", the sign-on still at " + full(was.signOn(), currency) + " until you set the new one")
        + ": tell me it (\"10k sign-on\")."
        : "Kept as your offer: tell me what the candidate says.");
    return lines;
  }

  /** The move against the candidate's base ask and any sign-on she asked for. */
  private static List<String> againstAsk(Scene s, Conversation c, Offer was, Offer now, long ask) {
    String currency = s.region().currency();
    long base = now.base();
    List<String> lines = new ArrayList<>();
    if (was.base() == null) {
      // No offer made yet: the move is the company's first, weighed against the ask alone.
      lines.add(base >= ask ? "It meets the candidate's ask of " + full(ask, currency) + " base" + (base > ask
          ? ", and goes " + money(base - ask, currency) + " past it" : "") + ": expect a yes on base."
          : "Against the candidate's ask of " + full(ask, currency) + " base: it leaves " + money(ask - base, currency)
          + " a year.");
    }
    long gap = was.base() == null ? 0 : ask - was.base();
    if (was.base() == null) {
      // Said above.
    } else if (base >= ask) {
      lines.add("It meets the candidate's ask of " + full(ask, currency) + " base" + (base > ask ? ", and goes "
          + money(base - ask, currency) + " past it" : "") + ": expect a yes on base.");
    } else if (base <= was.base()) {
      lines.add("It moves nothing on base: your offer is " + full(was.base(), currency) + " and the candidate's ask "
          + full(ask, currency) + ", " + money(gap, currency) + " apart.");
    } else {
      lines.add("Against the candidate's ask of " + full(ask, currency) + " base: it closes "
          + money(base - was.base(), currency)
          + " of the " + money(gap, currency) + " gap from your " + full(was.base(), currency) + " and leaves "
          + money(ask - base, currency) + " a year.");
    }
    Long signOn = now.signOn();
    if (base < ask && signOn != null && signOn > 0) {
      long left = ask - base;
      lines.add("The " + money(signOn, currency) + " sign-on is paid once: " + (signOn >= left ? "it covers the "
          + money(left, currency) + " for the first year" : "it covers " + money(signOn, currency) + " of the first "
          + "year's " + money(left, currency)) + "; from the second year the offer is " + money(left, currency)
          + " a year under the ask, and the candidate will count that.");
    }
    if (base < ask && (signOn == null || signOn == 0)) {
      // "can we close her at 168 or do we need a sign-on too?": what one-time money carries, against the guide's range.
      Range range = Topics.signOnRange(s.guide());
      lines.add("A one-time sign-on of " + money(ask - base, currency) + " or more carries the gap for the first year"
          + (range == null ? "" : " (the guide's sign-on range for this role is " + Money.compact(range, currency)
          + ")") + "; it leaves the yearly gap as it is.");
    }
    Long signOnAsk = c.signOnAsk();
    if (signOnAsk != null) {
      // "she wants 190 and a 20k signing": the sign-on she asked for is weighed too, never dropped.
      long given = signOn == null ? 0 : signOn;
      lines.add(given >= signOnAsk ? "It meets the " + money(signOnAsk, currency) + " sign-on the candidate asked for."
          : "The candidate also asked for a " + money(signOnAsk, currency) + " sign-on: "
              + (given == 0 ? "this move gives none, so expect that ask to stay open."
              : "this gives " + money(given, currency) + " of it, " + money(signOnAsk - given, currency) + " short."));
    }
    return lines;
  }

  /** The company's words to the candidate for the move. */
  static String said(Offer now, Long ask, Range band, String currency) {
    String signOn = now.signOn() == null || now.signOn() == 0 ? ""
        : " with a one-time sign-on of " + full(now.signOn(), currency);
    return ask != null && now.base() >= ask ? "We can meet you at " + full(now.base(), currency) + " base" + signOn + "."
        : "We've moved to a base of " + full(now.base(), currency) + signOn + (ask != null && ask > band.high() ? ". We can't reach "
            + full(ask, currency) + " on base at this level; this is the strongest package we can put together."
            : ". We think this is a strong package, and we'd love to have you on the team.");
  }

  private static int firstDigit(String text) {
    Matcher m = Pattern.compile("\\d").matcher(text);
    return m.find() ? m.start() : -1;
  }

  private static long yearly(long amount) {
    return amount < 1_000 ? amount * 1_000 : amount;
  }

  private static String money(long amount, String currency) {
    return Cards.money(amount, currency);
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }

  /** The offer after the move and the figure taken as a sign-on without its word, or null. */
  private record Moved(Offer offer, String took) {}
}
