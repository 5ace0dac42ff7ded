package com.compcoach.coach;

/**
 * The raw field texts of the "enter my offer" form, as typed; any may be null or blank.
 *
 * @param stock      a yearly figure, or a whole grant when {@code stockYears} is filled in
 * @param stockYears how many years the grant in {@code stock} vests over, or a schedule such as "25/25/25/25"
 * @param bonus      an amount ("40k") or a percent of base ("15%")
 * @param competing  a competing offer's total, optionally with who made it ("400k from Stripe")
 */
public record OfferForm(String base, String stock, String stockYears, String bonus, String signOn, String competing) {

  /** The form's field names, as {@link Submission.Invalid#errors()} keys them. */
  public static final String BASE = "base";
  public static final String STOCK = "stock";
  public static final String STOCK_YEARS = "stockYears";
  public static final String BONUS = "bonus";
  public static final String SIGN_ON = "signOn";
  public static final String COMPETING = "competing";
}
