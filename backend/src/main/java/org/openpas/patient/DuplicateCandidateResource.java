package org.openpas.patient;

import org.openpas.api.beans.DuplicateCandidate;
import org.openpas.api.beans.DuplicateCandidatePage;
import org.openpas.api.beans.DuplicateDismissal;
import org.openpas.api.beans.DuplicateMerge;
import org.openpas.api.beans.DuplicateStatus;
import org.openpas.api.DuplicateResource;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpas.api.beans.ActorRef;
import org.openpas.api.beans.DuplicateMatchReason;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;

/** HTTP for /duplicate-candidates (rules in {@link DuplicateService}). */
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class DuplicateCandidateResource implements DuplicateResource {

    private final DuplicateService duplicates;
    private final PatientService patients;

    public DuplicateCandidateResource(DuplicateService duplicates, PatientService patients) {
        this.duplicates = duplicates;
        this.patients = patients;
    }

    @Override
    public DuplicateCandidatePage listDuplicateCandidates(DuplicateStatus status, String communityId, Integer page, Integer size) {
        PageResult<org.openpas.patient.DuplicateCandidate> result = duplicates.search(
                status == null ? "OPEN" : status.value(), communityId == null ? null : Ids.parse(communityId, "Community"),
                page, size);
        var body = new DuplicateCandidatePage();
        return result.fill(body, this::toApi, body::setItems, body::setPage, body::setSize, body::setTotalItems,
                body::setTotalPages);
    }

    @Override
    public DuplicateCandidate getDuplicateCandidate(String candidateId) {
        return toApi(duplicates.get(id(candidateId)));
    }

    @Override
    public DuplicateCandidate mergeDuplicateCandidate(String candidateId, DuplicateMerge data) {
        return toApi(duplicates.merge(id(candidateId), data.getSurvivorPatientId(), data.getNote()));
    }

    @Override
    public DuplicateCandidate dismissDuplicateCandidate(String candidateId, DuplicateDismissal data) {
        return toApi(duplicates.dismiss(id(candidateId), data == null ? null : data.getNote()));
    }

    private DuplicateCandidate toApi(org.openpas.patient.DuplicateCandidate candidate) {
        var api = new DuplicateCandidate();
        api.setId(candidate.id);
        api.setPatientA(summary(candidate.patientA));
        api.setPatientB(summary(candidate.patientB));
        api.setMatchReasons(Arrays.stream(candidate.matchReasons).map(DuplicateMatchReason::fromValue)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        api.setScore(candidate.score);
        api.setStatus(DuplicateStatus.fromValue(candidate.status));
        api.setDetectedAt(Date.from(candidate.detectedAt));
        if (candidate.resolvedAt != null) {
            api.setResolvedAt(Date.from(candidate.resolvedAt));
            var by = new ActorRef();
            by.setSubject(candidate.resolvedBySubject);
            by.setName(candidate.resolvedByName);
            api.setResolvedBy(by);
        }
        api.setSurvivorPatientId(candidate.survivorPatientId);
        api.setNote(candidate.note);
        return api;
    }

    private org.openpas.api.beans.PatientSummary summary(UUID patientId) {
        PatientService.Shown shown = patients.summary(patientId);
        return PatientMapper.summary(shown.patient(), shown.community());
    }

    private static UUID id(String candidateId) {
        return Ids.parse(candidateId, "Duplicate candidate");
    }
}
