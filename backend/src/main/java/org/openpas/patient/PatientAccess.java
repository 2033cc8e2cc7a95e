package org.openpas.patient;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.Message;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;
import org.openpas.community.CommunityService;
import org.openpas.endorsement.EndorsementService;
import org.openpas.provider.ProviderService;

/**
 * Who may see or change a patient's record; the one place these rules live. A patient sees the
 * records they registered (themselves and their household) and nobody else's; a coordinator the
 * patients of their communities; a provider the consenting patients waiting in the communities of
 * their clinics, and a delegate those of the providers who endorsed them; admins everyone. Refusals
 * are audited.
 */
@RequestScoped
public class PatientAccess {

    private final CurrentUser user;
    private final CommunityService communities;
    private final ProviderService providers;
    private final AuditLog audit;
    private final EndorsementService endorsements;
    private List<UUID> coordinatedCommunities;
    private List<UUID> providerCommunities;

    public PatientAccess(CurrentUser user, CommunityService communities, ProviderService providers,
            AuditLog audit, EndorsementService endorsements) {
        this.endorsements = endorsements;
        this.user = user;
        this.communities = communities;
        this.providers = providers;
        this.audit = audit;
    }

    public boolean registeredByCaller(Patient patient) {
        return user.has(Roles.PATIENT) && user.subject().equals(patient.registrantSubject);
    }

    /** Communities whose patients a coordinator may see (empty for everyone else). */
    public List<UUID> coordinatedCommunities() {
        if (coordinatedCommunities == null) {
            coordinatedCommunities = user.has(Roles.COORDINATOR) ? communities.coordinatedBy(user.subject()) : List.of();
        }
        return coordinatedCommunities;
    }

    /**
     * Communities of the caller's clinics when the caller is a provider, and of the clinics of the
     * providers they act for when a delegate (empty otherwise).
     */
    public List<UUID> providerCommunities() {
        if (providerCommunities == null) {
            var found = new java.util.LinkedHashSet<UUID>();
            if (user.has(Roles.PROVIDER)) {
                found.addAll(providers.communitiesOfUser(user.subject()));
            }
            if (user.has(Roles.DELEGATE)) {
                found.addAll(providers.communitiesOf(endorsements.providersActedFor(user.subject())));
            }
            providerCommunities = List.copyOf(found);
        }
        return providerCommunities;
    }

    public boolean mayRead(Patient patient) {
        return user.isAdmin() || registeredByCaller(patient)
                || (patient.communityId != null && coordinatedCommunities().contains(patient.communityId))
                || (Boolean.TRUE.equals(patient.consentToShare) && patient.communityId != null
                        && providerCommunities().contains(patient.communityId));
    }

    public Patient requireRead(Patient patient, String action) {
        if (!mayRead(patient)) {
            refuse(patient, action);
        }
        return patient;
    }

    /**
     * The questionnaire, wait estimate and history: the patient's registrant, the coordinators of their
     * community and admins. Whoever may not see the patient gets 404 first, whatever their roles (the
     * same answer as for a patient that does not exist); a provider or delegate who may see the patient
     * gets 403.
     */
    public Patient requireDetailRead(Patient patient, String action) {
        requireRead(patient, action);
        if (!user.isAdmin() && !user.has(Roles.PATIENT) && !user.has(Roles.COORDINATOR)) {
            audit.denied(action, "PATIENT", patient.id, "may see the patient but not this part of their record");
            throw ProblemException.forbidden(Message.of("patient.detailRefused"));
        }
        return patient;
    }

    /** Changes: the person who registered the patient, or an admin. */
    public Patient requireManage(Patient patient, String action) {
        if (!user.isAdmin() && !registeredByCaller(patient)) {
            if (mayRead(patient)) {
                audit.denied(action, "PATIENT", patient.id, "may read but not change the patient");
                throw ProblemException.forbidden(Message.of("patient.changeRefused"));
            }
            refuse(patient, action);
        }
        return patient;
    }

    /** A patient sees their household; a coordinator their communities; an admin everyone. */
    public PatientService.Filter scoped(PatientService.Filter filter) {
        if (user.isAdmin()) {
            return filter;
        }
        if (!coordinatedCommunities().isEmpty()) {
            return filter.withinCommunities(coordinatedCommunities());
        }
        return filter.registeredBy(user.subject());
    }

    /**
     * The communities whose duplicate candidates the caller may list: all (null) for admins, else those
     * they coordinate; a named community must be one of them (403), and then is the only one.
     */
    public List<UUID> duplicateScope(UUID communityId) {
        List<UUID> scope = user.isAdmin() ? null : coordinatedCommunities();
        if (communityId != null) {
            if (scope != null && !scope.contains(communityId)) {
                audit.denied("DUPLICATE_LIST", "COMMUNITY", communityId, "not a coordinator of that community");
                throw ProblemException.forbidden("That community is not one of yours.");
            }
            scope = List.of(communityId);
        }
        return scope;
    }

    /** A candidate is visible to admins and to coordinators of either patient's community; else 404 (audited). */
    public void requireCandidateVisible(UUID candidateId, List<Patient> pair, String action) {
        if (user.isAdmin()) {
            return;
        }
        boolean mine = pair.stream()
                .anyMatch(p -> p.communityId != null && coordinatedCommunities().contains(p.communityId));
        if (!mine) {
            audit.deniedAsNotFound(action, "DUPLICATE_CANDIDATE", candidateId, "neither patient is in the caller's communities");
            throw ProblemException.notFound("Duplicate candidate", candidateId);
        }
    }

    private void refuse(Patient patient, String action) {
        audit.deniedAsNotFound(action, "PATIENT", patient.id, "not the patient's registrant, coordinator or provider");
        // The same answer as for a patient that does not exist: no one learns whom PAS knows.
        throw ProblemException.notFound("Patient", patient.id);
    }
}
