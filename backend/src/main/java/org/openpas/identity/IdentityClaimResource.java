package org.openpas.identity;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import org.openpas.api.IdentityResource;
import org.openpas.api.beans.IdentityClaim;
import org.openpas.api.beans.IdentityClaimApproval;
import org.openpas.api.beans.IdentityClaimPage;
import org.openpas.api.beans.IdentityClaimRejection;
import org.openpas.api.beans.IdentityClaimStatus;
import org.openpas.common.Ids;
import org.openpas.common.Roles;

/** HTTP for /identity-claims: the admins' queue of claims to a record (rules in {@link IdentityService}). */
@Authenticated
public class IdentityClaimResource implements IdentityResource {

    private final IdentityService identity;

    public IdentityClaimResource(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public IdentityClaimPage listIdentityClaims(IdentityClaimStatus status, Integer page, Integer size) {
        return IdentityMapper.toPage(identity.list(IdentityMapper.status(status), page, size));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public IdentityClaim approveIdentityClaim(String claimId, IdentityClaimApproval data) {
        return IdentityMapper.toApi(identity.approve(id(claimId), data.getStaffId()));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public IdentityClaim rejectIdentityClaim(String claimId, IdentityClaimRejection data) {
        return IdentityMapper.toApi(identity.reject(id(claimId), data.getReason()));
    }

    private static java.util.UUID id(String claimId) {
        return Ids.parse(claimId, "Identity claim");
    }
}
