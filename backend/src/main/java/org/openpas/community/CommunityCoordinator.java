package org.openpas.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A coordinator (a Keycloak user with role coordinator) assigned to a community. */
@Entity
@Table(name = "community_coordinator")
public class CommunityCoordinator {

    @Id
    public UUID id;

    @Column(name = "community_id")
    public UUID communityId;

    public String subject;

    public String name;

    public String email;

    @Column(name = "assigned_at", updatable = false)
    public Instant assignedAt;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        assignedAt = Instant.now();
    }
}
