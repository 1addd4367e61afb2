package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A manager records in a real browser that a 17-year-old left care to semi-independent living. Screenshots: target/screenshots/. */
@QuarkusTest
class LeavingCareBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldShowASeventeenYearOldRelevantWithTheirAccommodationWhenTheManagerRecordsLeavingCareAfterAFormError() {
        // given an eligible 17-year-old in care since 13
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(17).minusMonths(2);
        UUID id = people.youngPerson(team, born, false, List.of(new CareEpisodeInput(born.plusYears(13), null, LegalBasis.CARE_ORDER)));
        LocalDate today = clock.today();

        try (Browser browser = Browser.open(app, "manager-records-leaving-care")) {
            // when the manager opens the young person's page, they see them eligible and can record leaving care
            browser.signIn(team.manager().username());
            browser.visit("/young-people/" + id, "young-person");
            assertThat(browser.text("#status")).isEqualTo("Eligible");
            browser.find("#record-leaving-care").click();
            browser.screenshot("form");
            assertThat(browser.text("h1")).isEqualTo("Record leaving care");
            browser.assertAccessible("the leaving-care form");

            // when they fill in the day and the move to semi-independent living, judged not suitable, but give no approval or rationale
            date(browser, "endDate", today);
            browser.find("#reason-INDEPENDENT_LIVING").click();
            browser.find("#accommodation-category-D").click();
            browser.find("#accommodation-addressOrProvider").sendKeys("Northgate supported flats");
            date(browser, "accommodation-startDate", today);
            browser.find("#accommodation-suitable-false").click();
            browser.find("#accommodation-judgedBy").sendKeys("Maya Manager");
            browser.find("#record-leaving-care").click();
            browser.screenshot("errors");

            // then the error summary names the approval and the rationale, and what they typed is kept
            assertThat(browser.text(".error-summary")).contains("There is a problem").contains("approval").contains("Give the reason");
            assertThat(browser.find("#accommodation-category-D").isSelected()).isTrue();
            assertThat(browser.find("#accommodation-addressOrProvider").getAttribute("value")).isEqualTo("Northgate supported flats");
            browser.assertAccessible("the leaving-care form with errors");

            // when they add the nominated officer's approval and the rationale, and record it
            browser.find("#approval-approverRole-NOMINATED_OFFICER").click();
            browser.find("#approval-approvedBy").sendKeys("Nora Officer");
            date(browser, "approval-approvedOn", today.minusDays(3));
            browser.find("#accommodation-rationale").sendKeys("Shared kitchen with older residents; a move to a trainer flat is planned");
            browser.find("#record-leaving-care").click();
            browser.screenshot("recorded");

            // then the young person's page shows them relevant, with the accommodation, its judgement and rationale, and the chronology
            assertThat(browser.path()).isEqualTo("/young-people/" + id + "#care-episodes");
            assertThat(browser.text("#status")).isEqualTo("Relevant");
            assertThat(browser.text("#care-episodes")).contains("Moved to independent or semi-independent living").contains("Nora Officer");
            assertThat(browser.text("#accommodation")).contains("Semi-independent").contains("Northgate supported flats")
                    .contains("Not suitable").contains("Shared kitchen with older residents");
            assertThat(browser.text(".chronology[aria-labelledby=chronology]")).contains("Left care").contains("Accommodation: Semi-independent");

            // and the young people list shows them under "Relevant"
            browser.visit("/young-people", "list");
            WebElement row = browser.find("a[href='/young-people/" + id + "']").findElement(By.xpath("./ancestor::tr"));
            assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("Relevant");
        }
    }

    private static void date(Browser browser, String name, LocalDate day) {
        browser.find("#" + name + "-day").sendKeys(Integer.toString(day.getDayOfMonth()));
        browser.find("#" + name + "-month").sendKeys(Integer.toString(day.getMonthValue()));
        browser.find("#" + name + "-year").sendKeys(Integer.toString(day.getYear()));
    }
}
