package com.compcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.standin.Form;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The page's Block Kit renderer in a real Chromium, fed by the stand-in Web API as the app would feed it. */
class BlockKitPageBrowserTest {

  @RegisterExtension
  static final Chromium chromium = new Chromium();
  private final RecordingApp app = new RecordingApp();
  private RunningConsole running;

  @BeforeEach
  void start() throws Exception {
    running = new RunningConsole(app, Clock.systemUTC());
    chromium.open(running.base + "/");
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
  }

  private String fixture(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/console/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private WebElement postCard() throws Exception {
    JsonNode answer = running.api("chat.postMessage", "channel=C0OFFERS&text=card&blocks="
        + URLEncoder.encode(fixture("every-block-kind.json"), StandardCharsets.UTF_8));
    String ts = answer.path("ts").asText();
    return chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".messages .msg[data-ts='" + ts + "']")));
  }

  @Test
  void render_cardWithEveryBlockKind_drawsEachBlockAndShowsUnknownOnesPlainly() throws Exception {
    WebElement card = postCard();

    assertEquals("ML/AI Engineer · Ally Financial · Charlotte", card.findElement(By.cssSelector(".bk-header")).getText());
    assertEquals("Base", card.findElement(By.cssSelector("[data-block-id='bands'] strong")).getText());
    assertEquals("stock", card.findElement(By.cssSelector("[data-block-id='bands'] em")).getText());
    assertEquals("https://example.com/guide", card.findElement(By.linkText("the guide")).getDomAttribute("href"));
    assertEquals(2, card.findElements(By.cssSelector(".bk-field")).size());
    assertTrue(card.findElement(By.cssSelector(".bk-context")).getText().contains("💡 fresh"));
    assertEquals("Charlotte", new Select(card.findElement(By.cssSelector("select[data-action-id='region']")))
        .getFirstSelectedOption().getText());
    assertTrue(card.findElement(By.cssSelector("[data-block-type='rich_text'] li")).getText()
        .contains("Ask for the top of the band"));
    assertTrue(card.findElement(By.cssSelector("[data-block-type='video_call_widget']")).getText()
        .contains("video_call_widget"), "an unknown block is shown with its type, not dropped");
    assertEquals("[workflow_button] Run workflow", card.findElement(By.cssSelector(".bk-unknown")).getText());
    chromium.screenshot("console-every-block-kind.png");
  }

  @Test
  void render_escapedGuideText_showsLiterallyAndNeverBecomesMarkupOrMention() throws Exception {
    WebElement card = postCard();

    String text = card.findElement(By.cssSelector("[data-block-id='bands'] .bk-mrkdwn")).getText();
    assertTrue(text.contains("<!channel> & <script>alert(1)</script>"), text);
    assertTrue(card.findElements(By.tagName("script")).isEmpty());
    assertTrue(card.findElements(By.cssSelector(".bk-special")).isEmpty(), "no @channel mention was made");
  }

  @Test
  void click_buttonAndSelect_reachTheAppAsBlockActions() throws Exception {
    WebElement card = postCard();

    card.findElement(By.cssSelector("button[data-action-id='levers']")).click();
    chromium.waiting().until(d -> app.received().size() == 1);
    new Select(card.findElement(By.cssSelector("select[data-action-id='region']"))).selectByValue("detroit");
    chromium.waiting().until(d -> app.received().size() == 2);

    JsonNode click = payload(0);
    assertEquals("block_actions", click.path("type").asText());
    assertEquals("levers", click.path("actions").get(0).path("action_id").asText());
    assertEquals("ml-ai-engineer charlotte", click.path("actions").get(0).path("value").asText());
    JsonNode select = payload(1).path("actions").get(0);
    assertEquals("static_select", select.path("type").asText());
    assertEquals("detroit", select.path("selected_option").path("value").asText());
  }

  @Test
  void submit_appAnswersFieldErrors_showsThemOnTheirFieldsKeepingInput() throws Exception {
    app.acknowledgeWith(r -> new RecordingApp.Ack(200,
        "{\"response_action\":\"errors\",\"errors\":{\"base\":\"That base looks off: did you mean 180k?\"}}"));
    String trigger = running.console.workspace().newTriggerId();
    running.api("views.open", "trigger_id=" + URLEncoder.encode(trigger, StandardCharsets.UTF_8) + "&view="
        + URLEncoder.encode(fixture("offer-modal-with-inputs.json"), StandardCharsets.UTF_8));

    WebElement modal = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal")));
    assertEquals("Your offer", modal.findElement(By.cssSelector(".modal-title")).getText());
    WebElement base = modal.findElement(By.cssSelector("[data-block-id='base'] input"));
    base.sendKeys("18");
    new Select(modal.findElement(By.cssSelector("[data-block-id='stock_kind'] select"))).selectByValue("grant");
    modal.findElement(By.cssSelector(".modal-submit")).click();

    WebElement error = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-block-id='base'] .bk-error")));
    assertEquals("That base looks off: did you mean 180k?", error.getText());
    assertEquals("18", base.getDomProperty("value"));
    JsonNode values = payload(0).path("view").path("state").path("values");
    assertEquals("18", values.path("base").path("value").path("value").asText());
    assertEquals("grant", values.path("stock_kind").path("value").path("selected_option").path("value").asText());
  }

  @Test
  void send_typedInTheDm_showsAtOnceAndReachesTheAppAsAMessageEvent() throws Exception {
    chromium.driver.findElement(By.cssSelector("#dm-list [data-channel='D0COACH']")).click();
    WebElement input = chromium.driver.findElement(By.id("composer-input"));
    input.sendKeys("hello <coach>\n");

    chromium.waiting().until(d -> app.received().size() == 1);
    List<WebElement> shown = chromium.waiting().until(ExpectedConditions.numberOfElementsToBe(
        By.cssSelector(".messages .msg.me"), 1));
    assertTrue(shown.get(0).getText().contains("hello <coach>"));
    JsonNode event = running.json.readTree(app.received().get(0).body()).path("event");
    assertEquals("hello &lt;coach&gt;", event.path("text").asText());
    assertEquals("D0COACH", event.path("channel").asText());
  }

  private JsonNode payload(int index) throws Exception {
    return running.json.readTree(Form.decode(app.received().get(index).body()).get("payload"));
  }
}
