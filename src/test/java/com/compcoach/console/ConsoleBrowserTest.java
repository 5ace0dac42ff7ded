package com.compcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.cli.ConsoleCommand;
import com.compcoach.letter.LetterPdfs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console end to end, as {@code java -jar comp-coach.jar} starts it: the real Bolt app and the seed guides behind
 * the page, every click a signed request into {@code /slack/events}, every reply a Web API call into the stand-in.
 */
class ConsoleBrowserTest {

  @RegisterExtension
  static final Chromium chromium = new Chromium();
  private ConsoleCommand.Running running;
  private String printed;

  @BeforeEach
  void start() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    running = ConsoleCommand.start(Map.of(), 0, new PrintStream(out, true, StandardCharsets.UTF_8));
    printed = out.toString(StandardCharsets.UTF_8);
    chromium.open("http://127.0.0.1:" + running.front().port() + "/");
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
  }

  private WebElement type(String inputId, String text) {
    WebElement input = chromium.driver.findElement(By.id(inputId));
    input.sendKeys(text + "\n");
    return input;
  }

  private WebElement charlotteCard() {
    type("composer-input", "/comp ml-ai-engineer charlotte");
    return chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//section[@id='messages']//div[contains(@class,'msg') and contains(@class,'bot')]"
            + "[.//div[contains(@class,'bk-header') and contains(.,'Charlotte')]]")));
  }

  private WebElement threadReplyContaining(String text) {
    return chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//section[@id='thread-messages']//div[contains(@class,'msg') and contains(@class,'bot')][contains(.,\""
            + text + "\")]")));
  }

  @Test
  void start_noSlackSettings_printsTheLocalUrl() {
    assertTrue(printed.contains("open http://localhost:" + running.front().port() + "/"), printed);
  }

  @Test
  void comp_thenLeversThenOfferInThread_showsBandsWordingAndCounter() throws Exception {
    WebElement card = charlotteCard();
    String ts = card.getDomAttribute("data-ts");
    List<String> fields = card.findElements(By.cssSelector(".bk-field")).stream().map(WebElement::getText).toList();
    assertEquals("Base\n$173K–$233K", fields.get(0));

    card.findElement(By.cssSelector("button[data-action-id='levers']")).click();
    WebElement wording = threadReplyContaining("Lever wording for ML/AI Engineer in Charlotte");
    assertTrue(wording.getText().contains("Fair Lending ML Scarcity Lever"), wording.getText());

    type("thread-input", "they offered 180k base, 50k rsu per year, 40k bonus");
    WebElement counter = threadReplyContaining("Counter with:");
    assertTrue(counter.getText().contains("base $233K"), counter.getText());
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#thread-messages .msg.me"), "they offered 180k base"));
    // For the person reading the screenshot: the card's bands on the left, the offer and its counter on the right.
    chromium.driver.executeScript("arguments[0].scrollIntoView({block: 'start'});"
        + "arguments[1].scrollIntoView({block: 'start'});",
        chromium.driver.findElement(By.cssSelector(".messages .msg[data-ts='" + ts + "']")),
        chromium.driver.findElement(By.cssSelector("#thread-messages .msg.me")));
    chromium.screenshot("console-charlotte.png");
  }

  @Test
  void shareLetterPdfInCardThread_readsTheOfferFromIt() throws Exception {
    WebElement card = charlotteCard();
    card.findElement(By.cssSelector(".thread-link")).click();
    Path pdf = Files.createTempFile("offer-letter-", ".pdf");
    try {
      Files.write(pdf, LetterPdfs.of("Dear Pat,\n\nYour annual base salary will be $185,000. You will be eligible "
          + "for a target bonus of 15% of your base salary. You will receive a sign-on bonus of $30,000, repayable "
          + "if you leave within 12 months.\n"));

      chromium.driver.findElement(By.id("thread-file")).sendKeys(pdf.toString());

      WebElement read = threadReplyContaining("Base salary: $185,000 a year");
      assertTrue(read.getText().contains("Sign-on: $30,000"), read.getText());
      chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("#thread-messages .msg.me .msg-file"), pdf.getFileName().toString()));
    } finally {
      Files.deleteIfExists(pdf);
    }
  }

  @Test
  void submitOfferForm_unreadableThenGoodFigures_showsFieldErrorThenPostsCounterInThread() throws Exception {
    WebElement card = charlotteCard();
    String ts = card.getDomAttribute("data-ts");
    card.findElement(By.cssSelector("button[data-action-id='enter_offer']")).click();
    WebElement modal = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal")));
    WebElement base = modal.findElement(By.cssSelector("[data-block-id='base'] input"));

    base.sendKeys("banana");
    modal.findElement(By.cssSelector(".modal-submit")).click();
    WebElement error = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-block-id='base'] .bk-error")));
    assertTrue(error.getText().contains("banana"), error.getText());
    chromium.screenshot("console-offer-form-error.png");

    base.clear();
    base.sendKeys("180k");
    modal.findElement(By.cssSelector("[data-block-id='stock'] input")).sendKeys("50k");
    modal.findElement(By.cssSelector("[data-block-id='bonus'] input")).sendKeys("40k");
    modal.findElement(By.cssSelector(".modal-submit")).click();

    chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
    By threadLink = By.cssSelector(".messages .msg[data-ts='" + ts + "'] .thread-link");
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(threadLink, "1 reply"));
    chromium.driver.findElement(threadLink).click();
    assertTrue(threadReplyContaining("Counter with:").getText().contains("base $233K"));
  }

  @Test
  void selectRegion_detroit_redrawsTheCardForDetroit() {
    WebElement card = charlotteCard();
    String ts = card.getDomAttribute("data-ts");

    new Select(card.findElement(By.cssSelector("select[data-action-id='region']"))).selectByVisibleText("Detroit, MI (HQ)");

    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".messages .msg[data-ts='" + ts + "'] .bk-header"), "Detroit"));
  }

  @Test
  void comp_misspelledRegion_offersClosestMatchThatOpensTheCard() {
    type("composer-input", "/comp ml-ai-engineer charlote");

    WebElement choice = chromium.waiting().until(ExpectedConditions.elementToBeClickable(
        By.xpath("//section[@id='messages']//button[contains(.,'ml-ai-engineer charlotte')]")));
    choice.click();

    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//section[@id='messages']//div[contains(@class,'bk-header') and contains(.,'Charlotte')]")));
  }

  @Test
  void openHome_appPublishesItsHomeView_showsHowToUseTheBot() {
    chromium.driver.findElement(By.id("home-link")).click();

    WebElement home = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#home-view .bk-blocks")));
    assertTrue(home.getText().contains("/comp ml-ai-engineer charlotte"), home.getText());
  }

  @Test
  void openHome_afterAnEmailInAThread_showsItToCopy() {
    WebElement card = charlotteCard();
    card.findElement(By.cssSelector(".thread-link")).click();
    type("thread-input", "they offered 180k base, 50k rsu per year, 40k bonus");
    threadReplyContaining("Counter with:");
    type("thread-input", "email");
    threadReplyContaining("Counteroffer email for ML/AI Engineer at Ally Financial");

    chromium.driver.findElement(By.id("home-link")).click();

    WebElement home = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//section[@id='home-view'][contains(.,'Counteroffer email for ML/AI Engineer at Ally Financial')]")));
    WebElement email = home.findElement(By.xpath(".//*[contains(@class,'bk-pre')][contains(.,'Subject:')]"));
    assertTrue(email.getText().contains("a base salary of $233,000"), email.getText());
  }
}
