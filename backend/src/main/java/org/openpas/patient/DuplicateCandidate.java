package org.openpas.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Two registered records that may be one person, waiting for a coordinator to merge or dismiss them. */
@Entity
@Table(name = "duplicate_candidate")
public class DuplicateCandidate {

    @Id
    public UUID id;

    /** The pair, stored once: patientA < patientB. */
    @Column(name = "patient_a")
    public UUID patientA;

    @Column(name = "patient_b")
    public UUID patientB;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "match_reasons")
    public String[] matchReasons;

    public int score;

    /** OPEN, MERGED or DISMISSED. */
    public String status;

    @Column(name = "detected_at")
    public Instant detectedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by_subject")
    public String resolvedBySubject;

    @Column(name = "resolved_by_name")
    public String resolvedByName;

    @Column(name = "survivor_patient_id")
    public UUID survivorPatientId;

    public String note;

    @Version
    public long version;
}
