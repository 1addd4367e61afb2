package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Ssda903Files;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A manager imports their council's SSDA903 header and episodes files on a phone: checks them, sees the row refused and why,
 * then imports, in a real headless Chromium. Screenshots: target/screenshots/import/.
 */
@QuarkusTest
class ImportBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    YoungPersonService youngPeople;

    @Test
    void shouldCheckThenImportSsda903FilesWithTheRefusedRowExplainedWhenAManagerUploadsThem() throws IOException {
        // given a header and episodes file of two children, the second with a date of birth that is not a date
        TeamFixture team = people.team();
        String prefix = "WEB" + UUID.randomUUID().toString().substring(0, 6);
        Ssda903Files.Files files = Ssda903Files.generate(prefix, 2, clock.today());
        Path header = Files.createTempFile("header", ".csv");
        Path episodes = Files.createTempFile("episodes", ".csv");
        Files.writeString(header, files.header().replaceFirst("(" + prefix + "-1,\\d,)[^,]+", "$131/02/2008"));
        Files.writeString(episodes, files.episodes());

        try (Browser browser = Browser.open(app, "import")) {
            browser.resize(390, 844);
            browser.signIn(team.manager().username());

            // when they check the page with no file chosen
            browser.visit("/tasks", "tasks");
            browser.find("a[href='/imports']").click();
            browser.find("button#check").click();
            browser.screenshot("no-files");

            // then the error summary asks for the files
            assertThat(browser.text(".error-summary")).contains("Choose the header and episodes files");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible("the import page asking for files");

            // when they choose the two files and check them
            browser.find("#header").sendKeys(header.toString());
            browser.find("#episodes").sendKeys(episodes.toString());
            browser.find("button#check").click();
            browser.screenshot("checked");

            // then one would be created and one refused, the refused row naming DOB and why; nothing is saved yet
            assertThat(browser.text("#check-totals")).contains("1 young people would be created").contains("1 would be refused");
            assertThat(browser.text("#refused")).contains(prefix + "-1").contains("DOB").contains("dd/mm/yyyy");
            assertThat(youngPeople.byLocalId(prefix + "-0")).isEmpty();
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible("the import check report");

            // when they import them
            browser.find("button#import").click();
            browser.screenshot("imported");

            // then the first child is recorded in their team
            assertThat(browser.text("#import-done")).contains("1 young people created");
            assertThat(youngPeople.byLocalId(prefix + "-0")).isPresent();
            assertThat(youngPeople.byLocalId(prefix + "-1")).isEmpty();
            browser.assertAccessible("the import done");
        } finally {
            Files.deleteIfExists(header);
            Files.deleteIfExists(episodes);
        }
    }

    @Test
    void shouldRefuseTheImportPageToAWorker() {
        TeamFixture team = people.team();
        try (Browser browser = Browser.open(app, "import-worker")) {
            browser.signIn(team.worker().username());
            browser.visit("/imports", "refused");
            assertThat(browser.text("h1")).isEqualTo("You cannot do this");
        }
    }
}
