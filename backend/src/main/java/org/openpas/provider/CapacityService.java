package org.openpas.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Province;
import org.openpas.common.Versions;

/**
 * Capacity (Panel Registry): what a provider offers, and whether it is still true. A statement not
 * confirmed within {@code pas.capacity.stale-after-days} is stale: the provider is not offered
 * patients, and is told why, until they confirm it again.
 */
@ApplicationScoped
public class CapacityService {

    /** The community view: every figure for the providers working at the community's clinics. */
    public record CommunityFigures(int providers, int accepting, int stale, int offered, int used, int remaining,
            int panelSizeMedian, int panelSizeTotal) {
    }

    /** What a provider states about their capacity; the complexity mix is in percent. */
    public record Statement(boolean accepting, int monthlyCapacity, int desiredPanelSize, ComplexityMix complexityMix,
            String notes) {
    }

    /** The split of new patients a provider wants by complexity, in percent (it must add up to 100). */
    public record ComplexityMix(int lowPercent, int moderatePercent, int highPercent) {
    }

    /** A capacity statement with everything derived from it at one instant. */
    public record View(UUID providerId, ProviderCapacity statement, int staleAfterDays, boolean stale,
            String staleReason, int usedThisMonth, int remainingThisMonth, int currentPanelSize, long version) {

        public boolean accepting() {
            return statement != null && statement.accepting;
        }

        public boolean offeredPatients() {
            return accepting() && !stale && remainingThisMonth > 0;
        }

        /** The ETag: the row's version + 1, so "never stated" (0) differs from the first statement. */
        public String etag() {
            return Versions.etag(version);
        }
    }

    private final ProviderCapacityRepository statements;
    private final CapacityRepository figures;
    private final ProviderPanels panels;
    private final ProviderAccess access;
    private final CurrentUser user;
    private final AuditLog audit;
    private final int staleAfterDays;

    public CapacityService(ProviderCapacityRepository statements, CapacityRepository figures, ProviderPanels panels,
            ProviderAccess access,
            CurrentUser user, AuditLog audit,
            @ConfigProperty(name = "pas.capacity.stale-after-days", defaultValue = "90") int staleAfterDays) {
        this.statements = statements;
        this.figures = figures;
        this.panels = panels;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.staleAfterDays = staleAfterDays;
    }

    public Instant freshSince() {
        return Instant.now().minus(staleAfter());
    }

    /** How long a statement stays fresh after it was confirmed. */
    public Duration staleAfter() {
        return Duration.ofDays(staleAfterDays);
    }

    public View get(UUID providerId) {
        access.requireCapacityView(providerId);
        return view(providerId, statements.findByIdOptional(providerId).orElse(null));
    }

    @Transactional
    public View update(UUID providerId, String ifMatch, Statement input) {
        access.requireActingFor(providerId, "CAPACITY_UPDATE", "CAPACITY");
        ComplexityCheck.requireWhole(input.complexityMix());
        ProviderCapacity existing = statements.findByIdOptional(providerId).orElse(null);
        Versions.requireMatch(ifMatch, existing == null ? 0 : existing.version + 1);
        ProviderCapacity statement = existing == null ? new ProviderCapacity() : existing;
        statement.providerId = providerId;
        statement.accepting = input.accepting();
        statement.monthlyCapacity = input.monthlyCapacity();
        statement.desiredPanelSize = input.desiredPanelSize();
        statement.lowPercent = input.complexityMix().lowPercent();
        statement.moderatePercent = input.complexityMix().moderatePercent();
        statement.highPercent = input.complexityMix().highPercent();
        statement.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
        confirmed(statement);
        if (existing == null) {
            statements.persist(statement);
        }
        statements.flush();
        audit.success("CAPACITY_UPDATE", "CAPACITY", providerId,
                (statement.accepting ? "accepting " + statement.monthlyCapacity + "/month" : "not accepting"));
        return view(providerId, statement);
    }

    @Transactional
    public View confirm(UUID providerId) {
        access.requireActingFor(providerId, "CAPACITY_CONFIRM", "CAPACITY");
        ProviderCapacity statement = statements.findByIdOptional(providerId).orElseThrow(() -> new ProblemException(404,
                "This provider has not stated any capacity yet, so there is nothing to confirm: state it first (PUT)."));
        confirmed(statement);
        statements.flush();
        audit.success("CAPACITY_CONFIRM", "CAPACITY", providerId, null);
        return view(providerId, statement);
    }

    /** Every provider accepting new patients with current (not stale) capacity: the directory's "new patients". */
    public java.util.Set<UUID> acceptingNow() {
        return new java.util.HashSet<>(statements.acceptingSince(freshSince()));
    }

