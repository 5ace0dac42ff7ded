package com.compcoach.coach;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link Turn} as one line of JSON for {@code chat --format json}: the text a person reads, then the
 * figures behind it in whole currency units (company, role, region, currency, bands, target, offer, counter,
 * verdict, levers, notes).
 */
public final class JsonRenderer {

  private final ObjectMapper mapper = new ObjectMapper();
  private final TextRenderer text = new TextRenderer();
  private final Coach coach;

  public JsonRenderer(Coach coach) {
    this.coach = coach;
  }

  /** One compact JSON object, no line breaks. */
  public String render(Turn turn) {
    Reply reply = turn.reply();
    Conversation c = turn.conversation();
    Optional<Scene> scene = coach.scene(c);
    Guide guide = null;
    Region region = null;
    if (reply instanceof Reply.Card card) {
      guide = card.guide();
      region = card.region();
    } else if (scene.isPresent()) {
      guide = scene.get().guide();
      region = scene.get().region();
    }
    ObjectNode root = mapper.createObjectNode();
    root.put("reply", text.render(reply));
    // Before a region is chosen the thread still knows its company and role.
    root.put("company", guide == null ? c.company() : guide.company().slug());
    root.put("role", guide == null ? c.role() : guide.role().slug());
    root.put("region", region == null ? null : region.name());
    root.put("currency", region == null ? null : region.currency());
    if (region == null) {
      root.putNull("bands");
      root.putNull("target");
    } else {
      Bands b = region.bands();
      ObjectNode bands = root.putObject("bands");
      range(bands.putObject("base"), b.base());
      range(bands.putObject("stock"), b.stock());
      range(bands.putObject("bonus"), b.bonus());
      range(bands.putObject("total"), b.total());
      Optional<Target> target = guide.target(region);
      if (target.isPresent()) {
        range(root.putObject("target"), target.get().total());
      } else {
        root.putNull("target");
      }
    }
    Offer offer = reply instanceof Reply.Card card ? card.offer()
        : region == null ? null : Cards.usable(c.offer(), region.currency());
    if (offer == null) {
      root.putNull("offer");
    } else {
      ObjectNode o = root.putObject("offer");
      o.put("base", offer.base());
      o.put("stock", offer.stock());
      o.put("bonus", offer.bonus());
      o.put("signOn", offer.signOn());
      o.put("total", offer.recurringTotal());
    }
    Counteroffer counter = reply instanceof Reply.Card card ? card.counter() : region == null ? null : c.counter();
    if (counter == null) {
      root.putNull("counter");
    } else {
      ObjectNode k = root.putObject("counter");
      k.put("base", counter.base());
      k.put("stock", counter.stock());
      k.put("bonus", counter.bonus());
      k.put("signOn", counter.signOn());
      k.put("total", counter.total());
      k.put("year1Total", counter.year1Total());
    }
    if (reply instanceof Reply.Card card) {
      root.put("verdict", card.verdict().code());
    } else if (scene.isPresent()) {
      root.put("verdict", Cards.verdict(offer, scene.get().region(), scene.get().aimRange()).code());
    } else {
      root.putNull("verdict");
    }
    ArrayNode levers = root.putArray("levers");
    if (reply instanceof Reply.Card card) {
      for (LocalizedLever lever : card.levers()) {
        levers.addObject().put("number", lever.number()).put("title", lever.title()).put("text", lever.text());
      }
    }
    ArrayNode notes = root.putArray("notes");
    List<String> noteLines = reply instanceof Reply.Card card ? card.notes()
        : reply instanceof Reply.Comparison comparison ? comparison.notes() : List.of();
    noteLines.forEach(notes::add);
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a reply as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void range(ObjectNode node, Range range) {
    node.put("low", range.low());
    node.put("high", range.high());
  }
}
