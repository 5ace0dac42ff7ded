package com.compcoach.slack;

import com.compcoach.coach.Conversation;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The card's region select. On a channel's top-level card it re-renders that card in place for the new region from
 * the card's own role alone, so nothing typed in the thread ever reaches the top-level message; when the thread
 * coaches the same role with an offer, the recomputed counter goes into the thread. On a card inside a thread the
 * new card is posted in that thread.
 */
final class RegionSelect implements BlockActionHandler {

  /** A turn that posts nothing in the thread. */
  private static final Reply NOTHING = new Reply.Text("");

  private final Crew crew;

  RegionSelect(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    CardAction action = CardAction.of(request.getPayload());
    if (action.complete() && action.value() != null) {
      ThreadRef thread = action.cardThread();
      // A turn of the thread in line with its messages and clicks, so its replies come after theirs, in order.
      crew.turns().submit(thread.key(), () -> action.threadTs() == null ? topLevel(action, thread)
          : crew.conversations().take(thread.key(), action.userId(),
              c -> crew.coach().switchRegion(c, action.value(), thread.venue()))
              .thenCompose(reply -> crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply)));
    }
    return context.ack();
  }

  private CompletionStage<?> topLevel(CardAction action, ThreadRef thread) {
    Venue venue = thread.venue();
    AtomicReference<Reply> top = new AtomicReference<>();
    return crew.conversations().take(thread.key(), action.userId(), c -> {
      // Older cards carry no role of their own: theirs is the thread's.
      CardRef ref = action.card() != null ? action.card()
          : c.started() ? new CardRef(c.company(), c.role(), c.region()) : null;
      if (ref == null) {
        top.set(crew.coach().switchRegion(c, action.value(), venue).reply());
        return new Turn(c, NOTHING);
      }
      // The top-level card is rebuilt from the card's own role alone: not one figure typed in the thread.
      Conversation bare = crew.coach().onCard(Conversation.EMPTY, ref.company(), ref.role(), ref.region());
      top.set(crew.coach().switchRegion(bare, action.value(), venue).reply());
      if (!(top.get() instanceof Reply.Card) || !ref.sameRole(c) || !c.started()) {
        return new Turn(c, NOTHING);
      }
      // The thread follows the card; its figures are recomputed for the new region there, never on the card.
      Turn moved = crew.coach().switchRegion(c, action.value(), venue);
      return new Turn(moved.conversation(), c.offer() == null || c.offer().isEmpty() ? NOTHING : moved.reply());
    }).thenCompose(inThread -> {
      CompletableFuture<WebApi.Result<String>> first = CompletableFuture.completedFuture(null);
      if (top.get() instanceof Reply.Card) {
        crew.delivery().replace(thread.channelId(), action.messageTs(), top.get());
      } else if (top.get() != null) {
        first = crew.delivery().inThread(thread.channelId(), thread.threadTs(), top.get());
      }
      // Posted one after the other: Slack shows a thread's replies in the order it took them.
      return inThread == NOTHING ? first
          : first.thenCompose(posted -> crew.delivery().inThread(thread.channelId(), thread.threadTs(), inThread));
    });
  }
}
