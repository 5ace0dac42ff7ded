package com.compcoach.console;

import com.compcoach.standin.Wire;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A stand-in for the app's {@code /slack/events} in the console's own tests: records what arrives and acknowledges
 * with what the test chose. The end-to-end browser test uses the real Bolt app instead.
 */
final class RecordingApp extends Handler.Abstract {

  /** One request as the app would see it. */
  record Received(String contentType, String timestamp, String signature, String body) {}

  /** An acknowledgement: HTTP status and body. */
  record Ack(int status, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Function<Received, Ack> acks = r -> new Ack(200, "");

  List<Received> received() {
    return List.copyOf(received);
  }

  void acknowledgeWith(Function<Received, Ack> acks) {
    this.acks = acks;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!"/slack/events".equals(Wire.path(request))) {
      return false;
    }
    Received r = new Received(request.getHeaders().get(HttpHeader.CONTENT_TYPE),
        request.getHeaders().get("X-Slack-Request-Timestamp"), request.getHeaders().get("X-Slack-Signature"),
        Wire.body(request));
    received.add(r);
    Ack ack = acks.apply(r);
    Wire.sendJson(response, callback, ack.status(), ack.body());
    return true;
  }
}
