package com.compcoach.console;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Web API call the app made to the stand-in, and what the stand-in answered.
 *
 * @param params the call's arguments, JSON-valued ones ({@code blocks}, {@code view}) already parsed
 */
record WebApiCall(String method, JsonNode params, JsonNode answer) {

  boolean ok() {
    return answer.path("ok").asBoolean(false);
  }
}
