package com.compcoach.slack;

import com.compcoach.coach.OfferForm;
import com.compcoach.coach.Reply;
import com.compcoach.coach.Submission;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import com.compcoach.coach.Conversation;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The offer modal's submission: every field's problem is shown on its field ({@code response_action: errors}) and
 * nothing changes; a valid offer closes the modal and the card with the counter is posted in the card's thread.
 */
final class OfferSubmission implements ViewSubmissionHandler {

  static final String LOST = "This form lost track of its card. Close it and press \"Enter my offer\" on the card again.";

  static final String BUSY = "I'm busy right now and couldn't take this. Please submit it again in a moment.";

  static final String LATE = "Still saving this: if it was complete, its counter appears in the thread in a moment. "
      + "Check the thread before submitting again.";

  /** How long the form waits for its turn to be saved: Slack wants the form's answer within 3 s. */
  static final Duration WAIT = Duration.ofMillis(2_500);

  private static final int WAITING = 0;
  private static final int STARTED = 1;
  private static final int GIVEN_UP = 2;

  private final Crew crew;

  OfferSubmission(Crew crew) {
    this.crew = crew;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
    ViewSubmissionPayload p = request.getPayload();
    ThreadRef thread = ThreadRef.decode(p.getView().getPrivateMetadata());
    if (thread == null || p.getUser() == null) {
      return context.ack(r -> r.responseAction("errors").errors(Map.of(BlockIds.BASE, LOST)));
    }
    Map<String, Map<String, String>> values = values(p.getView().getState());
    OfferForm form = crew.modal().read(values);
    String letter = crew.modal().letter(values);
    Venue venue = thread.venue();
    if (letter != null) {
      return letter(thread, p.getUser().getId(), letter, venue, context);
    }
    // The submission is judged inside the turn so the state saved is the one the posted card shows.
    Outcome<Submission> outcome = judge(thread, p.getUser().getId(), c -> crew.coach().submit(c, form, venue),
        (c, submission) -> submission instanceof Submission.Accepted accepted ? accepted.turn()
            : new Turn(c, new Reply.Text("")),
        submission -> submission instanceof Submission.Accepted);
    if (!(outcome instanceof Outcome.Saved<Submission> saved)) {
      return context.ack(r -> r.responseAction("errors").errors(Map.of(BlockIds.BASE, notSaved(outcome))));
    }
    if (saved.decided() instanceof Submission.Invalid invalid) {
      Map<String, String> errors = crew.modal().errors(invalid.errors());
      return context.ack(r -> r.responseAction("errors").errors(errors));
    }
    return context.ack();
  }

  /** The letter field: read instead of the fields; a letter with no figure is an error on that field. */
  private Response letter(ThreadRef thread, String userId, String letter, Venue venue,
      ViewSubmissionContext context) {
    Outcome<Turn> outcome = judge(thread, userId, c -> crew.coach().letter(c, letter, venue),
        // A letter with nothing to read changes nothing; its question goes on the field, not into the thread.
        (c, turn) -> turn.reply() instanceof Reply.Question ? new Turn(c, new Reply.Text("")) : turn,
        turn -> !(turn.reply() instanceof Reply.Question));
    if (!(outcome instanceof Outcome.Saved<Turn> saved)) {
      return context.ack(r -> r.responseAction("errors").errors(Map.of(BlockIds.LETTER, notSaved(outcome))));
    }
    if (saved.decided().reply() instanceof Reply.Question question) {
      return context.ack(r -> r.responseAction("errors").errors(Map.of(BlockIds.LETTER,
          SlackText.trim(question.text(), 150))));
    }
    return context.ack();
  }

  /** How far a form's turn got by the time Slack needed an answer. */
  private sealed interface Outcome<T> {
    /** Saved: what it decided. */
    record Saved<T>(T decided) implements Outcome<T> {}

    /** The thread's memory could not be read or written: nothing was decided. */
    record Unavailable<T>() implements Outcome<T> {}

    /** Never started: the app was busy, or the thread's earlier turns were still running; nothing changed. */
    record NotStarted<T>() implements Outcome<T> {}

    /** Started but not saved in time: it goes on, and posts its reply in the thread if {@code posted} says so. */
    record Late<T>() implements Outcome<T> {}
  }

  /**
   * Runs the form as a turn of its thread, in line with the thread's messages and clicks, and waits (at most
   * {@link #WAIT}) for it to be saved, since the form's answer (field errors, or closing) depends on what it
   * decided. {@code posted} says whether the turn's reply goes to the thread; it is posted within the turn, so the
   * thread's next turn comes after it.
   */
  private <T> Outcome<T> judge(ThreadRef thread, String userId, Function<Conversation, T> decide,
      BiFunction<Conversation, T, Turn> turn, Predicate<T> posted) {
    AtomicReference<T> decided = new AtomicReference<>();
    CompletableFuture<Reply> saved = new CompletableFuture<>();
    AtomicInteger stage = new AtomicInteger(WAITING);
    try {
      crew.turns().submit(thread.key(), () -> {
        if (!stage.compareAndSet(WAITING, STARTED)) {
          return CompletableFuture.completedFuture(null); // the form was told to try again: this turn is void
        }
        return crew.conversations().take(thread.key(), userId, c -> {
          T outcome = decide.apply(c);
          decided.set(outcome);
          return turn.apply(c, outcome);
        }).thenCompose(reply -> {
          saved.complete(reply);
          T outcome = decided.get();
          return outcome != null && posted.test(outcome)
              ? crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply)
              : CompletableFuture.completedFuture(null);
        });
      });
    } catch (RejectedExecutionException busy) {
      return new Outcome.NotStarted<>();
    }
    try {
      saved.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      T outcome = decided.get();
      return outcome == null ? new Outcome.Unavailable<>() : new Outcome.Saved<>(outcome);
    } catch (TimeoutException e) {
      return stage.compareAndSet(WAITING, GIVEN_UP) ? new Outcome.NotStarted<>() : new Outcome.Late<>();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stage.compareAndSet(WAITING, GIVEN_UP) ? new Outcome.NotStarted<>() : new Outcome.Late<>();
    } catch (ExecutionException e) {
      return new Outcome.Unavailable<>();
    }
  }

  /** The field's line when the form's turn did not end in a saved decision. */
  private static String notSaved(Outcome<?> outcome) {
    String line = outcome instanceof Outcome.NotStarted<?> ? BUSY
        : outcome instanceof Outcome.Late<?> ? LATE : Conversations.UNAVAILABLE;
    return SlackText.trim(line, 150);
  }

  private static Map<String, Map<String, String>> values(ViewState state) {
    Map<String, Map<String, String>> out = new HashMap<>();
    if (state == null || state.getValues() == null) {
      return out;
    }
    state.getValues().forEach((blockId, actions) -> {
      Map<String, String> inner = new HashMap<>();
      actions.forEach((actionId, value) -> {
        if (value != null && value.getValue() != null) {
          inner.put(actionId, value.getValue());
        }
      });
      out.put(blockId, inner);
    });
    return out;
  }
}
