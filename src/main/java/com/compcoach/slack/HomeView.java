package com.compcoach.slack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The App Home tab: how to use the bot, and the user's recent lookups. */
final class HomeView {

  /** The home view JSON for {@code views.publish}; {@code usage} is the coach's help text. */
  String view(String usage, List<String> recent) {
    Blocks blocks = new Blocks();
    blocks.header("comp-coach");
    blocks.section(SlackText.escape(usage));
    blocks.divider();
    if (recent.isEmpty()) {
      blocks.section("*Your recent lookups*\nNone yet. Try `/comp ml-ai-engineer charlotte` in any channel or here.");
    } else {
      StringBuilder text = new StringBuilder("*Your recent lookups*");
      recent.forEach(r -> text.append("\n• ").append(SlackText.escape(r)));
      blocks.section(text.toString());
    }
    blocks.context(List.of("Figures you type in a channel are visible to it; DM me to keep them private."));
    ObjectNode view = JsonNodeFactory.instance.objectNode();
    view.put("type", "home");
    view.set("blocks", blocks.build());
    return view.toString();
  }
}
