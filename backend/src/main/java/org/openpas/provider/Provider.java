package org.openpas.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openpas.common.VersionedEntity;

/** A family physician or nurse practitioner. The clinics they work at are their clinic_staff rows. */
@Entity
@Table(name = "provider")
public class Provider extends VersionedEntity {

    /** The provider's Keycloak user id, once known: how a signed-in provider is recognised. */
    public String subject;

    public String name;

    /** FAMILY_PHYSICIAN or NURSE_PRACTITIONER. */
    public String type;

    @Column(name = "msp_number")
    public String mspNumber;

    public String email;

    public String phone;

    /** ISO 639 language codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] languages = new String[0];

    /** FEMALE, MALE or X as the provider states it; null when not stated. */
    public String gender;

    /** ACTIVE or INACTIVE. */
    public String status = "ACTIVE";

    public boolean isUser(String userSubject) {
        return userSubject != null && userSubject.equals(subject);
    }
}
