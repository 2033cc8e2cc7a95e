package org.openpas.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.openpas.common.LargeCounts;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;

/** Reading the audit trail (admins only, checked on the resource). Writing it is {@link AuditLog}'s. */
@ApplicationScoped
public class AuditService {

    /** What the caller searches for; every field is optional. */
    public record Filter(String actorSubject, UUID onBehalfOfProviderId, String resourceType, String resourceId,
            UUID patientId, String action, String outcome, Instant from, Instant to) {
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

    public AuditEvent get(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Audit event", id));
    }
}
