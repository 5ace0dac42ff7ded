package com.compcoach.letter;

import java.math.BigDecimal;

/**
 * A one-time sign-on payment and what happens to it if the user leaves early.
 *
 * @param amount   in the letter's currency, cents as written
 * @param clawback the repayment terms, or null when the letter states none
 */
public record SignOn(BigDecimal amount, Clawback clawback) {}
