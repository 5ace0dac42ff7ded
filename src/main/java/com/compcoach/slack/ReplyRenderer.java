package com.compcoach.slack;

import com.compcoach.coach.Counteroffer;
import com.compcoach.coach.LocalizedLever;
import com.compcoach.coach.Position;
import com.compcoach.coach.Reply;
import com.compcoach.coach.TextRenderer;
import com.compcoach.coach.Verdict;
import com.compcoach.guide.Bands;
import com.compcoach.guide.Freshness;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Money;
import com.compcoach.guide.Options;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every kind of {@link Reply} into Block Kit: the one place the app's messages get their look. Stateless and
 * thread-safe; build once.
 */
final class ReplyRenderer {

  /** Renders any reply. */
  Rendered render(Reply reply) {
    // Java 17 has no pattern switch; the sealed family keeps this list complete.
    if (reply instanceof Reply.Card card) {
      return card(card);
    } else if (reply instanceof Reply.Advice advice) {
      return advice(advice);
    } else if (reply instanceof Reply.Comparison comparison) {
      return comparison(comparison);
    } else if (reply instanceof Reply.Choices choices) {
      return choices(choices);
    } else if (reply instanceof Reply.Question question) {
      return text(question.text());
    } else if (reply instanceof Reply.Text text) {
      return text(text.text());
    } else if (reply instanceof Reply.Draft draft) {
      return draft(draft);
    }
    throw new IllegalArgumentException("no rendering for reply type " + reply.getClass().getName());
  }

  /** The card for a role in a region, with the buttons and region select that act on its thread. */
  Rendered card(Reply.Card card) {
    Guide guide = card.guide();
    Region region = card.region();
    String currency = region.currency();
    Blocks blocks = new Blocks();
    String title = guide.role().title() + " · " + guide.company().name() + " · " + region.name();
    blocks.header(title);
    // The card states its target in the aim section below; a field would say it twice.
    blocks.fields(bandFields(region.bands(), currency, null));
    if (region.bands().derivation() != null) {
      // Bands worked out from what the guide wrote ("Atlanta's bands minus 5% on base") say so beside the figures.
      blocks.context(List.of("Derived: " + SlackText.escape(region.bands().derivation())));
    }
    if (region.bands().options() != null) {
      blocks.context(List.of("Options: " + SlackText.escape(region.bands().options().describe()) + " ("
          + Options.NOT_VALUED + ")"));
    }
    List<String> aim = new ArrayList<>();
    if (card.target() != null) {
      aim.add("*Negotiate-Up target:* " + Money.compact(card.target().total(), currency) + " total a year");
    }
    guide.baseTarget(region).ifPresent(t -> aim.add("*Negotiate-Up base target:* "
        + Money.compact(t.base(), currency) + " base a year"));
    aim.add("*Aim for:* " + money(card.aim(), currency) + " total a year");
    if (card.verdict() != null && card.verdict() != Verdict.NO_OFFER) {
      aim.add("*Verdict:* " + SlackText.escape(card.advice()));
    }
    blocks.section(String.join("\n", aim));
    if (!card.positions().isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("*Where your offer stands*");
      for (Position position : card.positions()) {
        lines.add("• " + SlackText.escape(position.line()));
      }
      blocks.section(String.join("\n", lines));
    }
    if (card.counter() != null) {
      blocks.section(counter(card.counter()));
    }
    script(blocks, card.script());
    if (!card.levers().isEmpty()) {
      StringBuilder levers = new StringBuilder("*Levers for ").append(SlackText.escape(region.name())).append("*");
      for (LocalizedLever lever : card.levers()) {
        levers.append("\n").append(lever.number()).append(". *").append(SlackText.escape(lever.title()))
            .append("*").append(lever.condition() == null ? "" : " _(" + SlackText.escape(lever.condition()) + ")_")
            .append(": ").append(SlackText.escape(lever.text()));
        lever.toFill().forEach(f -> levers.append("\n    _").append(SlackText.escape(f)).append("_"));
      }
      blocks.section(levers.toString());
    }
    List<String> context = new ArrayList<>();
    for (String note : card.notes()) {
      context.add(SlackText.escape(note));
    }
    context.add(freshness(guide));
    // The action rows sit last and must survive trimming: keep the notes to what still fits.
    int room = Blocks.MAX_BLOCKS - blocks.size() - 2;
    if (room > 0) {
      blocks.context(context);
    }
    CardRef ref = new CardRef(guide.company().slug(), guide.role().slug(), region.name());
    blocks.actions(ref.blockId(), List.of(
        Blocks.button(BlockIds.LEVERS, "Lever wording", null),
        Blocks.button(BlockIds.ENTER_OFFER, "Enter my offer", null),
        Blocks.button(BlockIds.COMPARE, "Compare regions", null),
        Blocks.select(BlockIds.REGION, "Region", regionOptions(guide), region.name())));
    return new Rendered(SlackText.safe(title, 300), blocks.build());
  }

