package org.openpas.community;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.openpas.common.VersionedEntity;

/**
 * A BC community with its health authority and Primary Care Network: the unit of waitlists and capacity.
 * Reference data read by almost every answer and changed rarely (by admins, through Hibernate, which keeps
 * the cache of the instance that made the change current), so it is kept in Hibernate's second-level cache.
 * With several API instances, the others keep serving the old name or Primary Care Network until they
 * restart (an update through them still fails its version check rather than overwrite the change).
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
