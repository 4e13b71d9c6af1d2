package org.mostra4j.adapters.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages (Debian {@code chromium} and {@code chromium-driver}), driven by
 * Selenium through that chromedriver. Both paths are given explicitly, so Selenium never looks for, or downloads,
 * a browser or a driver. Where they are missing the test is skipped with the reason, except when {@code CI} is set
 * ({@code .ci/run} installs them): there a missing browser fails the build rather than passing untested.
 * (A copy of the http adapter's test helper: adapters share no test code.) Override the paths with {@code -Dmostra4j.chromium=…} and {@code -Dmostra4j.chromedriver=…}.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("mostra4j.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("mostra4j.chromedriver", "/usr/bin/chromedriver"));
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh headless browser at 1280×800, or the test is skipped (failed under CI) when none is installed. */
    public static Browser open() {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("mostra4j-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags that keep Chromium off the network and quiet on a closed machine (running as root needs
        // --no-sandbox); a new empty profile each time
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new Browser(driver, profile);
    }

    /** Whether both the browser and its driver are there. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Returns when the browser is installed; otherwise aborts the calling test (reported as skipped, with the
     * reason) or, when {@code CI} is set, fails it. Call it from each test (or {@code @BeforeEach}), so that every
     * skipped test is counted as skipped.
     */
    public static void requireInstalled() {
        if (installed()) {
            return;
        }
        String why = "no headless browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (Debian packages "
                + "chromium and chromium-driver; .ci/run installs them)";
        if (System.getenv("CI") != null) {
            Assertions.fail(why + "; CI is set, so the browser tests may not be skipped");
        }
        System.err.println("WARNING: browser test SKIPPED: " + why);
        Assumptions.abort(why);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Console messages at SEVERE (errors, uncaught exceptions, failed loads) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString)
                .collect(Collectors.toList());
    }

    /** A PNG of the viewport, for the docs and for looking at a failure. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
