package com.compcoach.console;

import com.compcoach.standin.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Serves the console page and its scripts from the classpath folder {@code console/}; read once at start. */
final class PageAssets extends Handler.Abstract {

  static final String ASSETS = "/console/assets/";
  private static final List<String> FILES = List.of("index.html", "console.css", "console.js", "blockkit.js");

  private final Map<String, String> files;

  PageAssets() {
    this.files = FILES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), PageAssets::load));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return false;
    }
    String path = Wire.path(request);
    String name = "/".equals(path) || "/console".equals(path) || "/console/".equals(path) ? "index.html"
        : path.startsWith(ASSETS) ? path.substring(ASSETS.length()) : null;
    if (name == null || !files.containsKey(name)) {
      return false;
    }
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Content-Security-Policy",
        "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'");
    Wire.send(response, callback, 200, contentType(name), files.get(name));
    return true;
  }

  private static String contentType(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    return "text/javascript; charset=utf-8";
  }

  private static String load(String name) {
    String resource = "console/" + name;
    try (InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + resource + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + resource, e);
    }
  }
}
