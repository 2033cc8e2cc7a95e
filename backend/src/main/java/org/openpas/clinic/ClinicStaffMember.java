package org.openpas.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A provider or delegate working at a clinic. {@code subject} links the person's Keycloak account once known. */
@Entity
@Table(name = "clinic_staff")
public class ClinicStaffMember {

    @Id
    public UUID id;

    @Column(name = "clinic_id")
    public UUID clinicId;

    /** PROVIDER or DELEGATE. */
    public String kind;

    public String name;

    public String email;

    public String subject;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "added_at", updatable = false)
    public Instant addedAt;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        addedAt = Instant.now();
    }
}
