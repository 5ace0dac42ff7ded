package com.compcoach.letter;

/**
 * A one-time sign-on payment and what happens to it if the user leaves early.
 *
 * @param clawback the repayment terms, or null when the letter states none
 */
public record SignOn(long amount, Clawback clawback) {}
