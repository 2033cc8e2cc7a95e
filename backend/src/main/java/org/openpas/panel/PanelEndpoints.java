package org.openpas.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.openpas.api.beans.PanelMember;
import org.openpas.api.beans.PanelMemberInput;
import org.openpas.api.beans.PanelMemberPage;
import org.openpas.api.beans.PanelRemovalReason;
import org.openpas.api.beans.PanelRowResult;
import org.openpas.api.beans.PanelSource;
import org.openpas.api.beans.PanelSubmission;
import org.openpas.api.beans.PanelSubmissionPage;
import org.openpas.api.beans.PanelSubmissionRowPage;
import org.openpas.api.beans.PanelSubmissionUpload;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.provider.PanelPaths;

/**
 * HTTP for /providers/{providerId}/panel/**: the panel operations of the generated ProvidersResource,
 * which {@link org.openpas.provider.ProviderResource} delegates here through {@link PanelPaths}, so the
 * panel feature lives in its own package. Rules are in {@link PanelService} and {@link PanelSubmissionService}.
 */
@ApplicationScoped
public class PanelEndpoints implements PanelPaths {

    private final PanelService panels;
    private final PanelSubmissionService submissions;

    public PanelEndpoints(PanelService panels, PanelSubmissionService submissions) {
        this.panels = panels;
        this.submissions = submissions;
    }

    @Override
    public PanelMemberPage listPanelMembers(String providerId, String q, PanelSource source, Integer page, Integer size) {
        PageResult<org.openpas.panel.PanelMember> result = panels.list(provider(providerId), q,
                source == null ? null : source.value(), page, size);
        var body = new PanelMemberPage();
        return result.fill(body, PanelMapper::toApi, body::setItems, body::setPage, body::setSize, body::setTotalItems,
                body::setTotalPages);
    }

    @Override
    public Response addPanelMember(String providerId, PanelMemberInput data) {
        UUID provider = provider(providerId);
        var member = panels.add(provider, PanelMapper.newMember(data));
        return Response.created(URI.create("providers/" + provider + "/panel/members/" + member.patientId))
                .entity(PanelMapper.toApi(member)).build();
    }

    @Override
    public PanelMember getPanelMember(String providerId, String patientId) {
        return PanelMapper.toApi(panels.get(provider(providerId), Ids.parse(patientId, "Panel member")));
    }

    @Override
    public void removePanelMember(String providerId, String patientId, PanelRemovalReason reason, Boolean returnToWaitlist) {
        panels.remove(provider(providerId), Ids.parse(patientId, "Panel member"), reason.value(),
                Boolean.TRUE.equals(returnToWaitlist));
    }

    @Override
    public PanelSubmissionPage listPanelSubmissions(String providerId, Integer page, Integer size) {
        PageResult<org.openpas.panel.PanelSubmission> result = submissions.list(provider(providerId), page, size);
        var body = new PanelSubmissionPage();
        return result.fill(body, s -> PanelMapper.toApi(s, null), body::setItems, body::setPage, body::setSize,
                body::setTotalItems, body::setTotalPages);
    }

    @Override
    public Response uploadPanelSubmission(String providerId, String idempotencyKey, PanelSubmissionUpload data) {
        if (!(data instanceof PanelUpload upload)) {
            throw new ProblemException(415, "Upload the panel file as multipart/form-data with the parts file, mode and source.");
        }
        UUID provider = provider(providerId);
        var uploaded = submissions.upload(provider, idempotencyKey, PanelMapper.upload(upload));
        var submission = uploaded.submission();
        Response.ResponseBuilder response = Response.accepted(PanelMapper.toApi(submission, java.util.List.of()))
                .location(URI.create("providers/" + provider + "/panel/submissions/" + submission.id));
        if (uploaded.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @Override
    public PanelSubmission getPanelSubmission(String providerId, String submissionId) {
        var detailed = submissions.get(provider(providerId), Ids.parse(submissionId, "Panel submission"));
        return PanelMapper.toApi(detailed.submission(), detailed.rejectedRows());
    }

    @Override
    public PanelSubmissionRowPage listPanelSubmissionRows(String providerId, String submissionId, PanelRowResult result,
            Integer page, Integer size) {
        PageResult<org.openpas.panel.PanelSubmissionRow> rows = submissions.rows(provider(providerId),
                Ids.parse(submissionId, "Panel submission"), result == null ? null : result.value(), page, size);
        var body = new PanelSubmissionRowPage();
        return rows.fill(body, PanelMapper::toApi, body::setItems, body::setPage, body::setSize, body::setTotalItems,
                body::setTotalPages);
    }

    private static UUID provider(String providerId) {
        return Ids.parse(providerId, "Provider");
    }
}
