package com.compcoach.slack;

import java.util.regex.Pattern;

/** Turns the text of a Slack message back into what the person typed, for the coach. */
final class MessageText {

  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

  private MessageText() {}

  /** Drops user mentions (the bot's own, in an app_mention) and undoes Slack's escaping of {@code & < >}. */
  static String plain(String slackText) {
    if (slackText == null) {
      return "";
    }
    String text = MENTION.matcher(slackText).replaceAll(" ").trim();
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
