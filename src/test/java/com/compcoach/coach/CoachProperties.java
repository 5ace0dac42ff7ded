package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Architecture;
import com.compcoach.guide.Bands;
import com.compcoach.guide.Company;
import com.compcoach.guide.Freshness;
import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.GuideIndex;
import com.compcoach.guide.LevelMapping;
import com.compcoach.guide.Lever;
import com.compcoach.guide.LeverAmount;
import com.compcoach.guide.Money;
import com.compcoach.guide.Range;
import com.compcoach.guide.Region;
import com.compcoach.guide.Role;
import com.compcoach.guide.Target;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The coach end to end over generated guides: the card's figures, lever localization, and never silence. */
class CoachProperties {

  private static final List<String> PLACES = List.of("Detroit", "Charlotte", "Austin", "Denver");

  @Property(tries = 200)
  void open_anyGuideAndOffer_countersNeverBelowTheOfferWithPreciseAsks(
      @ForAll("guides") Guide guide, @ForAll @IntRange(min = 0, max = 3) int at,
      @ForAll @IntRange(min = 40, max = 400) int base, @ForAll @IntRange(min = 0, max = 150) int stock,
      @ForAll @IntRange(min = 0, max = 90) int bonus) {
    Region region = guide.regions().get(at % guide.regions().size());
    Coach coach = coach(guide);
    Turn turn = coach.open(guide.role().slug() + " " + region.name() + " " + base + "k base " + stock + "k rsu "
        + bonus + "k bonus", Venue.DIRECT_MESSAGE);
    Statistics.collect(turn.reply().getClass().getSimpleName());
    if (turn.reply() instanceof Reply.Question) {
      return;
    }
    Reply.Card card = assertInstanceOf(Reply.Card.class, turn.reply(), () -> new TextRenderer().render(turn.reply()));
    assertEquals(region, card.region());
    Counteroffer k = card.counter();
    assertTrue(k.base() >= base * 1_000L && k.stock() >= stock * 1_000L && k.bonus() >= bonus * 1_000L, k::toString);
    for (long[] pair : new long[][] {{k.base(), base * 1_000L}, {k.stock(), stock * 1_000L},
        {k.bonus(), bonus * 1_000L}}) {
      assertTrue(pair[0] == pair[1] || Precise.is(pair[0]), () -> pair[0] + " is not precise in " + k);
    }
    assertEquals(region.currency(), k.currency());
  }

  @Property(tries = 200)
  void localize_anyRegion_scalesEachAmountByItsBandTopRatio(@ForAll("guides") Guide guide,
                                                            @ForAll @IntRange(min = 0, max = 3) int at) {
    Region hq = guide.leverRegion();
    Region region = guide.regions().get(at % guide.regions().size());
    Lever lever = guide.levers().get(0);
    LocalizedLever localized = new LeverWording().localize(lever, hq, region, null);
    long low = Math.round(lever.amounts().get(0).amount().low() * (double) region.bands().base().high()
        / hq.bands().base().high() / 1_000) * 1_000;
    long high = Math.round(lever.amounts().get(0).amount().high() * (double) region.bands().base().high()
        / hq.bands().base().high() / 1_000) * 1_000;
    String expected = low == high ? new Money(low, region.currency()).compact()
        : Money.compact(Range.of(low, high), region.currency());
    assertTrue(region.equals(hq) ? localized.text().equals(lever.text()) : localized.text().contains(expected),
        () -> localized.text() + " lacks " + expected);
    assertTrue(localized.text().contains("22%"), "a percentage stays as written");
  }

  @Property(tries = 300)
  void reply_anyMessage_answersWithSomething(@ForAll("guides") Guide guide, @ForAll("messages") String message) {
    Coach coach = coach(guide);
    Turn start = coach.open(guide.role().slug() + " " + guide.regions().get(0).name() + " 150k base", Venue.SHARED_CHANNEL);
    Turn turn = coach.reply(start.conversation(), message, Venue.SHARED_CHANNEL);
    String said = new TextRenderer().render(turn.reply());
    assertFalse(said.isBlank(), () -> "silence for " + message);
    assertFalse(said.contains("null"), () -> said);
  }

