package com.compcoach.console;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets a console route answer only requests addressed to this machine: a {@code Host} of {@code localhost} or a
 * loopback address (any port), and an {@code Origin}, when there is one, of the same kind. A web page elsewhere
 * can point a name of its own at 127.0.0.1 (DNS rebinding) and have the browser call the console, but the browser
 * then sends that name as the {@code Host}; and a page's cross-site calls carry its {@code Origin}.
 */
final class LocalOnly extends Handler.Wrapper {

  private static final ByteBuffer REFUSED = ByteBuffer.wrap(
      "The console answers only requests to localhost.\n".getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();

  LocalOnly(Handler route) {
    super(route);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String host = request.getHeaders().get(HttpHeader.HOST);
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (host == null || !isLocalAuthority(host) || !isLocal(request.getHttpURI().getHost())
        || (origin != null && !isLocalOrigin(origin))) {
      response.setStatus(403);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      response.write(true, REFUSED.slice(), callback);
      return true;
    }
    return super.handle(request, response, callback);
  }

  /** {@code host[:port]} as a Host header carries it. */
  static boolean isLocalAuthority(String authority) {
    try {
      URI uri = new URI("http://" + authority);
      return uri.getRawUserInfo() == null && uri.getRawPath().isEmpty() && isLocal(uri.getHost());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** An Origin header: {@code http://localhost:3000}; "null" and other schemes are not local. */
  static boolean isLocalOrigin(String origin) {
    try {
      URI uri = new URI(origin);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getRawUserInfo() == null
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && isLocal(uri.getHost());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code localhost}, an IPv4 address in 127.0.0.0/8, or {@code ::1}; never a name a DNS server could answer. */
  static boolean isLocal(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.equals("localhost") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1")
        || name.matches("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  }
}
