package com.compcoach.letter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * An {@link OfferLetter} as JSON for {@code offer --format json}: the figures in whole units of {@code currency},
 * dates as ISO days, the questions, and under {@code sources} the sentence each field came from.
 */
public final class LetterJson {

  private final JsonFactory factory = new JsonFactory();

  /** Pretty-printed, one field a line. */
  public String render(OfferLetter letter) {
    return render(letter, null);
  }

  /** As {@link #render(OfferLetter)}, with a {@code guide} object last (company, role, region), or null for none. */
  public String render(OfferLetter letter, Map<String, String> guide) {
    StringWriter out = new StringWriter(2_048);
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      write(letter, json, guide);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a letter as JSON", e);
    }
    return out.toString();
  }

  private static void write(OfferLetter l, JsonGenerator json, Map<String, String> guide) throws IOException {
    json.writeStartObject();
    decimal(json, "base", l.base() == null ? null : l.base().value());
    if (l.bonus() == null) {
      json.writeNullField("bonus");
    } else {
      json.writeObjectFieldStart("bonus");
      decimal(json, "percent", l.bonus().value().percent());
      decimal(json, "amount", l.bonus().value().amount());
      json.writeBooleanField("cap", l.bonus().value().cap());
      json.writeEndObject();
    }
    if (l.signOn() == null) {
      json.writeNullField("signOn");
    } else {
      SignOn s = l.signOn().value();
      json.writeObjectFieldStart("signOn");
      decimal(json, "amount", s.amount());
      clawback(json, s.clawback());
      if (!s.instalments().isEmpty()) {
        // Only where each instalment has its own terms: a sign-on paid at once has none.
        json.writeArrayFieldStart("instalments");
        for (SignOn.Instalment part : s.instalments()) {
          json.writeStartObject();
          decimal(json, "amount", part.amount());
          clawback(json, part.clawback());
          decimal(json, "repaidPercent", part.repaidPercent());
          json.writeBooleanField("fromPayment", part.fromPayment());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    decimal(json, "relocation", l.relocation() == null ? null : l.relocation().value());
    equity(l, json);
    number(json, "refresh", l.refresh() == null ? null : l.refresh().value());
    date(json, "startDate", l.startDate() == null ? null : l.startDate().value());
    date(json, "deadline", l.deadline() == null ? null : l.deadline().value());
    json.writeStringField("location", l.location() == null ? null : l.location().value());
    json.writeStringField("title", l.title() == null ? null : l.title().value());
    json.writeStringField("level", l.level() == null ? null : l.level().value());
    json.writeStringField("company", l.company() == null ? null : l.company().value());
    json.writeStringField("currency", l.currencyCode());
    json.writeBooleanField("privateCompany", l.privateCompany());
    json.writeArrayFieldStart("extras");
    for (Quote<Extra> extra : l.extras()) {
      json.writeStartObject();
      json.writeStringField("what", extra.value().what());
      decimal(json, extra.value().percent() ? "percent" : "amount", extra.value().amount());
      json.writeStringField("per", extra.value().per());
      if (extra.value().clawback() != null) {
        // Written only where the letter gives a retention bonus repayment terms.
        clawback(json, extra.value().clawback());
        json.writeBooleanField("fromPayment", extra.value().fromPayment());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!l.timeOff().isEmpty()) {
      // Written only where the letter gives time off, as a sign-on's instalments are.
      json.writeArrayFieldStart("timeOff");
      for (Quote<TimeOff> off : l.timeOff()) {
        json.writeStartObject();
        json.writeStringField("what", off.value().what());
        decimal(json, off.value().weeks() ? "weeks" : "days", off.value().count());
        json.writeStringField("per", off.value().per());
        if (off.value().dayKind() != null) {
          // Written only where the letter says, so a count without the word keeps its old shape.
          json.writeStringField("dayKind", off.value().dayKind());
        }
        if (off.value().plusPublicHolidays()) {
          json.writeBooleanField("plusPublicHolidays", true);
        }
        if (off.value().accrual() != null) {
          json.writeStringField("accrual", off.value().accrual());
        }
        if (off.value().proRatedFirstYear()) {
          json.writeBooleanField("proRatedFirstYear", true);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (!l.terms().isEmpty()) {
      // Written only where the letter gives a notice period, a probation or a fixed term's end.
      json.writeArrayFieldStart("terms");
      for (Quote<Term> term : l.terms()) {
        json.writeStartObject();
        json.writeStringField("what", term.value().what());
        if (term.value().what().equals("salary review")) {
          if (term.value().when() != null) {
            json.writeStringField("when", term.value().when());
          } else {
            json.writeStringField("date", term.value().until().toString());
          }
        } else if (term.value().what().equals("relocation repayment")) {
          decimal(json, "months", term.value().count());
          json.writeBooleanField("prorated", term.value().prorated());
        } else if (term.value().until() != null) {
          json.writeStringField("until", term.value().until().toString());
        } else if (term.value().byLaw()) {
          json.writeBooleanField("statutory", true);
        } else if (term.value().count() != null) {
          decimal(json, term.value().unit() + "s", term.value().count());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeArrayFieldStart("notes");
    for (String n : l.notes()) {
      json.writeString(n);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("questions");
    for (String q : l.questions()) {
      json.writeString(q);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("sources");
    for (LetterFields.Field f : LetterFields.of(l)) {
      if (!f.key().equals("extra") && !f.key().equals("timeOff") && !f.key().equals("term")) {
        json.writeStringField(f.key(), f.sentence());
      }
    }
    json.writeArrayFieldStart("extras");
    for (Quote<Extra> extra : l.extras()) {
      json.writeString(extra.sentence());
    }
    json.writeEndArray();
    if (!l.timeOff().isEmpty()) {
      json.writeArrayFieldStart("timeOff");
      for (Quote<TimeOff> off : l.timeOff()) {
        json.writeString(off.sentence());
      }
      json.writeEndArray();
    }
    if (!l.terms().isEmpty()) {
      json.writeArrayFieldStart("terms");
      for (Quote<Term> term : l.terms()) {
        json.writeString(term.sentence());
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    if (guide != null) {
      json.writeObjectFieldStart("guide");
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(guide).entrySet()) {
        json.writeStringField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
    } else {
      json.writeNullField("guide");
    }
    json.writeEndObject();
  }

  private static void clawback(JsonGenerator json, Clawback clawback) throws IOException {
    if (clawback == null) {
      json.writeNullField("clawback");
      return;
    }
    json.writeObjectFieldStart("clawback");
    number(json, "months", clawback.months() == null ? null : clawback.months().longValue());
    json.writeBooleanField("prorated", clawback.prorated());
    json.writeEndObject();
  }

  private static void equity(OfferLetter l, JsonGenerator json) throws IOException {
    if (l.equity() == null) {
      json.writeNullField("equity");
      return;
    }
    Equity e = l.equity().value();
    json.writeObjectFieldStart("equity");
    json.writeStringField("kind", e.kind());
    // The grant is its value where the letter gives one, else its share count (and then no currency).
    if (e.value() != null) {
      json.writeNumberField("grant", e.value());
    } else {
      number(json, "grant", e.shares());
    }
    json.writeStringField("currency", e.value() == null ? null : e.currency());
    number(json, "shares", e.shares());
    decimal(json, "pricePerShare", e.pricePerShare());
    if (e.years() == 0) {
      json.writeNullField("years");
    } else {
      json.writeNumberField("years", e.years());
    }
    json.writeArrayFieldStart("schedule");
    for (BigDecimal p : e.schedule()) {
      json.writeNumber(plain(p));
    }
    json.writeEndArray();
    number(json, "cliffMonths", e.cliffMonths() == null ? null : e.cliffMonths().longValue());
    json.writeStringField("frequency", e.frequency());
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String name, Long value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }

  private static void decimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeFieldName(name);
      json.writeNumber(plain(value));
    }
  }

  /** 25, not 25.0 or 2.5E+1: whole percents and prices as integers, others with the decimals they need. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static void date(JsonGenerator json, String name, LocalDate value) throws IOException {
    json.writeStringField(name, value == null ? null : value.toString());
  }
}
