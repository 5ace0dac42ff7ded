package com.compcoach.slack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The app's settings, read from the environment once at start.
 *
 * @param botToken      {@code SLACK_BOT_TOKEN}, the xoxb- token every Web API call uses (null over HTTP until set)
 * @param signingSecret {@code SLACK_SIGNING_SECRET}, checks HTTP requests (not needed in Socket Mode)
 * @param appToken      {@code SLACK_APP_TOKEN}, the xapp- token for Socket Mode (null over HTTP)
 * @param port          {@code PORT}, default 3000
 * @param guidesDir     {@code GUIDES_DIR}, or null for the seeds built into the jar
 * @param apiUrl        {@code SLACK_API_URL}, the Web API base ending in '/', default Slack's own
 * @param replayGuard   {@code SLACK_REPLAY_GUARD}, on unless "off": a replayed signed request is answered once
 */
public record SlackSettings(String botToken, String signingSecret, String appToken, int port, Path guidesDir,
                            String apiUrl, boolean replayGuard) {

  /** The settings with the replay guard on, as production runs. */
  public SlackSettings(String botToken, String signingSecret, String appToken, int port, Path guidesDir,
      String apiUrl) {
    this(botToken, signingSecret, appToken, port, guidesDir, apiUrl, true);
  }

  /** Slack's Web API base. */
  public static final String SLACK_API = "https://slack.com/api/";

  /** How the app takes Slack's requests, which decides the settings it needs. */
  public enum Mode { HTTP, SOCKET }

  /** Tokens and secrets never reach a log line through {@code toString}. */
  @Override
  public String toString() {
    return "SlackSettings[port=" + port + ", guidesDir=" + guidesDir + ", apiUrl=" + apiUrl + ", replayGuard="
        + replayGuard + "]";
  }

  /**
   * Reads the settings from an environment map (normally {@code System.getenv()}).
   *
   * @throws MissingSettingException naming every missing or malformed setting, in one line
   */
  public static SlackSettings from(Map<String, String> env, Mode mode) {
    List<String> problems = new ArrayList<>();
    // Over HTTP the app starts without a bot token, so Slack can check the request URL while the app is set up.
    String botToken = mode == Mode.HTTP ? blankToNull(env.get("SLACK_BOT_TOKEN"))
        : required(env, "SLACK_BOT_TOKEN", problems);
    String signingSecret = mode == Mode.HTTP ? required(env, "SLACK_SIGNING_SECRET", problems)
        : blankToNull(env.get("SLACK_SIGNING_SECRET"));
    String appToken = mode == Mode.SOCKET ? required(env, "SLACK_APP_TOKEN", problems) : null;
    int port = 3000;
    String portText = blankToNull(env.get("PORT"));
    if (portText != null) {
      try {
        port = Integer.parseInt(portText.trim());
        if (port < 0 || port > 65_535) {
          problems.add("PORT must be 0-65535, was '" + portText + "'");
        }
      } catch (NumberFormatException e) {
        problems.add("PORT must be a number, was '" + portText + "'");
      }
    }
    String guides = blankToNull(env.get("GUIDES_DIR"));
    String apiUrl = blankToNull(env.get("SLACK_API_URL"));
    if (apiUrl == null) {
      apiUrl = SLACK_API;
    } else if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
      problems.add("SLACK_API_URL must start with http:// or https://, was '" + apiUrl + "'");
    } else if (!apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }
    // Off only for a load test that sends one signed request over and over (bench/slack-peers.sh); never in production.
    String guard = blankToNull(env.get("SLACK_REPLAY_GUARD"));
    if (guard != null && !guard.equalsIgnoreCase("on") && !guard.equalsIgnoreCase("off")) {
      problems.add("SLACK_REPLAY_GUARD must be on or off, was '" + guard + "'");
    }
    if (!problems.isEmpty()) {
      throw new MissingSettingException(String.join("; ", problems));
    }
    return new SlackSettings(botToken, signingSecret, appToken, port, guides == null ? null : Path.of(guides),
        apiUrl, !"off".equalsIgnoreCase(guard));
  }

  private static String required(Map<String, String> env, String name, List<String> problems) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      problems.add(name + " is not set");
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** A setting is missing or malformed; the message is the one line to print. */
  public static final class MissingSettingException extends RuntimeException {
    MissingSettingException(String message) {
      super(message);
    }
  }
}
