package com.compcoach.slack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The HTTP route of a thread's plain messages, the bulk of the events: the signed body is read once, streamed, and
 * the message goes straight to {@link ThreadMessages}. Bolt's own route read every event three times (to tell its
 * kind, then into a tree, then into its model) through its middleware, and cost a turn more CPU than its coaching.
 * Anything else (other events and subtypes, and every request until Slack has accepted the token) goes to Bolt.
 */
final class EventRoute {

  /** What {@link #take} answers for a request it leaves to Bolt. */
  static final int NOT_MINE = 0;

  private static final JsonFactory JSON = new JsonFactory();

  private final ThreadMessages messages;
  private final TokenGate gate;

  EventRoute(ThreadMessages messages, TokenGate gate) {
    this.messages = messages;
    this.gate = gate;
  }

  /** The HTTP status the message was acked with, or {@link #NOT_MINE} when Bolt should read this request. */
  int take(byte[] body) {
    if (body.length == 0 || body[0] != '{'
        || !(gate.standing() instanceof TokenStanding.Accepted accepted)) {
      return NOT_MINE;
    }
    ThreadMessages.Message message;
    try {
      message = read(body);
    } catch (IOException | RuntimeException unreadable) {
      return NOT_MINE; // Bolt answers what it makes of it, as it did before this route
    }
    return message == null ? NOT_MINE : messages.take(message, accepted.auth().getUserId());
  }

  /** The message of an {@code event_callback} whose event is a plain {@code message}; null for anything else. */
  private static ThreadMessages.Message read(byte[] body) throws IOException {
    String type = null;
    String teamId = null;
    String enterpriseId = null;
    boolean orgWide = false;
    String eventId = null;
    Fields event = null;
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "type" -> type = text(parser, value);
          case "team_id" -> teamId = text(parser, value);
          case "enterprise_id" -> enterpriseId = text(parser, value);
          case "authorizations" -> orgWide = orgWide(parser, value);
          case "event_id" -> eventId = text(parser, value);
          case "event" -> {
            if (value != JsonToken.START_OBJECT) {
              return null;
            }
            event = Fields.read(parser);
          }
          default -> parser.skipChildren();
        }
      }
    }
    if (!"event_callback".equals(type) || event == null || !"message".equals(event.type)
        || event.subtype != null && !ThreadMessages.BROADCAST.equals(event.subtype) || eventId == null) {
      return null;
    }
    return new ThreadMessages.Message(Workspace.of(teamId, enterpriseId, orgWide), eventId, event.channel, event.channelType, event.user, event.botId,
        event.subtype, event.text, event.threadTs, event.ts);
  }

  /**
   * Whether the first authorization says {@code "is_enterprise_install": true}, as {@link Workspace} reads Bolt's
   * model; the array is read through its end.
   */
  private static boolean orgWide(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return false;
    }
    boolean orgWide = false;
    boolean first = true;
    for (JsonToken item = parser.nextToken(); item != null && item != JsonToken.END_ARRAY;
        item = parser.nextToken()) {
      if (item == JsonToken.START_OBJECT && first) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken fieldValue = parser.nextToken();
          if ("is_enterprise_install".equals(field)) {
            orgWide = fieldValue == JsonToken.VALUE_TRUE;
          }
          parser.skipChildren();
        }
      } else {
        parser.skipChildren();
      }
      first = false;
    }
    return orgWide;
  }

  /** A string value; null for JSON null; anything else is not a message this route reads. */
  private static String text(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_STRING) {
      throw new IOException("not a string");
    }
    return parser.getText();
  }

  /** The event's fields a thread's turn needs. */
  private static final class Fields {
    String type;
    String channel;
    String channelType;
    String user;
    String botId;
    String text;
    String threadTs;
    String ts;
    String subtype;

    /** Reads the event object the parser is at the start of, through its end. */
    static Fields read(JsonParser parser) throws IOException {
      Fields event = new Fields();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "type" -> event.type = text(parser, value);
          case "subtype" -> event.subtype = value == JsonToken.VALUE_NULL ? null
              : value == JsonToken.VALUE_STRING ? parser.getText() : "";
          case "channel" -> event.channel = text(parser, value);
          case "channel_type" -> event.channelType = text(parser, value);
          case "user" -> event.user = text(parser, value);
          case "bot_id" -> event.botId = text(parser, value);
          case "text" -> event.text = text(parser, value);
          case "thread_ts" -> event.threadTs = text(parser, value);
          case "ts" -> event.ts = text(parser, value);
          default -> { }
        }
        parser.skipChildren();
      }
      return event;
    }
  }
}
