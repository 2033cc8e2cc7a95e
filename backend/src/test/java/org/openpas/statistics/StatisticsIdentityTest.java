package org.openpas.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpas.common.Province;
import org.openpas.common.Roles;
import org.openpas.testing.Api;
import org.openpas.testing.Race;
import org.openpas.testing.Registrations;
import org.openpas.testing.TestData;

/**
 * The snapshot job against the definitions (docs/statistics.md): on random activity over past months, every
 * identity the public figures promise; on a tiny scenario, numbers worked out by hand.
 */
@QuarkusTest
class StatisticsIdentityTest {

    private static final String OPEN = "('WAITING', 'PROPOSED', 'PAUSED')";

    @Inject
    StatisticsSnapshots snapshots;

    @Inject
    StatisticsRepository stored;

    @Inject
    EntityManager em;

    @Inject
    MonthSnapshot monthSnapshot;

    @Inject
    org.openpas.waitlist.MonthlyFlows flows;

    /** Stored months are never recomputed: each test starts from none, with every transition it wrote in place. */
    @BeforeEach
    @Transactional
    void forgetSnapshots() {
        em.createNativeQuery("delete from statistics_month").executeUpdate();
    }

    private static String community(String healthAuthority) {
        return Api.as(ADMIN, Roles.ADMIN)
                .body("""
                        {"name": "Community %s", "healthAuthority": "%s"}""".formatted(UUID.randomUUID(), healthAuthority))
                .when().post("/api/v1/communities").then().statusCode(201).extract().path("id");
    }

    private static LocalDate lastClosed() {
        return Province.today().withDayOfMonth(1).minusMonths(1);
    }

    /** Noon on the day of the month, {@code monthsBack} months before the current one, in the province. */
    private static Instant day(int monthsBack, int day) {
        return Province.today().withDayOfMonth(1).minusMonths(monthsBack).withDayOfMonth(day).atTime(12, 0)
                .atZone(Province.ZONE).toInstant();
    }

    // ---------------------------------------------------------------- random activity, every identity

    @Test
    void everyAreaAndMonthKeepsTheIdentitiesOnRandomActivity() {
        UUID a = UUID.fromString(community("NORTHERN"));
        UUID b = UUID.fromString(community("NORTHERN"));
        UUID c = UUID.fromString(community("INTERIOR"));
        TestData.Doctor doctor = TestData.acceptingProvider(a.toString(), 50);
        throughTheApi(a, c, doctor);
        mergedThroughTheApi(b);
        String registrant = UUID.randomUUID().toString();
        UUID patient = UUID.fromString(Registrations.register(registrant, a.toString(), "SELF", ""));
        generate(new Random(17), patient, List.of(a, b, c), UUID.fromString(doctor.id()), 400);

        int months = snapshots.snapshotClosedMonths();
        assertTrue(months >= 7, "months stored: " + months);
        List<MonthFigures> rows = stored.all();
        List<MonthFigures> communityRows = rows.stream().filter(r -> r.level().equals(MonthFigures.COMMUNITY)).toList();
        for (ToLongFunction<MonthFigures> count : List.<ToLongFunction<MonthFigures>>of(MonthFigures::registered,
                MonthFigures::returned, MonthFigures::movedIn, MonthFigures::attached, MonthFigures::withdrawn,
                MonthFigures::expired, MonthFigures::merged, MonthFigures::movedAway, MonthFigures::spacesUsed,
                MonthFigures::waiting3To6Months, MonthFigures::waitingOver24Months)) {
            assertTrue(communityRows.stream().mapToLong(count).sum() > 0, "the activity exercises every count");
        }
        assertTrue(rows.stream().anyMatch(r -> r.waitMedianDays() != null), "and the percentiles");
        assertTrue(rows.stream().anyMatch(r -> r.level().equals(MonthFigures.HEALTH_AUTHORITY) && r.movedIn() > 0),
                "and moves between health authorities");
        assertIdentities(rows);
        assertLiveCountAtLastMonthEnd(rows);
        assertPercentiles(rows);

        assertEquals(0, snapshots.snapshotClosedMonths(), "a second run stores nothing");
        assertEquals(rows, stored.all(), "and changes nothing");
        assertFalse(rows.stream().anyMatch(r -> r.month().isAfter(lastClosed())), "the current month is not published");
        assertTrue(rows.stream().anyMatch(r -> r.month().equals(lastClosed())), "the last closed month is");
    }

