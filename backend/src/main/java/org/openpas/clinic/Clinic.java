package org.openpas.clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openpas.common.VersionedEntity;
import org.openpas.community.Community;

/** A clinic of the Clinic and Provider Registry, with its weekly hours. Staff are kept in {@link ClinicStaffMember}. */
@Entity
@Table(name = "clinic")
public class Clinic extends VersionedEntity {

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

    /** When someone at the clinic last confirmed its information, and who (null: never). */
    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by_subject")
    public String verifiedBySubject;

    @Column(name = "verified_by_name")
    public String verifiedByName;

    /** When the clinic was reminded that its verification is stale; cleared by the next verification. */
    @Column(name = "verification_reminded_at")
    public Instant verificationRemindedAt;

    /** Changing the hours changes the clinic: they share its version, so one ETag guards both. */
    @ElementCollection
    @CollectionTable(name = "clinic_hours", joinColumns = @JoinColumn(name = "clinic_id"))
    @OrderBy("dayOfWeek, opens")
    public List<OpeningInterval> hours = new ArrayList<>();

    public boolean isDirectedBy(String subject) {
        return subject != null && subject.equals(medicalDirectorSubject);
    }

    /** Never verified, or last verified before {@code staleBefore}. */
    public boolean isVerificationStale(Instant staleBefore) {
        return verifiedAt == null || verifiedAt.isBefore(staleBefore);
    }
}
