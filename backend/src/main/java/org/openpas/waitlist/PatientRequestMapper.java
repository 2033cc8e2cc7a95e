package org.openpas.waitlist;

import java.util.Date;
import org.openpas.api.beans.ComplexityBand;
import org.openpas.api.beans.MatchRule;
import org.openpas.api.beans.PatientProposal;
import org.openpas.api.beans.PatientRequestRoom;
import org.openpas.api.beans.ProviderSuggestion;
import org.openpas.api.beans.ProviderSuggestionList;
import org.openpas.api.beans.SkipReason;
import org.openpas.api.beans.SkippedEntry;
import org.openpas.api.beans.SuggestionReason;

/** Patient requests and provider suggestions to the API's beans. */
public final class PatientRequestMapper {

    private PatientRequestMapper() {
    }

    static org.openpas.api.beans.PatientRequest toApi(PatientRequestService.Made made, WaitlistMapper.Context context) {
        PatientRequest request = made.request();
        var api = new org.openpas.api.beans.PatientRequest();
        api.setId(request.id);
        api.setProviderId(request.providerId);
        api.setRequestedAt(Date.from(request.requestedAt));
        api.setRequestedByName(request.requestedByName == null ? "" : request.requestedByName);
        api.setCount(request.requestedCount);
        var room = new PatientRequestRoom();
        room.setRemainingThisMonth(request.remainingThisMonth);
        room.setPanelRoom(request.panelRoom);
        room.setOutstandingProposals(request.outstandingProposals);
        room.setGranted(request.granted);
        api.setRoom(room);
        api.setProposals(made.proposals().stream().map(p -> {
            var proposal = new PatientProposal();
            proposal.setEntry(WaitlistMapper.toApi(p.entry(), context));
            proposal.setRank(p.rank());
            proposal.setRule(MatchRule.fromValue(p.rule()));
            return proposal;
        }).toList());
        api.setSkipped(made.skipped().stream().map(s -> {
            var skipped = new SkippedEntry();
            skipped.setRank(s.rank());
            skipped.setCommunityId(s.communityId());
            skipped.setComplexity(ComplexityBand.fromValue(s.complexity()));
            skipped.setReason(SkipReason.fromValue(s.reason()));
            return skipped;
        }).toList());
        return api;
    }

    static ProviderSuggestionList suggestions(java.util.List<ProviderSuggestionService.Suggestion> suggestions) {
        var list = new ProviderSuggestionList();
        list.setItems(suggestions.stream().map(s -> {
            var api = new ProviderSuggestion();
            api.setProviderId(s.providerId());
            api.setProviderName(s.providerName());
            api.setClinicName(s.clinicName());
            api.setAvailableThisMonth(s.availableThisMonth());
            api.setPanelRoom(s.panelRoom());
            api.setFit(s.fit());
            api.setReasons(s.reasons().stream().map(r -> SuggestionReason.fromValue(r.name())).toList());
            return api;
        }).toList());
        return list;
    }
}
