package org.openpas.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The result of one row of a panel file, or one member the file removed. Written in bulk by {@link PanelBulk}. */
@Entity
@Table(name = "panel_submission_row")
public class PanelSubmissionRow {

    /** The submission and the row's place in its results (file order, removed members last). */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "submission_id")
        public UUID submissionId;

        public int seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.seq == seq && key.submissionId.equals(submissionId);
        }

        @Override
        public int hashCode() {
            return submissionId.hashCode() * 31 + seq;
        }
    }

    /** One problem with a row: the CSV column (or {@code row}), a PanelRowErrorCode and a message. */
    public record Error(String field, String code, String message) {
    }

    @EmbeddedId
    public Key key;

    /** The line in the file (the header is 1); null for a REMOVED member. */
    @Column(name = "row_number")
    public Integer rowNumber;

    public String phn;

    @Column(name = "family_name")
    public String familyName;

    /** ADDED, REMOVED, UNCHANGED or REJECTED. */
    public String result;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Error> errors;

    @Column(name = "patient_id")
    public UUID patientId;
}
