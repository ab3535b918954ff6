package de.nahbar.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver, with a fresh profile each
 * time. Acts as a person would: opens pages, types, clicks, reads headings and messages.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("nahbar.base.url", "http://localhost:8080");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private int downloadsTaken;

    /** Where downloads (exports) of this browser land. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    /**
     * Waits for a finished download whose name ends with {@code suffix} and takes it out of the
     * download folder, so that the next call waits for the next download, not this one again.
     */
    public Path downloaded(String suffix) {
        Path[] file = new Path[1];
        waitUntil("a download ending in " + suffix, d -> {
            // Chromium creates an empty placeholder under the final name and writes into a .crdownload
            // beside it; the file is complete once it has content and no partial download is left.
            try (var files = Files.list(downloads())) {
                var names = files.toList();
                file[0] = names.stream()
                        .filter(f -> f.toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
                return file[0] != null
                        && Files.size(file[0]) > 0
                        && names.stream().noneMatch(f -> f.toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        try {
            Path taken = Files.createDirectories(profile.resolve("taken").resolve(String.valueOf(++downloadsTaken)));
            return Files.move(file[0], taken.resolve(file[0].getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the PDF just downloaded, whitespace folded, as a reader would search it. */
    public String downloadedPdfText() throws IOException {
        try (PDDocument document = Loader.loadPDF(downloaded(".pdf").toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    public static Browser start() {
        return start(BASE_URL);
    }

    /** A browser whose pages are those of the server at {@code baseUrl} (e.g. a cluster's load balancer). */
    public static Browser start(String baseUrl) {
        try {
            Path profile = Files.createTempDirectory("nahbar-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory",
                            profile.resolve("downloads").toString(),
                            "download.prompt_for_download",
                            false));
            options.setBinary(System.getProperty("nahbar.chromium", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("nahbar.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the page and waits until it is loaded and its scripts have run, as a person would before reading it. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitUntil(
                "the page " + path + " loaded",
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        waitForAjax();
        return this;
    }

    /** Logs in through the login page, as a person would, and waits for the next page. */
    public Browser login(String username, String password) {
        open("/");
        type(By.id("j_username"), username);
        type(By.id("j_password"), password);
        String before = driver.getCurrentUrl();
        driver.findElement(By.id("loginButton")).click();
        waitUntil(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.id("loginError")).isEmpty());
        return this;
    }

    public void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    public void click(By element) {
        driver.findElement(element).click();
        waitForAjax();
    }

    /** Waits until PrimeFaces has no Ajax request queued or running, so the page is stable again. */
    public void waitForAjax() {
        waitUntil(
                d -> Boolean.TRUE.equals(
                        driver.executeScript(
                                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    /**
     * Chooses an entry of a PrimeFaces selectOneMenu by its label, as a person would: open the
     * list, click the entry, see it chosen. The list slides in with a CSS transition and binds its
     * handlers only when that has ended; an entry clicked while the list still moves can be missed.
     */
    public void choose(String menuId, String label) {
        By panel = By.id(menuId + "_panel");
        driver.findElement(By.id(menuId)).click();
        waitUntil(
                "the list of " + menuId + " to open",
                d -> d.findElement(panel).getAttribute("class").contains("ui-connected-overlay-enter-done"));
        driver.findElement(By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']"))
                .click();
        waitUntil(
                "the list of " + menuId + " to close",
                d -> !d.findElement(panel).isDisplayed());
        waitUntil(
                menuId + " to show " + label,
                d -> label.equals(d.findElement(By.id(menuId + "_label")).getText()));
    }

    public String path() {
        return driver.getCurrentUrl().substring(BASE_URL.length());
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    public boolean has(By element) {
        return !driver.findElements(element).isEmpty();
    }

    public List<String> navigation() {
        return driver.findElements(By.cssSelector("nav.app-nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public void waitUntil(Function<WebDriver, Boolean> condition) {
        waitUntil("a condition of the test", condition);
    }

    /** Waits up to 15 seconds; {@code what} names what was awaited when it did not happen. */
    public void waitUntil(String what, Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(what)
                    .until(condition::apply);
        } catch (TimeoutException e) {
            keepEvidence(what);
            throw e;
        }
    }

    /** A screenshot and the page's HTML of a failed wait, under target/browser-failures, to see what the person saw. */
    private void keepEvidence(String what) {
        try {
            Path dir = Path.of(System.getProperty("nahbar.test.work", "target"), "..", "browser-failures")
                    .normalize();
            Files.createDirectories(dir);
            String name = System.currentTimeMillis() + "-" + what.replaceAll("[^A-Za-z0-9]+", "-");
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // evidence is a help, not a condition: the wait's own failure is what the test reports
        }
    }

    public void waitForText(By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    /** axe-core's serious and critical WCAG 2.1 A/AA violations on the current page, readable. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
