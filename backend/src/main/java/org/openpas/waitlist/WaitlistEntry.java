package org.openpas.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openpas.common.VersionedEntity;

/** A registration on the provincial waitlist: a patient waiting in a community, and where that stands. */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry extends VersionedEntity {

    /** Each priority point is worth two weeks of waiting. */
    static final Duration POINT = Duration.ofDays(14);

    /** Declines coded COULD_NOT_CONTACT (since the last contact confirmation) that pause an entry. */
    static final int PAUSE_AFTER_CONTACT_FAILURES = 3;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "community_id")
    public UUID communityId;

    /** WAITING, PROPOSED, PAUSED, ATTACHED, WITHDRAWN or EXPIRED. */
    public String status;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "priority_points")
    public int priorityPoints;

    /** registeredAt minus two weeks per point: the list is ordered by it (earliest first). */
    @Column(name = "rank_at")
    public Instant rankAt;

    public String complexity;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "match_with_household")
    public boolean matchWithHousehold;

    @Column(name = "consent_to_share")
    public boolean consentToShare;

    /** Copied from the patient: NO_PREFERENCE, FEMALE or MALE. */
    @Column(name = "provider_gender_preference")
    public String providerGenderPreference = "NO_PREFERENCE";

    /** Copied from the patient: needs an interpreter in {@link #preferredLanguage}. */
    @Column(name = "interpreter_needed")
    public boolean interpreterNeeded;

    /** Declines coded COULD_NOT_CONTACT since the patient last confirmed their contact details. */
    @Column(name = "contact_failures")
    public int contactFailures;

    /** When the entry was PAUSED (not offered until the patient confirms their contact details). */
    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "proposed_provider_id")
    public UUID proposedProviderId;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "proposal_deadline")
    public Instant proposalDeadline;

    @Column(name = "proposed_by_subject")
    public String proposedBySubject;

    @Column(name = "proposal_note")
    public String proposalNote;

    @Column(name = "attached_provider_id")
    public UUID attachedProviderId;

    @Column(name = "attached_at")
    public Instant attachedAt;

    @Column(name = "last_confirmed_at")
    public Instant lastConfirmedAt;

    @Column(name = "reconfirm_due_at")
    public Instant reconfirmDueAt;

    @Column(name = "expired_at")
    public Instant expiredAt;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    public void prioritise(int points, String complexityBand) {
        priorityPoints = points;
        complexity = complexityBand;
        rankAt = registeredAt.minus(POINT.multipliedBy(points));
    }

    /** The contract's priorityScore: days since registration plus 14 per point. */
    public int priorityScore(Instant now) {
        return (int) Duration.between(rankAt, now).toDays();
    }

    /**
     * The patient's one open registration: waiting, proposed, or paused (not offered until they confirm their
     * contact details, but still theirs to withdraw or reconfirm, and merged like the others).
     */
    public boolean isOpen() {
        return "WAITING".equals(status) || "PROPOSED".equals(status) || "PAUSED".equals(status);
    }
}
