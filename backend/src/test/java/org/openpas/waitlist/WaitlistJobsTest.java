package org.openpas.waitlist;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.Users.ADMIN;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;
import org.openpas.waitlist.WaitlistJobs;

@QuarkusTest
class WaitlistJobsTest {

    @Inject
    WaitlistJobs jobs;

    @Inject
    EntityManager em;

    @Transactional
    void backdate(String entryId, String column, int days) {
        em.createNativeQuery("update waitlist_entry set " + column + " = now() - make_interval(days => :days)"
                        + " where id = :id")
                .setParameter("days", days).setParameter("id", UUID.fromString(entryId)).executeUpdate();
    }

    private static String[] registered() {
        String registrant = UUID.randomUUID().toString();
        String patient = Registrations.register(registrant, TestData.newCommunity(), "SELF", "");
        String entry = Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                .then().extract().path("waitlistEntryId");
        return new String[] {registrant, entry};
    }

    @Test
    void aRegistrationNotReconfirmedExpiresAndCanBeRestoredWithItsDate() {
        String[] reg = registered();
        String path = "/api/v1/waitlist-entries/" + reg[1];
        String registeredAt = Api.as(reg[0], Roles.PATIENT).when().get(path).then().extract().path("registeredAt");
        backdate(reg[1], "reconfirm_due_at", 31);
        jobs.expireUnconfirmed();
        Api.as(reg[0], Roles.PATIENT).when().get(path).then().body("status", equalTo("EXPIRED"));
        Api.as(reg[0], Roles.PATIENT).when().post(path + "/reconfirm")
                .then().statusCode(200).body("status", equalTo("WAITING")).body("registeredAt", equalTo(registeredAt));
        Api.as(ADMIN, Roles.ADMIN).when().get(path + "/transitions")
                .then().body("items.cause", equalTo(List.of("REGISTRATION", "EXPIRY", "RESTORED")));

        backdate(reg[1], "reconfirm_due_at", 31);
        jobs.expireUnconfirmed();
        backdate(reg[1], "expired_at", 31);
        Api.as(reg[0], Roles.PATIENT).when().post(path + "/reconfirm").then().statusCode(409);
    }

    @Test
    void twoInstancesRunningTheJobAtOnceReturnEachOverdueProposalOnce() throws Exception {
        String community = TestData.newCommunity();
        String coordinator = TestData.coordinatorOf(community);
        String provider = TestData.acceptingProvider(community, 10).id();
        String[] entries = new String[4];
        for (int i = 0; i < entries.length; i++) {
            String registrant = UUID.randomUUID().toString();
            String patient = Registrations.register(registrant, community, "SELF", "");
            entries[i] = Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                    .then().extract().path("waitlistEntryId");
            Api.as(coordinator, Roles.COORDINATOR).body("{\"providerId\": \"%s\", \"deadlineDays\": 1}".formatted(provider))
                    .when().post("/api/v1/waitlist-entries/" + entries[i] + "/propose").then().statusCode(200);
            backdate(entries[i], "proposal_deadline", 1);
        }
        Callable<Integer> run = jobs::expireProposals;
        int returned = 0;
        for (var result : Executors.newFixedThreadPool(2).invokeAll(List.of(run, run))) {
            returned += result.get();
        }
        assertEquals(entries.length, returned);
        for (String entry : entries) {
            Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/waitlist-entries/" + entry + "/transitions")
                    .then().body("items.cause", equalTo(List.of("REGISTRATION", "PROPOSAL", "PROPOSAL_EXPIRED")));
        }
    }
}
