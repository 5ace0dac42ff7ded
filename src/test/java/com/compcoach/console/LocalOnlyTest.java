package com.compcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The console answers only requests addressed to this machine, whatever name a browser was pointed at. */
class LocalOnlyTest {

  private RunningConsole running;

  @BeforeEach
  void start() throws Exception {
    running = new RunningConsole(new RecordingApp(), Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
  }

  /** The status of one request sent as written, Host and Origin included (HttpClient will not send a foreign Host). */
  private int status(String method, String path, String headers) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), running.base.getPort())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      return Integer.parseInt(head.substring(9, 12));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost:3000", "127.0.0.1", "127.0.0.1:49152", "[::1]:3000", "LOCALHOST"})
  void page_hostOnThisMachine_isServed(String host) throws IOException {
    assertEquals(200, status("GET", "/", "Host: " + host + "\r\n"));
  }

  @Test
  void page_localHostAndLocalOrigin_isServed() throws IOException {
    assertEquals(200, status("GET", "/", "Host: 127.0.0.1:3000\r\nOrigin: http://127.0.0.1:3000\r\n"));
  }

  @ParameterizedTest(name = "{0} {1} with {2}")
  @CsvSource(delimiter = '|', value = {
      "GET  | /                    | Host: evil.example:3000",
      "GET  | /                    | Host: 127.0.0.1.nip.io",
      "GET  | /                    | Host: localhost.evil.example",
      "GET  | /                    | Host: 0.0.0.0:3000",
      "GET  | /                    | Host: 10.0.0.5",
      "POST | /api/chat.postMessage | Host: rebind.evil.example:3000",
      "POST | /console/api/message | Host: localhost:3000\\r\\nOrigin: https://evil.example",
      "POST | /console/api/message | Host: localhost:3000\\r\\nOrigin: null",
      "GET  | /console/events      | Host: localhost:3000\\r\\nOrigin: http://localhost.evil.example:3000"})
  void route_hostOrOriginNamingAnotherMachine_isRefused(String method, String path, String headers)
      throws IOException {
    assertEquals(403, status(method, path, headers.replace("\\r\\n", "\r\n") + "\r\n"));
  }

  @ParameterizedTest(name = "{0} {1} with {2}")
  @CsvSource(delimiter = '|', value = {
      "GET | /                    | Host: user@localhost",
      "GET | http://evil.example/ | Host: localhost"})
  void page_hostJettyCannotTake_isRefusedByJettyAlready(String method, String target, String headers)
      throws IOException {
    assertEquals(400, status(method, target, headers + "\r\n"));
  }
}
