package org.openpas.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a waitlist entry's status: who, when, from, to and why. Append-only. */
@Entity
@Table(name = "waitlist_transition")
public class WaitlistTransition {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    /** REGISTRATION, PROPOSAL, ATTACHMENT, DECLINE, WITHDRAWAL, RECONFIRMATION, ... */
    public String cause;

    public Instant at = Instant.now();

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "on_behalf_of_provider_id")
    public UUID onBehalfOfProviderId;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    /** The patient's complexity band when it happened. */
    public String complexity;

    @Column(name = "community_id")
    public UUID communityId;

    /** For a COMMUNITY_CHANGE: the community the entry left ({@link #communityId} is the one it moved to). */
    @Column(name = "from_community_id")
    public UUID fromCommunityId;

    public String note;
}
