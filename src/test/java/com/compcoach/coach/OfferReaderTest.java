package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Component;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferReaderTest {

  private final OfferReader reader = new OfferReader();

  private Figure only(Reading reading, Component component) {
    List<Figure> found = reading.figures().stream().filter(f -> f.component() == component).toList();
    assertEquals(1, found.size(), () -> component + " in " + reading);
    return found.get(0);
  }

  @Test
  void read_commaSeparatedOffer_readsEachComponent() {
    Reading r = reader.read("they offered 180k base, 50k rsu per year, 40k bonus");
    assertEquals(180_000, only(r, Component.BASE).amount());
    assertEquals(50_000, only(r, Component.STOCK).amount());
    assertTrue(only(r, Component.STOCK).yearly());
    assertEquals(40_000, only(r, Component.BONUS).amount());
  }

  @Test
  void read_figuresWithoutSeparators_pairsEachWithTheWordAfterIt() {
    Reading r = reader.read("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus");
    assertEquals(180_000, only(r, Component.BASE).amount());
    assertEquals(50_000, only(r, Component.STOCK).amount());
    assertEquals(40_000, only(r, Component.BONUS).amount());
  }

  @Test
  void read_wordsBeforeFigures_pairsEachWithTheWordBeforeIt() {
    Reading r = reader.read("base 180k bonus 40k");
    assertEquals(180_000, only(r, Component.BASE).amount());
    assertEquals(40_000, only(r, Component.BONUS).amount());
  }

  @Test
  void read_grantOverYearsAndPercentBonus_keepsYearsAndPercent() {
    Reading r = reader.read("offer: 175k base, 200k RSU over 4 years, 15% bonus");
    assertEquals(200_000, only(r, Component.STOCK).amount());
    assertEquals(4, only(r, Component.STOCK).years());
    Figure bonus = only(r, Component.BONUS);
    assertTrue(bonus.percent());
    assertEquals(1_500, bonus.amount(), "in hundredths of a percent");
  }

  @Test
  void read_grantOverBareYears_readsTheYearsNotAFigure() {
    for (String message : List.of("175 base, 15% bonus, 160k RSUs over 4, and 20k signing",
        "175k base + 160k equity over four w/ a 1 yr cliff + 20k sign-on", "160k rsus over 4. 175k base. 20k signing",
        "base 175k, $160k rsu / 4y, 20k sign on")) {
      Reading r = reader.read(message);
      assertEquals(160_000, only(r, Component.STOCK).amount(), message);
      assertEquals(4, only(r, Component.STOCK).years(), message);
      assertEquals(20_000, only(r, Component.SIGN_ON).amount(), message);
      assertTrue(r.unclear().isEmpty(), () -> message + ": " + r.unclear());
    }
  }

  @Test
  void read_overFollowedByAnAmount_isNoGrantsYears() {
    Reading r = reader.read("base 180k, RSUs over 40k a year");
    assertEquals(40_000, only(r, Component.STOCK).amount());
    assertEquals(0, only(r, Component.STOCK).years());
  }

  @Test
  void read_fractionalPercentBonus_isNotRounded() {
    Reading r = reader.read("Package from Ally: 192,500 salary + RSUs worth 180k vesting over 4 yrs + 12.5% annual bonus "
        + "target, plus a one-time 25k signing");
    assertEquals(1_250, only(r, Component.BONUS).amount());
    assertEquals(192_500, only(r, Component.BASE).amount());
  }

  @Test
  void read_fullFigureAndSignOn_readsThousandsSeparatorsAndDollarMark() {
    Reading r = reader.read("$182,500 base + $30k sign-on");
    assertEquals(182_500, only(r, Component.BASE).amount());
    assertEquals(30_000, only(r, Component.SIGN_ON).amount());
    assertEquals("$", only(r, Component.BASE).currency());
  }

  @Test
  void read_spacesAsThousandsSeparators_readTheWholeFigure() {
    Reading r = reader.read("they offered 180 000 base and 45\u00A0000 bonus");
    assertEquals(180_000, only(r, Component.BASE).amount());
    assertEquals(45_000, only(r, Component.BONUS).amount());
  }

  @Test
  void read_millions_scalesByAMillion() {
    assertEquals(1_100_000, only(reader.read("base 1.1M"), Component.BASE).amount());
  }

  @Test
  void read_poundMark_reportsGbp() {
    Reading r = reader.read("£100k base, £30k stock");
    assertEquals("GBP", only(r, Component.BASE).currency());
    assertEquals(30_000, only(r, Component.STOCK).amount());
  }

  @Test
  void read_totalComp_readsTheTotal() {
    assertEquals(300_000, only(reader.read("TC 300k"), Component.TOTAL).amount());
  }

  @Test
  void read_competingOffer_marksItCompetingWithWhoMadeIt() {
    Reading r = reader.read("I have a competing offer of 400k TC from Stripe");
    Figure f = only(r, Component.TOTAL);
    assertEquals(Figure.Purpose.COMPETING, f.purpose());
    assertEquals(400_000, f.amount());
    assertEquals("Stripe", r.competitor());
  }

  @Test
  void read_walkAway_marksItWalkAway() {
    Figure f = only(reader.read("my walk-away is 240k"), Component.TOTAL);
    assertEquals(Figure.Purpose.WALK_AWAY, f.purpose());
    assertEquals(240_000, f.amount());
  }

  @Test
  void read_conditionalYes_isTheLeastTheyWouldTakeNotTheOffer() {
    for (String said : new String[] {"honestly I'd take it at 185k base, below that I'm going elsewhere",
        "I would accept 185k base", "I'd sign for 185k base"}) {
      Figure f = only(reader.read(said), Component.BASE);
      assertEquals(Figure.Purpose.WALK_AWAY, f.purpose(), said);
      assertEquals(185_000, f.amount(), said);
    }
  }

  @Test
  void read_theyCameBack_isARevision() {
    Reading r = reader.read("they came back with 190k base");
    assertTrue(r.revision());
    assertEquals(190_000, only(r, Component.BASE).amount());
  }

  @Test
  void read_vestingSchedules_readAsYearlyPercents() {
    assertEquals(List.of(25, 25, 25, 25), reader.read("vesting 25/25/25/25").vesting().yearly());
    assertEquals(List.of(5, 15, 40, 40), reader.read("it vests 5/15/40/40").vesting().yearly());
    assertEquals(List.of(10, 20, 30, 40), reader.read("10/20/30/40 schedule").vesting().yearly());
  }

  @Test
  void read_oneYearCliff_givesAnEvenScheduleWithACliff() {
    Vesting v = reader.read("four years with a one-year cliff").vesting();
    assertNotNull(v);
    assertTrue(v.cliff());
    assertEquals(List.of(25, 25, 25, 25), v.yearly());
  }

  @Test
  void read_unvestedEquity_marksItForfeited() {
    Figure f = reader.read("I'm leaving 60k unvested").figures().get(0);
    assertEquals(Figure.Purpose.FORFEITED, f.purpose());
  }

  @Test
  void read_negativeFigure_keepsTheSign() {
    assertEquals(-180_000, only(reader.read("-180k base"), Component.BASE).amount());
  }

  @Test
  void read_leverNumberAndSentenceWithoutFigures_findsNoFigures() {
    assertTrue(reader.read("lever 2").figures().isEmpty());
    assertTrue(reader.read("what about new york?").figures().isEmpty());
    assertNull(reader.read("what about new york?").vesting());
  }

  @Test
  void read_currentEmployer_isNamed() {
    assertEquals("Acme Bank", reader.read("I work at Acme Bank").employer());
    assertEquals("Initech", reader.read("my current company is Initech, they pay 170k base").employer());
    assertNull(reader.read("they offered 180k base").employer());
  }

  @Test
  void read_loneNumber_isKeptLooseForAQuestion() {
    Reading r = reader.read("180");
    assertTrue(r.figures().isEmpty());
    assertEquals(List.of("180"), r.loose());
  }
}
