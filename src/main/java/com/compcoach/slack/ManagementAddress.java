package com.compcoach.slack;

import java.util.Map;

/**
 * Where {@code /metrics} is served: {@code MANAGEMENT_PORT}, a port ({@code 9464}, bound to 127.0.0.1 so that only
 * this machine, or a sidecar in its network namespace, can scrape it) or {@code host:port} to bind elsewhere
 * ({@code 0.0.0.0:9464} for a scraper on another machine). Never the public port: JVM and traffic figures are for
 * the operator, not for whoever can reach Slack's URL.
 *
 * @param host the interface to bind
 * @param port 0 picks a free port
 */
public record ManagementAddress(String host, int port) {

  /** The port when {@code MANAGEMENT_PORT} is not set (the port OpenTelemetry's Prometheus exporters use). */
  public static final int DEFAULT_PORT = 9464;
  /** The interface when {@code MANAGEMENT_PORT} names only a port. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /**
   * Reads {@code MANAGEMENT_PORT} from the environment.
   *
   * @throws SlackSettings.MissingSettingException in one line naming the setting and its value when it is malformed
   */
  public static ManagementAddress from(Map<String, String> env) {
    String value = env.get("MANAGEMENT_PORT");
    if (value == null || value.isBlank()) {
      return new ManagementAddress(DEFAULT_HOST, DEFAULT_PORT);
    }
    String text = value.trim();
    int colon = text.lastIndexOf(':');
    String host = colon < 0 ? DEFAULT_HOST : text.substring(0, colon).replaceAll("^\\[(.*)]$", "$1");
    String port = colon < 0 ? text : text.substring(colon + 1);
    if (host.isEmpty() || !port.matches("\\d{1,5}") || Integer.parseInt(port) > 65_535) {
      throw new SlackSettings.MissingSettingException("MANAGEMENT_PORT must be a port (9464) or host:port "
          + "(0.0.0.0:9464), was '" + text.replaceAll("\\p{Cntrl}", "?") + "'");
    }
    return new ManagementAddress(host, Integer.parseInt(port));
  }
}
