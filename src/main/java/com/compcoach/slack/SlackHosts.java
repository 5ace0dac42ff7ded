package com.compcoach.slack;

import java.net.URI;
import java.util.Locale;

/**
 * The hosts the app sends a {@code response_url} answer or the bot token to: Slack's own over HTTPS
 * ({@code hooks.slack.com}, {@code files.slack.com}, GovSlack's {@code slack-gov.com}), or the Web API the app was
 * pointed at ({@code SLACK_API_URL}: the console's and the tests' stand-in). A URL that a request or an answer names
 * elsewhere is never called, so a payload that names another host cannot make the app post to it, or hand it the
 * token with a download.
 *
 * @param api the Web API's base URL
 */
record SlackHosts(URI api) {

  private static final String[] DOMAINS = {"slack.com", "slack-gov.com"};

  static SlackHosts of(String apiUrl) {
    return new SlackHosts(URI.create(apiUrl));
  }

  /** Whether {@code url} is on one of Slack's hosts over HTTPS, or on the configured Web API's scheme, host and port. */
  boolean owns(String url) {
    URI uri;
    try {
      uri = url == null ? null : new URI(url);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
      return false;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (sameOrigin(uri, host)) {
      return true;
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getPort() != -1 && uri.getPort() != 443) {
      return false;
    }
    for (String domain : DOMAINS) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameOrigin(URI uri, String host) {
    return api.getHost() != null && host.equals(api.getHost().toLowerCase(Locale.ROOT))
        && uri.getScheme().equalsIgnoreCase(api.getScheme()) && port(uri) == port(api);
  }

  private static int port(URI uri) {
    return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
