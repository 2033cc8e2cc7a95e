package org.openpas.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openpas.clinic.ClinicService;
import org.openpas.common.Province;
import org.openpas.community.Community;
import org.openpas.community.CommunityService;
import org.openpas.provider.CapacityService;
import org.openpas.waitlist.MonthlyFlows;
import org.openpas.waitlist.MonthlyFlows.BandEdges;

/**
 * One closed month's rows, for every community, health authority and the province, in one transaction.
 * A community's row is its own movements; a health authority's and the province's are the sums of their
 * communities' rows, except moves (only those across the area's border count) and the wait percentiles
 * (over every attachment in the area).
 */
@ApplicationScoped
public class MonthSnapshot {

    /** Capacity is what providers say now: it describes a month only if that month closed this recently. */
    static final Duration CAPACITY_WITHIN = Duration.ofDays(7);

    /** Fewer attachments than this: no median or 90th percentile (too few to mean anything). */
    static final int PERCENTILES_FROM = 10;

    private final EntityManager em;
    private final MonthlyFlows flows;
    private final StatisticsRepository stored;
    private final CommunityService communities;
    private final ClinicService clinics;
    private final CapacityService capacity;

    public MonthSnapshot(EntityManager em, MonthlyFlows flows, StatisticsRepository stored,
            CommunityService communities, ClinicService clinics, CapacityService capacity) {
        this.em = em;
        this.flows = flows;
        this.stored = stored;
        this.communities = communities;
        this.clinics = clinics;
        this.capacity = capacity;
    }

    /** Stores the month (its first day) unless it is stored already; true when this call stored it. */
    @Transactional
    @TransactionConfiguration(timeout = 1800) // a backfilled month of the province reads millions of transitions
    public boolean store(LocalDate month) {
        // One snapshot at a time across instances; the second finds the month stored and leaves it.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('statistics_month'))").getSingleResult();
        if (stored.stored(month)) {
            return false;
        }
        ZonedDateTime start = month.atStartOfDay(Province.ZONE);
        ZonedDateTime end = start.plusMonths(1);
        MonthlyFlows.Period period = flows.of(start.toInstant(), end.toInstant(), new BandEdges(
                end.minusMonths(3).toInstant(), end.minusMonths(6).toInstant(), end.minusMonths(12).toInstant(),
                end.minusMonths(24).toInstant()));
        Map<String, Long> previousEnds = stored.waitingEnds(month.minusMonths(1));
        boolean capacityNow = Instant.now().isBefore(end.plus(CAPACITY_WITHIN).toInstant());
        Instant now = Instant.now();
        for (Tally tally : tallies(period, capacityNow, previousEnds)) {
            stored.insert(tally.figures(month, previousEnds.getOrDefault(tally.key(), 0L), now));
        }
        return true;
    }

    private List<Tally> tallies(MonthlyFlows.Period period, boolean capacityNow, Map<String, Long> previousEnds) {
        Tally province = new Tally(MonthFigures.PROVINCE, "BC");
        Map<String, Tally> authorities = new LinkedHashMap<>();
        Map<UUID, Tally> byCommunity = new LinkedHashMap<>();
        Map<UUID, String> authorityOf = new LinkedHashMap<>();
        for (Community community : communities.all()) {
            byCommunity.put(community.id, new Tally(MonthFigures.COMMUNITY, community.id.toString()));
            authorityOf.put(community.id, community.healthAuthority);
            authorities.computeIfAbsent(community.healthAuthority, ha -> new Tally(MonthFigures.HEALTH_AUTHORITY, ha));
        }
        for (MonthlyFlows.Flows f : period.flows()) {
            byCommunity.get(f.communityId()).add(f);
        }
        for (MonthlyFlows.Waiting w : period.waiting()) {
            byCommunity.get(w.communityId()).add(w);
        }
        for (MonthlyFlows.Move move : period.moves()) {
            byCommunity.get(move.fromCommunityId()).movedOut += move.count();
            byCommunity.get(move.toCommunityId()).movedIn += move.count();
            String from = authorityOf.get(move.fromCommunityId());
            String to = authorityOf.get(move.toCommunityId());
            if (!from.equals(to)) {
                authorities.get(from).movedOut += move.count();
                authorities.get(to).movedIn += move.count();
            }
        }
        Map<UUID, List<UUID>> worksIn = clinics.communitiesWhereWork(
                period.attachments().stream().map(MonthlyFlows.Attachment::providerId).distinct().toList());
        for (MonthlyFlows.Attachment a : period.attachments()) {
            byCommunity.get(a.communityId()).waits.add(a.waitDays());
            authorities.get(authorityOf.get(a.communityId())).waits.add(a.waitDays());
            province.waits.add(a.waitDays());
            worksIn.getOrDefault(a.providerId(), List.of()).forEach(c -> byCommunity.get(c).spacesUsed++);
        }
        if (capacityNow) {
            byCommunity.forEach((id, tally) -> {
                CapacityService.CommunityFigures figures = capacity.communityFigures(id);
                tally.providersAccepting = (long) figures.accepting();
                tally.spacesOffered = (long) figures.offered();
            });
        }
        byCommunity.forEach((id, tally) -> {
            authorities.get(authorityOf.get(id)).sum(tally);
            province.sum(tally);
        });
        // A community given to another health authority since last month takes its waiting along: a move
        // between the two authorities, or the old one's start would not match its communities' (the job
        // would refuse every month from then on).
        Map<String, Long> startOfCommunities = new LinkedHashMap<>();
        authorityOf.forEach((id, ha) -> startOfCommunities.merge(ha,
                previousEnds.getOrDefault(MonthFigures.COMMUNITY + ":" + id, 0L), Long::sum));
        authorities.forEach((ha, tally) -> {
            long reassigned = startOfCommunities.getOrDefault(ha, 0L) - previousEnds.getOrDefault(tally.key(), 0L);
            tally.movedIn += Math.max(reassigned, 0);
            tally.movedOut += Math.max(-reassigned, 0);
        });
        List<Tally> all = new ArrayList<>(byCommunity.values());
        all.addAll(authorities.values());
        all.add(province);
        return all;
    }

