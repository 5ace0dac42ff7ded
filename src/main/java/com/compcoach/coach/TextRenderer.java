package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Money;
import com.compcoach.guide.Options;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Reply} as plain text for the command line and for the JSON {@code reply} field. */
public final class TextRenderer {

  /** The reply as lines of plain text, no markup. */
  public String render(Reply reply) {
    // Java 17 has no pattern switch; the sealed interface keeps this list complete.
    if (reply instanceof Reply.Card card) {
      return card(card);
    }
    if (reply instanceof Reply.Advice advice) {
      return advice(advice);
    }
    if (reply instanceof Reply.Comparison comparison) {
      return comparison(comparison);
    }
    if (reply instanceof Reply.Choices choices) {
      return choices(choices);
    }
    if (reply instanceof Reply.Question question) {
      return question.text();
    }
    if (reply instanceof Reply.Draft draft) {
      return draft(draft);
    }
    return ((Reply.Text) reply).text();
  }

  private static String draft(Reply.Draft draft) {
    StringBuilder out = new StringBuilder(draft.title()).append(":\n\n").append(draft.body().stripTrailing());
    draft.notes().forEach(n -> out.append("\n\n").append(n));
    return out.toString();
  }

  private static String card(Reply.Card card) {
    Region region = card.region();
    String currency = region.currency();
    List<String> lines = new ArrayList<>();
    lines.add(card.guide().role().title() + " · " + card.guide().company().name() + " · " + region.name());
    lines.add("Bands (" + currency + "): " + bands(region.bands(), currency));
    if (region.bands().options() != null) {
      lines.add("Options: " + region.bands().options().describe() + " (" + Options.NOT_VALUED + ")");
    }
    if (card.target() != null) {
      lines.add("Negotiate-Up target: " + Money.compact(card.target().total(), currency) + " total");
    }
    card.guide().baseTarget(region).ifPresent(t -> lines.add("Negotiate-Up base target: "
        + Money.compact(t.base(), currency) + " base (the guide's aim for base alone)"));
    if (card.offer() != null) {
      lines.add("Offer: " + offer(card.offer(), currency));
      for (Position position : card.positions()) {
        lines.add("- " + position.line());
      }
    }
    lines.add("Verdict: " + card.advice());
    if (card.counter() != null) {
      lines.add(counter(card.counter(), currency));
    } else if (card.offer() == null) {
      lines.add("Aim: " + full(card.aim(), currency) + " a year");
    }
    lines.add("Say: " + card.script());
    for (String note : card.notes()) {
      lines.add("Note: " + note);
    }
    if (!card.levers().isEmpty()) {
      List<String> titles = new ArrayList<>();
      for (LocalizedLever lever : card.levers()) {
        titles.add(lever.number() + ". " + lever.heading());
      }
      lines.add("Levers (say \"lever 1\" for its wording): " + String.join("; ", titles));
    }
    return String.join("\n", lines);
  }

  /** A thread reply: the offer as read, where it stands, the verdict, the counter, what to say; about a dozen lines. */
  private static String advice(Reply.Advice advice) {
    String currency = advice.region().currency();
    List<String> lines = new ArrayList<>();
    String place = advice.region().shortName();
    lines.add(advice.offer() == null ? "No offer yet (" + place + "): " + advice.noOffer(full(advice.aim(), currency))
        + "." : "Offer (" + place + "): " + offer(advice.offer(), currency));
    for (Position position : advice.positions()) {
      lines.add("- " + position.line());
    }
    lines.add("Verdict: " + advice.advice());
    if (advice.counter() != null) {
      lines.add(counter(advice.counter(), currency));
    }
    lines.add("Say: " + advice.script());
    for (String note : advice.notes()) {
      lines.add("Note: " + note);
    }
    lines.add(MORE);
    return String.join("\n", lines);
  }

  /** The closing line of a thread reply: what else the thread can show. */
  static final String MORE = "More: \"bands\" for the full card, \"levers\" or \"lever 2\" for wording, \"compare\" "
      + "for other regions, \"why?\" for where a figure comes from.";

  private static String counter(Counteroffer k, String currency) {
    return "Counter: base " + full(k.base(), currency) + " · stock " + full(k.stock(), currency)
        + " a year · bonus " + full(k.bonus(), currency) + (k.signOn() > 0 ? " · sign-on " + full(k.signOn(),
        currency) : "") + " · total " + full(k.total(), currency) + " a year"
        + (k.year1Total() != k.total() ? " (year 1: " + full(k.year1Total(), currency) + ")" : "");
  }

  private static String comparison(Reply.Comparison comparison) {
    List<String> lines = new ArrayList<>();
    lines.add(comparison.guide().role().title() + " · " + comparison.guide().company().name()
        + ": regions side by side");
    for (Reply.Column column : comparison.columns()) {
      Region region = column.region();
      lines.add(region.name() + " (" + region.currency() + "): " + bands(region.bands(), region.currency())
          + (column.target() == null ? "" : " · target " + Money.compact(column.target().total(),
          region.currency())));
      for (Position position : column.positions()) {
        lines.add("  - " + position.line());
      }
    }
    for (String note : comparison.notes()) {
      lines.add("Note: " + note);
    }
    return String.join("\n", lines);
  }

  private static String choices(Reply.Choices choices) {
    List<String> lines = new ArrayList<>();
    lines.add(choices.text());
    for (Reply.Choice choice : choices.choices()) {
      lines.add("- " + choice.label() + (choice.label().equals(choice.query()) ? "" : " (say: " + choice.query()
          + ")"));
    }
    return String.join("\n", lines);
  }

  static String bands(Bands bands, String currency) {
    return "base " + range(bands.base(), currency) + " · stock " + range(bands.stock(), currency)
        + " a year · bonus " + range(bands.bonus(), currency) + " · total " + range(bands.total(), currency);
  }

  /** An offer on one line: "base $180,000 · stock $50,000 a year · bonus $40,000 · total $270,000 a year". */
  public static String offer(Offer offer, String currency) {
    List<String> parts = new ArrayList<>();
    if (offer.base() != null) {
      parts.add("base " + full(offer.base(), currency));
    }
    if (offer.stock() != null) {
      parts.add("stock " + full(offer.stock(), currency) + " a year");
    }
    if (offer.bonus() != null) {
      parts.add("bonus " + full(offer.bonus(), currency));
    }
    if (offer.signOn() != null) {
      parts.add("sign-on " + full(offer.signOn(), currency));
    }
    if (offer.recurringTotal() != null) {
      parts.add("total " + full(offer.recurringTotal(), currency) + " a year");
    }
    return String.join(" · ", parts);
  }

  private static String range(Range range, String currency) {
    return Money.compact(range, currency);
  }

  private static String full(long amount, String currency) {
    return new Money(amount, currency).full();
  }
}
