package com.compcoach.letter;

import java.math.BigDecimal;

/**
 * A yearly bonus target as the letter states it.
 *
 * @param percent of base, or null when only an amount is given
 * @param amount  in the letter's currency, cents as written, or null when only a percent is given
 */
public record Bonus(BigDecimal percent, BigDecimal amount) {}
