package org.openpas.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openpas.common.Locales;
import org.openpas.common.VersionedEntity;

/**
 * A person known to PAS, identified by their PHN (unique): from a panel file, or registered on the
 * Health Connect Registry with contact details, community, health needs and household.
 */
@Entity
@Table(name = "patient")
public class Patient extends VersionedEntity {

    public String phn;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "given_names")
    public String givenNames;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    /** FEMALE, MALE, X or UNDISCLOSED. */
    public String gender;

    @Column(name = "postal_code")
    public String postalCode;

    // --- Registration (Health Connect Registry); null for people known only from a panel file ---

    @Column(name = "address_line1")
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    public String city;

    public String province;

    @Column(name = "community_id")
    public UUID communityId;

    public String phone;

    public String email;

    /** ISO 639 code. */
    @Column(name = "preferred_language")
    public String preferredLanguage;

    /** The BCP 47 tag of the language they read PAS's emails in, one of {@link Locales#SUPPORTED}; null: see {@link #locale()}. */
    @Column(name = "preferred_locale")
    public String preferredLocale;

    @Column(name = "consent_to_share")
    public Boolean consentToShare;

    /** SELF, CHILD, SPOUSE_PARTNER, PARENT or OTHER_DEPENDANT: to the person who registered them. */
    public String relationship;

    /** The Keycloak user who registered this patient: they (and admins) manage the record. */
    @Column(name = "registrant_subject")
    public String registrantSubject;

    /** Everyone registered by the same person. */
    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "match_with_household")
    public boolean matchWithHousehold;

    /** NO_PREFERENCE, FEMALE or MALE: the gender of provider the patient asks for. */
    @Column(name = "provider_gender_preference")
    public String providerGenderPreference = "NO_PREFERENCE";

    /** Needs an interpreter in their preferred language. */
    @Column(name = "interpreter_needed")
    public boolean interpreterNeeded;

    /** Free text (at most 500 characters) shown to the provider with a proposal. */
    @Column(name = "accessibility_needs")
    public String accessibilityNeeds;

    /** EMAIL, PHONE or TEXT: how the patient prefers to be contacted. */
    @Column(name = "contact_preference")
    public String contactPreference = "EMAIL";

    // --- Health-needs questionnaire and its scoring ---

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "chronic_conditions")
    public String[] chronicConditions = new String[0];

    public boolean pregnant;

    @Column(name = "recent_hospital_stay")
    public boolean recentHospitalStay;

    @Column(name = "mental_health_needs")
    public boolean mentalHealthNeeds;

    @Column(name = "mobility_limitations")
    public boolean mobilityLimitations;

    @Column(name = "priority_points")
    public Integer priorityPoints;

    /** LOW, MODERATE or HIGH. */
    public String complexity;

    @Column(name = "questionnaire_answered_at")
    public Instant questionnaireAnsweredAt;

    /** The Idempotency-Key the registration was sent with, and a hash of its body. */
    @Column(name = "registration_idempotency_key")
    public String registrationIdempotencyKey;

    @Column(name = "registration_request_hash")
    public String registrationRequestHash;

    /** Set when this record was merged into another (a duplicate): the other one is the person's record. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    public boolean isRegistered() {
        return registrantSubject != null;
    }

    /**
     * Whether a record of the same PHN describes this person: same family name, given names (case and
     * spacing aside) and date of birth.
     */
    public boolean isSamePerson(String family, String given, LocalDate born) {
        return sameName(familyName, family) && sameName(givenNames, given) && dateOfBirth.equals(born);
    }

    public static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The language to write to the patient in: the one they chose, else the one they speak when PAS writes in it
     * ({@code zh} is Simplified Chinese), else English.
     */
    public Locale locale() {
        if (preferredLocale != null) {
            return Locale.forLanguageTag(preferredLocale);
        }
        return Locales.match(preferredLanguage).orElse(Locales.ENGLISH);
    }
}
