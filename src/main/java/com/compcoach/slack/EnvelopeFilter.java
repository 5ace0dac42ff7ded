package com.compcoach.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.socket_mode.queue.SocketModeMessageQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Socket Mode client's queue of messages from Slack, with junk kept out: a message that is not a JSON object, or
 * whose {@code payload} is not one, is left out with one WARN line (its length, never its text). Slack's SDK threw on
 * these and logged an ERROR with the exception's frame for what is the peer's fault, not ours.
 */
final class EnvelopeFilter implements SocketModeMessageQueue {

  private static final Logger LOG = LoggerFactory.getLogger(EnvelopeFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SocketModeMessageQueue queue;

  /** @param queue the client's own queue, which keeps every message it already holds */
  EnvelopeFilter(SocketModeMessageQueue queue) {
    this.queue = queue;
  }

  @Override
  public void add(String message) {
    if (envelope(message)) {
      queue.add(message);
    } else {
      LOG.warn("Socket Mode: left out a message from Slack that is no envelope ({} characters)", message.length());
    }
  }

  @Override
  public String poll() {
    return queue.poll();
  }

  /** Whether the message is a JSON object whose payload, if it has one, is an object too. */
  static boolean envelope(String message) {
    try {
      JsonNode root = JSON.readTree(message);
      return root != null && root.isObject() && (!root.has("payload") || root.get("payload").isObject());
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }
}
