package com.compcoach.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files the person shared on the page, as Slack hosts them: each has an id, the metadata {@code files.info} and
 * events carry, and private URLs that serve its bytes only to the bot's token. The most recent few are kept.
 */
final class SharedUploads {

  /** Where the private downloads are served, relative to the server root (Slack's own path shape). */
  static final String PATH = "/files-pri/";
  /** As many bytes as the app reads from a letter; a larger file is refused on the page. */
  static final int LARGEST = 10 * 1024 * 1024;
  private static final int KEEP = 20;

  /** One shared file. */
  record Upload(String id, String name, String mimetype, String filetype, String user, long created, byte[] bytes) {}

  private final ObjectMapper json;
  private final String base;
  private final String teamId;
  private final AtomicLong serial = new AtomicLong();
  private final Map<String, Upload> files = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Upload> eldest) {
      return size() > KEEP;
    }
  };

  /** @param base the server's root URL, which the private URLs start with */
  SharedUploads(ObjectMapper json, String base, String teamId) {
    this.json = json;
    this.base = base;
    this.teamId = teamId;
  }

  /** Keeps a file the person shared and returns it with its new id. */
  synchronized Upload add(String name, String mimetype, String user, long created, byte[] bytes) {
    String id = "F0" + Long.toString(serial.incrementAndGet(), 36).toUpperCase(Locale.ROOT) + "CONSOLE";
    String filetype = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    Upload upload = new Upload(id, name, mimetype, filetype, user, created, bytes.clone());
    files.put(id, upload);
    return upload;
  }

  synchronized Optional<Upload> get(String id) {
    return Optional.ofNullable(files.get(id));
  }

  /** The file's id from its private URL's path ({@code /files-pri/T0-F0…/download/name}); empty when not one. */
  static Optional<String> idIn(String path) {
    if (!path.startsWith(PATH)) {
      return Optional.empty();
    }
    String rest = path.substring(PATH.length());
    int dash = rest.indexOf('-');
    int slash = rest.indexOf('/');
    return dash < 0 || slash < dash ? Optional.empty() : Optional.of(rest.substring(dash + 1, slash));
  }

  /** The file object as Slack's events and {@code files.info} show it. */
  ObjectNode describe(Upload upload) {
    String name = URLEncoder.encode(upload.name(), StandardCharsets.UTF_8).replace("+", "%20");
    String url = base + PATH + teamId + "-" + upload.id() + "/";
    ObjectNode file = json.createObjectNode();
    file.put("id", upload.id()).put("created", upload.created()).put("timestamp", upload.created())
        .put("name", upload.name()).put("title", upload.name()).put("mimetype", upload.mimetype())
        .put("filetype", upload.filetype()).put("user", upload.user()).put("size", upload.bytes().length)
        .put("mode", "hosted").put("is_external", false).put("is_public", false)
        .put("url_private", url + name).put("url_private_download", url + "download/" + name);
    return file;
  }
}