  @Property(tries = 200)
  void reply_theirAnswer_acceptsWithinASixthElseSplitsWithinTheGap(
      @ForAll @IntRange(min = 180, max = 240) int base, @ForAll @IntRange(min = 50, max = 75) int stock,
      @ForAll @IntRange(min = 40, max = 60) int bonus, @ForAll @IntRange(min = 0, max = 1) int walk) {
    Coach coach = Seeds.coach();
    Turn countered = coach.open("ml-ai-engineer charlotte 180k base 50k rsu 40k bonus", Venue.DIRECT_MESSAGE);
    if (walk == 1) {
      countered = coach.reply(countered.conversation(), "my walk-away is 320k", Venue.DIRECT_MESSAGE);
    }
    Counteroffer ask = countered.conversation().counter();
    Turn turn = coach.reply(countered.conversation(), "they came back with " + base + "k base, " + stock + "k rsu, "
        + bonus + "k bonus", Venue.DIRECT_MESSAGE);
    Reply.Advice card = assertInstanceOf(Reply.Advice.class, turn.reply());
    long[] now = {base * 1_000L, stock * 1_000L, bonus * 1_000L};
    long[] asked = {ask.base(), ask.stock(), ask.bonus()};
    long gap = (asked[0] - 180_000) + (asked[1] - 50_000) + (asked[2] - 40_000);
    long remaining = 0;
    for (int i = 0; i < 3; i++) {
      remaining += Math.max(0, asked[i] - now[i]);
    }
    if (NextSteps.closeEnough(gap, remaining, ask.total()) && (walk == 0 || now[0] + now[1] + now[2] >= 320_000)) {
      assertEquals(Verdict.ACCEPT, card.verdict());
      return;
    }
    assertEquals(Verdict.SPLIT, card.verdict());
    Counteroffer next = card.counter();
    long[] value = {next.base(), next.stock(), next.bonus()};
    for (int i = 0; i < 3; i++) {
      long v = value[i];
      assertTrue(v >= now[i] && v <= Math.max(now[i], asked[i]), () -> next + " outside their answer and the ask");
      assertTrue(v == now[i] || Precise.is(v), () -> v + " is not precise");
    }
    if (walk == 1) {
      assertTrue(next.total() >= 320_000, () -> next + " below the walk-away");
    }
  }

  private static Coach coach(Guide guide) {
    GuideCatalog catalog = GuideIndex.of(List.of(guide));
    return new Coach(() -> catalog, Seeds.BEFORE_REVIEW);
  }

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<String> words = Arbitraries.of("why?", "lever 1", "lever 7", "compare", "what about denver?", "help",
        "180k base", "15% bonus", "200k RSU over 4 years", "TC 300k", "my walk-away is 240k", "they came back with",
        "190k base", "£90k", "-5k", "180", "and", "thanks", "start over", "5/15/40/40", "competing offer of 400k",
        "from Stripe", "<!channel>", "&", "", "1.1M", "sign-on", "$30k", "wording");
    return words.list().ofMinSize(1).ofMaxSize(5).map(list -> String.join(" ", list));
  }

  @Provide
  Arbitrary<Guide> guides() {
    Arbitrary<Bands> bands = Combinators.combine(
        Arbitraries.integers().between(80, 250), Arbitraries.integers().between(10, 90),
        Arbitraries.integers().between(10, 90), Arbitraries.integers().between(5, 50),
        Arbitraries.integers().between(5, 60), Arbitraries.integers().between(5, 40))
        .as((b, bw, s, sw, o, ow) -> {
          Range base = Range.of(b * 1_000L, (b + bw) * 1_000L);
          Range stock = Range.of(s * 1_000L, (s + sw) * 1_000L);
          Range bonus = Range.of(o * 1_000L, (o + ow) * 1_000L);
          return new Bands(base, stock, bonus, Range.of(base.low() + stock.low() + bonus.low(),
              base.high() + stock.high() + bonus.high()));
        });
    Arbitrary<String> currency = Arbitraries.of("USD", "USD", "GBP");
    return Combinators.combine(bands.list().ofMinSize(1).ofMaxSize(4), currency,
        Arbitraries.doubles().between(0.3, 0.8)).as((rows, cur, targetAt) -> {
          List<Region> regions = new ArrayList<>();
          List<Target> targets = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) {
            String name = PLACES.get(i) + (i == 0 ? " (HQ)" : "");
            regions.add(new Region(name, i == 0, cur, rows.get(i), 10 + i));
            Range total = rows.get(i).total();
            long low = total.low() + Math.round(total.width() * targetAt);
            targets.add(new Target(name, "In " + PLACES.get(i), Range.of(low, total.high()), 40));
          }
          Range hqBase = rows.get(0).base();
          long askLow = hqBase.high() - 2_000;
          String mark = Money.mark(cur);
          String written = mark + (askLow / 1_000) + "K–" + mark + (hqBase.high() / 1_000) + "K";
          String text = "I'd like a base of " + written + " and the bonus target at 22%.";
          int start = text.indexOf(written);
          Lever lever = new Lever(1, "Scope Lever", text, List.of(
              new LeverAmount(written, start, start + written.length(), LeverAmount.Reference.BASE,
                  Range.of(askLow, hqBase.high()), false),
              new LeverAmount("22%", text.indexOf("22%"), text.indexOf("22%") + 3, LeverAmount.Reference.BONUS,
                  Range.of(22, 22), true)), 30);
          return new Guide("acme/test-engineer.md", new Company("acme", "Acme"),
              new Role("test-engineer", "Test Engineer"), false, List.of(), regions, LevelMapping.NONE, List.of(),
              List.of(lever), targets, Architecture.NONE, List.of(), Freshness.UNKNOWN);
        });
  }
}
