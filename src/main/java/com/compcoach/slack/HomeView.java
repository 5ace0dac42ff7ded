package com.compcoach.slack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The App Home tab: how to use the bot, the user's recent lookups, and the emails and scripts they were last given,
 * each in a box to copy. Only that user sees it, so texts with figures typed in a shared channel may show here.
 */
final class HomeView {

  /** Shown where Slack cannot render a date in the reader's own time zone. */
  private static final DateTimeFormatter FALLBACK =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  static final String NO_DRAFTS = "*Ready to send*\nNone yet. In a card's thread, once it knows your offer, say "
      + "\"email\", \"call script\" or \"more time\": I keep the last " + RecentDrafts.KEEP + " here for you to copy.";

  /** The home view JSON for {@code views.publish}; {@code usage} is the coach's help text. */
  String view(String usage, List<String> recent, List<RecentDrafts.Kept> drafts) {
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
    blocks.divider();
    if (drafts.isEmpty()) {
      blocks.section(NO_DRAFTS);
    } else {
      blocks.section("*Ready to send*\nYour last emails and scripts, newest first.");
      for (RecentDrafts.Kept kept : drafts) {
        blocks.section("*" + SlackText.escape(kept.title()) + "*\n" + when(kept));
        blocks.copyable(kept.body());
      }
    }
    blocks.context(List.of("Only you see this tab. Figures you type in a channel are visible to it; DM me to keep "
        + "them private. `/comp forget` in a channel also clears the texts from there."));
    ObjectNode view = JsonNodeFactory.instance.objectNode();
    view.put("type", "home");
    view.set("blocks", blocks.build());
    return view.toString();
  }

  /** When it was given, in the reader's own time zone (Slack's date token), with a UTC fallback. */
  private static String when(RecentDrafts.Kept kept) {
    return "<!date^" + kept.at().getEpochSecond() + "^{date_short_pretty} at {time}|" + FALLBACK.format(kept.at())
        + ">";
  }
}
