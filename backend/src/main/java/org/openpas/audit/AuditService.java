package org.openpas.audit;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.openpas.common.LargeCounts;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.Province;

/** Reading the audit trail (admins only, checked on the resource). Writing it is {@link AuditLog}'s. */
@ApplicationScoped
public class AuditService {

    /** What the caller searches for; every field is optional. */
    public record Filter(String actorSubject, UUID onBehalfOfProviderId, String resourceType, String resourceId,
            UUID patientId, String action, String operation, String outcome, Instant from, Instant to) {
    }

    /** Events of one outcome one user had on one day of the province. */
    public record DayCount(LocalDate day, String actorSubject, String outcome, long events) {
    }

    /** What verifying the hash chain found: intact (events, last hash), or the first broken link (events 0). */
    public record ChainCheck(boolean verified, long events, String lastHash, UUID firstBrokenEventId, Long position,
            String reason) {
    }

    /** The review's counts for the days from..to (both included), with the days they cover. */
    public record Summary(LocalDate from, LocalDate to, PageResult<DayCount> counts) {
    }

    private final AuditRepository events;
    private final LargeCounts counts;

    public AuditService(AuditRepository events, LargeCounts counts) {
        this.events = events;
        this.counts = counts;
    }

    public PageResult<AuditEvent> search(Filter filter, int page, int size) {
        return counts.page(filter, events.search(filter), page, size);
    }

    /**
     * Refusals and suspicious events (or the one outcome asked for) by day and user, for the province's
     * days from..to (default: the last 90 days), at most 366 days apart.
     */
    @Transactional
    public Summary summary(LocalDate from, LocalDate to, String outcome, int page, int size) {
        LocalDate last = to == null ? Province.today() : to;
        LocalDate first = from == null ? last.minusDays(90) : from;
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) > 366) {
            throw ProblemException.badRequest("'from' must be on or before 'to', at most 366 days before it.",
                    List.of(new ProblemException.FieldError("from", "must be on or before 'to', at most 366 days before it")));
        }
        List<String> outcomes = outcome == null ? List.of("DENIED", "SUSPICIOUS") : List.of(outcome);
        return new Summary(first, last, events.countByDayAndUser(first, last, outcomes, page, size));
    }

    /**
     * Recomputes the whole hash chain in one snapshot of events and links. About 10 s a million events on
     * two cores (docs/security.md), so the transaction may last 10 minutes rather than the default one.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ChainCheck verifyChain() {
        return events.verifyChain();
    }

    public AuditEvent get(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Audit event", id));
    }
}
