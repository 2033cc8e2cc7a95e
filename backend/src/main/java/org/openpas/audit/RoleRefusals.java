package org.openpas.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openpas.common.CurrentOperation;
import org.openpas.common.Refusal;
import org.openpas.common.RefusalLog;

/**
 * Audits the refusals of role checks ({@code @RolesAllowed}): a DENIED event with action
 * {@code ROLE_REFUSED}, the operation, the caller and the target the path names. The features' own
 * refusals (their XAccess classes) are audited where they are decided and never reach here, so no
 * refusal is audited twice.
 */
@ApplicationScoped
public class RoleRefusals implements RefusalLog {

    static final String ACTION = "ROLE_REFUSED";

    /** The resource a path parameter names; the last parameter with a type is the target. */
    private static final Map<String, String> TYPE_OF_PARAMETER = Map.ofEntries(
            Map.entry("communityId", "COMMUNITY"),
            Map.entry("clinicId", "CLINIC"),
            Map.entry("providerId", "PROVIDER"),
            Map.entry("submissionId", "PANEL_SUBMISSION"),
            Map.entry("patientId", "PATIENT"),
            Map.entry("candidateId", "DUPLICATE_CANDIDATE"),
            Map.entry("entryId", "WAITLIST_ENTRY"),
            Map.entry("endorsementId", "ENDORSEMENT"),
            Map.entry("eventId", "AUDIT_EVENT"));

    /** Without a typed path parameter, the collection the path starts with. */
    private static final Map<String, String> TYPE_OF_COLLECTION = Map.ofEntries(
            Map.entry("communities", "COMMUNITY"),
            Map.entry("clinics", "CLINIC"),
            Map.entry("providers", "PROVIDER"),
            Map.entry("patients", "PATIENT"),
            Map.entry("duplicate-candidates", "DUPLICATE_CANDIDATE"),
            Map.entry("waitlist-entries", "WAITLIST_ENTRY"),
            Map.entry("endorsements", "ENDORSEMENT"),
            Map.entry("reports", "REPORT"),
            Map.entry("audit-events", "AUDIT_EVENT"));

    /** The contract's pattern of AuditEvent.resourceId: anything else stays out of the column. */
    private static final Pattern RESOURCE_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");

    private final AuditLog audit;

    public RoleRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void record(Refusal refusal) {
        CurrentOperation operation = refusal.operation();
        Target target = target(operation);
        String detail = operation == null ? "Refused by role before the request was routed."
                : "Refused by role: " + operation.describe() + parameters(operation) + ".";
        audit.deniedAs(refusal.subject(), String.join(",", refusal.roles()), operation == null ? null : operation.id(),
                refusal.requestId(), ACTION, target.type(), target.id(), refusal.status(), printable(detail, 1000));
    }

    record Target(String type, String id) {
    }

    /** What the refused request aimed at: the last path parameter that names a resource, or the collection. */
    static Target target(CurrentOperation operation) {
        if (operation == null) {
            return new Target("REPORT", null);
        }
        Target target = null;
        for (var parameter : operation.pathParameters().entrySet()) {
            String type = TYPE_OF_PARAMETER.get(parameter.getKey());
            if (type != null) {
                String id = parameter.getValue();
                target = new Target(type, id != null && RESOURCE_ID.matcher(id).matches() ? id : null);
            }
        }
        if (target != null) {
            return target;
        }
        String collection = operation.pathTemplate().replaceFirst("^/", "").split("/")[0];
        return new Target(TYPE_OF_COLLECTION.getOrDefault(collection, "REPORT"), null);
    }

    private static String parameters(CurrentOperation operation) {
        if (operation.pathParameters().isEmpty()) {
            return "";
        }
        return operation.pathParameters().entrySet().stream()
                .map(p -> p.getKey() + "=" + printable(p.getValue(), 100))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** Path values come from the client: no control characters, bounded. */
    private static String printable(String text, int max) {
        String clean = text == null ? "" : text.replaceAll("[\\x00-\\x1F\\x7F]", "\uFFFD");
        return clean.length() > max ? clean.substring(0, max - 1) + "\u2026" : clean;
    }
}
