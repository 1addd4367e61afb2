package app.waypoint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (installed by {@code .ci/install-browser}); nothing is
 * downloaded. Every page visited is saved as a screenshot under {@code target/screenshots/<scenario>/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** axe-core, pinned in web/package-lock.json and installed by the build's npm ci; the application never serves it. */
    static final Path AXE = Path.of("web", "node_modules", "axe-core", "axe.min.js");
    /** Runs axe on the page and answers its serious and critical violations, one line each, naming the elements. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(results => done(results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(error => done(['axe could not run: ' + error]));
            """;

    private final ChromeDriver driver;
    private final String base;
    private final Path shots;
    private final Path profile;
    private int shot;

    private Browser(ChromeDriver driver, String base, Path shots, Path profile) {
        this.driver = driver;
        this.base = base;
        this.shots = shots;
        this.profile = profile;
    }

    /** A fresh browser (its own profile) on the application at {@code base}; in CI a missing browser fails the test. */
    static Browser open(URL base, String scenario) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): run .ci/install-browser";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(missing);
            }
            Assumptions.abort(missing);
        }
        try {
            Path profile = Files.createTempDirectory("waypoint-chromium-");
            Path shots = Files.createDirectories(Path.of("target", "screenshots", scenario));
            // the driver is named outright, so Selenium Manager has nothing to find or download
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--window-size=1280,1024", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).implicitlyWait(Duration.ofSeconds(2))
                    .scriptTimeout(Duration.ofSeconds(30));
            String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
            return new Browser(driver, root, shots, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a path of the application and takes its screenshot. */
    void visit(String path, String label) {
        driver.get(base + path);
        screenshot(label);
    }

    /** Opens a path of the application in a new tab, which is then the one driven. */
    void openTab(String path, String label) {
        driver.switchTo().newWindow(WindowType.TAB);
        visit(path, label);
    }

    /** The tabs open, by their handles; {@link #switchTo} drives one of them. */
    java.util.List<String> tabs() {
        return java.util.List.copyOf(driver.getWindowHandles());
    }

    void switchTo(String tab) {
        driver.switchTo().window(tab);
    }

    /**
     * How long the browser took to load the current page, from the start of its navigation to the end of its load event
     * (Navigation Timing), including any wait for a free connection before the request could be sent.
     */
    Duration loadTime() {
        Number millis = (Number) driver.executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
        return Duration.ofMillis(millis.longValue());
    }

    /** Fails naming every serious or critical accessibility violation axe-core finds on the page shown. */
    void assertAccessible(String page) {
        org.assertj.core.api.Assertions.assertThat(accessibilityViolations()).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    /** The serious and critical accessibility violations axe-core finds on the page shown, one line each. */
    java.util.List<String> accessibilityViolations() {
        String axe;
        try {
            axe = Files.readString(AXE);
        } catch (IOException e) {
            throw new AssertionError("axe-core is missing (" + AXE + "): build once with -Pnpm-ci", e);
        }
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) driver.executeAsyncScript(RUN_AXE);
        return violations;
    }

    /** Signs in through the sign-in page, as a person would. */
    void signIn(String username) {
        visit("/sign-in", "sign-in");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PageSessions.PASSWORD);
        String signInPage = driver.getCurrentUrl();
        find("button[type=submit]").click();
        // the click returns once the form is sent, which can be before the browser has followed the answer's redirect
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> !browser.getCurrentUrl().equals(signInPage));
    }

    /** Types a day into a GOV.UK date field ({@code <name>-day}, {@code -month}, {@code -year}), as a person would. */
    void typeDate(String name, java.time.LocalDate day) {
        find("#" + name + "-day").sendKeys(Integer.toString(day.getDayOfMonth()));
        find("#" + name + "-month").sendKeys(Integer.toString(day.getMonthValue()));
        find("#" + name + "-year").sendKeys(Integer.toString(day.getYear()));
    }

    /** Signs out by forgetting the session, then signs in as someone else: another person at the same browser. */
    void signInAs(String username) {
        driver.manage().deleteAllCookies();
        signIn(username);
    }

    /**
     * Clicks what sends a form and waits until the browser has replaced the page: the click returns once the form is sent, so
     * reading the page at once could find the old one's element as it goes (a stale element).
     */
    void submitWith(String css) {
        WebElement button = find(css);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> replaced(button));
    }

    /** Whether the page an element was found on has gone. */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException failed) {
            if (pageGone(failed)) {
                return true;
            }
            throw failed;
        }
    }

    /**
     * Whether a failure says the element's page has gone. Selenium names it a stale element; Chromium 156 answers for an
     * element of a page it is just replacing with an error of its own, "Node with given id does not belong to the document",
     * which failed three browser tests in one CI simulation.
     */
    private static boolean pageGone(WebDriverException failure) {
        return failure instanceof StaleElementReferenceException || String.valueOf(failure.getMessage()).contains("does not belong to the document");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Makes the window the size of another device (a tablet held upright: 768 by 1024). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Whether the page is wider than the window, so that the reader would have to scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** How wide the page is, scrolled sideways to its end: {@code document.scrollingElement.scrollWidth}, in CSS pixels. */
    long pageWidth() {
        return ((Number) driver.executeScript("return document.scrollingElement.scrollWidth;")).longValue();
    }

    /** How wide the window shows the page ({@code document.documentElement.clientWidth}), in CSS pixels. */
    long viewportWidth() {
        return ((Number) driver.executeScript("return document.documentElement.clientWidth;")).longValue();
    }

    /** The driver itself, for waiting on what a script does. */
    WebDriver driver() {
        return driver;
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Waits until the browser is on this path: a form sent with Enter returns before the browser has followed the answer. */
    void awaitPath(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> path().equals(expected));
    }

    /** The text of the first element the selector finds, found again if a page replacing the current one took it away. */
    String text(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return find(css).getText();
            } catch (WebDriverException replaced) {
                // found on the page a click was just replacing; the next find reads the new one
                if (!pageGone(replaced) || attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    /** Saves what the browser shows now as the next numbered screenshot. */
    void screenshot(String label) {
        try {
            Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, shots.resolve(String.format("%02d-%s.png", ++shot, label)), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
