package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Bands;
import com.compcoach.guide.Range;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The counteroffer rules of issue 4, each as a property over generated bands, targets and offers. */
class CounteroffersProperties {

  private final Counteroffers counteroffers = new Counteroffers();

  @Property
  void counter_anyOffer_neverBelowTheOfferInAnyComponent(@ForAll("situations") Situation s) {
    Counteroffer k = counteroffers.counter(s);
    Offer o = s.offer();
    assertTrue(k.base() >= o.base() && k.stock() >= o.stock() && k.bonus() >= o.bonus(), () -> k + " vs " + o);
    assertTrue(k.signOn() >= (o.signOn() == null ? 0 : o.signOn()), () -> k + " vs " + o);
  }

  @Property
  void counter_anyOffer_staysWithinBandTopsUnlessTheOfferIsAbove(@ForAll("situations") Situation s) {
    Counteroffer k = counteroffers.counter(s);
    Bands b = s.bands();
    assertTrue(k.base() <= Math.max(s.offer().base(), b.base().high()), () -> k + " base over " + b.base());
    assertTrue(k.stock() <= Math.max(s.offer().stock(), b.stock().high()), () -> k + " stock over " + b.stock());
    assertTrue(k.bonus() <= Math.max(s.offer().bonus(), b.bonus().high()), () -> k + " bonus over " + b.bonus());
  }

  @Property
  void counter_offerBelowTarget_aimsInsideTheTargetTowardItsTop(@ForAll("situations") Situation s) {
    Situation plain = with(s, s.offer(), null, null);
    Counteroffer plan = counteroffers.counter(with(s, Offer.none("USD"), null, null));
    // Where an offered component is above its planned figure the counter keeps it, so the total may pass the top.
    Assume.that(s.offer().base() <= plan.base() && s.offer().stock() <= plan.stock()
        && s.offer().bonus() <= plan.bonus());
    Assume.that(capsSum(plain) >= plain.target().high());
    // The aim keeps 3,000 under the top for rounding room; a target narrower than 12K has little "toward" left.
    Assume.that(plain.target().width() >= 12_000);
    Counteroffer k = counteroffers.counter(plain);
    Range t = plain.target();
    assertTrue(k.total() >= t.low() + t.width() / 2, () -> k + " not toward the top of " + t);
    assertTrue(k.total() <= t.high(), () -> k + " above " + t);
  }

  @Property
  void counter_signOnRange_staysWithinTheGuideRange(@ForAll("situations") Situation s,
                                                    @ForAll @LongRange(min = 0, max = 600_000) long competing) {
    Situation lifted = with(s, s.offer(), competing, null);
    Counteroffer k = counteroffers.counter(lifted);
    Assume.that(lifted.signOnRange() != null);
    long offered = lifted.offer().signOn() == null ? 0 : lifted.offer().signOn();
    assertTrue(k.signOn() <= Math.max(offered, lifted.signOnRange().high()), () -> k + " vs " + lifted.signOnRange());
  }

  @Property
  void counter_higherOffer_neverGivesALowerCounter(@ForAll("situations") Situation s,
                                                   @ForAll @IntRange(min = 0, max = 3) int part,
                                                   @ForAll @LongRange(min = 1, max = 80_000) long raise) {
    Offer o = s.offer();
    Offer higher = switch (part) {
      case 0 -> o.with(com.compcoach.guide.Component.BASE, o.base() + raise);
      case 1 -> o.with(com.compcoach.guide.Component.STOCK, o.stock() + raise);
      case 2 -> o.with(com.compcoach.guide.Component.BONUS, o.bonus() + raise);
      default -> o.with(com.compcoach.guide.Component.SIGN_ON, (o.signOn() == null ? 0 : o.signOn()) + raise);
    };
    Counteroffer low = counteroffers.counter(s);
    Counteroffer high = counteroffers.counter(with(s, higher, s.competing(), s.walkAway()));
    assertAtLeast(high, low);
  }

  @Property
  void counter_competingOffer_neverLowersAndLiftsTowardIt(@ForAll("situations") Situation s,
                                                          @ForAll @LongRange(min = 100_000, max = 900_000) long c) {
    Situation without = with(s, s.offer(), null, s.walkAway());
    Situation withCompeting = with(s, s.offer(), c, s.walkAway());
    Counteroffer before = counteroffers.counter(without);
    Counteroffer after = counteroffers.counter(withCompeting);
    assertAtLeast(after, before);
    if (capsSum(withCompeting) >= c + c / 20 + 1_000) {
      assertTrue(after.total() >= c, () -> after + " short of competing " + c);
    } else if (withCompeting.signOnRange() == null) {
      assertTrue(after.total() + after.signOn() >= c || after.year1Total() >= c,
          () -> after + ": year 1 short of competing " + c);
    }
  }

  @Property
  void counter_walkAway_neverBelowIt(@ForAll("situations") Situation s,
                                     @ForAll @LongRange(min = 50_000, max = 900_000) long walkAway) {
    Situation stated = with(s, s.offer(), s.competing(), walkAway);
    Assume.that(capsSum(stated) >= walkAway);
    Counteroffer k = counteroffers.counter(stated);
    assertTrue(k.total() >= walkAway, () -> k + " below walk-away " + walkAway);
  }

