package com.compcoach.slack;

import com.compcoach.coach.Conversation;

/**
 * The role and region a card shows, carried in its actions block's id so that its buttons and region select act on
 * the card itself, whatever its thread has moved on to since.
 */
record CardRef(String company, String role, String region) {

  private static final String PREFIX = "card|";
  private static final int MAX_BLOCK_ID = 255;

  /** The actions block id: "card|company|role|region", or the plain "card_actions" when it would be too long. */
  String blockId() {
    String id = PREFIX + company + "|" + role + "|" + region;
    return id.length() <= MAX_BLOCK_ID ? id : "card_actions";
  }

  /** The card a block id names, or null for an older card or a thread reply's buttons. */
  static CardRef fromBlockId(String blockId) {
    if (blockId == null || !blockId.startsWith(PREFIX)) {
      return null;
    }
    String[] parts = blockId.substring(PREFIX.length()).split("\\|", 3);
    return parts.length == 3 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[2].isEmpty()
        ? new CardRef(parts[0], parts[1], parts[2]) : null;
  }

  /** Whether a conversation is about this card's role (of the same company). */
  boolean sameRole(Conversation c) {
    return company.equals(c.company()) && role.equals(c.role());
  }
}
