package org.concertation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real headless browser (Debian's {@code chromium} and {@code chromium-driver}) opens the HTML
 * report the service serves: the page shows the process, the browser logs no error, and a
 * screenshot is left in {@code target/http/report.png}. Skipped where no browser can start.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOT = Path.of("target", "http", "report.png");

  @TempDir static Path dir;

  private static HttpService service;
  private static Client client;

  @BeforeAll
  static void start() {
    service =
        HttpService.start(
            "jdbc:sqlite:" + dir.resolve("city.db"), Tokens.of(Story.tokens(Story.ACTORS)), 0);
    client = new Client(service.port());
    new Story(client, "square").open().diagnose().negotiate();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static ChromeDriver browser() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no " + CHROMIUM + " and " + DRIVER + " here");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1600");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService driver =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    try {
      return new ChromeDriver(driver, options);
    } catch (WebDriverException e) {
      Assumptions.abort("the browser does not start here: " + e.getMessage());
      throw e;
    }
  }

  @Test
  void showsTheHtmlReportWithoutAnErrorInTheBrowsersConsole() throws IOException {
    ChromeDriver browser = browser();
    try {
      browser.get("http://localhost:" + service.port() + "/processes/square/report?format=html");

      assertThat(browser.getTitle()).contains("A small square");
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains("A small square");
      assertThat(browser.findElement(By.tagName("body")).getText()).contains("Lamps");

      Files.createDirectories(SCREENSHOT.getParent());
      Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
      assertThat(Files.size(SCREENSHOT)).isPositive();

      List<LogEntry> errors =
          browser.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
              .collect(Collectors.toList());
      assertThat(errors).as("errors in the browser's console").isEmpty();
    } finally {
      browser.quit();
    }
  }
}
