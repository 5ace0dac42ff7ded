package com.compcoach.console;

import com.compcoach.standin.Payloads;
import com.compcoach.standin.Signer;
import com.compcoach.standin.SlackSender;
import com.compcoach.standin.WebApiStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;

/**
 * The local console: a Slack-like page, the stand-in Web API the app's calls land in, and the signer that turns the
 * page's actions into Slack requests into the app's {@code /slack/events}. It mounts in the app's own server.
 */
public final class Console {

  private final URI base;
  private final Workspace workspace;
  private final WebApiStandIn webApi;
  private final Map<String, Handler> routes;

  /**
   * @param base the root URL of the server the app and console share, such as {@code http://127.0.0.1:3000}
   * @param eventsPath where the app takes Slack's requests, normally {@code /slack/events}
   */
  public Console(URI base, String eventsPath, ConsoleSecrets secrets, ObjectMapper json, Clock clock) {
    this.base = URI.create(base.toString().replaceAll("/+$", ""));
    MessageClock messageClock = new MessageClock(clock);
    ConsoleIdentity identity = ConsoleIdentity.standard();
    this.workspace = new Workspace(json, messageClock, identity);
    this.webApi = WebApiStandIn.mounted(identity.team(), secrets.botToken(), clock, identity::channel,
        this.base.toString());
    WorkspaceMethods.install(json, workspace, webApi);
    ResponseUrls responseUrls = new ResponseUrls(json, workspace, this.base.toString());
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    // Slack gives an app three seconds to acknowledge; a little more before we call it lost.
    SlackSender sender = new SlackSender(http, URI.create(this.base + eventsPath),
        new Signer(secrets.signingSecret()), clock, Duration.ofSeconds(5));
    ConsoleActions actions = new ConsoleActions(json, workspace, new Payloads(json, identity.team()), responseUrls,
        sender, webApi);
    Map<String, Handler> map = new LinkedHashMap<>();
    map.put(WebApiStandIn.PATH, webApi);
    map.put(ResponseUrls.PATH, responseUrls);
    map.put(EventStream.PATH, new EventStream(workspace));
    map.put(ConsoleActions.PATH, actions);
    map.put("/", new PageAssets());
    // Every console route checks Host and Origin: the page drives a Slack app that holds real conversations.
    map.replaceAll((path, route) -> new LocalOnly(route));
    this.routes = Collections.unmodifiableMap(map);
  }

  /** The Web API base the app must use ({@code SLACK_API_URL}): the stand-in, with its trailing slash. */
  public String apiUrl() {
    return base + WebApiStandIn.PATH;
  }

  /** Where a person opens the console. */
  public String pageUrl() {
    return base + "/";
  }

  /** Path prefix to handler, to mount in the app's server; each handler declines paths that are not its own. */
  public Map<String, Handler> routes() {
    return routes;
  }

  /** All of the console as one handler, for servers that take a single extra handler. */
  public Handler handler() {
    return new Handler.Sequence(List.copyOf(routes.values()));
  }

  Workspace workspace() {
    return workspace;
  }

  WebApiStandIn webApi() {
    return webApi;
  }
}
