package com.compcoach.slack;

import com.compcoach.standin.Form;
import com.compcoach.standin.SlackSender;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** The old name of {@link SlackSender}, kept for this session only so that tests written against it merge. */
@Deprecated(forRemoval = true)
class SignedSender extends SlackSender {

  SignedSender(URI events, String secret, Clock clock) {
    super(events, secret, clock);
  }

  static String formBody(Map<String, String> fields) {
    return Form.encode(fields);
  }
}
