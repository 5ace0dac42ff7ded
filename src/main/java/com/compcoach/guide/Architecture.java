package com.compcoach.guide;

/**
 * The compensation architecture a guide spells out beyond the pay table; every field may be null.
 *
 * @param signOn             sign-on bonus range
 * @param relocation         relocation package range
 * @param refreshGrant       yearly refresh grant range
 * @param bonusTargetPercent bonus target as whole percent of base
 * @param monthlyStipend     housing or other stipend per month
 */
public record Architecture(Range signOn, Range relocation, Range refreshGrant, Range bonusTargetPercent,
                           Range monthlyStipend) {

  public static final Architecture NONE = new Architecture(null, null, null, null, null);
}
