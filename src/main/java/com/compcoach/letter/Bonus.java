package com.compcoach.letter;

import java.math.BigDecimal;

/**
 * A yearly bonus as the letter states it: a target, or a cap ("a discretionary bonus of up to 10%").
 *
 * @param percent of base, or null when only an amount is given
 * @param amount  in the letter's currency, cents as written, or null when only a percent is given
 * @param cap     whether the figure is the most it can pay ("up to", "a maximum of"), not its target
 */
public record Bonus(BigDecimal percent, BigDecimal amount, boolean cap) {

  /** A target, as most letters state it. */
  public Bonus(BigDecimal percent, BigDecimal amount) {
    this(percent, amount, false);
  }
}
