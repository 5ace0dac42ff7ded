package com.compcoach.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends a Slack-shaped body, signed with the run's secret, over loopback into the app's {@code /slack/events}. */
final class LoopbackSender {

  /**
   * What the app answered.
   *
   * @param body the acknowledgement's body: empty, or JSON such as a slash command's text or {@code response_action}
   */
  record Answer(int status, String body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final HttpClient http;
  private final URI events;
  private final RequestSigner signer;
  private final MessageClock clock;

  LoopbackSender(HttpClient http, URI events, RequestSigner signer, MessageClock clock) {
    this.http = http;
    this.events = events;
    this.signer = signer;
    this.clock = clock;
  }

  Answer sendForm(String body) throws IOException, InterruptedException {
    return send("application/x-www-form-urlencoded", body);
  }

  Answer sendJson(String body) throws IOException, InterruptedException {
    return send("application/json", body);
  }

  private Answer send(String contentType, String body) throws IOException, InterruptedException {
    long timestamp = clock.epochSecond();
    HttpRequest request = HttpRequest.newBuilder(events)
        // Slack gives an app three seconds to acknowledge; a little more before we call it lost.
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", signer.sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }
}
