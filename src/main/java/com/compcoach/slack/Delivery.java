package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Turn;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Posts the coach's replies: new cards that own a thread, answers in a thread, and the fallback via response_url. */
final class Delivery {

  /** The errors that mean the bot cannot post in the channel, so the answer goes through {@code response_url}. */
  static final Set<String> NOT_A_MEMBER = Set.of("not_in_channel", "channel_not_found");

  static final String INVITE = "I'm not in this channel, so this card can't start a thread here. "
      + "Invite me with `/invite @comp-coach` to coach in its thread, or DM me.";

  static final String UNDELIVERED = "Slack wouldn't take this card in the channel just now, even after a few tries, "
      + "so here it is just for you. Run the command again in a minute to start a thread on it.";

  /** Slack's errors for a message refused for what it holds (too long, blocks it would not take). */
  static final Set<String> REFUSED_AS_WRITTEN = Set.of("msg_too_long", "invalid_blocks", "invalid_blocks_format",
      "too_many_attachments", "invalid_attachments");

  static final String REFUSED = "Slack wouldn't post my answer here (it said %s). Ask for one part of it "
      + "(\"bands\", \"levers\" or \"email\"), or say \"help\".";

  private final WebApi api;
  private final ReplyRenderer renderer;
  private final Conversations conversations;
  private final RecentLookups recent;
  private final RecentDrafts drafts;
  private final SlackMetrics metrics;

  Delivery(WebApi api, ReplyRenderer renderer, Conversations conversations, RecentLookups recent,
      RecentDrafts drafts, SlackMetrics metrics) {
    this.api = api;
    this.renderer = renderer;
    this.conversations = conversations;
    this.recent = recent;
    this.drafts = drafts;
    this.metrics = metrics;
  }

  /**
   * Answers a {@code /comp}: a card or comparison is posted to start its own thread, and the conversation is
   * remembered under the new message's ts; help, closest matches and questions go privately to the one who asked.
   * When the bot is not in the channel, the card too goes privately through {@code responseUrl}, with a line on
   * inviting the bot; so does a card Slack would not take after every retry, with a line saying so (and counted).
   */
  void start(String teamId, String channelId, String userId, String responseUrl, Turn turn) {
    start(teamId, channelId, userId, responseUrl, turn, renderer.render(turn.reply()));
  }

  /** As {@link #start(String, String, String, String, Turn)}, with the reply already rendered. */
  void start(String teamId, String channelId, String userId, String responseUrl, Turn turn, Rendered rendered) {
    boolean threadWorthy = turn.reply() instanceof Reply.Card || turn.reply() instanceof Reply.Comparison;
    if (!threadWorthy && responseUrl != null) {
      privately(responseUrl, turn.reply(), null);
      return;
    }
    if (turn.reply() instanceof Reply.Card card) {
      recent.add(teamId, userId, card.guide().role().title() + " · " + card.guide().company().name() + " · "
          + card.region().name());
    }
    // Usually done by the time post returns; after a 429 or a passing failure it goes on when a retry is answered.
    api.post(channelId, null, rendered).thenAccept(posted -> {
      if (posted.ok()) {
        if (turn.conversation().started()) {
          conversations.begin(new ConversationKey(teamId, channelId, posted.response()), userId,
              turn.conversation());
        }
        return;
      }
      boolean notMember = NOT_A_MEMBER.contains(posted.error());
      if (!notMember) {
        metrics.cardUndelivered();
      }
      if (responseUrl != null) {
        api.respond(responseUrl, ephemeral(rendered, notMember ? INVITE : UNDELIVERED));
      }
    }).exceptionally(GuardedWork::logFailure);
  }

  /**
   * Posts a reply in a thread, holding no worker while Slack answers; the result completes once Slack has it (or
   * every retry failed).
   */
  CompletableFuture<WebApi.Result<String>> inThread(String channelId, String threadTs, Reply reply) {
    // A reply Slack refuses for what it holds is never sent again as it was; a short note says so, or the person
    // would wait for an answer that was dropped.
    return api.postAsync(channelId, threadTs, renderer.render(reply)).thenCompose(posted ->
        posted.ok() || !REFUSED_AS_WRITTEN.contains(posted.error()) ? CompletableFuture.completedFuture(posted)
            : api.postAsync(channelId, threadTs, renderer.render(new Reply.Text(String.format(REFUSED,
                posted.error())))));
  }

  /** A turn's reply to {@code userId} in a thread; an email or script is also kept for that user's App Home. */
  CompletableFuture<WebApi.Result<String>> inThread(ConversationKey key, String userId, Reply reply) {
    // Kept as the reply goes out, not once Slack has it: the post holds no worker now, so an App Home opened (or a
    // /comp forget sent) just after the reply would otherwise miss it. A reply Slack never took is still theirs.
    drafts.keep(key.teamId(), userId, key.channelId(), reply);
    return inThread(key.channelId(), key.threadTs(), reply);
  }

  /** Replaces a message with a reply (the card after a region switch). */
  void replace(String channelId, String ts, Reply reply) {
    api.update(channelId, ts, renderer.render(reply));
  }

  /** A private answer through {@code response_url}: the reply, then one line. */
  void privately(String responseUrl, Reply reply, String line) {
    api.respond(responseUrl, ephemeral(renderer.render(reply), line));
  }

  private static String ephemeral(Rendered rendered, String line) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("response_type", "ephemeral");
    payload.put("replace_original", false);
    payload.put("text", rendered.text());
    var blocks = rendered.blocks().deepCopy();
    if (line != null) {
      ObjectNode context = blocks.addObject();
      context.put("type", "context");
      context.putArray("elements").add(Blocks.markdown(line));
      if (blocks.size() > Blocks.MAX_BLOCKS) {
        blocks.remove(blocks.size() - 2);
      }
    }
    payload.set("blocks", blocks);
    return payload.toString();
  }
}
