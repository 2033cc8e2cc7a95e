package org.openpas.patient;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;
import org.openpas.community.CommunityCoordinatorRepository;
import org.openpas.endorsement.EndorsementRepository;
import org.openpas.provider.ProviderRepository;

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
    private final CommunityCoordinatorRepository coordinators;
    private final ProviderRepository providers;
    private final AuditLog audit;
    private final EndorsementRepository endorsements;
    private List<UUID> coordinatedCommunities;
    private List<UUID> providerCommunities;

    public PatientAccess(CurrentUser user, CommunityCoordinatorRepository coordinators, ProviderRepository providers,
            AuditLog audit, EndorsementRepository endorsements) {
        this.endorsements = endorsements;
        this.user = user;
        this.coordinators = coordinators;
        this.providers = providers;
        this.audit = audit;
    }

    public boolean registeredByCaller(Patient patient) {
        return user.has(Roles.PATIENT) && user.subject().equals(patient.registrantSubject);
    }

    /** Communities whose patients a coordinator may see (empty for everyone else). */
    public List<UUID> coordinatedCommunities() {
        if (coordinatedCommunities == null) {
            coordinatedCommunities = user.has(Roles.COORDINATOR) ? coordinators.communitiesOf(user.subject()) : List.of();
        }
        return coordinatedCommunities;
    }

    /**
     * Communities of the caller's clinics when the caller is a provider, and of the clinics of the
     * providers they act for when a delegate (empty otherwise).
     */
    public List<UUID> providerCommunities() {
        if (providerCommunities == null) {
            var communities = new java.util.LinkedHashSet<UUID>();
            if (user.has(Roles.PROVIDER)) {
                communities.addAll(providers.communitiesOfUser(user.subject()));
            }
            if (user.has(Roles.DELEGATE)) {
                List<UUID> endorsers = endorsements.providersActedFor(user.subject());
                if (!endorsers.isEmpty()) {
                    communities.addAll(providers.communitiesOfProviders(endorsers));
                }
            }
            providerCommunities = List.copyOf(communities);
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

    /** Changes: the person who registered the patient, or an admin. */
    public Patient requireManage(Patient patient, String action) {
        if (!user.isAdmin() && !registeredByCaller(patient)) {
            if (mayRead(patient)) {
                audit.denied(action, "PATIENT", patient.id, "may read but not change the patient");
                throw ProblemException.forbidden("Only the person who registered this patient (or an admin) may change it.");
            }
            refuse(patient, action);
        }
        return patient;
    }

    private void refuse(Patient patient, String action) {
        audit.denied(action, "PATIENT", patient.id, "not the patient's registrant, coordinator or provider");
        // The same answer as for a patient that does not exist: no one learns whom PAS knows.
        throw ProblemException.notFound("Patient", patient.id);
    }
}
