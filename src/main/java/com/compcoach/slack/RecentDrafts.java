package com.compcoach.slack;

import com.compcoach.coach.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Each user's last few ready-to-send texts (the counteroffer email, the call script, the note asking for more time),
 * kept for their App Home, where only they see them. Kept in memory as the recent lookups are: a restart empties
 * both, and each instance of several knows only what it answered.
 */
final class RecentDrafts {

  static final int KEEP = 5;

  /** What is sent or said as it is; the year-by-year tables are for reading, not sending. */
  static final Set<String> KINDS = Set.of("email", "call", "extension");

  /**
   * Kept no longer than a conversation is by default ({@code CONVERSATION_TTL}): the texts hold the thread's figures.
   */
  static final Duration LIFE = Duration.ofDays(30);

  /**
   * One kept text.
   *
   * @param channelId where it was asked for, so {@code /comp forget} there removes it
   * @param title     what it is and for which role at which company
   * @param body      the text to copy
   * @param at        when it was given
   */
  record Kept(String channelId, String title, String body, Instant at) {}

  /** About 3 KB a text: 2,000 users' five come to about 30 MB at most, a fraction of the heap. */
  private final NewestFirst<Kept> kept = new NewestFirst<>(KEEP,
      (a, b) -> a.title().equals(b.title()) && a.body().equals(b.body()),
      k -> k.title().length() + k.body().length(), 30_000_000, LIFE);
  private final Clock clock;

  RecentDrafts(Clock clock) {
    this.clock = clock;
  }

  /** Keeps {@code reply} for the user if it is a text to send; anything else is not kept. */
  void keep(String teamId, String userId, String channelId, Reply reply) {
    if (reply instanceof Reply.Draft draft && KINDS.contains(draft.kind())) {
      kept.add(teamId, userId, new Kept(channelId, draft.title(), draft.body(), clock.instant()));
    }
  }

  /** The user's kept texts, newest first; empty when none. */
  List<Kept> of(String teamId, String userId) {
    return kept.of(teamId, userId);
  }

  /** {@code /comp forget} in a channel: the texts the user was given there go too; returns how many. */
  int forget(String teamId, String userId, String channelId) {
    return kept.remove(teamId, userId, k -> k.channelId().equals(channelId));
  }
}
