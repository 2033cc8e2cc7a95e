package org.openpas.waitlist;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientAccess;
import org.openpas.patient.PatientService;
import org.openpas.provider.Provider;
import org.openpas.provider.ProviderAccess;

/**
 * Who may see and act on waitlist entries. Reading and managing an entry is reading and managing its
 * patient ({@link PatientAccess}); proposing is for the coordinators of the entry's community;
 * attaching and declining for the provider (or their delegate). Refusals are audited before the 403.
 */
@RequestScoped
public class WaitlistAccess {

    /**
     * The part of the list a caller may search: null collections mean "no limit". Providers and
     * delegates see only consenting patients.
     */
    record Scope(Collection<UUID> communities, Collection<UUID> ownPatients, boolean consentingOnly) {
    }

    private final CurrentUser user;
    private final PatientAccess patients;
    private final PatientService patientRecords;
    private final ProviderAccess providers;
    private final AuditLog audit;

    public WaitlistAccess(CurrentUser user, PatientAccess patients, PatientService patientRecords,
            ProviderAccess providers, AuditLog audit) {
        this.user = user;
        this.patients = patients;
        this.patientRecords = patientRecords;
        this.providers = providers;
        this.audit = audit;
    }

    void requireRead(Patient patient, String action) {
        patients.requireRead(patient, action);
    }

    void requireManage(Patient patient, String action) {
        patients.requireManage(patient, action);
    }

    /**
     * The list in the caller's scope: admins everything; coordinators their communities; providers (and
     * delegates for the providers they act for) the consenting patients of one of their clinics'
     * communities (named in the query), or the entries proposed to a provider they act as or for;
     * patients their own and their household's entries.
     */
    Scope searchScope(UUID communityId, UUID providerId) {
        if (user.isAdmin()) {
            return new Scope(null, null, false);
        }
        Scope scope;
        if (user.has(Roles.COORDINATOR)) {
            scope = new Scope(patients.coordinatedCommunities(), null, false);
        } else if (user.has(Roles.PROVIDER) || user.has(Roles.DELEGATE)) {
            if (communityId == null && providerId != null && providers.mayActFor(providers.provider(providerId))) {
                // The proposals (and attachments) to a provider they act as or for, wherever they live.
                scope = new Scope(null, null, false);
            } else if (communityId == null || !patients.providerCommunities().contains(communityId)) {
                audit.denied("WAITLIST_LIST", "WAITLIST_ENTRY", communityId, "not a community of their clinics");
                throw ProblemException.forbidden("Name one of the communities of your clinics (communityId), or "
                        + "a provider you act as or for (providerId).");
            } else {
                scope = new Scope(patients.providerCommunities(), null, true);
            }
        } else if (user.has(Roles.PATIENT)) {
            scope = new Scope(null, patientRecords.idsRegisteredBy(user.subject()), false);
        } else {
            audit.denied("WAITLIST_LIST", "WAITLIST_ENTRY", communityId, "no role that reads the waitlist");
            throw ProblemException.forbidden("Your roles do not allow reading the waitlist.");
        }
        if (communityId != null && scope.communities() != null && !scope.communities().contains(communityId)) {
            audit.denied("WAITLIST_LIST", "WAITLIST_ENTRY", communityId, "outside the caller's communities");
            throw ProblemException.forbidden("That community is not one of yours.");
        }
        return scope;
    }

    /** The communities whose fairness figures the caller may read: null (all) for admins. */
    Collection<UUID> reportScope(UUID communityId) {
        Collection<UUID> scope = user.isAdmin() ? null : patients.coordinatedCommunities();
        if (scope != null && communityId != null && !scope.contains(communityId)) {
            audit.denied("FAIRNESS_REPORT_READ", "REPORT", communityId, "not a coordinator of that community");
            throw ProblemException.forbidden("That community is not one of yours.");
        }
        return scope;
    }

    /**
     * Confirming a paused patient's contact details: whoever registered them, a coordinator of the entry's
     * community, or an admin; anyone else is refused as a change of the patient (404 unless they may see them).
     */
    void requireContactConfirmer(Patient patient, WaitlistEntry entry, String action) {
        if (!patients.registeredByCaller(patient) && !patients.coordinatedCommunities().contains(entry.communityId)) {
            patients.requireManage(patient, action);
        }
    }

    /** Proposing: a coordinator of the entry's community, or an admin. */
    void requireProposer(WaitlistEntry entry) {
        requireCoordinatorOf(entry, "WAITLIST_PROPOSE", "propose it");
    }

    /** Suggestions of providers for an entry: a coordinator of the entry's community, or an admin. */
    void requireSuggestionReader(WaitlistEntry entry) {
        requireCoordinatorOf(entry, "WAITLIST_SUGGESTIONS_READ", "see providers suggested for it");
    }

    private void requireCoordinatorOf(WaitlistEntry entry, String action, String what) {
        if (!user.isAdmin() && !patients.coordinatedCommunities().contains(entry.communityId)) {
            audit.denied(action, "WAITLIST_ENTRY", entry.id, "not a coordinator of the entry's community");
            throw ProblemException.forbidden("Only a coordinator of this entry's community (or an admin) may " + what + ".");
        }
    }

    /** Requesting patients and reading the requests: the provider, their endorsed delegate, or an admin (else 403). */
    Provider requester(UUID providerId, String action) {
        return providers.requireActingFor(providerId, action, "PROVIDER");
    }

    /** The provider, or 404. */
    Provider provider(UUID providerId) {
        return providers.provider(providerId);
    }

    /** The provider the caller acts as: themselves (role provider), for a provider who endorsed them, or, for admins, anyone. */
    Provider actingProvider(UUID providerId, UUID entryId, String action) {
        Provider provider = providers.provider(providerId);
        if (!providers.mayActFor(provider)) {
            audit.denied(action, "WAITLIST_ENTRY", entryId, "not acting as provider " + providerId);
            throw ProblemException.forbidden("You may act only as yourself (the provider linked to your account) or, "
                    + "as a delegate, for a provider whose endorsement of you is active.");
        }
        return provider;
    }
}
