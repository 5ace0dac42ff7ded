package com.compcoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;

/**
 * Where a clicked element sits: its workspace, channel, message and the thread that message belongs to, and the
 * card's own role and region when the element is one of a card's ({@code card} null otherwise).
 */
record CardAction(String teamId, String channelId, String userId, String messageTs, String threadTs,
                  String triggerId, String responseUrl, String value, CardRef card) {

  /** Reads a block action's payload; {@code threadTs} is null for a top-level message. */
  static CardAction of(BlockActionPayload p) {
    BlockActionPayload.Container container = p.getContainer();
    String channel = p.getChannel() != null ? p.getChannel().getId()
        : container == null ? null : container.getChannelId();
    String messageTs = container == null ? null : container.getMessageTs();
    String threadTs = container == null ? null : container.getThreadTs();
    if (threadTs == null && p.getMessage() != null) {
      threadTs = p.getMessage().getThreadTs();
    }
    String value = null;
    CardRef card = null;
    if (p.getActions() != null && !p.getActions().isEmpty()) {
      BlockActionPayload.Action action = p.getActions().get(0);
      value = action.getSelectedOption() != null ? action.getSelectedOption().getValue() : action.getValue();
      card = CardRef.fromBlockId(action.getBlockId());
    }
    return new CardAction(Workspace.of(p), channel,
        p.getUser() == null ? null : p.getUser().getId(), messageTs, threadTs, p.getTriggerId(), p.getResponseUrl(),
        value, card);
  }

  /** The card's thread: the message is the card, the root of its thread. */
  ThreadRef cardThread() {
    return new ThreadRef(teamId, channelId, threadTs != null ? threadTs : messageTs);
  }

  /** Whether the click came with what a thread needs. */
  boolean complete() {
    return teamId != null && channelId != null && messageTs != null && userId != null;
  }
}
