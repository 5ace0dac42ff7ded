package com.compcoach.coach;

import java.util.Locale;

/**
 * What a candidate asks about beside the pay figures (a 401(k) match, time off, the level, a cliff): each is answered
 * from what the guide holds, says plainly when it holds nothing, and gives the wording to ask ({@link Topics}).
 */
enum Topic {
  RETIREMENT, TIME_OFF, REMOTE, LEVEL, VISA, START_DATE, BENEFITS, HOUSING, SIGN_ON, CLIFF, VESTING,
  REFRESH, BONUS_GUARANTEE, STOCK_FOR_BASE, SIGN_ON_FOR_BASE, TUITION, NON_COMPETE, WORK_WEEK, BASE_ROOM;

  /** The name a rule of {@code coach/intents.yml} gives it: {@code topic-} and the name in lower case with hyphens. */
  String rule() {
    return "topic-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
