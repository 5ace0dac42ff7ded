package com.compcoach.coach;

import java.util.List;

/**
 * A stock grant's vesting: the percent that vests in each year, and whether a one-year cliff applies.
 *
 * @param yearly percents per year summing to 100, e.g. [5, 15, 40, 40]
 */
public record Vesting(List<Integer> yearly, boolean cliff) {

  /** Four equal years, the schedule the guides' "RSU/4yr" column assumes. */
  public static final Vesting EVEN_FOUR_YEARS = new Vesting(List.of(25, 25, 25, 25), false);

  public Vesting {
    yearly = List.copyOf(yearly);
    if (yearly.isEmpty() || yearly.stream().mapToInt(Integer::intValue).sum() != 100) {
      throw new IllegalArgumentException("a vesting schedule must sum to 100%, was " + yearly);
    }
  }

  public int years() {
    return yearly.size();
  }

  /** Year-1 stock for a yearly average: the grant (average × years) times the first year's percent. */
  public long firstYear(long averagePerYear) {
    return averagePerYear * years() * yearly.get(0) / 100;
  }

  /** Whether year 1 differs from the average year. */
  public boolean uneven() {
    return yearly.get(0) * years() != 100;
  }

  /** As people write it: "5/15/40/40". */
  public String written() {
    StringBuilder out = new StringBuilder();
    for (int p : yearly) {
      out.append(out.length() == 0 ? "" : "/").append(p);
    }
    return out.toString();
  }
}
