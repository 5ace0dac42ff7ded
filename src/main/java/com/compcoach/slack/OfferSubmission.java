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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The offer modal's submission: every field's problem is shown on its field ({@code response_action: errors}) and
 * nothing changes; a valid offer closes the modal and the card with the counter is posted in the card's thread.
 */
final class OfferSubmission implements ViewSubmissionHandler {

  static final String LOST = "This form lost track of its card. Close it and press \"Enter my offer\" on the card again.";

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
    AtomicReference<Submission> outcome = new AtomicReference<>();
    // The submission is judged inside the turn so the state saved is the one the posted card shows.
    Reply reply = crew.conversations().turn(thread.key(), p.getUser().getId(), c -> {
      Submission submission = crew.coach().submit(c, form, venue);
      outcome.set(submission);
      return submission instanceof Submission.Accepted accepted ? accepted.turn() : new Turn(c, new Reply.Text(""));
    });
    Submission submission = outcome.get();
    if (submission == null) {
      return context.ack(r -> r.responseAction("errors").errors(Map.of(BlockIds.BASE,
          SlackText.trim(Conversations.UNAVAILABLE, 150))));
    }
    if (submission instanceof Submission.Invalid invalid) {
      Map<String, String> errors = crew.modal().errors(invalid.errors());
      return context.ack(r -> r.responseAction("errors").errors(errors));
    }
    crew.work().execute(() -> crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply));
    return context.ack();
  }

  /** The letter field: read instead of the fields; a letter with no figure is an error on that field. */
  private Response letter(ThreadRef thread, String userId, String letter, Venue venue,
      ViewSubmissionContext context) {
    AtomicReference<Turn> outcome = new AtomicReference<>();
    Reply reply = crew.conversations().turn(thread.key(), userId, c -> {
      Turn turn = crew.coach().letter(c, letter, venue);
      outcome.set(turn);
      // A letter with nothing to read changes nothing; its question goes on the field, not into the thread.
      return turn.reply() instanceof Reply.Question ? new Turn(c, new Reply.Text("")) : turn;
    });
    Turn turn = outcome.get();
    if (turn == null) {
      return context.ack(r -> r.responseAction("errors").errors(Map.of(BlockIds.LETTER,
          SlackText.trim(Conversations.UNAVAILABLE, 150))));
    }
    if (turn.reply() instanceof Reply.Question question) {
      return context.ack(r -> r.responseAction("errors").errors(Map.of(BlockIds.LETTER,
          SlackText.trim(question.text(), 150))));
    }
    crew.work().execute(() -> crew.delivery().inThread(thread.channelId(), thread.threadTs(), reply));
    return context.ack();
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
