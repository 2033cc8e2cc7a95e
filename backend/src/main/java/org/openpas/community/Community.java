package org.openpas.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.openpas.common.VersionedEntity;

/** A BC community with its health authority and Primary Care Network: the unit of waitlists and capacity. */
@Entity
@Table(name = "community")
public class Community extends VersionedEntity {

    public String name;

    @Column(name = "health_authority")
    public String healthAuthority;

    public String pcn;
}
