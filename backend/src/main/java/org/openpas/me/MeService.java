package org.openpas.me;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;
import org.openpas.clinic.ClinicService;
import org.openpas.common.CurrentUser;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;
import org.openpas.community.Community;
import org.openpas.community.CommunityService;
import org.openpas.endorsement.EndorsementService.ActingFor;
import org.openpas.endorsement.EndorsementService;
import org.openpas.identity.IdentityService;
import org.openpas.patient.PatientService;
import org.openpas.provider.ProviderService;

/**
 * Who the caller is in PAS: their roles and, for each role, what their account is linked to. Each
 * part is asked of the feature that owns it, and only for a caller with the matching role.
 */
@ApplicationScoped
public class MeService {

    /**
     * The caller, and their links: the provider they are, the patients they registered, the clinics they
     * direct, whom they act for (null where their roles have no such link).
     */
    public record Me(String subject, String username, String name, String email, SortedSet<String> roles, UUID providerId, List<UUID> patientIds, List<UUID> directedClinicIds,
            List<ActingFor> actingFor, boolean linkNeeded) {
    }

    private final CurrentUser user;
    private final ProviderService providers;
    private final PatientService patients;
    private final ClinicService clinics;
    private final EndorsementService endorsements;
    private final CommunityService communities;
    private final IdentityService identity;

    public MeService(CurrentUser user, ProviderService providers, PatientService patients, ClinicService clinics,
            EndorsementService endorsements, CommunityService communities, IdentityService identity) {
        this.user = user;
        this.providers = providers;
        this.patients = patients;
        this.clinics = clinics;
        this.endorsements = endorsements;
        this.communities = communities;
        this.identity = identity;
    }

    /** The caller, linked first by what their identity provider asserts (see {@link IdentityService#linkAtSignIn}). */
    public Me me() {
        identity.linkAtSignIn();
        String subject = user.subject();
        UUID providerId = user.has(Roles.PROVIDER) || user.has(Roles.MEDICAL_DIRECTOR)
                ? providers.findBySubject(subject).map(provider -> provider.id).orElse(null) : null;
        List<UUID> directed = user.has(Roles.MEDICAL_DIRECTOR) ? clinics.idsDirectedBy(subject) : null;
        boolean linkNeeded = user.has(Roles.PROVIDER) && providerId == null
                || user.has(Roles.MEDICAL_DIRECTOR) && providerId == null && directed.isEmpty()
                || user.has(Roles.DELEGATE) && !clinics.isOnAnyStaff(subject);
        return new Me(subject, user.username(), user.name(), user.email(), Roles.known(user.roles()),
                user.has(Roles.PROVIDER) ? providerId : null,
                user.has(Roles.PATIENT) ? patients.idsRegisteredBy(subject) : null, directed,
                user.has(Roles.DELEGATE) ? endorsements.actingFor(subject) : null, linkNeeded);
    }

    /** The caller's claims to a record, newest first. */
    public PageResult<IdentityService.Shown> claims(int page, int size) {
        return identity.mine(page, size);
    }

    public IdentityService.Shown claim(IdentityService.Claim claim) {
        return identity.claim(claim);
    }

    /** The communities the caller works in (admins: all). */
    public PageResult<Community> communities(int page, int size) {
        return communities.whereWorks(user.subject(), user.isAdmin(), page, size);
    }
}