    /** Those of these providers accepting new patients with current capacity (one query). */
    public java.util.Set<UUID> acceptingNow(java.util.Collection<UUID> providerIds) {
        Instant fresh = freshSince();
        return statements.ofProviders(providerIds).stream()
                .filter(statement -> statement.accepting && !statement.lastConfirmedAt.isBefore(fresh))
                .map(statement -> statement.providerId).collect(java.util.stream.Collectors.toSet());
    }

    /** The community view: aggregates only, no personal data. */
    public CommunityFigures communityFigures(UUID communityId) {
        return figures.communityFigures(communityId, freshSince(), Province.monthStart());
    }

    /** Confirmed or stated again: a new statement, whose reminders ({@link CapacityJobs}) are still to come. */
    private void confirmed(ProviderCapacity statement) {
        statement.staleSoonRemindedAt = null;
        statement.staleRemindedAt = null;
        statement.lastConfirmedAt = Instant.now();
        statement.updatedAt = statement.lastConfirmedAt;
        statement.updatedBySubject = user.subject();
        statement.updatedByName = user.name();
    }

    private View view(UUID providerId, ProviderCapacity statement) {
        ProviderPanels.Counts counts = panels.countsOf(providerId, Province.monthStart());
        boolean stale = statement != null && statement.lastConfirmedAt.isBefore(freshSince());
        String reason = stale ? "Not confirmed since " + Province.dateOf(statement.lastConfirmedAt)
                + " (more than " + staleAfterDays + " days): you are not offered patients until you confirm it."
                : null;
        int monthly = statement == null ? 0 : statement.monthlyCapacity;
        return new View(providerId, statement, staleAfterDays, stale, reason, counts.attachedSince(),
                Math.max(0, monthly - counts.attachedSince()), counts.panelSize(),
                statement == null ? 0 : statement.version + 1);
    }

    /**
     * What a provider can take now: their statement and this month's and the panel's figures. {@code remainingThisMonth}
     * is the monthly capacity less this month's attachments (not below 0).
     */
    public record Room(ProviderCapacity statement, int usedThisMonth, int remainingThisMonth, int panelSize) {

        public ComplexityMix mix() {
            return new ComplexityMix(statement.lowPercent, statement.moderatePercent, statement.highPercent);
        }

        /** The desired panel size less the panel's size, not below 0. */
        public int panelRoom() {
            return Math.max(0, statement.desiredPanelSize - panelSize);
        }
    }

    /**
     * Accepting, confirmed recently and with room this month for {@code patients} more, else 409. Locks the
     * capacity row until the transaction ends, so attaches racing for the last spaces go one at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireRoom(Provider provider, int patients) {
        Room room = lockedRoom(provider);
        if (room.usedThisMonth() + patients > room.statement().monthlyCapacity) {
            throw ProblemException.conflict(provider.name + " has no capacity left this month (" + room.usedThisMonth()
                    + " of " + room.statement().monthlyCapacity + " used).");
        }
    }

    /**
     * The provider's room, with their capacity row locked until the transaction ends (so requests and attaches
     * racing for the last spaces go one at a time); 409 when they stated none, are not accepting or their
     * statement is stale.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Room lockedRoom(Provider provider) {
        ProviderCapacity statement = statements.findByIdOptional(provider.id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.conflict(provider.name + " has not stated any capacity."));
        if (!statement.accepting) {
            throw ProblemException.conflict(provider.name + " is not accepting new patients.");
        }
        if (statement.lastConfirmedAt.isBefore(freshSince())) {
            throw ProblemException.conflict(provider.name + "'s capacity is stale: they must confirm it first.");
        }
        ProviderPanels.Counts counts = panels.countsOf(provider.id, Province.monthStart());
        return room(statement, counts);
    }

    /**
     * The room of those of these providers who are offered patients (accepting, not stale, room this month), by
     * provider id; nothing is locked. Three queries, whatever the number of providers.
     */
    public java.util.Map<UUID, Room> offeredRooms(java.util.Collection<UUID> providerIds) {
        Instant fresh = freshSince();
        java.util.List<ProviderCapacity> offered = statements.ofProviders(providerIds).stream()
                .filter(statement -> statement.accepting && !statement.lastConfirmedAt.isBefore(fresh)).toList();
        java.util.Map<UUID, ProviderPanels.Counts> counts = panels.countsOf(
                offered.stream().map(statement -> statement.providerId).toList(), Province.monthStart());
        java.util.Map<UUID, Room> rooms = new java.util.HashMap<>();
        for (ProviderCapacity statement : offered) {
            Room room = room(statement, counts.getOrDefault(statement.providerId, new ProviderPanels.Counts(0, 0)));
            if (room.remainingThisMonth() > 0) {
                rooms.put(statement.providerId, room);
            }
        }
        return rooms;
    }

    private static Room room(ProviderCapacity statement, ProviderPanels.Counts counts) {
        return new Room(statement, counts.attachedSince(), Math.max(0, statement.monthlyCapacity - counts.attachedSince()),
                counts.panelSize());
    }
}
