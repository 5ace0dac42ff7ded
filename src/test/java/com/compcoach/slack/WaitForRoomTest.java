package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.store.Await;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A full work pool makes the ack wait for room, so no ack does a whole card inline while the pool has threads. */
class WaitForRoomTest {

  private final CountDownLatch release = new CountDownLatch(1);
  private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(1), r -> new Thread(r, "pool-thread"), new WaitForRoom(10_000));

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Test
  void execute_fullPool_submitterWaitsAndThePoolRunsTheTask() throws Exception {
    pool.execute(this::awaitRelease); // the one thread is busy
    pool.execute(() -> { });          // the queue is full
    AtomicReference<String> ranOn = new AtomicReference<>();
    CountDownLatch ran = new CountDownLatch(1);
    Thread submitter = new Thread(() -> pool.execute(() -> {
      ranOn.set(Thread.currentThread().getName());
      ran.countDown();
    }), "submitter");
    submitter.start();
    Await.value(Duration.ofSeconds(10),
        () -> submitter.getState() == Thread.State.TIMED_WAITING ? Boolean.TRUE : null);

    release.countDown();

    assertTrue(ran.await(10, TimeUnit.SECONDS));
    assertEquals("pool-thread", ranOn.get(), "the task runs on the pool, not in the waiting submitter");
  }

  /** When the pool cannot take the task at all. */
  @Nested
  class Failures {

    @Test
    void execute_poolShutDown_runsTheTaskInTheCaller() {
      pool.shutdown();
      AtomicReference<String> ranOn = new AtomicReference<>();

      pool.execute(() -> ranOn.set(Thread.currentThread().getName()));

      assertEquals(Thread.currentThread().getName(), ranOn.get(), "a late card's save still happens");
    }
  }

  private void awaitRelease() {
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
