package com.compcoach.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A slash command's form body read in one pass, the way Bolt's own parser reads it (same fields, an empty value left
 * unset). Bolt reads the same form three times over (looking for an interactive payload, detecting a command, then
 * parsing it), compiling a regular expression per field each time: under load that was the largest part of a
 * {@code /comp}'s ack (docs/benchmarks.md). Anything that is not plainly a slash command is left to Bolt.
 */
final class SlashCommandForm {

  private SlashCommandForm() {}

  /**
   * The payload of a slash command's form, or null when the body is anything else (JSON, an interactive
   * {@code payload}, an SSL check, no {@code command}) or is not well formed: Bolt's parser then decides.
   */
  static SlashCommandPayload read(String body) {
    if (body.isEmpty() || body.charAt(0) == '{') {
      return null;
    }
    SlashCommandPayload payload = new SlashCommandPayload();
    int start = 0;
    int equals = body.indexOf('=');
    while (start <= body.length()) {
      int end = body.indexOf('&', start);
      if (end < 0) {
        end = body.length();
      }
      if (equals >= 0 && equals < start) {
        equals = body.indexOf('=', start); // searched again only once passed, so the pass stays linear
      }
      if (equals > start && equals < end - 1) {
        String name;
        String value;
        try {
          name = URLDecoder.decode(body.substring(start, equals).trim(), StandardCharsets.UTF_8);
          value = URLDecoder.decode(body.substring(equals + 1, end), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
          return null;
        }
        if (!take(payload, name, value)) {
          return null;
        }
      }
      start = end + 1;
    }
    return payload.getCommand() == null ? null : payload;
  }

  /** Sets one field; false for a field that means the body is not a slash command. */
  private static boolean take(SlashCommandPayload payload, String name, String value) {
    switch (name) {
      case "token" -> payload.setToken(value);
      case "team_id" -> payload.setTeamId(value);
      case "team_domain" -> payload.setTeamDomain(value);
      case "enterprise_id" -> payload.setEnterpriseId(value);
      case "enterprise_name" -> payload.setEnterpriseName(value);
      case "api_app_id" -> payload.setApiAppId(value);
      case "channel_id" -> payload.setChannelId(value);
      case "channel_name" -> payload.setChannelName(value);
      case "user_id" -> payload.setUserId(value);
      case "user_name" -> payload.setUserName(value);
      case "command" -> payload.setCommand(value);
      case "text" -> payload.setText(value);
      case "response_url" -> payload.setResponseUrl(value);
      case "trigger_id" -> payload.setTriggerId(value);
      case "is_enterprise_install" -> payload.setEnterpriseInstall(Boolean.parseBoolean(value));
      case "payload", "ssl_check" -> {
        return false;
      }
      default -> { }
    }
    return true;
  }
}
