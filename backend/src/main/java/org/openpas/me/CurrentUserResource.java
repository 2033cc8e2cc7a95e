package org.openpas.me;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import org.openpas.api.MeResource;
import org.openpas.api.beans.CommunityPage;
import org.openpas.api.beans.IdentityClaimInput;
import org.openpas.api.beans.IdentityClaimPage;
import org.openpas.api.beans.Me;
import org.openpas.common.Roles;

/**
 * GET /me: who the caller is and what they are linked to, so that clients can decide what to show.
 * {@code actingFor} lists the providers whose active endorsement lets a delegate act for them. /me/claims: the
 * caller's claims to be linked to a record.
 */
@Authenticated
public class CurrentUserResource implements MeResource {

    private final MeService me;

    public CurrentUserResource(MeService me) {
        this.me = me;
    }

    @Override
    public Me getMe(String acceptLanguage) {
        return MeMapper.toApi(me.me());
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public IdentityClaimPage listMyClaims(Integer page, Integer size) {
        return MeMapper.claims(me.claims(page, size));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Response createMyClaim(IdentityClaimInput data) {
        return Response.status(Response.Status.CREATED).entity(MeMapper.claim(me.claim(MeMapper.claim(data)))).build();
    }

    @Override
    public CommunityPage listMyCommunities(Integer page, Integer size, String acceptLanguage) {
        return MeMapper.communities(me.communities(page, size));
    }
}
