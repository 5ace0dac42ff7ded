package com.compcoach.slack;

import com.compcoach.coach.ConversationKey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Each conversation's turns, one at a time and in the order they arrived: a turn starts when the one before it in
 * the same thread has been answered. Waiting for that holds no worker, so a thread flooded with messages takes one
 * worker at a time and everyone else's cards and turns go on meanwhile.
 */
final class TurnQueue {

  private final GuardedWork work;
  /** The turns waiting behind the running one, by thread; a thread is here while one of its turns runs. */
  private final Map<ConversationKey, Deque<Supplier<? extends CompletionStage<?>>>> waiting =
      new ConcurrentHashMap<>();

  TurnQueue(GuardedWork work) {
    this.work = work;
  }

  /**
   * Queues a turn of the thread; {@code turn} runs on a worker and its stage completes once its answer is posted.
   *
   * @throws java.util.concurrent.RejectedExecutionException at once when the work backlog is full
   */
  void submit(ConversationKey key, Supplier<? extends CompletionStage<?>> turn) {
    work.admit();
    boolean[] first = {false};
    // A thread's line is only read and changed inside compute, which locks that key alone.
    waiting.compute(key, (k, line) -> {
      if (line == null) {
        first[0] = true;
        return new ArrayDeque<>();
      }
      line.add(turn);
      return line;
    });
    if (first[0]) {
      run(key, turn);
    }
  }

  private void run(ConversationKey key, Supplier<? extends CompletionStage<?>> turn) {
    work.resume(() -> {
      CompletionStage<?> answered;
      try {
        answered = turn.get();
      } catch (RuntimeException | Error e) {
        answered = CompletableFuture.failedFuture(e);
      }
      answered.whenComplete((done, failure) -> {
        if (failure != null) {
          GuardedWork.logFailure(failure);
        }
        work.release();
        next(key);
      });
    });
  }

  private void next(ConversationKey key) {
    List<Supplier<? extends CompletionStage<?>>> next = new ArrayList<>(1);
    waiting.computeIfPresent(key, (k, line) -> {
      Supplier<? extends CompletionStage<?>> turn = line.poll();
      if (turn == null) {
        return null; // the line is empty: the thread leaves the map
      }
      next.add(turn);
      return line;
    });
    if (!next.isEmpty()) {
      run(key, next.get(0));
    }
  }
}
