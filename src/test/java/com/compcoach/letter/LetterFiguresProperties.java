package com.compcoach.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.compcoach.money.WrittenFigures;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A figure in a letter's sentence, in any form the money grammar reads, keeps its cents and its currency. */
class LetterFiguresProperties {

  @Property(tries = 300)
  void find_figureInAnyForm_keepsCentsAndCurrency(@ForAll("written") WrittenFigures.Written w) {
    List<Amount> found = LetterFigures.find("Your annual base salary will be " + w.text() + ", paid monthly.");

    assertEquals(1, found.size(), () -> w.text() + " → " + found);
    assertEquals(0, w.amount().compareTo(found.get(0).value()), () -> w.text() + " → " + found.get(0).value());
    assertEquals(w.currency(), found.get(0).currency(), w.text());
  }

  @Provide
  Arbitrary<WrittenFigures.Written> written() {
    return WrittenFigures.any();
  }
}
