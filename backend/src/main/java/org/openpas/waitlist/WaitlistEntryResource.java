package org.openpas.waitlist;

import io.quarkus.security.Authenticated;
import org.openpas.api.beans.AgeBand;
import org.openpas.api.beans.AttachInput;
import org.openpas.api.beans.ComplexityBand;
import org.openpas.api.beans.DeclineInput;
import org.openpas.api.beans.ProposalInput;
import org.openpas.api.beans.WaitlistActionResult;
import org.openpas.api.beans.WaitlistEntry;
import org.openpas.api.beans.WaitlistEntryPage;
import org.openpas.api.beans.WaitlistStatus;
import org.openpas.api.beans.WaitlistTransitionPage;
import org.openpas.api.beans.WithdrawInput;
import org.openpas.api.WaitlistResource;
import org.openpas.common.NotYetImplemented;

/**
 * The waitlist and attaching: every operation of the contract is here, answering 501 problem+json until issue
 * #4 builds it. Signed-in callers only, like the real thing.
 */
@Authenticated
public class WaitlistEntryResource implements WaitlistResource {

    @Override
    public WaitlistEntryPage listWaitlistEntries(String communityId, WaitlistStatus status, ComplexityBand complexity, String language, Boolean household, AgeBand ageBand, String providerId, String patientId, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(4, "The waitlist and attaching");
    }

    @Override
    public WaitlistEntry getWaitlistEntry(String entryId) {
        throw NotYetImplemented.inIssue(4, "The waitlist and attaching");
    }

    @Override
    public WaitlistTransitionPage listWaitlistEntryTransitions(String entryId, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(4, "The waitlist and attaching");
    }

    @Override
    public WaitlistActionResult proposeWaitlistEntry(String entryId, ProposalInput data) {
        throw NotYetImplemented.inIssue(4, "The waitlist and attaching");
    }

    @Override
    public WaitlistActionResult attachWaitlistEntry(String entryId, AttachInput data) {
        throw NotYetImplemented.inIssue(4, "The waitlist and attaching");
    }

    @Override
    public WaitlistActionResult declineWaitlistEntry(String entryId, DeclineInput data) {
        throw NotYetImplemented.inIssue(4, "The waitlist and attaching");
    }

    @Override
    public WaitlistEntry withdrawWaitlistEntry(String entryId, WithdrawInput data) {
        throw NotYetImplemented.inIssue(4, "The waitlist and attaching");
    }

    @Override
    public WaitlistEntry reconfirmWaitlistEntry(String entryId) {
        throw NotYetImplemented.inIssue(4, "The waitlist and attaching");
    }
}
