package org.openpas.endorsement;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.openpas.api.EndorsementsResource;
import org.openpas.api.beans.Endorsement;
import org.openpas.api.beans.EndorsementCreate;
import org.openpas.api.beans.EndorsementPage;
import org.openpas.api.beans.EndorsementPartyRole;
import org.openpas.api.beans.EndorsementStatus;
import org.openpas.api.beans.EndorsementTokenInput;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;

/**
 * Endorsements: the handshake between a provider and a staff member (see {@link EndorsementService}).
 * The parties are providers, medical directors and delegates; admins read all and may end one.
 */
@Authenticated
public class EndorsementResource implements EndorsementsResource {

    private final EndorsementService endorsements;

    public EndorsementResource(EndorsementService endorsements) {
        this.endorsements = endorsements;
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE, Roles.ADMIN})
    public EndorsementPage listEndorsements(EndorsementStatus status, EndorsementPartyRole side, String providerId,
            Integer page, Integer size) {
        PageResult<org.openpas.endorsement.Endorsement> result = endorsements.list(
                EndorsementMapper.status(status), EndorsementMapper.side(side),
                providerId == null ? null : Ids.parse(providerId, "Provider"), page, size);
        var body = new EndorsementPage();
        return result.fill(body, e -> EndorsementMapper.toApi(e, endorsements), body::setItems, body::setPage,
                body::setSize, body::setTotalItems, body::setTotalPages);
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    @org.openpas.common.RateLimits.Expensive
    public Response createEndorsement(String idempotencyKey, EndorsementCreate data) {
        EndorsementService.Started started = endorsements.start(idempotencyKey, EndorsementMapper.request(data));
        Response.ResponseBuilder created = Response.created(URI.create("endorsements/" + started.endorsement().id))
                .entity(EndorsementMapper.toApi(started.endorsement(), endorsements));
        if (started.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.build();
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    @org.openpas.common.RateLimits.Expensive
    public Endorsement openEndorsementToken(EndorsementTokenInput data) {
        return show(endorsements.open(data.getToken()));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE, Roles.ADMIN})
    public Endorsement getEndorsement(String endorsementId) {
        return show(endorsements.get(id(endorsementId)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Endorsement approveEndorsement(String endorsementId) {
        return show(endorsements.approve(id(endorsementId)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Endorsement confirmEndorsement(String endorsementId) {
        return show(endorsements.confirm(id(endorsementId)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Endorsement declineEndorsement(String endorsementId) {
        return show(endorsements.decline(id(endorsementId)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Endorsement cancelEndorsement(String endorsementId) {
        return show(endorsements.cancel(id(endorsementId)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE, Roles.ADMIN})
    public Endorsement endEndorsement(String endorsementId) {
        return show(endorsements.end(id(endorsementId)));
    }

    private Endorsement show(org.openpas.endorsement.Endorsement e) {
        return EndorsementMapper.toApi(e, endorsements);
    }

    private static java.util.UUID id(String endorsementId) {
        return Ids.parse(endorsementId, "Endorsement");
    }
}
