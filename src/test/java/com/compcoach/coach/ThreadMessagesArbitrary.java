package com.compcoach.coach;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random thread messages as candidates type them: offers, competing offers, walk-aways, their moves, and others. */
public final class ThreadMessagesArbitrary {

  private ThreadMessagesArbitrary() {}

  /** Between one and {@code most} messages; {@code others} are mixed in as often as a competing offer. */
  public static Arbitrary<List<String>> messages(int most, List<String> others) {
    Arbitrary<Integer> base = Arbitraries.integers().between(140, 280);
    Arbitrary<Integer> stock = Arbitraries.integers().between(15, 100);
    Arbitrary<Integer> bonus = Arbitraries.integers().between(10, 80);
    Arbitrary<Integer> total = Arbitraries.integers().between(200, 520);
    Arbitrary<String> offer = Combinators.combine(base, stock, bonus)
        .as((b, s, n) -> "they offered " + b + "k base, " + s + "k rsu, " + n + "k bonus");
    Arbitrary<String> competing = total.map(t -> "I have a competing offer of " + t + "k TC from Globex");
    Arbitrary<String> walkAway = total.map(t -> "my walk-away is " + t + "k");
    Arbitrary<String> move = Combinators.combine(base, stock, bonus).as((b, s, n) -> List.of(
        "they came back with " + b + "k base", "they came back with " + b + "k base, " + s + "k rsu, " + n
            + "k bonus")).flatMap(Arbitraries::of);
    return Arbitraries.frequencyOf(Tuple.of(3, offer), Tuple.of(2, competing), Tuple.of(2, walkAway),
        Tuple.of(4, move), Tuple.of(2, Arbitraries.of(others))).list().ofMinSize(1).ofMaxSize(most);
  }
}
