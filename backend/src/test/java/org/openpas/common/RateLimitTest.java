package org.openpas.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.testing.Api;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/** Expensive operations are limited per user: 429 problem with Retry-After beyond the limit. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreePerMinute.class)
class RateLimitTest {

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pas.rate-limit.expensive.requests", "3", "pas.rate-limit.expensive.window", "60s");
        }
    }

    @Test
    void theFourthExpensiveRequestOfAUserInAMinuteIs429WithRetryAfter() {
        String community = TestData.newCommunity();
        String me = UUID.randomUUID().toString();
        String report = "/api/v1/reports/fairness";
        for (int left = 2; left >= 0; left--) {
            Api.as(me, Roles.ADMIN).queryParam("communityId", community).get(report)
                    .then().statusCode(200)
                    .header("RateLimit", matchesPattern("\"expensive\";r=" + left + ";t=[0-9]+"));
        }
        Api.as(me, Roles.ADMIN).queryParam("communityId", community).get(report)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .body("status", equalTo(429))
                .body("detail", containsString("at most 3 per 60 s"));
        // Per user: someone else is not slowed down, and cheap operations stay open to the limited user.
        Api.as(UUID.randomUUID().toString(), Roles.ADMIN).queryParam("communityId", community).get(report)
                .then().statusCode(200);
        Api.as(me, Roles.ADMIN).get("/api/v1/communities/" + community).then().statusCode(200);
        // The limit covers every expensive operation together, e.g. registration.
        Api.as(me, Roles.PATIENT).body(Registrations.body(Registrations.phn(), "SELF", community, "", true))
                .post("/api/v1/patients").then().statusCode(429);
    }

    @Inject
    EntityManager em;

    /** A window as another API instance left it in the shared table. */
    @Transactional
    void countedElsewhere(String subject, int used, int secondsAgo) {
        em.createNativeQuery("""
                insert into rate_limit (subject, policy, window_start, used)
                values (:subject, 'expensive', now() - make_interval(secs => :ago), :used)""")
                .setParameter("subject", subject).setParameter("ago", secondsAgo).setParameter("used", used)
                .executeUpdate();
    }

    @Test
    void theCountIsSharedByEveryInstanceThroughTheDatabase() {
        String community = TestData.newCommunity();
        String report = "/api/v1/reports/fairness";
        // Three requests counted by another instance in this window: this instance refuses the fourth.
        String busy = UUID.randomUUID().toString();
        countedElsewhere(busy, 3, 10);
        Api.as(busy, Roles.ADMIN).queryParam("communityId", community).get(report)
                .then().statusCode(429)
                .header("Retry-After", matchesPattern("(4[0-9]|5[0-9]|60)"));
        // A window that ran out elsewhere starts again here.
        String back = UUID.randomUUID().toString();
        countedElsewhere(back, 3, 61);
        Api.as(back, Roles.ADMIN).queryParam("communityId", community).get(report)
                .then().statusCode(200)
                .header("RateLimit", matchesPattern("\"expensive\";r=2;t=(59|60)"));
    }
}
