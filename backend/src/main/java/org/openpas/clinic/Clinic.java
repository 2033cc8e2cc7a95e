package org.openpas.clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openpas.community.Community;

/** A clinic of the Clinic and Provider Registry, with its weekly hours. Staff are kept in {@link ClinicStaffMember}. */
@Entity
@Table(name = "clinic")
public class Clinic {

    @Id
    public UUID id;

    public String name;

    @Column(name = "address_line1")
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    public String city;

    public String province = "BC";

    @Column(name = "postal_code")
    public String postalCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    public Community community;

    public String phone;

    public String fax;

    public String email;

    public String status = "ACTIVE";

    @Column(name = "medical_director_subject")
    public String medicalDirectorSubject;

    @Column(name = "medical_director_name")
    public String medicalDirectorName;

    @Column(name = "medical_director_email")
    public String medicalDirectorEmail;

    /** Changing the hours changes the clinic: they share its version, so one ETag guards both. */
    @ElementCollection
    @CollectionTable(name = "clinic_hours", joinColumns = @JoinColumn(name = "clinic_id"))
    @OrderBy("dayOfWeek, opens")
    public List<OpeningInterval> hours = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isDirectedBy(String subject) {
        return subject != null && subject.equals(medicalDirectorSubject);
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
