package org.openpas.endorsement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;
import org.openpas.endorsement.Endorsement.Side;
import org.openpas.endorsement.Endorsement.Status;
import org.openpas.provider.Provider;
import org.openpas.provider.ProviderService;

/**
 * Who may do what with an endorsement: its parties (the endorser, a provider, and the endorsee, a
 * delegate), each in their role, and admins. A caller who is not a party gets 404, as if it did not
 * exist; refusals are audited.
 */
@ApplicationScoped
public class EndorsementAccess {

    /** The part the caller must play in an endorsement for an action. */
    enum Role { STARTER, RECIPIENT, PARTY_OR_ADMIN }

    private final CurrentUser user;
    private final ProviderService providers;
    private final AuditLog audit;

    public EndorsementAccess(CurrentUser user, ProviderService providers, AuditLog audit) {
        this.user = user;
        this.providers = providers;
        this.audit = audit;
    }

    /** The caller's side of the endorsement, or null when they are not a party. */
    Side callerSide(Endorsement e) {
        return e.sideOf(user.subject(), user.email());
    }

    /** Parties and admins; anyone else gets 404, as if it did not exist (audited). */
    void requirePartyOrAdmin(Endorsement e) {
        if (!user.isAdmin() && callerSide(e) == null) {
            audit.deniedAsNotFound("ENDORSEMENT_READ", "ENDORSEMENT", e.id, "not a party");
            throw ProblemException.notFound("Endorsement", e.id);
        }
    }

    /** Admins asking for no side see everyone's endorsements; everyone else their own. */
    boolean listsAll(Side side) {
        return user.isAdmin() && side == null;
    }

    /** What the caller may do with it now. */
    List<String> allowedActions(Endorsement e) {
        Side side = callerSide(e);
        boolean starter = side != null && side == e.initiatorRole && user.subject().equals(e.subjectOf(side));
        boolean recipient = side != null && side == e.recipientSide();
        var actions = new ArrayList<String>();
        if (recipient && e.status == Status.RECEIVED) {
            actions.add("APPROVE");
        }
        if (recipient && (e.status == Status.CREATED || e.status == Status.RECEIVED)) {
            actions.add("DECLINE");
        }
        if (starter && e.status == Status.APPROVED) {
            actions.add("CONFIRM");
        }
        if (starter && e.isPending()) {
            actions.add("CANCEL");
        }
        if ((side != null && e.subjectOf(side) != null || user.isAdmin()) && e.status == Status.COMPLETED) {
            actions.add("END");
        }
        return actions;
    }

    /** 404 unless the caller is a party (or, for PARTY_OR_ADMIN, an admin); 403 unless they play {@code role}. */
    void requirePlays(Endorsement e, String action, Role role) {
        Side side = callerSide(e);
        if (side == null && !(role == Role.PARTY_OR_ADMIN && user.isAdmin())) {
            audit.deniedAsNotFound(action, "ENDORSEMENT", e.id, "not a party");
            throw ProblemException.notFound("Endorsement", e.id);
        }
        boolean allowed = switch (role) {
            case STARTER -> side == e.initiatorRole;
            // Before opening the link the recipient is known by email only: they may decline, not approve.
            case RECIPIENT -> side == e.recipientSide()
                    && (e.subjectOf(side) != null || "ENDORSEMENT_DECLINE".equals(action));
            case PARTY_OR_ADMIN -> user.isAdmin() || e.subjectOf(side) != null;
        };
        if (!allowed) {
            audit.denied(action, "ENDORSEMENT", e.id, "the caller is the " + side + ", not the " + role);
            throw ProblemException.forbidden(switch (role) {
                case STARTER -> "Only the person who started this endorsement may do this.";
                case RECIPIENT -> e.subjectOf(e.recipientSide()) == null
                        ? "Open the link in the email first." : "Only the person this endorsement was sent to may do this.";
                case PARTY_OR_ADMIN -> "Only a party of this endorsement (or an admin) may do this.";
            });
        }
    }

    /** The provider the caller is (a provider or medical director linked to one), else 403 saying they may not {@code what}. */
    Provider ownProvider(String what) {
        if (!user.has(Roles.PROVIDER) && !user.has(Roles.MEDICAL_DIRECTOR)) {
            throw ProblemException.forbidden("Only a provider may " + what + ".");
        }
        return providers.findBySubject(user.subject()).orElseThrow(() -> ProblemException.forbidden(
                "Only a provider registered in PAS may " + what + "; your account is not linked to a provider."));
    }

    void requireRole(String role, String what) {
        if (!user.has(role)) {
            throw ProblemException.forbidden("Only a user with role " + role + " may " + what + ".");
        }
    }
}
