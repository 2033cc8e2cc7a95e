package org.openpas.me;

import java.util.LinkedHashSet;
import org.openpas.api.beans.ActingFor;
import org.openpas.api.beans.CommunityPage;
import org.openpas.api.beans.IdentityClaim;
import org.openpas.api.beans.IdentityClaimInput;
import org.openpas.api.beans.IdentityClaimPage;
import org.openpas.common.PageResult;
import org.openpas.community.Community;
import org.openpas.community.CommunityMapper;
import org.openpas.identity.IdentityMapper;
import org.openpas.identity.IdentityService;

/** Between the caller's links ({@link MeService.Me}) and the API's Me. */
final class MeMapper {

    private MeMapper() {
    }

    static org.openpas.api.beans.Me toApi(MeService.Me me) {
        var api = new org.openpas.api.beans.Me();
        api.setSubject(me.subject());
        api.setUsername(me.username());
        api.setName(me.name());
        api.setEmail(me.email());
        api.setRoles(me.roles());
        api.setProviderId(me.providerId());
        api.setLinkNeeded(me.linkNeeded());
        if (me.patientIds() != null) {
            api.setPatientIds(new LinkedHashSet<>(me.patientIds()));
        }
        if (me.directedClinicIds() != null) {
            api.setDirectedClinicIds(new LinkedHashSet<>(me.directedClinicIds()));
        }
        if (me.actingFor() != null) {
            api.setActingFor(me.actingFor().stream().map(row -> {
                var actingFor = new ActingFor();
                actingFor.setProviderId(row.providerId());
                actingFor.setProviderName(row.providerName());
                actingFor.setEndorsementId(row.endorsementId());
                return actingFor;
            }).toList());
        }
        return api;
    }

    static IdentityClaimPage claims(PageResult<IdentityService.Shown> page) {
        return IdentityMapper.toPage(page);
    }

    static IdentityClaim claim(IdentityService.Shown claim) {
        return IdentityMapper.toApi(claim);
    }

    static IdentityService.Claim claim(IdentityClaimInput input) {
        return IdentityMapper.claim(input);
    }

    static CommunityPage communities(PageResult<Community> page) {
        return CommunityMapper.toPage(page);
    }
}