    @Test
    void twoInstancesRunningTheJobAtOnceStoreEachMonthOnce() throws Exception {
        UUID a = UUID.fromString(community("NORTHERN"));
        TestData.Doctor doctor = TestData.acceptingProvider(a.toString(), 50);
        UUID patient = UUID.fromString(Registrations.register(UUID.randomUUID().toString(), a.toString(), "SELF", ""));
        generate(new Random(3), patient, List.of(a), UUID.fromString(doctor.id()), 40);

        List<Integer> stores = Race.run(List.<Callable<Integer>>of(snapshots::snapshotClosedMonths,
                snapshots::snapshotClosedMonths), 2);
        long months = stored.all().stream().map(MonthFigures::month).distinct().count();
        assertEquals(months, stores.get(0) + stores.get(1), "each month stored by one of them: " + stores);
        assertIdentities(stored.all());
    }

    /**
     * The services' own transitions: registered, attached, returned after a panel removal, moved to another
     * health authority's community, withdrawn as moved away (and merged, below); then all of it moved one
     * month back in time.
     */
    private void throughTheApi(UUID a, UUID c, TestData.Doctor doctor) {
        List<String> entries = new ArrayList<>();
        String[] patients = new String[3];
        String[] registrants = new String[3];
        for (int i = 0; i < 3; i++) {
            registrants[i] = UUID.randomUUID().toString();
            patients[i] = Registrations.register(registrants[i], a.toString(), "SELF", "");
            entries.add(Api.as(registrants[i], Roles.PATIENT).when().get("/api/v1/patients/" + patients[i])
                    .then().extract().path("waitlistEntryId"));
        }
        String entries0 = "/api/v1/waitlist-entries/";
        Api.as(doctor.subject(), Roles.PROVIDER).body("{\"providerId\": \"%s\"}".formatted(doctor.id()))
                .when().post(entries0 + entries.get(0) + "/attach").then().statusCode(200);
        Api.as(doctor.subject(), Roles.PROVIDER).queryParam("reason", "PATIENT_MOVED")
                .queryParam("returnToWaitlist", true)
                .when().delete("/api/v1/providers/" + doctor.id() + "/panel/members/" + patients[0])
                .then().statusCode(204);
        String path = "/api/v1/patients/" + patients[1];
        Api.as(registrants[1], Roles.PATIENT).header("If-Match", TestData.etag(path, registrants[1], Roles.PATIENT))
                .body("""
                        {"familyName": "Tester", "givenNames": "Pat", "dateOfBirth": "1980-04-30", "gender": "FEMALE",
                         "preferredLanguage": "en", "consentToShare": true, "matchWithHousehold": false,
                         "address": {"line1": "5 Oak Street", "city": "Vancouver", "province": "BC", "postalCode": "V5K 0A1"},
                         "communityId": "%s"}""".formatted(c))
                .when().put(path).then().statusCode(200);
        Api.as(registrants[2], Roles.PATIENT).body("{\"reason\": \"MOVED_AWAY\"}")
                .when().post(entries0 + entries.get(2) + "/withdraw").then().statusCode(200);
        List<String> causes = causesOf(UUID.fromString(entries.get(1)));
        assertEquals(List.of("REGISTRATION", "COMMUNITY_CHANGE"), causes);
        assertEquals(a, fromCommunityOfLastMove(UUID.fromString(entries.get(1))));
        monthBack(entries.stream().map(UUID::fromString).toList());
    }

