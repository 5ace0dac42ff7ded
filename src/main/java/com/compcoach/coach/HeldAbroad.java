package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * This offer's figures given in another currency than the band's, held for one message while the coach asks for
 * them in the band's currency or for a rate: a reply that gives the rate ("1 eur = 1.08 usd btw") weighs them at
 * it, so the user never types the offer again.
 *
 * @param said the offer's figures as a message would say them, each with its currency ("EUR 160000 base", "10% bonus")
 */
record HeldAbroad(List<String> said) {

  private static final String MARK = "abroad:";

  HeldAbroad {
    said = List.copyOf(said);
  }

  /** What the thread keeps: the message's offer figures, or null when it holds none to weigh at a rate. */
  static String pending(List<Figure> figures) {
    List<String> said = new ArrayList<>();
    for (Figure f : figures) {
      if (f.purpose() != Figure.Purpose.OFFER || f.component() == null) {
        continue;
      }
      String amount = f.percent() || f.currency() == null ? f.written()
          : OfferUpdate.isoOf(f.currency()) + " " + f.amount();
      said.add(amount + " " + word(f));
    }
    return said.isEmpty() ? null : MARK + String.join("|", said);
  }

  /** The figures a thread holds for a rate, or null when it holds another kind. */
  static HeldAbroad parse(String pending) {
    return pending == null || !pending.startsWith(MARK) ? null
        : new HeldAbroad(List.of(pending.substring(MARK.length()).split("\\|")));
  }

  /** The currency code of the held figures ("CAD"), from the first one written with it; "the other currency" if none. */
  String iso() {
    for (String s : said) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Z]{3}) ").matcher(s);
      if (m.find()) {
        return m.group(1);
      }
    }
    return "the other currency";
  }

  /** The held figures and the reply that gives their rate, as one message: "EUR 160000 base, 10% bonus. 1 eur = …". */
  String withRate(String reply) {
    return String.join(", ", said) + ". " + reply;
  }

  private static String word(Figure f) {
    if (f.component() == Component.STOCK) {
      return f.years() > 0 ? "rsu over " + f.years() + " years" : "rsu per year";
    }
    return f.component() == Component.SIGN_ON ? "sign-on" : f.component().label();
  }
}
