package com.compcoach.letter;

import java.math.BigDecimal;

/**
 * Pay a letter states beyond the offer's main parts (a car allowance, a retention bonus, superannuation, a stipend),
 * listed so the user sees it and valued only as the letter values it: never added into the offer.
 *
 * @param what    the letter's name for it, lower case ("car allowance")
 * @param amount  the figure as written: money in the letter's currency, cents kept, or a percent
 * @param percent whether the figure is a percent ("superannuation at 11.5%", "a 401(k) match of up to 4%")
 * @param per     the period written at the figure ("year", "month", "hour"), "of salary" for a percent of it, or null
 *                where the letter says neither
 */
public record Extra(String what, BigDecimal amount, boolean percent, String per) {}
