package com.compcoach.slack;

/** Every action id, block id and callback id the app puts in Block Kit, so listeners and renderers agree. */
final class BlockIds {

  /** Card button: every lever's wording for the card's region, posted in the thread. */
  static final String LEVERS = "levers";
  /** Card button: opens the "enter my offer" modal. */
  static final String ENTER_OFFER = "enter_offer";
  /** Card button: the guide's regions side by side, posted in the thread. */
  static final String COMPARE = "compare_regions";
  /** Thread reply button: the full card (bands, levers) for the thread's role, region and figures. */
  static final String BANDS = "bands";
  /** Card select: re-renders the card for another region. */
  static final String REGION = "region";
  /** Prefix of the buttons offering closest matches; each is suffixed with its index, unique within its block. */
  static final String CHOOSE_PREFIX = "choose_";
  /** Matches every {@link #CHOOSE_PREFIX} button. */
  static final String CHOOSE_PATTERN = "^choose_\\d+$";

  /** The offer modal's callback id. */
  static final String OFFER_VIEW = "offer_form";
  /** The input blocks of the offer modal; each block's single element uses the same id as its action id. */
  static final String BASE = "base";
  static final String STOCK = "stock";
  static final String STOCK_YEARS = "stock_years";
  static final String BONUS = "bonus";
  static final String SIGN_ON = "sign_on";
  static final String COMPETING = "competing";
  static final String LETTER = "letter";

  private BlockIds() {}
}
