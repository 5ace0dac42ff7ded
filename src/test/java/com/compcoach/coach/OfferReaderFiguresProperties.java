package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.compcoach.guide.Component;
import com.compcoach.money.WrittenFigures;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A base typed in a thread, in any form the money grammar reads, is the same figure a guide or a letter reads. */
class OfferReaderFiguresProperties {

  private final OfferReader reader = new OfferReader();

  @Property(tries = 300)
  void read_baseInAnyForm_isTheYearsFigureInItsCurrency(@ForAll("written") WrittenFigures.Written w) {
    Reading r = reader.read("they offered " + w.text() + " base");

    assertEquals(1, r.figures().size(), () -> w.text() + " → " + r);
    Figure f = r.figures().get(0);
    assertEquals(Component.BASE, f.component(), w.text());
    assertEquals(w.yearlyWhole(), f.amount(), w.text());
    assertEquals(w.currency(), f.currency(), w.text());
  }

  @Provide
  Arbitrary<WrittenFigures.Written> written() {
    return WrittenFigures.any();
  }
}