    /** The same person registered twice in the community, merged by its coordinator (one entry closes as MERGE). */
    private void mergedThroughTheApi(UUID community) {
        String coordinator = TestData.coordinatorOf(community.toString());
        String given = "Robin " + UUID.randomUUID().toString().substring(0, 8);
        List<String> patients = new ArrayList<>();
        List<UUID> entries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String registrant = UUID.randomUUID().toString();
            String body = Registrations.body(Registrations.phn(), "SELF", community.toString(), "", true)
                    .replaceFirst("\"givenNames\": \"[^\"]*\"", "\"givenNames\": \"" + given + "\"")
                    .replace("1980-04-30", "1931-02-03");
            String patient = Api.as(registrant, Roles.PATIENT).body(body).when().post("/api/v1/patients")
                    .then().statusCode(201).extract().path("id");
            patients.add(patient);
            entries.add(UUID.fromString(Api.as(registrant, Roles.PATIENT).when().get("/api/v1/patients/" + patient)
                    .then().extract().path("waitlistEntryId")));
        }
        String candidate = Api.as(coordinator, Roles.COORDINATOR).queryParam("communityId", community.toString())
                .when().get("/api/v1/duplicate-candidates").then().statusCode(200).extract().path("items[0].id");
        Api.as(coordinator, Roles.COORDINATOR).body("{\"survivorPatientId\": \"%s\"}".formatted(patients.get(1)))
                .when().post("/api/v1/duplicate-candidates/" + candidate + "/merge").then().statusCode(200);
        assertEquals(List.of("REGISTRATION", "MERGE"), causesOf(entries.get(0)));
        monthBack(entries);
    }

    @Transactional
    List<String> causesOf(UUID entry) {
        return em.createNativeQuery("select cause from waitlist_transition where entry_id = :e order by at, id", String.class)
                .setParameter("e", entry).getResultList().stream().map(String.class::cast).toList();
    }

    @Transactional
    UUID fromCommunityOfLastMove(UUID entry) {
        return (UUID) em.createNativeQuery("""
                select from_community_id from waitlist_transition where entry_id = :e and cause = 'COMMUNITY_CHANGE'""")
                .setParameter("e", entry).getSingleResult();
    }

    @Transactional
    void monthBack(List<UUID> entries) {
        em.createNativeQuery("update waitlist_transition set at = at - interval '1 month' where entry_id = any(:e)")
                .setParameter("e", entries.toArray(UUID[]::new)).executeUpdate();
        em.createNativeQuery("update waitlist_entry set registered_at = registered_at - interval '1 month' where id = any(:e)")
                .setParameter("e", entries.toArray(UUID[]::new)).executeUpdate();
    }

    /**
     * Entries registered at random over the last eight months (some reaching into the current one), each then
     * going through random steps of the waitlist's state machine, a few days to weeks apart.
     */
    @Transactional
    void generate(Random random, UUID patient, List<UUID> communities, UUID provider, int count) {
        Ledger ledger = new Ledger(em, patient);
        Instant from = day(8, 1);
        long span = Instant.now().getEpochSecond() - from.getEpochSecond();
        for (int i = 0; i < count; i++) {
            Instant at = from.plusSeconds((long) (random.nextDouble() * span));
            Instant registeredAt = random.nextInt(10) == 0 ? at.minusSeconds(86400L * random.nextInt(900)) : at;
            Ledger.Entry entry = ledger.register(communities.get(random.nextInt(communities.size())), at, registeredAt);
            while (true) {
                at = at.plusSeconds(3600L + random.nextInt(40 * 86400));
                if (at.isAfter(Instant.now()) || random.nextInt(6) == 0) {
                    break;
                }
                step(random, entry, at, communities, provider);
                if ("WITHDRAWN".equals(entry.status)) {
                    break;
                }
            }
            entry.save();
        }
    }

    private static void step(Random random, Ledger.Entry entry, Instant at, List<UUID> communities, UUID provider) {
        switch (entry.status) {
            case "ATTACHED" -> entry.move(at, "WAITING", "PANEL_REMOVAL", null, provider, null);
            case "EXPIRED" -> entry.move(at, "WAITING", "RESTORED", null, null, null);
            case "PROPOSED" -> {
                switch (random.nextInt(3)) {
                    case 0 -> entry.move(at, "WAITING", "DECLINE", null, provider, null);
                    case 1 -> entry.move(at, "WAITING", "PROPOSAL_EXPIRED", null, provider, null);
                    default -> entry.move(at, "ATTACHED", "ATTACHMENT", null, provider, null);
                }
            }
            case "PAUSED" -> entry.move(at, "WAITING", "CONTACT_CONFIRMED", null, null, null);
            default -> {
                switch (random.nextInt(9)) {
                    case 0 -> entry.move(at, "PROPOSED", "PROPOSAL", null, provider, null);
                    case 1, 2 -> entry.move(at, "ATTACHED", "ATTACHMENT", null, provider, null);
                    case 3 -> entry.move(at, "WITHDRAWN", "WITHDRAWAL", random.nextBoolean() ? "MOVED_AWAY" : "OTHER",
                            null, null);
                    case 4 -> entry.move(at, "EXPIRED", "EXPIRY", null, null, null);
                    case 5 -> entry.move(at, "WITHDRAWN", "MERGE", null, null, null);
                    case 6 -> entry.move(at, "PAUSED", "CONTACT_PAUSE", null, null, null);
                    case 7 -> entry.move(at, "WAITING", "RECONFIRMATION", null, null, null);
                    default -> {
                        UUID to = communities.get(random.nextInt(communities.size()));
                        if (!to.equals(entry.community)) {
                            entry.move(at, entry.status, "COMMUNITY_CHANGE", null, null, to);
                        }
                    }
                }
            }
        }
    }

    private void assertIdentities(List<MonthFigures> rows) {
        Map<String, MonthFigures> previous = new HashMap<>();
        Map<LocalDate, List<MonthFigures>> byMonth = rows.stream()
                .collect(Collectors.groupingBy(MonthFigures::month, java.util.TreeMap::new, Collectors.toList()));
        LocalDate first = byMonth.keySet().iterator().next();
        for (var month : byMonth.entrySet()) {
            if (!month.getKey().equals(first)) {
                assertEquals(month.getKey().minusMonths(1), previous.values().iterator().next().month(), "no gap");
            }
            for (MonthFigures r : month.getValue()) {
                String where = r.month() + " " + r.level() + " " + r.code();
                assertEquals(r.waitingEnd(), r.waitingStart() + r.registered() + r.returned() + r.movedIn() - r.movedOut()
                        - r.attached() - r.withdrawn() - r.expired() - r.merged() - r.movedAway(), where);
                assertEquals(r.waitingEnd(), r.waitingUnder3Months() + r.waiting3To6Months() + r.waiting6To12Months()
                        + r.waiting12To24Months() + r.waitingOver24Months(), where);
                MonthFigures before = previous.get(r.level() + r.code());
                assertEquals(before == null ? 0 : before.waitingEnd(), r.waitingStart(), "start = last end: " + where);
            }
            for (MonthFigures r : month.getValue()) {
                previous.put(r.level() + r.code(), r);
            }
            assertGeography(month.getValue());
        }
    }

    /** HA = sum of its communities, BC = sum of the HAs, for every count but moves; moves balance. */
    private void assertGeography(List<MonthFigures> month) {
        Map<String, List<MonthFigures>> byLevel = month.stream().collect(Collectors.groupingBy(MonthFigures::level));
        Map<String, String> authorityOf = authorities();
        MonthFigures province = byLevel.get(MonthFigures.PROVINCE).get(0);
        List<ToLongFunction<MonthFigures>> counts = List.of(MonthFigures::waitingStart, MonthFigures::registered,
                MonthFigures::returned, MonthFigures::attached, MonthFigures::withdrawn, MonthFigures::expired,
                MonthFigures::merged, MonthFigures::movedAway, MonthFigures::waitingEnd,
                MonthFigures::waitingUnder3Months, MonthFigures::waiting3To6Months, MonthFigures::waiting6To12Months,
                MonthFigures::waiting12To24Months, MonthFigures::waitingOver24Months, MonthFigures::spacesUsed);
        for (MonthFigures ha : byLevel.get(MonthFigures.HEALTH_AUTHORITY)) {
            List<MonthFigures> its = byLevel.get(MonthFigures.COMMUNITY).stream()
                    .filter(c -> ha.code().equals(authorityOf.get(c.code()))).toList();
            for (var count : counts) {
                assertEquals(count.applyAsLong(ha), its.stream().mapToLong(count).sum(), ha.month() + " " + ha.code());
            }
        }
        for (var count : counts) {
            assertEquals(count.applyAsLong(province), byLevel.get(MonthFigures.HEALTH_AUTHORITY).stream()
                    .mapToLong(count).sum(), province.month() + " BC");
        }
        for (String level : List.of(MonthFigures.COMMUNITY, MonthFigures.HEALTH_AUTHORITY)) {
            assertEquals(byLevel.get(level).stream().mapToLong(MonthFigures::movedIn).sum(),
                    byLevel.get(level).stream().mapToLong(MonthFigures::movedOut).sum(), "moves balance: " + level);
        }
        assertEquals(0, province.movedIn() + province.movedOut());
    }

    @Transactional
    Map<String, String> authorities() {
        List<Object[]> rows = em.createNativeQuery("select id, health_authority from community", Object[].class)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> r[0].toString(), r -> (String) r[1]));
    }

    /**
     * The open entries at the last closed month's end, counted independently of the job: the entries open now
     * (their status), with every transition since that month's end undone.
     */
    @Transactional
    void assertLiveCountAtLastMonthEnd(List<MonthFigures> rows) {
        Instant end = Province.today().withDayOfMonth(1).atStartOfDay(Province.ZONE).toInstant();
        Map<String, Long> live = new HashMap<>();
        List<Object[]> now = em.createNativeQuery("select community_id, count(*) from waitlist_entry where status in "
                + OPEN + " group by community_id", Object[].class).getResultList();
        now.forEach(r -> live.merge(r[0].toString(), ((Number) r[1]).longValue(), Long::sum));
        List<Object[]> since = em.createNativeQuery("""
                select community_id, coalesce(from_community_id, community_id), from_status in %1$s, to_status in %1$s
                from waitlist_transition where at >= :end""".formatted(OPEN), Object[].class)
                .setParameter("end", end).getResultList();
        for (Object[] t : since) {
            if (Boolean.TRUE.equals(t[3])) {
                live.merge(t[0].toString(), -1L, Long::sum);
            }
            if (Boolean.TRUE.equals(t[2])) {
                live.merge(t[1].toString(), 1L, Long::sum);
            }
        }
        long total = 0;
        for (MonthFigures r : rows) {
            if (r.month().equals(lastClosed()) && MonthFigures.COMMUNITY.equals(r.level())) {
                assertEquals(live.getOrDefault(r.code(), 0L), r.waitingEnd(), "live count in " + r.code());
                total += r.waitingEnd();
            }
        }
        long province = rows.stream().filter(r -> r.month().equals(lastClosed()) && r.level().equals(MonthFigures.PROVINCE))
                .findFirst().orElseThrow().waitingEnd();
        assertEquals(live.values().stream().mapToLong(Long::longValue).sum(), province);
        assertEquals(total, province);
    }

    /** The province's median and 90th percentile wait, as PostgreSQL computes them over the month's attachments. */
    @Transactional
    void assertPercentiles(List<MonthFigures> rows) {
        for (MonthFigures r : rows) {
            if (!r.level().equals(MonthFigures.PROVINCE)) {
                continue;
            }
            ZonedDateTime start = r.month().atStartOfDay(Province.ZONE);
            Object[] expected = (Object[]) em.createNativeQuery("""
                    select count(*), percentile_cont(0.5) within group (order by extract(epoch from t.at - e.registered_at) / 86400),
                           percentile_cont(0.9) within group (order by extract(epoch from t.at - e.registered_at) / 86400)
                    from waitlist_transition t join waitlist_entry e on e.id = t.entry_id
                    where t.cause = 'ATTACHMENT' and t.at >= :start and t.at < :end""", Object[].class)
                    .setParameter("start", start.toInstant()).setParameter("end", start.plusMonths(1).toInstant())
                    .getSingleResult();
            assertEquals(((Number) expected[0]).longValue(), r.attached(), r.month() + " attached");
            if (r.attached() < 10) {
                assertNull(r.waitMedianDays());
                assertNull(r.waitP90Days());
            } else {
                assertEquals(round(expected[1]), r.waitMedianDays(), r.month() + " median");
                assertEquals(round(expected[2]), r.waitP90Days(), r.month() + " p90");
            }
        }
    }

    private static BigDecimal round(Object value) {
        return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(1, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------- a tiny scenario, by hand

    /**
     * Two months (m1 two months ago, m2 last month), community X (Fraser) and Y (Island), where no
     * other test writes in closed months, so the health authorities' rows are theirs alone:
     * <pre>
     * e1 X: registered m1-05, attached m2-10 by P (who works in X)
     * e2 X: registered m1-06, moved to Y m1-20, withdrawn MOVED_AWAY m2-03
     * e3 Y: registered m1-07, expired m1-25, restored m2-02
     * e4 X: registered m2-01, withdrawn (no longer needed) m2-15
     * e5 X: registered m1-01 at 00:30 in the province (the month's first hour)
     * e6 X: registered m1-03, keeping a date four months before m1 (a merge keeps the earlier date)
     * </pre>
     * m1 X: start 0, registered 4 (e1 e2 e5 e6), moved out 1 (e2), end 3 (e1 e5 e6): under 3 months 2, 3-6 months 1.
     * m1 Y: start 0, registered 1 (e3), moved in 1 (e2), expired 1 (e3), end 1 (e2): under 3 months 1.
     * m1 Fraser: X's counts, moved out 1 (to another HA); Island: Y's, moved in 1.
     * m2 X: start 3, registered 1 (e4), attached 1 (e1), withdrawn 1 (e4), end 2 (e5 e6): under 3 months 1 (e5), 3-6 1
     * (e6, 5 months and some days); spaces used 1 (P works in X).
     * m2 Y: start 1, returned 1 (e3), moved away 1 (e2), end 1 (e3): under 3 months 1.
     */
    @Test
    void aTinyScenarioGivesTheNumbersWorkedOutByHand() {
        UUID x = UUID.fromString(community("FRASER"));
        UUID y = UUID.fromString(community("ISLAND"));
        TestData.Doctor p = TestData.acceptingProvider(x.toString(), 5);
        String registrant = UUID.randomUUID().toString();
        UUID patient = UUID.fromString(Registrations.register(registrant, x.toString(), "SELF", ""));
        scenario(patient, x, y, UUID.fromString(p.id()));

        snapshots.snapshotClosedMonths();
        LocalDate m1 = lastClosed().minusMonths(1);
        LocalDate m2 = lastClosed();
        //                          start reg ret in out att wd exp mrg away end  <3 3-6 used
        expect(m1, "COMMUNITY", x.toString(), 0, 5, 0, 0, 1, 0, 0, 0, 0, 0, 4, 3, 1, 0);
        expect(m1, "COMMUNITY", y.toString(), 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0);
        expect(m1, "HEALTH_AUTHORITY", "FRASER", 0, 5, 0, 0, 1, 0, 0, 0, 0, 0, 4, 3, 1, 0);
        expect(m1, "HEALTH_AUTHORITY", "ISLAND", 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0);
        expect(m2, "COMMUNITY", x.toString(), 4, 1, 0, 0, 0, 1, 1, 0, 0, 0, 3, 2, 1, 1);
        expect(m2, "COMMUNITY", y.toString(), 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0);

        MonthFigures m1x = row(m1, "COMMUNITY", x.toString());
        MonthFigures m2x = row(m2, "COMMUNITY", x.toString());
        assertNull(m1x.providersAccepting(), "capacity is not known for a month closed long ago");
        assertNull(m2x.waitMedianDays(), "fewer than 10 attached: no median");
        boolean recent = Instant.now().isBefore(Province.today().withDayOfMonth(1).atStartOfDay(Province.ZONE)
                .plusDays(7).toInstant());
        assertEquals(recent ? Integer.valueOf(1) : null, m2x.providersAccepting());
        assertEquals(recent ? Integer.valueOf(5) : null, m2x.spacesOffered());
    }

    /**
     * An admin gives a community to another health authority between two snapshots: its waiting moves
     * with it (moves between the authorities), and the job goes on storing months instead of refusing.
     */
    @Test
    void aCommunityGivenToAnotherHealthAuthorityTakesItsWaitingAlong() {
        // Northern and Interior: the tiny scenario's hand-worked figures are Fraser's and Island's
        String name = "Community " + UUID.randomUUID();
        UUID x = UUID.fromString(Api.as(ADMIN, Roles.ADMIN).body("""
                {"name": "%s", "healthAuthority": "NORTHERN"}""".formatted(name)).when().post("/api/v1/communities")
                .then().statusCode(201).extract().path("id"));
        UUID patient = UUID.fromString(Registrations.register(UUID.randomUUID().toString(), x.toString(), "SELF", ""));
        twoWaiting(patient, x, day(2, 5));
        LocalDate m1 = lastClosed().minusMonths(1);
        for (LocalDate month = Province.dateOf(flows.firstTransition().orElseThrow()).withDayOfMonth(1);
                !month.isAfter(m1); month = month.plusMonths(1)) {
            monthSnapshot.store(month);
        }
        String etag = Api.as(ADMIN, Roles.ADMIN).get("/api/v1/communities/" + x).then().statusCode(200).extract()
                .header("ETag");
        Api.as(ADMIN, Roles.ADMIN).header("If-Match", etag).body("""
                {"name": "%s", "healthAuthority": "INTERIOR"}""".formatted(name)).when()
                .put("/api/v1/communities/" + x).then().statusCode(200);

        snapshots.snapshotClosedMonths();
        LocalDate m2 = lastClosed();
        Map<String, String> authorityOf = authorities();
        for (String ha : List.of("NORTHERN", "INTERIOR")) {
            MonthFigures r = row(m2, "HEALTH_AUTHORITY", ha);
            assertEquals(r.waitingEnd(), r.waitingStart() + r.registered() + r.returned() + r.movedIn() - r.movedOut()
                    - r.attached() - r.withdrawn() - r.expired() - r.merged() - r.movedAway(), ha);
            assertEquals(row(m1, "HEALTH_AUTHORITY", ha).waitingEnd(), r.waitingStart(), ha);
            long communitiesNet = stored.all().stream().filter(c -> c.month().equals(m2)
                    && c.level().equals("COMMUNITY") && ha.equals(authorityOf.get(c.code())))
                    .mapToLong(c -> c.movedIn() - c.movedOut()).sum();
            assertEquals(ha.equals("INTERIOR") ? 2 : -2, r.movedIn() - r.movedOut() - communitiesNet,
                    ha + ": x's 2 waiting moved from Northern to Interior");
        }
    }

    @Transactional
    void twoWaiting(UUID patient, UUID community, Instant at) {
        Ledger ledger = new Ledger(em, patient);
        ledger.register(community, at).save();
        ledger.register(community, at.plusSeconds(60)).save();
    }

    @Transactional
    void scenario(UUID patient, UUID x, UUID y, UUID provider) {
        Ledger ledger = new Ledger(em, patient);
        ledger.register(x, day(2, 5)).move(day(1, 10), "ATTACHED", "ATTACHMENT", null, provider, null).save();
        ledger.register(x, day(2, 6)).move(day(2, 20), "WAITING", "COMMUNITY_CHANGE", null, null, y)
                .move(day(1, 3), "WITHDRAWN", "WITHDRAWAL", "MOVED_AWAY", null, null).save();
        ledger.register(y, day(2, 7)).move(day(2, 25), "EXPIRED", "EXPIRY", null, null, null)
                .move(day(1, 2), "WAITING", "RESTORED", null, null, null).save();
        ledger.register(x, day(1, 1)).move(day(1, 15), "WITHDRAWN", "WITHDRAWAL", "NO_LONGER_NEEDED", null, null).save();
        Instant firstHour = Province.today().withDayOfMonth(1).minusMonths(2).atTime(0, 30).atZone(Province.ZONE).toInstant();
        ledger.register(x, firstHour).save();
        // the last hour of the first month: already the next month in UTC, still this one in the province
        Instant lastHour = Province.today().withDayOfMonth(1).minusMonths(1).minusDays(1).atTime(23, 30)
                .atZone(Province.ZONE).toInstant();
        ledger.register(x, lastHour).save();
        ledger.register(x, day(2, 3), day(6, 3)).save();
    }

    private MonthFigures row(LocalDate month, String level, String code) {
        return stored.all().stream().filter(r -> r.month().equals(month) && r.level().equals(level)
                && r.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(month + " " + level + " " + code));
    }

    private void expect(LocalDate month, String level, String code, long... n) {
        MonthFigures r = row(month, level, code);
        long[] actual = {r.waitingStart(), r.registered(), r.returned(), r.movedIn(), r.movedOut(), r.attached(),
                r.withdrawn(), r.expired(), r.merged(), r.movedAway(), r.waitingEnd(), r.waitingUnder3Months(),
                r.waiting3To6Months(), r.spacesUsed()};
        assertEquals(java.util.Arrays.toString(n), java.util.Arrays.toString(actual), month + " " + level + " " + code);
    }
}
