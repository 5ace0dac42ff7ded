package com.compcoach.coach;

import com.compcoach.guide.BaseTarget;
import com.compcoach.guide.Guide;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.guide.Target;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link Turn} as one line of JSON for {@code chat --format json}: the text a person reads, then the
 * figures behind it in whole currency units (company, role, region, currency, bands, target, offer, counter,
 * aim, verdict, levers, notes). Written with Jackson's streaming generator: no tree per message.
 */
public final class JsonRenderer {

  private final JsonFactory factory = new JsonFactory();
  private final TextRenderer text = new TextRenderer();
  private final Coach coach;

  public JsonRenderer(Coach coach) {
    this.coach = coach;
  }

  /** One compact JSON object, no line breaks. */
  public String render(Turn turn) {
    StringWriter out = new StringWriter(4_096);
    try (JsonGenerator json = factory.createGenerator(out)) {
      write(turn, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a reply as JSON", e);
    }
    return out.toString();
  }

  private void write(Turn turn, JsonGenerator json) throws IOException {
    Reply reply = turn.reply();
    Conversation c = turn.conversation();
    Optional<Scene> scene = coach.scene(c);
    Reply.Card card = reply instanceof Reply.Card k ? k : null;
    Reply.Advice advice = reply instanceof Reply.Advice a ? a : null;
    Guide guide = card != null ? card.guide() : advice != null ? advice.guide() : scene.map(Scene::guide).orElse(null);
    Region region = card != null ? card.region() : advice != null ? advice.region()
        : scene.map(Scene::region).orElse(null);

    json.writeStartObject();
    json.writeStringField("reply", text.render(reply));
    // Before a region is chosen the thread still knows its company and role.
    json.writeStringField("company", guide == null ? c.company() : guide.company().slug());
    json.writeStringField("role", guide == null ? c.role() : guide.role().slug());
    json.writeStringField("region", region == null ? null : region.name());
    json.writeStringField("currency", region == null ? null : region.currency());
    if (region == null) {
      json.writeNullField("bands");
      json.writeNullField("target");
    } else {
      json.writeObjectFieldStart("bands");
      range(json, "base", region.bands().base());
      range(json, "stock", region.bands().stock());
      range(json, "bonus", region.bands().bonus());
      range(json, "total", region.bands().total());
      json.writeEndObject();
      if (region.bands().options() != null) {
        // Counted, never valued: in no band.
        json.writeObjectFieldStart("options");
        range(json, "count", region.bands().options().count());
        json.writeStringField("strike", region.bands().options().strike());
        json.writeBooleanField("valued", false);
        json.writeEndObject();
      }
      Optional<Target> target = guide.target(region);
      if (target.isPresent()) {
        range(json, "target", target.get().total());
      } else {
        json.writeNullField("target");
      }
      // Only where the guide aims base alone: a field that is almost always absent stays out of the JSON.
      Optional<BaseTarget> baseTarget = guide.baseTarget(region);
      if (baseTarget.isPresent()) {
        range(json, "baseTarget", baseTarget.get().base());
      }
    }
    Offer offer = card != null ? card.offer() : advice != null ? advice.offer() : region == null ? null : Cards.usable(c.offer(), region);
    if (offer == null) {
      json.writeNullField("offer");
    } else {
      json.writeObjectFieldStart("offer");
      amount(json, "base", offer.base());
      amount(json, "stock", offer.stock());
      amount(json, "bonus", offer.bonus());
      amount(json, "signOn", offer.signOn());
      amount(json, "total", offer.recurringTotal());
      json.writeEndObject();
    }
    Counteroffer counter = card != null ? card.counter() : advice != null ? advice.counter() : region == null ? null : c.counter();
    if (counter == null) {
      json.writeNullField("counter");
    } else {
      json.writeObjectFieldStart("counter");
      json.writeNumberField("base", counter.base());
      json.writeNumberField("stock", counter.stock());
      json.writeNumberField("bonus", counter.bonus());
      json.writeNumberField("signOn", counter.signOn());
      json.writeNumberField("total", counter.total());
      json.writeNumberField("year1Total", counter.year1Total());
      json.writeEndObject();
    }
    if (card != null || advice != null) {
      json.writeNumberField("aim", card != null ? card.aim() : advice.aim());
    } else {
      json.writeNullField("aim");
    }
    if (card != null) {
      json.writeStringField("verdict", card.verdict().code());
    } else if (advice != null) {
      json.writeStringField("verdict", advice.verdict().code());
    } else if (scene.isPresent()) {
      json.writeStringField("verdict", Cards.verdict(offer, scene.get().region(), scene.get().aimRange()).code());
    } else {
      json.writeNullField("verdict");
    }
    json.writeArrayFieldStart("levers");
    if (card != null) {
      for (LocalizedLever lever : card.levers()) {
        json.writeStartObject();
        json.writeNumberField("number", lever.number());
        json.writeStringField("title", lever.title());
        json.writeStringField("text", lever.text());
        json.writeStringField("condition", lever.condition());
        json.writeArrayFieldStart("toFill");
        for (String fill : lever.toFill()) {
          json.writeString(fill);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    if (reply instanceof Reply.Draft draft) {
      // The email, call script or year tables as one text to copy, the same as in Slack.
      json.writeObjectFieldStart("draft");
      json.writeStringField("kind", draft.kind());
      json.writeStringField("title", draft.title());
      json.writeStringField("body", draft.body());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("notes");
    List<String> notes = card != null ? card.notes() : advice != null ? advice.notes()
        : reply instanceof Reply.Comparison comparison ? comparison.notes()
        : reply instanceof Reply.Draft draft ? draft.notes() : List.of();
    for (String note : notes) {
      json.writeString(note);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void range(JsonGenerator json, String name, Range range) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("low", range.low());
    json.writeNumberField("high", range.high());
    json.writeEndObject();
  }

  private static void amount(JsonGenerator json, String name, Long amount) throws IOException {
    if (amount == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, amount);
    }
  }
}
