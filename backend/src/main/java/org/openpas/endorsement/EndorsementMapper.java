package org.openpas.endorsement;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import org.openpas.api.beans.ActorRef;
import org.openpas.api.beans.EndorsementAction;
import org.openpas.api.beans.EndorsementCreate;
import org.openpas.api.beans.EndorsementParty;
import org.openpas.api.beans.EndorsementPartyRole;
import org.openpas.api.beans.EndorsementStatus;
import org.openpas.common.RequestHash;
import org.openpas.endorsement.Endorsement.Side;

/** Endorsements as the contract shows them, seen by the caller (their side and what they may do). */
final class EndorsementMapper {

    private EndorsementMapper() {
    }

    static org.openpas.api.beans.Endorsement toApi(Endorsement e, EndorsementService service) {
        var api = new org.openpas.api.beans.Endorsement();
        api.setId(e.id);
        api.setStatus(EndorsementStatus.valueOf(e.status.name()));
        api.setInitiatorRole(EndorsementPartyRole.valueOf(e.initiatorRole.name()));
        api.setEndorser(party(e, Side.ENDORSER));
        api.setEndorsee(party(e, Side.ENDORSEE));
        api.setMessage(e.message);
        api.setCreatedAt(date(e.createdAt));
        api.setReceivedAt(date(e.receivedAt));
        api.setApprovedAt(date(e.approvedAt));
        api.setCompletedAt(date(e.completedAt));
        api.setClosedAt(date(e.closedAt));
        if (e.closedBySubject != null) {
            var closedBy = new ActorRef();
            closedBy.setSubject(e.closedBySubject);
            api.setClosedBy(closedBy);
        }
        api.setExpiresAt(e.isPending() ? date(e.expiresAt) : null);
        Side side = service.callerSide(e);
        api.setCallerRole(side == null ? null : EndorsementPartyRole.valueOf(side.name()));
        var actions = new LinkedHashSet<EndorsementAction>();
        service.allowedActions(e).forEach(action -> actions.add(EndorsementAction.valueOf(action)));
        api.setAllowedActions(actions);
        return api;
    }

    /** The request as the service takes it; the hash is of the body as sent, to recognise a retry. */
    static EndorsementService.Request request(EndorsementCreate input) {
        return new EndorsementService.Request(Side.valueOf(input.getInitiatorRole().value()), input.getRecipientEmail(),
                input.getMessage(), RequestHash.of(input));
    }

    static Endorsement.Status status(org.openpas.api.beans.EndorsementStatus status) {
        return status == null ? null : Endorsement.Status.valueOf(status.name());
    }

    static Endorsement.Side side(org.openpas.api.beans.EndorsementPartyRole side) {
        return side == null ? null : Endorsement.Side.valueOf(side.name());
    }

    private static EndorsementParty party(Endorsement e, Side side) {
        var party = new EndorsementParty();
        party.setSubject(e.subjectOf(side));
        party.setName(side == Side.ENDORSER ? e.endorserName : e.endorseeName);
        party.setEmail(e.emailOf(side));
        if (side == Side.ENDORSER) {
            party.setProviderId(e.endorserProviderId);
        }
        return party;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
