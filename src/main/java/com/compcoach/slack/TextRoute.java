package com.compcoach.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** One path answered with text made fresh for each request ({@code /healthz}, {@code /metrics}). */
final class TextRoute extends Handler.Abstract.NonBlocking {

  private final String path;
  private final String contentType;
  private final Supplier<String> text;

  TextRoute(String path, String contentType, Supplier<String> text) {
    this.path = path;
    this.contentType = contentType;
    this.text = text;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!path.equals(Request.getPathInContext(request))) {
      return false;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.write(true, ByteBuffer.wrap(text.get().getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
