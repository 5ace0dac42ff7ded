package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How an operator writes {@code MANAGEMENT_PORT}, and the one line a wrong value gets. */
class ManagementAddressTest {

  @ParameterizedTest(name = "''{0}'' binds {1}:{2}")
  @CsvSource({
      "'', 127.0.0.1, 9464",
      "9100, 127.0.0.1, 9100",
      "' 9100 ', 127.0.0.1, 9100",
      "0.0.0.0:9100, 0.0.0.0, 9100",
      "[::]:9100, ::, 9100",
      "metrics.internal:0, metrics.internal, 0"})
  void from_whatAnOperatorWrites_bindsThere(String value, String host, int port) {
    assertEquals(new ManagementAddress(host, port), ManagementAddress.from(Map.of("MANAGEMENT_PORT", value)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"metrics", "70000", ":9100", "9100:", "0.0.0.0:port"})
  void from_malformedValue_namesTheSettingAndTheValue(String value) {
    SlackSettings.MissingSettingException refused = assertThrows(SlackSettings.MissingSettingException.class,
        () -> ManagementAddress.from(Map.of("MANAGEMENT_PORT", value)));

    assertEquals("MANAGEMENT_PORT must be a port (9464) or host:port (0.0.0.0:9464), was '" + value + "'",
        refused.getMessage());
  }
}
