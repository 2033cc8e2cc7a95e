package org.openpas.identity;

import java.time.Instant;
import java.util.Date;
import org.openpas.api.beans.ActorRef;
import org.openpas.api.beans.IdentityClaimInput;
import org.openpas.api.beans.IdentityClaimKind;
import org.openpas.api.beans.IdentityClaimPage;
import org.openpas.api.beans.IdentityClaimStatus;
import org.openpas.api.beans.IdentityClaimant;
import org.openpas.common.PageResult;

/** Identity claims between the contract's beans and {@link IdentityService}'s records (also for GET /me/claims). */
public final class IdentityMapper {

    private IdentityMapper() {
    }

    public static IdentityService.Claim claim(IdentityClaimInput input) {
        return new IdentityService.Claim(input.getProviderId(), input.getMspPractitionerNumber(), input.getClinicId(),
                input.getReason());
    }

    public static IdentityClaimPage toPage(PageResult<IdentityService.Shown> page) {
        var body = new IdentityClaimPage();
        return page.fill(body, IdentityMapper::toApi, body::setItems, body::setPage, body::setSize,
                body::setTotalItems, body::setTotalPages);
    }

    public static org.openpas.api.beans.IdentityClaim toApi(IdentityService.Shown shown) {
        IdentityClaim claim = shown.claim();
        var api = new org.openpas.api.beans.IdentityClaim();
        api.setId(claim.id);
        api.setKind(IdentityClaimKind.valueOf(claim.kind.name()));
        api.setStatus(IdentityClaimStatus.valueOf(claim.status.name()));
        var claimant = new IdentityClaimant();
        claimant.setSubject(claim.claimantSubject);
        claimant.setName(claim.claimantName);
        claimant.setEmail(claim.claimantEmail);
        claimant.setIdentityProvider(claim.claimantIdp);
        claimant.setAssertedMspNumber(claim.assertedMspNumber);
        api.setClaimant(claimant);
        api.setProviderId(claim.providerId);
        if (shown.provider() != null) {
            api.setProviderName(shown.provider().name);
            api.setMspPractitionerNumber(shown.provider().mspNumber);
        }
        api.setClinicId(claim.clinicId);
        api.setClinicName(shown.clinicName());
        api.setStaffId(claim.staffId);
        api.setReason(claim.reason);
        api.setCreatedAt(date(claim.createdAt));
        api.setDecidedAt(date(claim.decidedAt));
        if (claim.decidedBySubject != null) {
            var decidedBy = new ActorRef();
            decidedBy.setSubject(claim.decidedBySubject);
            decidedBy.setName(claim.decidedByName);
            api.setDecidedBy(decidedBy);
        }
        api.setDecisionReason(claim.decisionReason);
        return api;
    }

    static IdentityClaim.Status status(IdentityClaimStatus status) {
        return status == null ? null : IdentityClaim.Status.valueOf(status.name());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
