package com.compcoach.coach;

/**
 * A competing offer the user told us about.
 *
 * @param total yearly total in whole units of {@code currency}
 * @param from  who made it ("Stripe"), or null when not said
 */
public record Competing(long total, String currency, String from) {}
