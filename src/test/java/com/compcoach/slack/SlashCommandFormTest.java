package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.compcoach.standin.Channel;
import com.compcoach.standin.Form;
import com.compcoach.standin.Payloads;
import com.compcoach.standin.Team;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slash commands read in one pass give exactly what Bolt's own parser gives; anything else is left to Bolt. */
class SlashCommandFormTest {

  @ParameterizedTest
  @ValueSource(strings = {"ml-ai-engineer charlotte", "ml-ai-engineer charlotte 180k base + 50k rsu & 40k bonus",
      "compare ml-ai-engineer detroit charlotte new york", "£150k base, 15% bonus = 22.5k", "forget", "  help  ",
      "évaluer São Paulo 北京 🙂", "a\nb\tc", "100%25 sure?"})
  void read_commandAsSlackSendsIt_sameFieldsAsBoltsParser(String text) {
    String body = Form.encode(fields(text));

    SlashCommandPayload ours = SlashCommandForm.read(body);

    assertNotNull(ours, body);
    assertEquals(new SlashCommandPayloadParser().parse(body), ours, body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"token=x&team_id=T1&command=%2Fcomp&text=", "token=x&command=%2Fcomp&text&user_id=U1",
      "command=%2Fcomp&is_enterprise_install=true&enterprise_id=E1"})
  void read_emptyOrValuelessFields_leftUnsetAsBoltDoes(String body) {
    assertEquals(new SlashCommandPayloadParser().parse(body), SlashCommandForm.read(body), body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{\"type\":\"event_callback\"}", "payload=%7B%22type%22%3A%22block_actions%22%7D",
      "ssl_check=1&token=x&command=%2Fcomp", "token=x&team_id=T1", "command=%2Fcomp&text=100%+sure",
      "token=x&command=%2Fcomp%"})
  void read_notPlainlyASlashCommand_leftToBolt(String body) {
    assertNull(SlashCommandForm.read(body), body);
  }

  private static Map<String, String> fields(String text) {
    return new Payloads(new ObjectMapper(), Team.TEST).slashCommand(Channel.of("C0OFFERS"), "/comp", text, "1.2.3",
        "https://hooks.slack.com/commands/T0TEAM/1/abc");
  }
}
