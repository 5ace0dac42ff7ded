package com.compcoach.console;

import com.compcoach.standin.Wire;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Pushes the workspace's changes to the page as server-sent events: a snapshot first, then each change in order.
 * EventSource reconnects by itself, and a reconnect starts again from a fresh snapshot.
 */
final class EventStream extends Handler.Abstract {

  static final String PATH = "/console/events";

  private final Workspace workspace;

  EventStream(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!PATH.equals(Wire.path(request)) || !"GET".equals(request.getMethod())) {
      return false;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Subscriber subscriber = new Subscriber(response, callback);
    subscriber.stop = workspace.watch(subscriber::accept);
    // A quiet stream is normal here: answer Jetty's idle timeout with a comment line instead of closing.
    request.addIdleTimeoutListener(timeout -> {
      subscriber.enqueue(": still here\n\n");
      return false;
    });
    request.addFailureListener(subscriber::fail);
    return true;
  }

  /** One open stream; Jetty allows one write at a time, so chunks wait in a queue for the previous write. */
  private static final class Subscriber {
    private final Response response;
    private final Callback done;
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean writing;
    private boolean closed;
    private volatile Runnable stop = () -> { };

    Subscriber(Response response, Callback done) {
      this.response = response;
      this.done = done;
    }

    void accept(ConsoleEvent event) {
      enqueue("event: " + event.type() + "\ndata: " + event.data().toString() + "\n\n");
    }

    void enqueue(String chunk) {
      synchronized (this) {
        if (closed) {
          return;
        }
        queue.add(chunk);
        if (writing) {
          return;
        }
        writing = true;
      }
      pump();
    }

    private void pump() {
      String next;
      synchronized (this) {
        next = closed ? null : queue.poll();
        if (next == null) {
          writing = false;
          return;
        }
      }
      Content.Sink.write(response, false, next, Callback.from(this::pump, this::fail));
    }

    void fail(Throwable cause) {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
        queue.clear();
      }
      stop.run();
      done.failed(cause);
    }
  }
}
