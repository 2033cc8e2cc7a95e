package org.openpas.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Mailbox;
import org.openpas.testing.TestData;

/**
 * Issue 16, item 5: a provider is emailed 14 days before their capacity statement goes stale (90 days after it
 * was confirmed) and once on the day it does; each once per statement, again after they confirm it.
 */
@QuarkusTest
class CapacityRemindersTest {

    private static final String SOON = "Your capacity statement goes stale on ";
    private static final String STALE = "Your capacity statement is stale: you are not offered patients";

    @Inject
    CapacityJobs jobs;

    @Inject
    EntityManager em;

    @Transactional
    void confirmedDaysAgo(String providerId, int days) {
        em.createNativeQuery("update provider_capacity set last_confirmed_at = now() - make_interval(days => :days)"
                        + " where provider_id = :id")
                .setParameter("days", days).setParameter("id", UUID.fromString(providerId)).executeUpdate();
    }

    private static List<String> subjects(String email) {
        return Mailbox.to(email).stream().map(Mailbox.Mail::subject)
                .filter(subject -> subject.startsWith("Your capacity statement")).toList();
    }

    private static void runJobs(CapacityJobs jobs) {
        jobs.remindStale();
        jobs.remindStaleSoon();
    }

    private static String emailOf(TestData.Doctor doctor) {
        return Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/providers/" + doctor.id()).then().statusCode(200)
                .extract().path("email");
    }

    @Test
    void fourteenDaysBeforeAndOnTheDayEachOncePerStatement() {
        TestData.Doctor doctor = TestData.acceptingProvider(TestData.newCommunity(), 5);
        String email = emailOf(doctor);
        runJobs(jobs);
        assertEquals(List.of(), subjects(email), "a fresh statement: nothing");

        confirmedDaysAgo(doctor.id(), 75);
        runJobs(jobs);
        assertEquals(List.of(), subjects(email), "15 days before: not yet");

        confirmedDaysAgo(doctor.id(), 76);
        runJobs(jobs);
        runJobs(jobs);
        LocalDate staleOn = LocalDate.now(ZoneId.of("America/Vancouver")).plusDays(14);
        assertEquals(List.of(SOON + staleOn), subjects(email), "14 days before, once");
        String text = Mailbox.to(email).getLast().text();
        assertTrue(text.contains("Confirm it is still true"), text);

        confirmedDaysAgo(doctor.id(), 90);
        runJobs(jobs);
        runJobs(jobs);
        assertEquals(List.of(SOON + staleOn, STALE), subjects(email), "on the day it goes stale, once");

        // Confirmed again: a new statement, reminded again when it ages.
        Api.as(doctor.subject(), Roles.PROVIDER).when().post("/api/v1/providers/" + doctor.id() + "/capacity/confirm")
                .then().statusCode(200);
        runJobs(jobs);
        assertEquals(2, subjects(email).size(), "just confirmed: nothing new");
        confirmedDaysAgo(doctor.id(), 80);
        runJobs(jobs);
        assertEquals(3, subjects(email).size(), "the next statement's first reminder");
    }

    @Test
    void aStatementAlreadyStaleGetsTheStaleReminderOnly() {
        TestData.Doctor doctor = TestData.acceptingProvider(TestData.newCommunity(), 5);
        String email = emailOf(doctor);
        confirmedDaysAgo(doctor.id(), 120);
        runJobs(jobs);
        jobs.remindStaleSoon();
        assertEquals(List.of(STALE), subjects(email));
    }

    @Test
    void aProviderWhoIsNotAcceptingIsNotReminded() {
        TestData.Doctor doctor = TestData.acceptingProvider(TestData.newCommunity(), 5);
        TestData.capacity(doctor, false, 0, 1000, 34, 33, 33);
        String email = emailOf(doctor);
        confirmedDaysAgo(doctor.id(), 120);
        runJobs(jobs);
        assertEquals(List.of(), subjects(email), "not offered patients anyway: nothing to remind them of");
    }
}
