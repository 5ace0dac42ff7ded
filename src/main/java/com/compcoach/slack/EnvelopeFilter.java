package com.compcoach.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.socket_mode.queue.SocketModeMessageQueue;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final Runnable linkDisabled;
  private final AtomicBoolean disabled = new AtomicBoolean();

  /**
   * @param queue        the client's own queue, which keeps every message it already holds
   * @param linkDisabled run once when Slack says Socket Mode is turned off for the app ({@code disconnect} with
   *                     reason {@code link_disabled}), which the SDK would answer by reconnecting for ever
   */
  EnvelopeFilter(SocketModeMessageQueue queue, Runnable linkDisabled) {
    this.queue = queue;
    this.linkDisabled = linkDisabled;
  }

  @Override
  public void add(String message) {
    if (!envelope(message)) {
      LOG.warn("Socket Mode: left out a message from Slack that is no envelope ({} characters)", message.length());
    } else if (linkDisabled(message)) {
      if (disabled.compareAndSet(false, true)) {
        linkDisabled.run();
      }
    } else {
      queue.add(message);
    }
  }

  /** Whether it is Slack's {@code disconnect} for Socket Mode turned off; a word test before the JSON is read. */
  static boolean linkDisabled(String message) {
    if (!message.contains("link_disabled")) {
      return false;
    }
    try {
      JsonNode root = JSON.readTree(message);
      return "disconnect".equals(root.path("type").asText()) && "link_disabled".equals(root.path("reason").asText());
    } catch (java.io.IOException | RuntimeException e) {
      return false;
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
