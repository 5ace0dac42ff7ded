package com.compcoach.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Builds Block Kit JSON within Slack's limits. Every text handed in is raw guide or user text: it is escaped and
 * trimmed here, once, so no renderer can forget.
 */
final class Blocks {

  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION = 3000;
  static final int MAX_FIELDS = 10;
  static final int MAX_FIELD = 2000;
  static final int MAX_HEADER = 150;
  static final int MAX_BUTTON = 75;
  static final int MAX_OPTIONS = 100;
  static final int MAX_CONTEXT = 10;
  static final int MAX_ACTIONS = 25;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ArrayNode blocks = NODES.arrayNode();

  /** A header (plain text, 150 characters at most). */
  Blocks header(String text) {
    ObjectNode block = block("header");
    block.set("text", plain(text, MAX_HEADER));
    return add(block);
  }

  /** A section of mrkdwn, trimmed to 3,000 characters; {@code markup} is trusted mrkdwn around escaped parts. */
  Blocks section(String markup) {
    ObjectNode block = block("section");
    block.set("text", markdown(SlackText.trim(markup, MAX_SECTION)));
    return add(block);
  }

  /** A section of fields (10 at most, each trimmed); each field is trusted mrkdwn around escaped parts. */
  Blocks fields(List<String> markups) {
    ObjectNode block = block("section");
    ArrayNode fields = block.putArray("fields");
    markups.stream().limit(MAX_FIELDS).forEach(f -> fields.add(markdown(SlackText.trim(f, MAX_FIELD))));
    return add(block);
  }

  /** A context block of mrkdwn lines (10 at most). */
  Blocks context(List<String> markups) {
    if (markups.isEmpty()) {
      return this;
    }
    ObjectNode block = block("context");
    ArrayNode elements = block.putArray("elements");
    markups.stream().limit(MAX_CONTEXT).forEach(m -> elements.add(markdown(SlackText.trim(m, MAX_FIELD))));
    return add(block);
  }

  /**
   * Raw text to copy as it is, in code blocks: a fence costs 6 characters of a section's 3,000, so a long text goes
   * into several blocks, split between lines.
   */
  Blocks copyable(String text) {
    StringBuilder part = new StringBuilder();
    int room = MAX_SECTION - 8;
    for (String line : text.stripTrailing().split("\n", -1)) {
      String escaped = SlackText.escape(line);
      if (part.length() + escaped.length() + 1 > room && part.length() > 0) {
        section("```" + part + "```");
        part.setLength(0);
      }
      part.append(part.length() > 0 ? "\n" : "").append(escaped);
    }
    if (part.length() > 0) {
      section("```" + part + "```");
    }
    return this;
  }

  Blocks divider() {
    return add(block("divider"));
  }

  /** An actions block of elements made with {@link #button} and {@link #select} (25 at most). */
  Blocks actions(String blockId, List<ObjectNode> elements) {
    ObjectNode block = block("actions");
    block.put("block_id", blockId);
    ArrayNode array = block.putArray("elements");
    elements.stream().limit(MAX_ACTIONS).forEach(array::add);
    return add(block);
  }

  /** Adds a block built elsewhere (a modal's input). */
  Blocks raw(ObjectNode block) {
    return add(block);
  }

  /** How many blocks so far. */
  int size() {
    return blocks.size();
  }

  /** The blocks, never more than 50: the last kept is replaced by a note that the rest was left out. */
  ArrayNode build() {
    if (blocks.size() <= MAX_BLOCKS) {
      return blocks.deepCopy();
    }
    ArrayNode out = NODES.arrayNode();
    for (int i = 0; i < MAX_BLOCKS - 1; i++) {
      out.add(blocks.get(i));
    }
    ObjectNode more = block("context");
    more.putArray("elements").add(markdown(SlackText.ELLIPSIS + " (more than fits in one message)"));
    out.add(more);
    return out;
  }

  static ObjectNode button(String actionId, String label, String value) {
    ObjectNode button = NODES.objectNode();
    button.put("type", "button");
    button.put("action_id", actionId);
    button.set("text", plain(label, MAX_BUTTON));
    if (value != null) {
      button.put("value", SlackText.trim(value, 2000));
    }
    return button;
  }

  /** A static select of (label, value) options with one preselected. */
  static ObjectNode select(String actionId, String placeholder, List<String[]> options, String selectedValue) {
    ObjectNode select = NODES.objectNode();
    select.put("type", "static_select");
    select.put("action_id", actionId);
    select.set("placeholder", plain(placeholder, 150));
    ArrayNode array = select.putArray("options");
    for (String[] o : options.subList(0, Math.min(options.size(), MAX_OPTIONS))) {
      ObjectNode option = option(o[0], o[1]);
      array.add(option);
      if (o[1].equals(selectedValue)) {
        select.set("initial_option", option.deepCopy());
      }
    }
    return select;
  }

  static ObjectNode option(String label, String value) {
    ObjectNode option = NODES.objectNode();
    option.set("text", plain(label, 75));
    // Values come back to us verbatim; they are guide region names, kept raw so they match the guide.
    option.put("value", value.length() > 150 ? value.substring(0, 150) : value);
    return option;
  }

  /** A plain_text object of raw text, escaped and trimmed. */
  static ObjectNode plain(String raw, int max) {
    ObjectNode text = NODES.objectNode();
    text.put("type", "plain_text");
    text.put("text", SlackText.safe(raw, max));
    text.put("emoji", true);
    return text;
  }

  static ObjectNode markdown(String markup) {
    ObjectNode text = NODES.objectNode();
    text.put("type", "mrkdwn");
    text.put("text", markup);
    return text;
  }

  private static ObjectNode block(String type) {
    ObjectNode block = NODES.objectNode();
    block.put("type", type);
    return block;
  }

  private Blocks add(ObjectNode block) {
    blocks.add(block);
    return this;
  }
}
