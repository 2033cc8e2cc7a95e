package org.openpas.waitlist;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import org.openpas.api.beans.AgeBand;
import org.openpas.api.beans.AttachInput;
import org.openpas.api.beans.ComplexityBand;
import org.openpas.api.beans.DeclineInput;
import org.openpas.api.beans.ProposalInput;
import org.openpas.api.beans.ProviderSuggestionList;
import org.openpas.api.beans.WaitlistActionResult;
import org.openpas.api.beans.WaitlistEntry;
import org.openpas.api.beans.WaitlistEntryPage;
import org.openpas.api.beans.WaitlistStatus;
import org.openpas.api.beans.WaitlistTransitionPage;
import org.openpas.api.beans.WithdrawInput;
import org.openpas.api.WaitlistResource;
import java.util.List;
import java.util.UUID;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;

/**
 * HTTP for /waitlist-entries: listing, reading, withdrawing and reconfirming entries (rules in
 * {@link WaitlistService}) and matching: propose, attach, decline ({@link MatchingService}).
 */
@Authenticated
public class WaitlistEntryResource implements WaitlistResource {

    private final WaitlistService waitlist;
    private final MatchingService matching;
    private final WaitlistContextService contexts;
    private final ProviderSuggestionService suggestions;

    public WaitlistEntryResource(WaitlistService waitlist, MatchingService matching, WaitlistContextService contexts,
            ProviderSuggestionService suggestions) {
        this.waitlist = waitlist;
        this.matching = matching;
        this.contexts = contexts;
        this.suggestions = suggestions;
    }

    @Override
    public WaitlistEntryPage listWaitlistEntries(String communityId, WaitlistStatus status, ComplexityBand complexity, String language, Boolean household, AgeBand ageBand, String providerId, String patientId, Integer page, Integer size, String acceptLanguage) {
        var query = new WaitlistService.Query(optionalId(communityId, "Community"), value(status), value(complexity),
                language, household, ageBand == null ? null : ageBand.value(), optionalId(providerId, "Provider"),
                optionalId(patientId, "Patient"));
        PageResult<org.openpas.waitlist.WaitlistEntry> result = waitlist.search(query, page, size);
        WaitlistMapper.Context context = contexts.of(result.items());
        var body = new WaitlistEntryPage();
        return result.fill(body, entry -> WaitlistMapper.toApi(entry, context), body::setItems, body::setPage,
                body::setSize, body::setTotalItems, body::setTotalPages);
    }

    @Override
    public WaitlistEntry getWaitlistEntry(String entryId, String acceptLanguage) {
        return one(waitlist.get(Ids.parse(entryId, "Waitlist entry")));
    }

    @Override
    public WaitlistTransitionPage listWaitlistEntryTransitions(String entryId, Integer page, Integer size, String acceptLanguage) {
        PageResult<WaitlistTransition> result = waitlist.transitions(Ids.parse(entryId, "Waitlist entry"), page, size);
        return WaitlistMapper.transitionPage(result, contexts.providerNames(result.items()));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public WaitlistActionResult proposeWaitlistEntry(String entryId, ProposalInput data) {
        return result(matching.propose(Ids.parse(entryId, "Waitlist entry"), WaitlistMapper.proposal(data)));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ProviderSuggestionList listProviderSuggestions(String entryId) {
        return PatientRequestMapper.suggestions(suggestions.suggest(Ids.parse(entryId, "Waitlist entry")));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.ADMIN})
    public WaitlistActionResult attachWaitlistEntry(String entryId, AttachInput data) {
        return result(matching.attach(Ids.parse(entryId, "Waitlist entry"), WaitlistMapper.attachment(data)));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.ADMIN})
    public WaitlistActionResult declineWaitlistEntry(String entryId, DeclineInput data) {
        return result(matching.decline(Ids.parse(entryId, "Waitlist entry"), WaitlistMapper.decline(data)));
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    public WaitlistEntry withdrawWaitlistEntry(String entryId, String acceptLanguage, WithdrawInput data) {
        return one(waitlist.withdraw(Ids.parse(entryId, "Waitlist entry"), WaitlistMapper.withdrawal(data)));
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    public WaitlistEntry reconfirmWaitlistEntry(String entryId, String acceptLanguage) {
        return one(waitlist.reconfirm(Ids.parse(entryId, "Waitlist entry")));
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.COORDINATOR, Roles.ADMIN})
    public WaitlistEntry confirmWaitlistContact(String entryId, String acceptLanguage) {
        return one(waitlist.confirmContact(Ids.parse(entryId, "Waitlist entry")));
    }

    private WaitlistActionResult result(List<org.openpas.waitlist.WaitlistEntry> changed) {
        WaitlistMapper.Context context = contexts.of(changed);
        var body = new WaitlistActionResult();
        body.setEntries(changed.stream().map(entry -> WaitlistMapper.toApi(entry, context)).toList());
        return body;
    }

    private WaitlistEntry one(org.openpas.waitlist.WaitlistEntry entry) {
        return WaitlistMapper.toApi(entry, contexts.of(List.of(entry)));
    }

    private static String value(Object enumValue) {
        return enumValue == null ? null : enumValue.toString();
    }

    private static UUID optionalId(String id, String resource) {
        return id == null ? null : Ids.parse(id, resource);
    }
}
