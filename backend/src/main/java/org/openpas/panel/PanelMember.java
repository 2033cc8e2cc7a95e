package org.openpas.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openpas.patient.Patient;

/** A patient on a provider's panel. The patient is the key: a patient is on at most one panel. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", insertable = false, updatable = false)
    public Patient patient;

    @Column(name = "provider_id")
    public UUID providerId;

    /** The date the provider became the most responsible provider. */
    public LocalDate since;

    /** PAS_ATTACHMENT, TELEPLAN, DR_BILL or MANUAL. */
    public String source;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "added_at")
    public Instant addedAt = Instant.now();

    @Column(name = "added_by_subject")
    public String addedBySubject;
}