    /** An area's figures while they are added up. */
    private static final class Tally {

        final String level;
        final String code;
        long registered;
        long returned;
        long movedIn;
        long movedOut;
        long attached;
        long withdrawn;
        long expired;
        long merged;
        long movedAway;
        final long[] bands = new long[5];
        final List<Double> waits = new ArrayList<>();
        Long providersAccepting;
        Long spacesOffered;
        long spacesUsed;

        Tally(String level, String code) {
            this.level = level;
            this.code = code;
        }

        String key() {
            return level + ":" + code;
        }

        void add(MonthlyFlows.Flows f) {
            registered += f.registered();
            returned += f.returned();
            attached += f.attached();
            withdrawn += f.withdrawn();
            expired += f.expired();
            merged += f.merged();
            movedAway += f.movedAway();
        }

        void add(MonthlyFlows.Waiting w) {
            bands[0] += w.under3Months();
            bands[1] += w.from3To6Months();
            bands[2] += w.from6To12Months();
            bands[3] += w.from12To24Months();
            bands[4] += w.over24Months();
        }

        /** A community's row into its area's: every count but the moves (the area counts its own). */
        void sum(Tally community) {
            registered += community.registered;
            returned += community.returned;
            attached += community.attached;
            withdrawn += community.withdrawn;
            expired += community.expired;
            merged += community.merged;
            movedAway += community.movedAway;
            for (int i = 0; i < bands.length; i++) {
                bands[i] += community.bands[i];
            }
            spacesUsed += community.spacesUsed;
            if (community.providersAccepting != null) {
                providersAccepting = (providersAccepting == null ? 0 : providersAccepting) + community.providersAccepting;
                spacesOffered = (spacesOffered == null ? 0 : spacesOffered) + community.spacesOffered;
            }
        }

        MonthFigures figures(LocalDate month, long start, Instant now) {
            long end = start + registered + returned + movedIn - movedOut - attached - withdrawn - expired - merged
                    - movedAway;
            long banded = Arrays.stream(bands).sum();
            if (end != banded) {
                // The transitions do not chain (a status changed without one): refuse rather than publish.
                throw new IllegalStateException("Statistics for %s %s %s: %d waiting by the movements, %d by the open entries"
                        .formatted(month, level, code, end, banded));
            }
            return new MonthFigures(month, level, code, start, registered, returned, movedIn, movedOut, attached,
                    withdrawn, expired, merged, movedAway, end, bands[0], bands[1], bands[2], bands[3], bands[4],
                    percentile(0.5), percentile(0.9), integer(providersAccepting), integer(spacesOffered), spacesUsed,
                    now);
        }

        /** As PostgreSQL's percentile_cont: linear between the two nearest of the sorted waits, in days. */
        private BigDecimal percentile(double p) {
            if (waits.size() < PERCENTILES_FROM) {
                return null;
            }
            double[] sorted = waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double position = p * (sorted.length - 1);
            int below = (int) Math.floor(position);
            int above = Math.min(below + 1, sorted.length - 1);
            double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
            return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        }

        private static Integer integer(Long value) {
            return value == null ? null : Math.toIntExact(value);
        }
    }
}
