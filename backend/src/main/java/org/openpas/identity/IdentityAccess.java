package org.openpas.identity;

import jakarta.enterprise.context.RequestScoped;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;

/**
 * Who may claim which record: a provider or medical director claims a provider record, a delegate their
 * staff record at a clinic. Deciding claims is an admin's (the resource's roles). Refusals are audited,
 * then answered 403.
 */
@RequestScoped
public class IdentityAccess {

    private final CurrentUser user;
    private final AuditLog audit;

    public IdentityAccess(CurrentUser user, AuditLog audit) {
        this.user = user;
        this.audit = audit;
    }

    public void requireMayClaim(IdentityClaim.Kind kind) {
        boolean allowed = kind == IdentityClaim.Kind.PROVIDER
                ? user.has(Roles.PROVIDER) || user.has(Roles.MEDICAL_DIRECTOR)
                : user.has(Roles.DELEGATE);
        if (!allowed) {
            String reason = kind == IdentityClaim.Kind.PROVIDER
                    ? "Only a provider or a medical director may claim a provider record."
                    : "Only a delegate may claim a clinic staff record.";
            audit.denied("IDENTITY_CLAIM_CREATE", "IDENTITY_CLAIM", null, reason);
            throw ProblemException.forbidden(reason);
        }
    }

    /**
     * An account is linked to one provider record: one already linked claims no other (the relationship
     * {@code claims-unlinked} of docs/security.md).
     */
    public void requireNotLinkedToProvider(String linkedRecordName) {
        if (linkedRecordName != null) {
            String reason = "Your account is already linked to the provider record " + linkedRecordName
                    + ": it cannot claim another.";
            audit.denied("IDENTITY_CLAIM_CREATE", "IDENTITY_CLAIM", null, reason);
            throw ProblemException.forbidden(reason);
        }
    }

    /** Delegates are linked at sign-in to the clinic staff records that carry their asserted email. */
    public boolean linksStaffRecordsAtSignIn() {
        return user.has(Roles.DELEGATE);
    }
}
