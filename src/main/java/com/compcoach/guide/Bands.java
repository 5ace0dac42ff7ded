package com.compcoach.guide;

/**
 * One region's pay bands: base, stock per year, bonus and total, in the region's currency; with where the guide
 * wrote a figure another way (a whole grant, a bonus percent, no total) so that derived figures can be marked.
 *
 * @param grant        the whole equity grant where the guide wrote one (stock is its yearly share), else null
 * @param bonusPercent the bonus as a percent of base where the guide wrote it so (bonus is derived), else null
 * @param totalDerived whether the guide gave no total and it is base + stock + bonus
 */
public record Bands(Range base, Range stock, Range bonus, Range total, Grant grant, Range bonusPercent,
    boolean totalDerived) {

  /** Bands the guide wrote as they are: nothing derived. */
  public Bands(Range base, Range stock, Range bonus, Range total) {
    this(base, stock, bonus, total, null, null, false);
  }

  /** Whether the stock band is a grant divided by its years. */
  public boolean stockDerived() {
    return grant != null;
  }

  /** Whether the bonus band is a percent of the base band. */
  public boolean bonusDerived() {
    return bonusPercent != null;
  }

  /** The band of one component; sign-on has no band in the pay table. */
  public Range of(Component component) {
    return switch (component) {
      case BASE -> base;
      case STOCK -> stock;
      case BONUS -> bonus;
      case TOTAL -> total;
      case SIGN_ON -> throw new IllegalArgumentException("the pay table has no sign-on band");
    };
  }
}
