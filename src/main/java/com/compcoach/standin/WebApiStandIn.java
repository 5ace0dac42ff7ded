package com.compcoach.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for {@code https://slack.com/api/} on 127.0.0.1: answers the Web API methods the app calls the way
 * Slack's docs describe (ok/error envelopes, {@code channel}, a fresh {@code ts}), records every call, serves shared
 * files' private downloads, and can be told to fail, rate-limit or hang a method's calls. Standalone it also takes
 * {@code response_url} posts; mounted in the console, the console answers the methods its page shows.
 */
public final class WebApiStandIn extends Handler.Abstract implements AutoCloseable {

  /** Where {@code SLACK_API_URL} points, relative to the server root. */
  public static final String PATH = "/api/";
  /** Where shared files' private URLs point, as Slack's do: {@code /files-pri/TEAM-FILE/download/NAME}. */
  public static final String FILES = "/files-pri/";
  /** Where {@link #responseUrl} points (standalone only). */
  public static final String RESPOND = "/respond/";
  public static final String TEAM = Team.TEST.teamId();
  public static final String BOT_USER = Team.TEST.botUserId();
  public static final String BOT_ID = Team.TEST.botId();
  /** Every user's {@code users.info} time zone: not UTC, so a reminder's 09:00 shows it was followed. */
  public static final String USER_TZ = "America/New_York";

  /**
   * One call as received and what it was answered.
   *
   * @param method the Web API method, or {@code response_url} / {@code files.download} for those two URLs
   * @param params the arguments as sent (form fields, or a JSON body's fields with objects as JSON text), no token
   */
  public record Call(String method, Map<String, String> params, JsonNode answer) {

    /** The ts the stand-in answered, or null when it answered none. */
    public String ts() {
      return answer.path("ts").asText(null);
    }

    public boolean ok() {
      return answer.path("ok").asBoolean(false);
    }

    /** A JSON parameter (blocks, view) parsed. */
    public JsonNode json(String param) {
      try {
        return MAPPER.readTree(params.get(param));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException("parameter " + param + " of " + method + " is not JSON: "
            + params.get(param), e);
      }
    }
  }

  /** Answers one Web API method from its arguments, in place of the stand-in's own answer. */
  @FunctionalInterface
  public interface Method {
    ObjectNode answer(Map<String, String> params);
  }

  private static final Logger LOG = LoggerFactory.getLogger(WebApiStandIn.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int RECORD_LIMIT = 10_000;
  // Slack's ts is epoch seconds and micros; a counter from a fixed second keeps them unique and ordered.
  private static final long FIRST_SECOND = 1_800_000_000L;

  private final Team team;
  private final String botToken;
  private final Clock clock;
  private final Function<String, Optional<Channel>> channels;
  private final Server server;
  private final ServerConnector connector;
  private final String mountedAt;
  private final Map<String, Method> methods = new ConcurrentHashMap<>();
  private final List<Consumer<Call>> listeners = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();
  private final Deque<Call> calls = new ArrayDeque<>();
  private final Faults faults = new Faults();
  private final HostedFiles files;
  private final Map<String, String> scheduled = new ConcurrentHashMap<>();
  private long seq;
  private volatile Supplier<String> socketUrl = () -> "ws://127.0.0.1:9/unset";

  /** A stand-in of its own on 127.0.0.1 for the test team, taking any token. */
  public WebApiStandIn() throws IOException {
    this(Team.TEST);
  }

  /** A stand-in of its own on 127.0.0.1 for this team, taking any token. */
  public WebApiStandIn(Team team) throws IOException {
    this(team, Clock.systemUTC());
  }

  /**
   * A stand-in of its own on 127.0.0.1 for this team, taking any token.
   *
   * @param clock what "now" is for scheduled messages and shared files: the app's clock in a test of a fixed day
   */
  public WebApiStandIn(Team team, Clock clock) throws IOException {
    this(team, null, clock, id -> Optional.of(Channel.of(id)), null);
    try {
      server.start();
    } catch (Exception e) {
      throw new IOException("the stand-in Web API could not start on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  private WebApiStandIn(Team team, String botToken, Clock clock, Function<String, Optional<Channel>> channels,
      String mountedAt) {
    this.team = team;
    this.botToken = botToken;
    this.clock = clock;
    this.channels = channels;
    this.files = new HostedFiles(team, botToken, clock, this::base);
    this.mountedAt = mountedAt;
    if (mountedAt != null) {
      server = null;
      connector = null;
      return;
    }
    server = new Server();
    connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    // Benchmarks open hundreds of connections at once, and a reply must not wait for the client's delayed ACK.
    connector.setAcceptQueueSize(512);
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    server.setHandler(this);
  }

  /**
   * A stand-in to mount in another server (the console's), refusing any token but {@code botToken}.
   *
   * @param channels the workspace's conversations by id; any other is {@code channel_not_found}
   * @param base     the root URL of that server, for the download links it hands out
   */
  public static WebApiStandIn mounted(Team team, String botToken, Clock clock,
      Function<String, Optional<Channel>> channels, String base) {
    return new WebApiStandIn(team, botToken, clock, channels, base.replaceAll("/+$", ""));
  }

  /** The base URL to set as {@code SLACK_API_URL}. */
  public String apiUrl() {
    return base() + PATH;
  }

  /** A response_url that lands here, recorded as a {@code response_url} call with its path and body. */
  public String responseUrl(String name) {
    return base() + RESPOND + name;
  }

  /** Answers this method with {@code answer} from now on, in place of the stand-in's own answer. */
  public void answer(String method, Method answer) {
    methods.put(method, answer);
  }

  /** Tells {@code listener} of every call once it is answered (on the thread that answered it). */
  public void onCall(Consumer<Call> listener) {
    listeners.add(listener);
  }

  /** Where {@code apps.connections.open} sends the Socket Mode client. */
  public void socketUrl(Supplier<String> url) {
    this.socketUrl = url;
  }

  /** A file the team's person shared under this id: {@code files.info} describes it, its private URL serves it. */
  public void shareFile(String id, byte[] bytes) {
    files.put(id, id, "application/octet-stream", team.userId(), bytes);
  }

  /**
   * Hosts a file a person shares now, with a new id: {@code files.info} describes it, and its private URLs serve its
   * bytes to the bot's token alone (anyone else gets 403, as Slack shows them its sign-in page instead).
   */
  public SharedFile share(String name, String mimetype, String user, byte[] bytes) {
    return files.share(name, mimetype, user, bytes);
  }

  /** The file object as Slack's {@code files.info} and {@code file_share} events show it. */
  public ObjectNode describe(SharedFile file) {
    return files.describe(file);
  }

  /** The method's next call fails with this Slack error code. */
  public void failNext(String method, String error) {
    faults.failNext(method, error);
  }

  /** The method's next call gets HTTP 429 with {@code Retry-After: seconds}. */
  public void rateLimitNext(String method, int seconds) {
    faults.rateLimitNext(method, seconds);
  }

  /**
   * From now on, calls that {@code which} picks (by method and parameters) get no answer until {@link #release()}
   * (or a minute): a slow or hung Web API for those calls.
   */
  public void hold(BiPredicate<String, Map<String, String>> which) {
    faults.hold(which);
  }

  /** Answers every held call and holds no more. */
  public void release() {
    faults.release();
  }

  /** How many calls are hanging right now. */
  public int held() {
    return faults.held();
  }

  /**
   * Waits (bounded) until at least {@code count} calls hang at once.
   *
   * @throws AssertionError when they do not in time, so that a test fails saying so
   */
  public void awaitHeld(int count, Duration within) throws InterruptedException {
    faults.awaitHeld(count, within);
  }

  /** Every call so far, oldest first (the most recent ten thousand). */
  public List<Call> calls() {
    synchronized (lock) {
      return List.copyOf(calls);
    }
  }

  /** Every call so far to the method, in order. */
  public List<Call> calls(String method) {
    synchronized (lock) {
      return calls.stream().filter(c -> c.method().equals(method)).toList();
    }
  }

  /**
   * Waits (bounded) until the method was called at least {@code count} times; returns those calls.
   *
   * @throws AssertionError when it was not in time, naming every call seen
   */
  public List<Call> await(String method, int count, Duration within) throws InterruptedException {
    synchronized (lock) {
      long deadline = System.nanoTime() + within.toNanos();
      while (calls(method).size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected " + count + " " + method + " call(s) within " + within + ", got "
              + calls(method).size() + "; all calls: " + calls.stream().map(Call::method).toList());
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return calls(method).subList(0, count);
    }
  }

  /** The {@code count}-th {@code chat.postMessage}, after waiting (ten seconds at most) for it. */
  public Call awaitPost(int count) throws InterruptedException {
    return await("chat.postMessage", count, Duration.ofSeconds(10)).get(count - 1);
  }

  /** The reminders scheduled and not deleted: id to channel. */
  public Map<String, String> scheduled() {
    return Map.copyOf(scheduled);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Wire.path(request);
    if (path.startsWith(PATH)) {
      api(request, response, callback, path.substring(PATH.length()));
    } else if (path.startsWith(FILES)) {
      record(files.download(request, response, callback, path.substring(FILES.length())));
    } else if (path.startsWith(RESPOND) && server != null) {
      String body = Wire.body(request);
      record(new Call("response_url", Map.of("path", path, "body", body), ok()));
      Wire.sendJson(response, callback, 200, ok().toString());
    } else {
      return false;
    }
    return true;
  }

  private void api(Request request, Response response, Callback callback, String method) throws IOException {
    Map<String, String> params;
    try {
      params = params(Wire.body(request, Wire.LARGEST_BODY), Wire.isJson(request));
    } catch (Wire.TooLarge e) {
      Wire.refuseTooLarge(response, callback);
      return;
    } catch (JsonProcessingException e) {
      Wire.sendJson(response, callback, 200, error("invalid_json").toString());
      return;
    }
    String token = bearer(request).orElse(params.getOrDefault("token", ""));
    params.remove("token");
    faults.hang(method, params);
    Optional<Faults.Fault> fault = faults.next(method);
    ObjectNode answer = fault.isPresent() ? fault.get().answer()
        : botToken != null && token.isEmpty() ? error("not_authed")
        : botToken != null && !token.equals(botToken) ? error("invalid_auth")
        : answer(method, params);
    if (!answer.path("ok").asBoolean()) {
      // Method and error code only: the arguments may hold offer figures.
      LOG.warn("stand-in Web API: {} answered {}", method, answer.path("error").asText());
    }
    record(new Call(method, Collections.unmodifiableMap(params), answer));
    if (fault.orElse(null) instanceof Faults.RateLimited limited) {
      response.getHeaders().put("Retry-After", Integer.toString(limited.seconds()));
      Wire.sendJson(response, callback, 429, answer.toString());
    } else {
      Wire.sendJson(response, callback, 200, answer.toString());
    }
  }

  private ObjectNode answer(String method, Map<String, String> p) {
    Method own = methods.get(method);
    if (own != null) {
      return own.answer(p);
    }
    return switch (method) {
      case "api.test" -> ok();
      case "auth.test" -> ok().put("url", "https://" + team.teamDomain() + ".slack.com/")
          .put("team", team.teamDomain()).put("user", team.botName()).put("team_id", team.teamId())
          .put("user_id", team.botUserId()).put("bot_id", team.botId()).put("is_enterprise_install", false);
      case "bots.info" -> {
        ObjectNode answer = ok();
        answer.putObject("bot").put("id", team.botId()).put("user_id", team.botUserId()).put("name", team.botName());
        yield answer;
      }
      case "apps.connections.open" -> ok().put("url", socketUrl.get());
      case "chat.postMessage" -> postMessage(p);
      case "chat.postEphemeral" -> inChannel(p, c -> ok().put("message_ts", nextTs()));
      case "chat.update" -> inChannel(p, c -> ok().put("channel", c).put("ts", p.getOrDefault("ts", ""))
          .put("text", p.getOrDefault("text", "")));
      case "chat.delete" -> inChannel(p, c -> ok().put("channel", c).put("ts", p.getOrDefault("ts", "")));
      case "chat.getPermalink" -> inChannel(p, c -> ok().put("channel", c).put("permalink",
          "https://" + team.teamDomain() + ".slack.com/archives/" + c + "/p"
              + p.getOrDefault("message_ts", "").replace(".", "")));
      case "chat.scheduleMessage" -> scheduleMessage(p);
      case "chat.deleteScheduledMessage" ->
          scheduled.remove(p.getOrDefault("scheduled_message_id", ""), p.getOrDefault("channel", ""))
              ? ok() : error("invalid_scheduled_message_id");
      case "conversations.info" -> withChannel(p, c -> {
        ObjectNode answer = ok();
        answer.putObject("channel").put("id", c.id()).put("name", c.name())
            .put("is_channel", "channel".equals(c.type())).put("is_im", "im".equals(c.type())).put("is_member", true);
        return answer;
      });
      case "users.info" -> usersInfo(p);
      case "files.info" -> files.info(p);
      case "views.open", "views.push", "views.update", "views.publish" -> view(p);
      default -> error("unknown_method");
    };
  }

  private ObjectNode postMessage(Map<String, String> p) {
    return inChannel(p, channel -> {
      String text = p.getOrDefault("text", "");
      String blocks = p.getOrDefault("blocks", "");
      if (text.isEmpty() && (blocks.isEmpty() || "[]".equals(blocks))) {
        return error("no_text");
      }
      String ts = nextTs();
      ObjectNode answer = ok().put("channel", channel).put("ts", ts);
      ObjectNode message = answer.putObject("message").put("type", "message").put("text", text)
          .put("user", team.botUserId()).put("bot_id", team.botId()).put("ts", ts);
      if (p.containsKey("thread_ts")) {
        message.put("thread_ts", p.get("thread_ts"));
      }
      return answer;
    });
  }

  private ObjectNode scheduleMessage(Map<String, String> p) {
    long postAt;
    try {
      postAt = Long.parseLong(p.getOrDefault("post_at", ""));
    } catch (NumberFormatException e) {
      return error("invalid_time");
    }
    if (postAt <= clock.instant().getEpochSecond()) {
      return error("time_in_past");
    }
    if (postAt > clock.instant().plus(Duration.ofDays(120)).getEpochSecond()) {
      return error("time_too_far"); // Slack schedules at most 120 days ahead
    }
    return inChannel(p, channel -> {
      String id;
      synchronized (lock) {
        id = String.format("Q%08d", ++seq);
      }
      scheduled.put(id, channel);
      return ok().put("channel", channel).put("scheduled_message_id", id).put("post_at", postAt);
    });
  }

  private ObjectNode usersInfo(Map<String, String> p) {
    String user = p.getOrDefault("user", "");
    if (user.isEmpty()) {
      return error("user_not_found");
    }
    boolean bot = user.equals(team.botUserId());
    String name = bot ? team.botName() : user.equals(team.userId()) ? team.userName() : user.toLowerCase();
    ObjectNode answer = ok();
    ObjectNode u = answer.putObject("user");
    u.put("id", user).put("team_id", team.teamId()).put("name", name).put("real_name", name).put("is_bot", bot)
        .put("tz", USER_TZ);
    u.putObject("profile").put("real_name", name).put("display_name", name);
    return answer;
  }

  /** Views are echoed with an id; the console, which shows them, answers these itself. */
  private ObjectNode view(Map<String, String> p) {
    JsonNode view;
    try {
      view = MAPPER.readTree(p.getOrDefault("view", ""));
    } catch (JsonProcessingException e) {
      return error("invalid_arguments");
    }
    if (view == null || !view.isObject() || !view.has("type")) {
      return error("invalid_arguments");
    }
    ObjectNode answer = ok();
    ObjectNode copy = ((ObjectNode) view).deepCopy();
    copy.put("id", p.getOrDefault("view_id", "V" + nextTs().replace(".", "")));
    answer.set("view", copy);
    return answer;
  }

  private void record(Call call) {
    synchronized (lock) {
      if (calls.size() == RECORD_LIMIT) {
        calls.removeFirst();
      }
      calls.addLast(call);
      lock.notifyAll();
    }
    listeners.forEach(listener -> listener.accept(call));
  }

  private ObjectNode inChannel(Map<String, String> p, Function<String, ObjectNode> then) {
    return withChannel(p, c -> then.apply(c.id()));
  }

  /** Runs {@code then} on the call's {@code channel} when the workspace has it; Slack's error when not. */
  public ObjectNode withChannel(Map<String, String> p, Function<Channel, ObjectNode> then) {
    String id = p.getOrDefault("channel", "");
    return (id.isEmpty() ? Optional.<Channel>empty() : channels.apply(id)).map(then)
        .orElseGet(() -> error("channel_not_found"));
  }

  private String nextTs() {
    long n;
    synchronized (lock) {
      n = ++seq;
    }
    return String.format("%d.%06d", FIRST_SECOND + n / 1_000_000, n % 1_000_000);
  }

  private String base() {
    return mountedAt != null ? mountedAt : "http://127.0.0.1:" + connector.getLocalPort();
  }

  /** Form fields, or a JSON body's fields with text as text and anything else as its JSON. */
  private static Map<String, String> params(String body, boolean json) throws JsonProcessingException {
    if (!json || body.isBlank()) {
      return Form.decode(body);
    }
    JsonNode root = MAPPER.readTree(body);
    if (root == null || !root.isObject()) {
      throw new JsonProcessingException("not a JSON object") { };
    }
    Map<String, String> params = new LinkedHashMap<>();
    root.fields().forEachRemaining(e -> params.put(e.getKey(),
        e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    return params;
  }

  private static Optional<String> bearer(Request request) {
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    return header != null && header.startsWith("Bearer ") ? Optional.of(header.substring(7).trim()) : Optional.empty();
  }

  /** A new {@code {"ok":true}} to add fields to. */
  public static ObjectNode ok() {
    return MAPPER.createObjectNode().put("ok", true);
  }

  /** Slack's error envelope. */
  public static ObjectNode error(String code) {
    return MAPPER.createObjectNode().put("ok", false).put("error", code);
  }

  @Override
  public void close() {
    release();
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        LOG.warn("stand-in Web API: stop failed: {}", e.getMessage());
      }
    }
  }
}