  /**
   * A thread reply once there is an offer: the offer as read with where it stands, the verdict, the counter and what
   * to say, then buttons for what the card holds (bands, levers, other regions); about a dozen lines.
   */
  Rendered advice(Reply.Advice advice) {
    Region region = advice.region();
    String currency = region.currency();
    Blocks blocks = new Blocks();
    List<String> offer = new ArrayList<>();
    offer.add(advice.offer() == null
        ? "*No offer yet* (" + SlackText.escape(region.name()) + "): " + SlackText.escape(advice.noOffer(money(advice.aim(), currency)))
        : "*Your offer* (" + SlackText.escape(region.name()) + "): " + TextRenderer.offer(advice.offer(), currency));
    for (Position position : advice.positions()) {
      offer.add("• " + SlackText.escape(position.line()));
    }
    offer.add("*Verdict:* " + SlackText.escape(advice.advice()));
    blocks.section(String.join("\n", offer));
    if (advice.counter() != null) {
      blocks.section(counter(advice.counter()));
    }
    script(blocks, advice.script());
    List<String> context = new ArrayList<>();
    advice.notes().forEach(n -> context.add(SlackText.escape(n)));
    blocks.context(context);
    blocks.actions("thread_actions", List.of(
        Blocks.button(BlockIds.BANDS, "Bands", null),
        Blocks.button(BlockIds.LEVERS, "Lever wording", null),
        Blocks.button(BlockIds.COMPARE, "Compare regions", null)));
    String text = advice.counter() == null ? advice.advice()
        : "Counter with " + money(advice.counter().total(), currency) + " a year";
    return new Rendered(SlackText.safe(text, 300), blocks.build());
  }

  private static String counter(Counteroffer c) {
    return "*Counter with:* base " + money(c.base(), c.currency()) + " · stock " + money(c.stock(), c.currency())
        + "/yr · bonus " + money(c.bonus(), c.currency())
        + (c.signOn() > 0 ? " · sign-on " + money(c.signOn(), c.currency()) : "")
        + "\nTotal " + money(c.total(), c.currency()) + " a year · year 1 " + money(c.year1Total(), c.currency());
  }

  private static void script(Blocks blocks, String script) {
    if (script != null && !script.isBlank()) {
      blocks.section("*What to say*\n&gt; " + SlackText.escape(script).replace("\n", "\n&gt; "));
    }
  }

  /** Regions side by side: one section of fields per region. */
  Rendered comparison(Reply.Comparison comparison) {
    Guide guide = comparison.guide();
    Blocks blocks = new Blocks();
    String title = guide.role().title() + " · " + guide.company().name() + ": regions compared";
    blocks.header(title);
    for (Reply.Column column : comparison.columns()) {
      if (blocks.size() >= Blocks.MAX_BLOCKS - 3) {
        break;
      }
      Region region = column.region();
      blocks.section("*" + SlackText.escape(region.name()) + "*");
      blocks.fields(bandFields(region.bands(), region.currency(), column.target()));
      if (!column.positions().isEmpty()) {
        List<String> lines = new ArrayList<>();
        for (Position position : column.positions()) {
          lines.add("• " + SlackText.escape(position.line()));
        }
        blocks.section(String.join("\n", lines));
      }
    }
    List<String> notes = new ArrayList<>();
    comparison.notes().forEach(n -> notes.add(SlackText.escape(n)));
    notes.add(freshness(guide));
    blocks.context(notes);
    return new Rendered(SlackText.safe(title, 300), blocks.build());
  }

