package org.openpas.community;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.openpas.common.VersionedEntity;

/**
 * A BC community with its health authority and Primary Care Network: the unit of waitlists and capacity.
 * Reference data read by almost every answer and changed rarely (by admins), so it is kept in Hibernate's
 * second-level cache. An update announces itself (PostgreSQL {@code NOTIFY}) and every API instance evicts
 * the community from its cache ({@link CommunityCacheSync}), so the others read the change within moments.
 */
@Entity
@Cacheable
@Table(name = "community")
public class Community extends VersionedEntity {

    public String name;

    @Column(name = "health_authority")
    public String healthAuthority;

    public String pcn;
}
