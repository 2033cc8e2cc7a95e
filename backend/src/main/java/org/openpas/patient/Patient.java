package org.openpas.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import org.openpas.common.VersionedEntity;

/**
 * A person known to PAS, identified by their PHN (unique). Minimal for panels; the Health Connect
 * Registry issue adds contact details, community, health needs and household links.
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
}
