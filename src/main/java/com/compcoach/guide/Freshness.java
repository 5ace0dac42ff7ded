package com.compcoach.guide;

import java.time.LocalDate;

/** How current a guide's figures are; every field may be null where the guide does not say. */
public record Freshness(LocalDate lastUpdated, String dataQuarter, LocalDate nextReviewDue, String dataQuality) {

  public static final Freshness UNKNOWN = new Freshness(null, null, null, null);
}
