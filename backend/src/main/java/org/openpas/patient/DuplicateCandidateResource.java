package org.openpas.patient;

import io.quarkus.security.Authenticated;
import org.openpas.api.beans.DuplicateCandidate;
import org.openpas.api.beans.DuplicateCandidatePage;
import org.openpas.api.beans.DuplicateDismissal;
import org.openpas.api.beans.DuplicateMerge;
import org.openpas.api.beans.DuplicateStatus;
import org.openpas.api.DuplicateResource;
import org.openpas.common.NotYetImplemented;

/**
 * Duplicate review: every operation of the contract is here, answering 501 problem+json until issue
 * #4 builds it. Signed-in callers only, like the real thing.
 */
@Authenticated
public class DuplicateCandidateResource implements DuplicateResource {

    @Override
    public DuplicateCandidatePage listDuplicateCandidates(DuplicateStatus status, String communityId, Integer page, Integer size) {
        throw NotYetImplemented.inIssue(4, "Duplicate review");
    }

    @Override
    public DuplicateCandidate getDuplicateCandidate(String candidateId) {
        throw NotYetImplemented.inIssue(4, "Duplicate review");
    }

    @Override
    public DuplicateCandidate mergeDuplicateCandidate(String candidateId, DuplicateMerge data) {
        throw NotYetImplemented.inIssue(4, "Duplicate review");
    }

    @Override
    public DuplicateCandidate dismissDuplicateCandidate(String candidateId, DuplicateDismissal data) {
        throw NotYetImplemented.inIssue(4, "Duplicate review");
    }
}
