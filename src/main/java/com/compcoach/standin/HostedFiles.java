package com.compcoach.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The files people shared, hosted as Slack hosts them: {@code files.info} describes one, and its private URLs
 * ({@code /files-pri/TEAM-FILE/download/NAME}) serve its bytes to the bot's token alone.
 */
final class HostedFiles {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  // The most recent shared files: a long console run must not keep every upload.
  private static final int KEPT = 20;

  private final Team team;
  private final String botToken;
  private final Clock clock;
  private final Supplier<String> base;
  private final Map<String, SharedFile> files = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, SharedFile> eldest) {
      return size() > KEPT;
    }
  };
  private long serial;

  /**
   * @param botToken the one token that may download, or null for any {@code xoxb-} token
   * @param base     the server's root URL, which the private URLs start with
   */
  HostedFiles(Team team, String botToken, Clock clock, Supplier<String> base) {
    this.team = team;
    this.botToken = botToken;
    this.clock = clock;
    this.base = base;
  }

  synchronized void put(String id, String name, String mimetype, String user, byte[] bytes) {
    files.put(id, new SharedFile(id, name, mimetype, user, clock.instant().getEpochSecond(), bytes));
  }

  synchronized SharedFile share(String name, String mimetype, String user, byte[] bytes) {
    String id = String.format("F0%07d", ++serial);
    put(id, name, mimetype, user, bytes);
    return files.get(id);
  }

  /** The file object as Slack's {@code files.info} and {@code file_share} events show it. */
  ObjectNode describe(SharedFile file) {
    String name = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
    String url = base.get() + WebApiStandIn.FILES + team.teamId() + "-" + file.id() + "/";
    ObjectNode described = MAPPER.createObjectNode();
    described.put("id", file.id()).put("created", file.created()).put("timestamp", file.created())
        .put("name", file.name()).put("title", file.name()).put("mimetype", file.mimetype())
        .put("filetype", file.filetype()).put("user", file.user()).put("size", file.size())
        .put("mode", "hosted").put("is_external", false).put("is_public", false)
        .put("url_private", url + name).put("url_private_download", url + "download/" + name);
    return described;
  }

  /** The answer to {@code files.info}. */
  ObjectNode info(Map<String, String> params) {
    return file(params.getOrDefault("file", "")).map(file -> {
      ObjectNode answer = WebApiStandIn.ok();
      answer.set("file", describe(file));
      return answer;
    }).orElseGet(() -> WebApiStandIn.error("file_not_found"));
  }

  /**
   * Answers a private download ({@code TEAM-FILE/download/NAME} under {@link WebApiStandIn#FILES}): the bytes for
   * the bot's token, 403 for anyone else (Slack shows them its sign-in page), 404 for a file not shared.
   *
   * @return the download as a {@code files.download} call, with the Authorization header it came with
   */
  WebApiStandIn.Call download(Request request, Response response, Callback callback, String rest) {
    int dash = rest.indexOf('-');
    int slash = rest.indexOf('/');
    String id = dash < 0 ? rest : rest.substring(dash + 1, slash > dash ? slash : rest.length());
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    Optional<SharedFile> file = file(id);
    boolean bot = authorization != null && (botToken == null ? authorization.startsWith("Bearer xoxb-")
        : authorization.equals("Bearer " + botToken));
    if (!bot) {
      Wire.send(response, callback, 403, "text/plain; charset=utf-8", "sign in to see this file");
    } else if (file.isEmpty()) {
      Wire.send(response, callback, 404, "text/plain; charset=utf-8", "no such file");
    } else {
      byte[] bytes = file.get().bytes();
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.get().mimetype());
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      response.write(true, ByteBuffer.wrap(bytes), callback);
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("file", id);
    params.put("authorization", String.valueOf(authorization));
    return new WebApiStandIn.Call("files.download", Collections.unmodifiableMap(params),
        !bot ? WebApiStandIn.error("not_authed") : file.isEmpty() ? WebApiStandIn.error("file_not_found")
            : WebApiStandIn.ok());
  }

  private synchronized Optional<SharedFile> file(String id) {
    return Optional.ofNullable(files.get(id));
  }
}
