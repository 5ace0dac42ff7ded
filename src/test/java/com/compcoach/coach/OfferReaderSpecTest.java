package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.compcoach.money.Period;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each line of {@code coach/offer-readings.txt} is a message as a candidate writes it and the reading it must give;
 * a new phrasing is a line there. After an intended change regenerate with {@code -Dspecs.update=true} and read
 * every changed line before committing.
 */
class OfferReaderSpecTest {

  private static final Path SPEC = Path.of("src/test/resources/coach/offer-readings.txt");
  private static final List<String> HOME = List.of("Ally Financial", "Ally");

  private final OfferReader reader = new OfferReader();

  @TestFactory
  Stream<DynamicTest> read_candidatePhrasing_givesItsReading() throws IOException {
    List<String> lines = Files.readAllLines(SPEC);
    List<String> updated = new ArrayList<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : lines) {
      int arrow = line.indexOf(" =>");
      if (line.startsWith("#") || arrow < 0) {
        updated.add(line);
        continue;
      }
      String message = line.substring(0, arrow);
      String expected = line.substring(arrow + 3).trim();
      // "\n" in a line is a line break in the message: a quoted line before the user's own answer.
      String actual = summary(reader.read(message.replace("\\n", "\n").replace("\\t", "\t"), HOME));
      updated.add(message + " => " + actual);
      tests.add(DynamicTest.dynamicTest(message, () -> assertEquals(expected, actual, message)));
    }
    if (Boolean.getBoolean("specs.update")) {
      Files.write(SPEC, updated);
    }
    return tests.stream();
  }

  /** The reading in one line: what a reviewer needs to judge it. */
  static String summary(Reading r) {
    List<String> parts = new ArrayList<>();
    for (Figure f : r.figures()) {
      String who = switch (f.purpose()) {
        case OFFER -> "offer";
        case COMPETING -> "competing";
        case WALK_AWAY -> "walk-away";
        case FORFEITED -> "forfeited";
        case CURRENT -> "current";
        case YEAR_ONE -> "year-one";
        case STEP -> "step";
      };
      parts.add(who + "." + f.component().name().toLowerCase(Locale.ROOT) + "=" + f.amount()
          + (f.percent() ? "%" : "") + (f.currency() == null ? "" : " " + f.currency())
          + (f.period() == Period.YEAR ? "" : " (×" + f.period().perYear() + ")")
          + (f.years() > 0 ? " over " + f.years() + "y" : "") + (f.later() > 0 ? ", " + f.later() + " after year 1" : "") + (f.wholeGrant() ? " (grant, years from the thread)" : ""));
    }
    if (r.competitor() != null) {
      parts.add("from=" + r.competitor());
    }
    r.rivals().forEach((who, figures) -> figures.forEach(f -> parts.add("also " + who + "."
        + f.component().name().toLowerCase(Locale.ROOT) + "=" + f.amount() + (f.percent() ? "%" : ""))));
    if (r.employer() != null) {
      parts.add("employer=" + r.employer());
    }
    r.loose().forEach(l -> parts.add("loose=" + l));
    r.corrections().forEach(k -> parts.add("fix=" + k.amount() + " for " + k.replaced()));
    if (!r.unclear().isEmpty()) {
      parts.add("unclear");
    }
    if (r.revision()) {
      parts.add("revision");
    }
    if (r.swapped()) {
      parts.add("swapped");
    }
    if (r.walkAwayWhose() != null) {
      parts.add("whose=" + r.walkAwayWhose());
    }
    r.onTarget().forEach(o -> parts.add("ote=" + o.amount() + " (split at the thread's base)"));
    if (r.bonusUnsure() != null) {
      parts.add("bonus " + r.bonusUnsure() + " (thousands or percent, by the band)");
    }
    r.remarks().forEach(k -> parts.add("remark: " + k));
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }
}
