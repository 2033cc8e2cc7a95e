package org.openpas.panel;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.openpas.api.beans.ActorRef;
import org.openpas.api.beans.Gender;
import org.openpas.api.beans.PanelMemberInput;
import org.openpas.api.beans.PanelRowError;
import org.openpas.api.beans.PanelRowErrorCode;
import org.openpas.api.beans.PanelRowResult;
import org.openpas.api.beans.PanelSource;
import org.openpas.api.beans.PanelSubmissionMode;
import org.openpas.api.beans.PanelSubmissionSource;
import org.openpas.api.beans.PanelSubmissionStatus;
import org.openpas.patient.Patient;

/** Between the panel entities and the API's beans (generated from openapi.yaml). */
final class PanelMapper {

    private PanelMapper() {
    }

    static org.openpas.api.beans.PanelMember toApi(PanelMember member) {
        Patient patient = member.patient;
        var api = new org.openpas.api.beans.PanelMember();
        api.setPatientId(patient.id);
        api.setPhn(patient.phn);
        api.setFamilyName(patient.familyName);
        api.setGivenNames(patient.givenNames);
        api.setDateOfBirth(patient.dateOfBirth.toString());
        api.setGender(Gender.fromValue(patient.gender));
        api.setPostalCode(patient.postalCode);
        api.setSince(member.since.toString());
        api.setSource(PanelSource.fromValue(member.source));
        api.setSubmissionId(member.submissionId);
        api.setAddedAt(Date.from(member.addedAt));
        return api;
    }

    /** The submission; {@code rejectedRows} only for a single submission (null in lists, so omitted). */
    static org.openpas.api.beans.PanelSubmission toApi(PanelSubmission s, List<PanelSubmissionRow> rejectedRows) {
        var api = new org.openpas.api.beans.PanelSubmission();
        api.setId(s.id);
        api.setProviderId(s.providerId);
        api.setFileName(s.fileName);
        api.setFileSizeBytes(s.fileSizeBytes);
        api.setMode(PanelSubmissionMode.fromValue(s.mode));
        api.setSource(PanelSubmissionSource.fromValue(s.source));
        api.setStatus(PanelSubmissionStatus.fromValue(s.status.name()));
        api.setApplied(s.applied);
        api.setRowsTotal(s.rowsTotal);
        api.setRowsProcessed(s.rowsProcessed);
        api.setPercentComplete(s.percentComplete());
        api.setAdded(s.added);
        api.setRemoved(s.removed);
        api.setUnchanged(s.unchanged);
        api.setRejected(s.rejected);
        api.setFailureReason(s.failureReason);
        api.setRejectedRows(rejectedRows == null ? null : rejectedRows.stream().map(PanelMapper::toApi).toList());
        var by = new ActorRef();
        by.setSubject(s.submittedBySubject);
        by.setName(s.submittedByName);
        api.setSubmittedBy(by);
        api.setSubmittedAt(Date.from(s.submittedAt));
        api.setStartedAt(date(s.startedAt));
        api.setCompletedAt(date(s.completedAt));
        return api;
    }

    static org.openpas.api.beans.PanelSubmissionRow toApi(PanelSubmissionRow row) {
        var api = new org.openpas.api.beans.PanelSubmissionRow();
        api.setRowNumber(row.rowNumber);
        api.setPhn(row.phn);
        api.setFamilyName(row.familyName);
        api.setResult(PanelRowResult.fromValue(row.result));
        api.setErrors(row.errors == null ? List.of() : row.errors.stream().map(error -> {
            var e = new PanelRowError();
            e.setField(error.field());
            e.setCode(PanelRowErrorCode.fromValue(error.code()));
            e.setMessage(error.message());
            return e;
        }).toList());
        api.setPatientId(row.patientId);
        return api;
    }

    static PanelService.NewMember newMember(PanelMemberInput input) {
        return new PanelService.NewMember(input.getPhn(), input.getFamilyName(), input.getGivenNames(),
                input.getDateOfBirth(), input.getGender().value(), input.getPostalCode(), input.getSince());
    }

    static PanelSubmissionService.Upload upload(PanelUpload upload) {
        return new PanelSubmissionService.Upload(upload.fileName(), upload.content(), upload.getMode().value(),
                upload.getSource() == null ? null : upload.getSource().value());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
