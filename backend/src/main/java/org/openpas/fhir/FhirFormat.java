package org.openpas.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;

/** FHIR R4 JSON as HAPI writes it: the one FhirContext (expensive to make, thread-safe once made). */
public final class FhirFormat {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private FhirFormat() {
    }

    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    public static FhirJson json(IBaseResource resource) {
        return new FhirJson(resource.fhirType(), context().newJsonParser().encodeResourceToString(resource));
    }

    /** An error as FHIR says it: one issue, with the FHIR issue code that matches the HTTP status. */
    public static FhirJson outcome(int status, String diagnostics) {
        var outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(status >= 500 ? OperationOutcome.IssueSeverity.FATAL : OperationOutcome.IssueSeverity.ERROR)
                .setCode(issueCode(status)).setDiagnostics(diagnostics);
        return json(outcome);
    }

    static OperationOutcome.IssueType issueCode(int status) {
        return switch (status) {
            case 400, 422 -> OperationOutcome.IssueType.INVALID;
            case 401 -> OperationOutcome.IssueType.LOGIN;
            case 403 -> OperationOutcome.IssueType.FORBIDDEN;
            case 404 -> OperationOutcome.IssueType.NOTFOUND;
            case 406, 415 -> OperationOutcome.IssueType.NOTSUPPORTED;
            case 409, 412 -> OperationOutcome.IssueType.CONFLICT;
            case 429 -> OperationOutcome.IssueType.THROTTLED;
            case 503 -> OperationOutcome.IssueType.TRANSIENT;
            default -> OperationOutcome.IssueType.EXCEPTION;
        };
    }
}
