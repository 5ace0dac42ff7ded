package com.compcoach.coach;

import com.compcoach.guide.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question a message is held for when its offer's figures are in another currency than the band's: a rate. The
 * message's figures are held ({@link HeldMessage}), each with its currency ("EUR 160000 base", "10% bonus"), so a
 * reply that gives the rate ("1 eur = 1.08 usd btw") weighs them at it, and the user never types the offer again.
 */
record HeldAbroad() implements HeldMessage.Question {

  static final String KIND = "abroad";
  private static final Pattern ISO = Pattern.compile("^([A-Z]{3}) ");

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<String> fields() {
    return List.of();
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
    return said.isEmpty() ? null : new HeldMessage(new HeldAbroad(), said).stored();
  }

  /** The currency code of the held figures ("CAD"), from the first one written with it; "the other currency" if none. */
  static String iso(List<String> said) {
    for (String s : said) {
      Matcher m = ISO.matcher(s);
      if (m.find()) {
        return m.group(1);
      }
    }
    return "the other currency";
  }

  /** The held figures and the reply that gives their rate, as one message: "EUR 160000 base, 10% bonus. 1 eur = …". */
  static String withRate(List<String> said, String reply) {
    return String.join(", ", said) + ". " + reply;
  }

  private static String word(Figure f) {
    if (f.component() == Component.STOCK) {
      return f.years() > 0 ? "rsu over " + f.years() + " years" : "rsu per year";
    }
    return f.component() == Component.SIGN_ON ? "sign-on" : f.component().label();
  }
}
