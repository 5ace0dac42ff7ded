package com.compcoach.guide;

/**
 * One region's pay bands: base, stock per year, bonus and total, in the region's currency; with where the guide
 * wrote a figure another way (a whole grant, a bonus percent, no total) so that derived figures can be marked.
 *
 * @param grant        the whole equity grant where the guide wrote one (stock is its yearly share), else null
 * @param bonusRate    the bonus as a percent of base where the guide wrote it so, exactly ("7.5%"; bonus is derived),
 *                     else null
 * @param totalDerived whether the guide gave no total and it is base + stock + bonus
 * @param derivation   how the guide wrote these bands where it did not write them as yearly figures, said so on
 *                     the card ("Atlanta's bands minus 5% on base", "base per day × 220 days"), else null
 * @param options      stock options the guide counts instead of valuing (not in the stock band), else null
 */
public record Bands(Range base, Range stock, Range bonus, Range total, Grant grant, PercentOfBase bonusRate,
    boolean totalDerived, String derivation, Options options) {

  /** Bands the guide wrote as they are: nothing derived. */
  public Bands(Range base, Range stock, Range bonus, Range total) {
    this(base, stock, bonus, total, null, null, false, null, null);
  }

  /** Bands worked out as {@code derivation} where it is not null, with no options counted. */
  public Bands(Range base, Range stock, Range bonus, Range total, Grant grant, Range bonusPercent,
      boolean totalDerived, String derivation) {
    this(base, stock, bonus, total, grant, PercentOfBase.whole(bonusPercent), totalDerived, derivation, null);
  }

  /** Bands with a grant, a whole bonus percent or a derived total, and nothing else worked out. */
  public Bands(Range base, Range stock, Range bonus, Range total, Grant grant, Range bonusPercent,
      boolean totalDerived) {
    this(base, stock, bonus, total, grant, PercentOfBase.whole(bonusPercent), totalDerived, null, null);
  }

  /** Bands with a grant, a bonus percent kept exactly or a derived total, and nothing else worked out. */
  public Bands(Range base, Range stock, Range bonus, Range total, Grant grant, PercentOfBase bonusRate,
      boolean totalDerived) {
    this(base, stock, bonus, total, grant, bonusRate, totalDerived, null, null);
  }

  /** The bonus as whole percents of base where the guide wrote it so; null where none, or one with a fraction. */
  public Range bonusPercent() {
    return bonusRate == null ? null : bonusRate.wholeRange();
  }

  /** These bands, said to be worked out as {@code how}. */
  public Bands derived(String how) {
    return new Bands(base, stock, bonus, total, grant, bonusRate, totalDerived, how, options);
  }

  /** These bands with the options the guide counts beside them. */
  public Bands withOptions(Options counted) {
    return new Bands(base, stock, bonus, total, grant, bonusRate, totalDerived, derivation, counted);
  }

  /** Whether the stock band is a grant divided by its years. */
  public boolean stockDerived() {
    return grant != null;
  }

  /** Whether the bonus band is a percent of the base band. */
  public boolean bonusDerived() {
    return bonusRate != null;
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
