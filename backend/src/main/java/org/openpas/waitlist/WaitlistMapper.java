package org.openpas.waitlist;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.openpas.api.beans.ActorRef;
import org.openpas.api.beans.AttachInput;
import org.openpas.api.beans.ComplexityBand;
import org.openpas.api.beans.DeclineInput;
import org.openpas.api.beans.DeclineReason;
import org.openpas.api.beans.Proposal;
import org.openpas.api.beans.ProposalInput;
import org.openpas.api.beans.TransitionCause;
import org.openpas.api.beans.WaitlistStatus;
import org.openpas.api.beans.WaitlistTransitionPage;
import org.openpas.api.beans.WithdrawInput;
import org.openpas.api.beans.WithdrawReason;
import org.openpas.common.PageResult;
import org.openpas.community.Community;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientMapper;

/** Between waitlist entities (and the services' records) and the API's beans. */
public final class WaitlistMapper {

    private WaitlistMapper() {
    }

    /** What an entry's representation needs besides the entity, loaded for a whole page at once. */
    record Context(Map<UUID, Patient> patients, Map<UUID, Community> communities, Map<UUID, Long> householdWaiting,
            Map<UUID, String> providerNames) {
    }

    static org.openpas.api.beans.WaitlistEntry toApi(WaitlistEntry entry, Context context) {
        Instant now = Instant.now();
        var api = new org.openpas.api.beans.WaitlistEntry();
        Community community = context.communities().get(entry.communityId);
        api.setId(entry.id);
        api.setPatientId(entry.patientId);
        api.setPatient(PatientMapper.summary(context.patients().get(entry.patientId), community));
        api.setCommunityId(entry.communityId);
        api.setCommunityName(community.name);
        api.setStatus(WaitlistStatus.fromValue(entry.status));
        api.setRegisteredAt(Date.from(entry.registeredAt));
        api.setComplexity(ComplexityBand.fromValue(entry.complexity));
        api.setPriorityPoints(entry.priorityPoints);
        api.setPriorityScore(entry.priorityScore(now));
        api.setHouseholdId(entry.householdId);
        api.setMatchWithHousehold(entry.matchWithHousehold);
        api.setHouseholdWaiting(context.householdWaiting().getOrDefault(entry.householdId, 0L).intValue());
        api.setPreferences(PatientMapper.preferences(context.patients().get(entry.patientId)));
        api.setContactFailures(entry.contactFailures);
        api.setPausedAt(date(entry.pausedAt));
        if ("PROPOSED".equals(entry.status)) {
            var proposal = new Proposal();
            proposal.setProviderId(entry.proposedProviderId);
            proposal.setProviderName(context.providerNames().get(entry.proposedProviderId));
            proposal.setProposedAt(Date.from(entry.proposedAt));
            proposal.setDeadline(Date.from(entry.proposalDeadline));
            var by = new ActorRef();
            by.setSubject(entry.proposedBySubject);
            proposal.setProposedBy(by);
            proposal.setHouseholdProposal(entry.matchWithHousehold && entry.householdId != null);
            proposal.setNote(entry.proposalNote);
            api.setProposal(proposal);
        }
        api.setAttachedProviderId(entry.attachedProviderId);
        api.setAttachedAt(date(entry.attachedAt));
        api.setLastConfirmedAt(Date.from(entry.lastConfirmedAt));
        api.setReconfirmDueAt(date(entry.reconfirmDueAt));
        api.setExpiredAt(date(entry.expiredAt));
        api.setStatusChangedAt(Date.from(entry.statusChangedAt));
        return api;
    }

    public static org.openpas.api.beans.WaitlistTransition toApi(WaitlistTransition transition,
            Map<UUID, String> providerNames) {
        var api = new org.openpas.api.beans.WaitlistTransition();
        api.setId(transition.id);
        api.setEntryId(transition.entryId);
        if (transition.fromStatus != null) {
            api.setFromStatus(WaitlistStatus.fromValue(transition.fromStatus));
        }
        api.setToStatus(WaitlistStatus.fromValue(transition.toStatus));
        api.setCause(TransitionCause.fromValue(transition.cause));
        api.setAt(Date.from(transition.at));
        var actor = new ActorRef();
        actor.setSubject(transition.actorSubject);
        actor.setName(transition.actorName);
        actor.setOnBehalfOfProviderId(transition.onBehalfOfProviderId);
        api.setActor(actor);
        api.setProviderId(transition.providerId);
        api.setProviderName(transition.providerId == null ? null : providerNames.get(transition.providerId));
        if (transition.declineReason != null) {
            api.setDeclineReason(DeclineReason.fromValue(transition.declineReason));
        }
        if (transition.withdrawReason != null) {
            api.setWithdrawReason(WithdrawReason.fromValue(transition.withdrawReason));
        }
        api.setNote(transition.note);
        return api;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** A page of transitions, naming the providers they involve. */
    public static WaitlistTransitionPage transitionPage(PageResult<WaitlistTransition> result, Map<UUID, String> names) {
        var body = new WaitlistTransitionPage();
        return result.fill(body, transition -> toApi(transition, names), body::setItems, body::setPage,
                body::setSize, body::setTotalItems, body::setTotalPages);
    }

    static MatchingService.Proposal proposal(ProposalInput input) {
        return new MatchingService.Proposal(input.getProviderId(), Boolean.TRUE.equals(input.getIncludeHousehold()),
                input.getDeadlineDays(), input.getNote());
    }

    static MatchingService.Attachment attachment(AttachInput input) {
        return new MatchingService.Attachment(input.getProviderId(), Boolean.TRUE.equals(input.getIncludeHousehold()));
    }

    static MatchingService.Decline decline(DeclineInput input) {
        return new MatchingService.Decline(input.getReason().value(), input.getNote());
    }

    static WaitlistService.Withdrawal withdrawal(WithdrawInput input) {
        return new WaitlistService.Withdrawal(input.getReason().value(), input.getNote());
    }
}
