package com.compcoach.letter;

/**
 * Repayment of a sign-on on leaving early.
 *
 * @param months   the period the money must be repaid within, or null when the letter gives no period
 * @param prorated whether the repayment shrinks with the time served
 */
public record Clawback(Integer months, boolean prorated) {}
