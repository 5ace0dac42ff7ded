package com.compcoach.console;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change the page must show, pushed over the event stream.
 *
 * @param type what changed: {@code snapshot}, {@code message}, {@code delete}, {@code views}, {@code home}
 * @param data the changed thing as the page reads it
 */
record ConsoleEvent(String type, JsonNode data) {}