  /** A sentence and a button per choice; each button's value is the query it stands for. */
  Rendered choices(Reply.Choices choices) {
    Blocks blocks = new Blocks();
    blocks.section(SlackText.escape(choices.text()));
    List<ObjectNode> buttons = new ArrayList<>();
    for (int i = 0; i < choices.choices().size() && i < Blocks.MAX_ACTIONS; i++) {
      Reply.Choice choice = choices.choices().get(i);
      buttons.add(Blocks.button(BlockIds.CHOOSE_PREFIX + i, choice.label(), choice.query()));
    }
    if (!buttons.isEmpty()) {
      blocks.actions("choices", buttons);
    }
    return new Rendered(SlackText.safe(choices.text(), 300), blocks.build());
  }

  /** Plain text: one section per paragraph, so long help never exceeds a section's limit. */
  /** An email, call script or year tables: a header, the text in code blocks (easy to copy), the notes below. */
  Rendered draft(Reply.Draft draft) {
    Blocks blocks = new Blocks();
    blocks.header(draft.title());
    blocks.copyable(draft.body());
    blocks.context(draft.notes().stream().map(SlackText::escape).toList());
    return new Rendered(SlackText.safe(draft.title(), 300), blocks.build());
  }

  Rendered text(String text) {
    Blocks blocks = new Blocks();
    StringBuilder part = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String escaped = SlackText.escape(line);
      if (part.length() + escaped.length() + 1 > Blocks.MAX_SECTION && part.length() > 0) {
        blocks.section(part.toString());
        part.setLength(0);
      }
      if (part.length() > 0) {
        part.append('\n');
      }
      part.append(escaped);
    }
    if (part.length() > 0) {
      blocks.section(part.toString());
    }
    return new Rendered(SlackText.safe(text, 300), blocks.build());
  }

  private static List<String> bandFields(Bands bands, String currency, Target target) {
    List<String> fields = new ArrayList<>();
    fields.add("*Base*\n" + Money.compact(bands.base(), currency));
    fields.add("*Stock / year*\n" + Money.compact(bands.stock(), currency));
    fields.add("*Bonus*\n" + Money.compact(bands.bonus(), currency));
    fields.add("*Total*\n" + Money.compact(bands.total(), currency));
    if (target != null) {
      fields.add("*Negotiate-Up*\n" + Money.compact(target.total(), currency));
    }
    return fields;
  }

  private static List<String[]> regionOptions(Guide guide) {
    List<String[]> options = new ArrayList<>();
    for (Region r : guide.regions()) {
      options.add(new String[] {r.name(), r.name()});
    }
    return options;
  }

  private static String freshness(Guide guide) {
    Freshness f = guide.freshness() == null ? Freshness.UNKNOWN : guide.freshness();
    List<String> parts = new ArrayList<>();
    if (f.lastUpdated() != null) {
      parts.add("Updated " + f.lastUpdated());
    }
    if (f.dataQuarter() != null) {
      parts.add("data " + SlackText.escape(f.dataQuarter()));
    }
    if (f.nextReviewDue() != null) {
      parts.add("next review " + f.nextReviewDue());
    }
    if (f.dataQuality() != null) {
      parts.add("quality: " + SlackText.escape(f.dataQuality()));
    }
    parts.add("source: `" + SlackText.escape(guide.path()) + "`");
    return String.join(" · ", parts);
  }

  private static String money(long amount, String currency) {
    return new Money(amount, currency).compact();
  }
}
