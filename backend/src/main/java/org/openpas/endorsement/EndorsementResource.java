package org.openpas.endorsement;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import org.openpas.api.beans.Endorsement;
import org.openpas.api.beans.EndorsementCreate;
import org.openpas.api.beans.EndorsementPage;
import org.openpas.api.beans.EndorsementPartyRole;
import org.openpas.api.beans.EndorsementStatus;
import org.openpas.api.beans.EndorsementTokenInput;
import org.openpas.api.EndorsementsResource;
import org.openpas.common.NotYetImplemented;

/**
 * Endorsements: every operation of the contract is here, answering 501 problem+json until issue
 * #5 builds it. Signed-in callers only, like the real thing.
 */
@Authenticated
public class EndorsementResource implements EndorsementsResource {

    @Override
    public EndorsementPage listEndorsements(EndorsementStatus status, EndorsementPartyRole side, String providerId, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }

    @Override
    public Response createEndorsement(String idempotencyKey, EndorsementCreate data) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }

    @Override
    public Endorsement openEndorsementToken(EndorsementTokenInput data) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }

    @Override
    public Endorsement getEndorsement(String endorsementId) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }

    @Override
    public Endorsement approveEndorsement(String endorsementId) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }

    @Override
    public Endorsement confirmEndorsement(String endorsementId) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }

    @Override
    public Endorsement declineEndorsement(String endorsementId) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }

    @Override
    public Endorsement cancelEndorsement(String endorsementId) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }

    @Override
    public Endorsement endEndorsement(String endorsementId) {
        throw NotYetImplemented.inIssue(5, "Endorsements");
    }
}
