package com.compcoach.slack;

import com.compcoach.standin.WebApiStandIn;
import java.io.IOException;

/** The old name of {@link WebApiStandIn}, kept for this session only so that tests written against it merge. */
@Deprecated(forRemoval = true)
class FakeWebApi extends WebApiStandIn {

  FakeWebApi() throws IOException {
    super();
  }
}
