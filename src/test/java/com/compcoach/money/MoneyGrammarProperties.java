package com.compcoach.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Money written in every form reads back to its amount, cents, currency and period. */
class MoneyGrammarProperties {

  @Property(tries = 500)
  void read_figureInAnyForm_readsBackExactly(@ForAll("written") WrittenFigures.Written w) {
    List<Token> tokens = MoneyGrammar.standard().read(w.text(), Token.Context.PLAIN);

    assertEquals(1, tokens.size(), () -> w.text() + " → " + tokens);
    Token.Money m = assertInstanceOf(Token.Money.class, tokens.get(0), w.text());
    assertEquals(0, w.amount().compareTo(m.amount()), () -> w.text() + " → " + m.amount());
    assertEquals(w.currency(), m.currency(), w.text());
    assertEquals(w.period(), m.period(), w.text());
  }

  @Property(tries = 300)
  void scan_figureInAnyForm_readsTheSameWholeAmountForAGuide(@ForAll("written") WrittenFigures.Written w) {
    List<Amount> amounts = MoneyGrammar.standard().scan(w.text(), DecimalMark.POINT);

    assertEquals(1, amounts.size(), () -> w.text() + " → " + amounts);
    assertEquals(w.whole(), amounts.get(0).low(), w.text());
    assertEquals(w.currency(), amounts.get(0).currency(), w.text());
  }

  @Provide
  Arbitrary<WrittenFigures.Written> written() {
    return WrittenFigures.any();
  }
}
