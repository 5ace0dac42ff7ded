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

  /** One answer: its HTTP status and its text. */
  record Page(int status, String text) {}

  private final String path;
  private final String contentType;
  private final Supplier<Page> page;

  /** Always 200, with {@code text}'s answer of the moment ({@code /metrics}). */
  static TextRoute always200(String path, String contentType, Supplier<String> text) {
    return new TextRoute(path, contentType, () -> new Page(200, text.get()));
  }

  /** The status and text of {@code page}'s answer of the moment ({@code /healthz}: 503 while unavailable). */
  TextRoute(String path, String contentType, Supplier<Page> page) {
    this.path = path;
    this.contentType = contentType;
    this.page = page;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!path.equals(Request.getPathInContext(request))) {
      return false;
    }
    Page answer = page.get();
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.write(true, ByteBuffer.wrap(answer.text().getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
