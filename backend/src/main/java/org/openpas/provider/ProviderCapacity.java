package org.openpas.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A provider's statement of capacity, and when they last confirmed it is still true. */
@Entity
@Table(name = "provider_capacity")
public class ProviderCapacity {

    @Id
    @Column(name = "provider_id")
    public UUID providerId;

    public boolean accepting;

    @Column(name = "monthly_capacity")
    public int monthlyCapacity;

    @Column(name = "desired_panel_size")
    public int desiredPanelSize;

    @Column(name = "low_percent")
    public int lowPercent;

    @Column(name = "moderate_percent")
    public int moderatePercent;

    @Column(name = "high_percent")
    public int highPercent;

    public String notes;

    @Column(name = "last_confirmed_at")
    public Instant lastConfirmedAt;

    @Column(name = "updated_by_subject")
    public String updatedBySubject;

    @Column(name = "updated_by_name")
    public String updatedByName;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the provider was told this statement goes stale soon ({@link CapacityJobs}); null until then. */
    @Column(name = "stale_soon_reminded_at")
    public Instant staleSoonRemindedAt;

    /** When the provider was told this statement is stale; null until then. */
    @Column(name = "stale_reminded_at")
    public Instant staleRemindedAt;

    @Version
    public long version;
}
