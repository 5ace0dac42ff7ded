package com.compcoach.coach;

import com.compcoach.guide.Guide;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import java.util.List;

/** What the coach answers: data only, rendered to Block Kit, text or JSON by whoever shows it. */
public sealed interface Reply {

  /**
   * A role in a region: bands, target and localized levers, and when an offer is known its positions and the counter.
   *
   * @param target    the region's Negotiate-Up target, or null where the guide gives none
   * @param offer     the offer as read, or null
   * @param positions one per component given, then the total; empty without an offer
   * @param counter   the figures to ask for, or null when there is nothing to ask (no offer yet)
   * @param aim       the yearly total to aim for (with or without an offer)
   * @param script    what to say, in the user's voice ("Thank you — I'm excited… could we get to…")
   * @param notes     short extra lines: privacy, vesting, walk-away, currency
   * @param companySide spoken to the company's side (a recruiter, a hiring manager): the verdict in their voice
   */
  record Card(Guide guide, Region region, Target target, List<LocalizedLever> levers, Offer offer,
              List<Position> positions, Counteroffer counter, long aim, Verdict verdict, String script,
              List<String> notes, boolean companySide) implements Reply {
    public Card {
      levers = List.copyOf(levers);
      positions = List.copyOf(positions);
      notes = List.copyOf(notes);
    }

    /** A card for the candidate's side. */
    public Card(Guide guide, Region region, Target target, List<LocalizedLever> levers, Offer offer,
                List<Position> positions, Counteroffer counter, long aim, Verdict verdict, String script,
                List<String> notes) {
      this(guide, region, target, levers, offer, positions, counter, aim, verdict, script, notes, false);
    }

    /** The verdict's sentence, in the voice of the side it speaks to. */
    public String advice() {
      return verdict.advice(companySide, Verdict.basePastTop(offer, region));
    }
  }

  /**
   * A reply in a card's thread: what changed and what to do, without the card's bands and levers (those come on
   * request). Fields mean what they mean on {@link Card}; {@code offer} is null before there is one.
   */
  record Advice(Guide guide, Region region, Offer offer, List<Position> positions, Counteroffer counter, long aim,
                Verdict verdict, String script, List<String> notes, boolean companySide) implements Reply {
    public Advice {
      positions = List.copyOf(positions);
      notes = List.copyOf(notes);
    }

    /** The verdict's sentence, in the voice of the side it speaks to. */
    public String advice() {
      return verdict.advice(companySide, Verdict.basePastTop(offer, region));
    }

    /**
     * The first line before any offer: the candidate's aim for them; for the company's side the base band its first
     * offer goes in, since the aim is what the candidate will ask, never the company's own figure.
     */
    public String noOffer(String aim) {
      return companySide ? "your first offer goes inside the base band of "
          + Money.compact(region.bands().base(), region.currency())
          + "; the candidate will likely aim near " + aim + " a year" : "aim for " + aim + " a year";
    }
  }

  /** Several regions of one guide side by side; positions filled per region when an offer is known. */
  record Comparison(Guide guide, List<Column> columns, List<String> notes) implements Reply {
    public Comparison {
      columns = List.copyOf(columns);
      notes = List.copyOf(notes);
    }
  }

  /** One region in a comparison; {@code target} may be null, {@code positions} empty without an offer. */
  record Column(Region region, Target target, List<Position> positions) {
    public Column {
      positions = List.copyOf(positions);
    }
  }

  /** A friendly sentence and the choices to pick from (closest roles or regions, which company, which region). */
  record Choices(String text, List<Choice> choices) implements Reply {
    public Choices {
      choices = List.copyOf(choices);
    }
  }

  /** One choice: what the button says, and the query it stands for ("ml-ai-engineer charlotte"). */
  record Choice(String label, String query) {}

  /** A question back (absurd figures, another currency, which region): the conversation did not change. */
  record Question(String text) implements Reply {}

  /**
   * Something to copy as it is: the year-by-year tables, the counteroffer email or the call script.
   *
   * @param kind  "years", "email" or "call"
   * @param title what it is, one line
   * @param body  the text to copy, lines separated by '\n'
   * @param notes short lines about it, not part of what is copied
   */
  record Draft(String kind, String title, String body, List<String> notes) implements Reply {
    public Draft {
      notes = List.copyOf(notes);
    }
  }

  /** Plain text: help, "why?", lever wording, acknowledgements. Lines separated by '\n'. */
  record Text(String text) implements Reply {}
}
