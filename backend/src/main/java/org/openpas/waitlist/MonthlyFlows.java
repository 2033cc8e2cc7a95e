package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The waitlist's movements over a period, per community, for the public statistics (docs/statistics.md,
 * "How the figures are computed"). Every count comes from the recorded transitions, classified by whether
 * the entry was open (WAITING, PROPOSED, PAUSED) before and after, so that for each community the open
 * entries at the start plus what came in minus what went out are the open entries at the end.
 */
@ApplicationScoped
public class MonthlyFlows {

    /** What came in and went out of a community's list in the period (moves between communities apart). */
    public record Flows(UUID communityId, long registered, long returned, long attached, long withdrawn, long expired,
            long merged, long movedAway) {
    }

    /** Open entries that moved from one community to another in the period. */
    public record Move(UUID fromCommunityId, UUID toCommunityId, long count) {
    }

    /** A community's open entries at the end of the period, by time since registration (bands of {@link #of}). */
    public record Waiting(UUID communityId, long under3Months, long from3To6Months, long from6To12Months,
            long from12To24Months, long over24Months) {

        public long total() {
            return under3Months + from3To6Months + from6To12Months + from12To24Months + over24Months;
        }
    }

    /** One attachment in the period: where, by whom, and the days from registration. */
    public record Attachment(UUID communityId, UUID providerId, double waitDays) {
    }

    /** Everything a period's statistics need from the waitlist. */
    public record Period(List<Flows> flows, List<Move> moves, List<Waiting> waiting, List<Attachment> attachments) {
    }

    /** The band edges of {@link Waiting}: registered after {@code monthsAgo3} is under 3 months, and so on. */
    public record BandEdges(Instant monthsAgo3, Instant monthsAgo6, Instant monthsAgo12, Instant monthsAgo24) {
    }

    private final MonthlyFlowsRepository queries;

    public MonthlyFlows(MonthlyFlowsRepository queries) {
        this.queries = queries;
    }

    /** When the first transition was recorded, if any (the first month with statistics). */
    public Optional<Instant> firstTransition() {
        return queries.firstTransition();
    }

    /** The movements in [start, end) and the open entries at {@code end}. */
    public Period of(Instant start, Instant end, BandEdges edges) {
        return new Period(queries.flows(start, end), queries.moves(start, end), queries.waiting(end, edges),
                queries.attachments(start, end));
    }
}
