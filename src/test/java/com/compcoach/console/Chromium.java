package com.compcoach.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through its chromedriver, with nothing downloaded: the binary and driver are found as
 * {@link BrowserBinaries} says and named to Selenium, so Selenium Manager has nothing to look for. Missing either
 * fails the test with how to install it.
 * One browser per test class: {@code @RegisterExtension static final Chromium chromium = new Chromium();}.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {

  ChromeDriver driver;
  private Path profile;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    BrowserBinaries binaries = BrowserBinaries.find();
    System.setProperty("webdriver.chrome.driver", binaries.driver().toString());
    profile = Files.createTempDirectory("console-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binaries.browser().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--disable-dev-shm-usage", "--window-size=1440,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(binaries.driver().toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  /** Loads the console page and waits until its live channel to the server is open. */
  void open(String url) {
    driver.get(url);
    waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-live")));
  }

  /**
   * A bounded wait: every condition must hold within twenty seconds (generous: a shared two-core machine). When one does not, the failure
   * says what the page showed, which is what a person debugging it needs first.
   */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.withMessage(() -> "the page showed:\n" + pageText());
    return wait;
  }

  private String pageText() {
    try {
      String text = driver.findElement(By.tagName("body")).getText();
      return text.length() > 3_000 ? text.substring(0, 3_000) + "…" : text;
    } catch (RuntimeException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** Saves what the browser shows under {@code target/}, for a person to look at; returns where. */
  Path screenshot(String name) throws IOException {
    Path file = Path.of("target", name);
    Files.createDirectories(file.getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
