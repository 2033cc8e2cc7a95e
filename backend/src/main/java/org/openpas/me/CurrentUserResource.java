package org.openpas.me;

import io.quarkus.security.Authenticated;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import org.openpas.api.MeResource;
import org.openpas.api.beans.CommunityPage;
import org.openpas.api.beans.Me;
import org.openpas.clinic.ClinicRepository;
import org.openpas.common.CurrentUser;
import org.openpas.common.Roles;
import org.openpas.community.CommunityMapper;
import org.openpas.community.CommunityService;
import org.openpas.endorsement.EndorsementRepository;
import org.openpas.patient.PatientRepository;
import org.openpas.provider.ProviderRepository;

/**
 * GET /me: who the caller is and what they are linked to, so that clients can decide what to show.
 * {@code actingFor} lists the providers whose active endorsement lets a delegate act for them.
 */
@Authenticated
public class CurrentUserResource implements MeResource {

    private final CurrentUser user;
    private final ClinicRepository clinics;
    private final CommunityService communities;
    private final ProviderRepository providers;
    private final PatientRepository patients;
    private final EndorsementRepository endorsements;

    public CurrentUserResource(CurrentUser user, ClinicRepository clinics, CommunityService communities,
            ProviderRepository providers, PatientRepository patients, EndorsementRepository endorsements) {
        this.patients = patients;
        this.endorsements = endorsements;
        this.user = user;
        this.clinics = clinics;
        this.communities = communities;
        this.providers = providers;
    }

    @Override
    public Me getMe() {
        var me = new Me();
        me.setSubject(user.subject());
        me.setUsername(user.username());
        me.setName(user.name());
        me.setEmail(user.email());
        var roles = new TreeSet<>(user.roles());
        roles.retainAll(Roles.ALL);
        me.setRoles(roles);
        if (user.has(Roles.PROVIDER)) {
            providers.findBySubject(user.subject()).ifPresent(provider -> me.setProviderId(provider.id));
        }
        if (user.has(Roles.PATIENT)) {
            me.setPatientIds(new LinkedHashSet<>(patients.idsRegisteredBy(user.subject())));
        }
        if (user.has(Roles.MEDICAL_DIRECTOR)) {
            me.setDirectedClinicIds(new LinkedHashSet<>(clinics.idsDirectedBy(user.subject())));
        }
        if (user.has(Roles.DELEGATE)) {
            me.setActingFor(endorsements.actingFor(user.subject()).stream().map(row -> {
                var actingFor = new org.openpas.api.beans.ActingFor();
                actingFor.setProviderId((java.util.UUID) row[0]);
                actingFor.setProviderName((String) row[1]);
                actingFor.setEndorsementId((java.util.UUID) row[2]);
                return actingFor;
            }).toList());
        }
        return me;
    }

    @Override
    public CommunityPage listMyCommunities(Integer page, Integer size) {
        return CommunityMapper.toPage(communities.whereWorks(user.subject(), user.isAdmin(), page, size));
    }
}
