package org.openpas.panel;

import org.openpas.api.beans.PanelSubmissionUpload;

/**
 * The multipart form of a panel upload as {@link PanelUploadReader} reads it: the generated bean (whose
 * {@code file} holds the file name, so its constraints still apply) plus the file's bytes. HTTP layer only:
 * {@link PanelEndpoints} hands {@link PanelSubmissionService} a {@link PanelSubmissionService.Upload} made
 * from it by {@link PanelMapper}.
 */
public class PanelUpload extends PanelSubmissionUpload {

    private final byte[] content;

    public PanelUpload(String fileName, byte[] content) {
        this.content = content;
        setFile(fileName);
    }

    public String fileName() {
        return getFile();
    }

    public byte[] content() {
        return content;
    }
}