  @Property
  void counter_raisedFigures_areMultiplesOf500ButNotOf5000(@ForAll("situations") Situation s) {
    Counteroffer k = counteroffers.counter(s);
    Offer o = s.offer();
    assertPrecise(k.base(), o.base());
    assertPrecise(k.stock(), o.stock());
    assertPrecise(k.bonus(), o.bonus());
    assertPrecise(k.signOn(), o.signOn() == null ? 0 : o.signOn());
  }

  @Property
  void counter_bonusOfferedAsAPercent_keepsAtLeastThatPercentOfTheBaseAsked(@ForAll("situations") Situation s,
      @ForAll @IntRange(min = 100, max = 3_000) int hundredths) {
    Offer o = s.offer();
    Offer percent = new Offer("USD", o.base(), o.stock(), Offer.percentOf(o.base(), hundredths), o.signOn(), null,
        null, hundredths, null);
    Counteroffer k = counteroffers.counter(with(s, percent, s.competing(), s.walkAway()));
    assertTrue(k.bonus() >= Offer.percentOf(k.base(), hundredths), () -> k + " asks under " + hundredths
        + " hundredths of its base");
  }

  @Property
  void aim_noOffer_liesInsideTheTarget(@ForAll("situations") Situation s) {
    Situation none = with(s, Offer.none("USD"), null, null);
    long aim = counteroffers.aim(none);
    assertTrue(none.target().contains(aim), () -> aim + " outside " + none.target());
  }

  @Property
  void counter_unevenVesting_yearOneReflectsTheFirstYear(@ForAll("situations") Situation s) {
    Offer backLoaded = s.offer().withVesting(new Vesting(java.util.List.of(5, 15, 40, 40), false));
    Counteroffer k = counteroffers.counter(with(s, backLoaded, s.competing(), s.walkAway()));
    assertEquals(k.base() + k.stock() / 5 + k.bonus() + k.signOn(), k.year1Total());
  }

  private static void assertPrecise(long counter, long offered) {
    if (counter > offered) {
      assertTrue(Precise.is(counter), () -> counter + " is not a precise ask");
    }
  }

  private static void assertAtLeast(Counteroffer high, Counteroffer low) {
    assertTrue(high.base() >= low.base() && high.stock() >= low.stock() && high.bonus() >= low.bonus()
        && high.signOn() >= low.signOn() && high.total() >= low.total(), () -> high + " below " + low);
  }

  private static long capsSum(Situation s) {
    Bands b = s.bands();
    return Math.max(s.offer().base(), Precise.floor(b.base().high()))
        + Math.max(s.offer().stock(), Precise.floor(b.stock().high()))
        + Math.max(s.offer().bonus(), Precise.floor(b.bonus().high()));
  }

  private static Situation with(Situation s, Offer offer, Long competing, Long walkAway) {
    return new Situation(s.currency(), s.bands(), s.target(), s.signOnRange(), offer, competing, walkAway,
        s.forfeited());
  }

  @Provide
  Arbitrary<Situation> situations() {
    Arbitrary<Range> base = band(60_000, 300_000, 10_000, 120_000);
    Arbitrary<Range> stock = band(0, 120_000, 5_000, 90_000);
    Arbitrary<Range> bonus = band(0, 80_000, 5_000, 60_000);
    Arbitrary<Bands> bands = Combinators.combine(base, stock, bonus).as((b, s, o) -> new Bands(b, s, o,
        Range.of(b.low() + s.low() + o.low(), b.high() + s.high() + o.high())));
    Arbitrary<Double> fraction = Arbitraries.doubles().between(0.0, 0.95);
    Arbitrary<Double> spread = Arbitraries.doubles().between(0.0, 1.3);
    Arbitrary<Range> signOnRange = Arbitraries.longs().between(5, 60).flatMap(low ->
        Arbitraries.longs().between(low, low + 40).map(high -> Range.of(low * 1_000, high * 1_000))).injectNull(0.4);
    return Combinators.combine(bands, fraction, fraction, signOnRange, spread, spread, spread,
        Arbitraries.longs().between(0, 60_000).injectNull(0.5)).as((b, lowAt, highAt, sign, fb, fs, fo, signOn) -> {
          Range total = b.total();
          long targetLow = total.low() + Math.round(total.width() * lowAt * 0.9);
          long targetHigh = Math.max(targetLow + 1_000,
              targetLow + Math.round((total.high() - targetLow) * (1 - highAt * 0.3)));
          Offer offer = new Offer("USD", within(b.base(), fb), within(b.stock(), fs), within(b.bonus(), fo),
              signOn, null, null);
          return new Situation("USD", b, Range.of(targetLow, targetHigh), sign, offer, null, null, null);
        });
  }

  /** A figure from 70% of the band's low up to 130% of its high: below, in and above the band. */
  private static long within(Range band, double at) {
    double low = band.low() * 0.7;
    double high = band.high() * 1.3;
    return Math.round(low + (high - low) * at / 1.3);
  }

  private static Arbitrary<Range> band(long minLow, long maxLow, long minWidth, long maxWidth) {
    return Combinators.combine(Arbitraries.longs().between(minLow / 1_000, maxLow / 1_000),
        Arbitraries.longs().between(minWidth / 1_000, maxWidth / 1_000))
        .as((low, width) -> Range.of(low * 1_000, (low + width) * 1_000));
  }
}
