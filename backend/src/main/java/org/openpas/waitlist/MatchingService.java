package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpas.api.beans.AttachInput;
import org.openpas.api.beans.DeclineInput;
import org.openpas.api.beans.DeclineReason;
import org.openpas.api.beans.ProposalInput;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;
import org.openpas.common.Province;
import org.openpas.clinic.Clinic;
import org.openpas.notification.Notifications;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientAccess;
import org.openpas.patient.PatientRepository;
import org.openpas.provider.CapacityRepository;
import org.openpas.provider.CapacityService;
import org.openpas.provider.Provider;
import org.openpas.provider.ProviderAccess;
import org.openpas.provider.ProviderCapacity;
import org.openpas.provider.ProviderCapacityRepository;
import org.openpas.provider.ProviderRepository;

/**
 * Matching: a coordinator proposes a waiting patient (or household) to a provider with capacity; the
 * provider attaches or declines. Attaching is atomic and exactly once: the entries are locked
 * (in id order), then the provider's capacity row, so two providers racing for one patient, or
 * many attaches racing for the last spaces of a month, are decided one at a time by PostgreSQL;
 * every loser gets 409.
 */
@ApplicationScoped
public class MatchingService {

    private final WaitlistRepository entries;
    private final WaitlistService waitlist;
    private final ProviderRepository providers;
    private final ProviderCapacityRepository capacities;
    private final CapacityRepository figures;
    private final CapacityService capacity;
    private final ProviderAccess providerAccess;
    private final PatientAccess patientAccess;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Notifications notifications;
    private final PatientRepository patients;
    private final int defaultDeadlineDays;

    public MatchingService(WaitlistRepository entries, WaitlistService waitlist, ProviderRepository providers,
            ProviderCapacityRepository capacities, CapacityRepository figures, CapacityService capacity,
            ProviderAccess providerAccess, PatientAccess patientAccess, CurrentUser user, AuditLog audit,
            Notifications notifications, PatientRepository patients,
            @ConfigProperty(name = "pas.waitlist.proposal-days", defaultValue = "14") int defaultDeadlineDays) {
        this.notifications = notifications;
        this.patients = patients;
        this.entries = entries;
        this.waitlist = waitlist;
        this.providers = providers;
        this.capacities = capacities;
        this.figures = figures;
        this.capacity = capacity;
        this.providerAccess = providerAccess;
        this.patientAccess = patientAccess;
        this.user = user;
        this.audit = audit;
        this.defaultDeadlineDays = defaultDeadlineDays;
    }

    @Transactional
    public List<WaitlistEntry> propose(UUID entryId, ProposalInput input) {
        WaitlistEntry entry = locked(entryId);
        if (!user.isAdmin() && !patientAccess.coordinatedCommunities().contains(entry.communityId)) {
            audit.denied("WAITLIST_PROPOSE", "WAITLIST_ENTRY", entryId, "not a coordinator of the entry's community");
            throw ProblemException.forbidden("Only a coordinator of this entry's community (or an admin) may propose it.");
        }
        requireStatus(entry, "WAITING");
        Provider provider = providerAccess.provider(input.getProviderId());
        requireWorksIn(provider, entry.communityId);
        List<WaitlistEntry> group = Boolean.TRUE.equals(input.getIncludeHousehold())
                ? household(entry, "WAITING", null) : List.of(entry);
        requireRoom(provider, group.size());
        Instant now = Instant.now();
        int days = input.getDeadlineDays() == null ? defaultDeadlineDays : input.getDeadlineDays();
        for (WaitlistEntry member : group) {
            member.status = "PROPOSED";
            member.statusChangedAt = now;
            member.proposedProviderId = provider.id;
            member.proposedAt = now;
            member.proposalDeadline = now.plus(Duration.ofDays(days));
            member.proposedBySubject = user.subject();
            member.proposalNote = input.getNote();
            waitlist.record(member, "WAITING", "PROPOSAL", provider.id, input.getNote());
            audit.success("WAITLIST_PROPOSE", "WAITLIST_ENTRY", member.id, member.patientId, "to provider " + provider.id);
        }
        notifications.queue("PROPOSAL_RECEIVED", provider.email, "A patient has been proposed to you",
                "Hello " + provider.name + ",\n\nA coordinator proposed " + (group.size() == 1 ? "a patient"
                        : "a household of " + group.size()) + " from the Health Connect Registry to you. Please accept "
                        + "or decline in PAS before " + java.time.LocalDate.ofInstant(group.get(0).proposalDeadline,
                                Province.ZONE) + "; after that the proposal lapses.\n\nProvincial Attachment System");
        return group;
    }

    @Transactional
    public List<WaitlistEntry> attach(UUID entryId, AttachInput input) {
        WaitlistEntry entry = locked(entryId);
        Provider provider = actingProvider(input.getProviderId(), entryId, "WAITLIST_ATTACH");
        if ("ATTACHED".equals(entry.status) && provider.id.equals(entry.attachedProviderId)) {
            return List.of(entry); // a retry of an attach that succeeded: same answer
        }
        boolean proposedHere = "PROPOSED".equals(entry.status) && provider.id.equals(entry.proposedProviderId);
        if (!proposedHere) {
            requireStatus(entry, "WAITING");
            if (!entry.consentToShare) {
                throw ProblemException.conflict("This patient has not consented to share their registration with "
                        + "providers; a coordinator can propose them.");
            }
            requireWorksIn(provider, entry.communityId);
        }
        List<WaitlistEntry> group = Boolean.TRUE.equals(input.getIncludeHousehold())
                ? household(entry, entry.status, proposedHere ? provider.id : null) : List.of(entry);
        requireRoom(provider, group.size());
        Instant now = Instant.now();
        for (WaitlistEntry member : group) {
            if (entries.getEntityManager().createNativeQuery("select count(*) from panel_member where patient_id = :p")
                    .setParameter("p", member.patientId).getSingleResult() instanceof Number n && n.longValue() > 0) {
                throw ProblemException.conflict("A patient of this attach is already on a provider's panel.");
            }
            String from = member.status;
            member.status = "ATTACHED";
            member.statusChangedAt = now;
            member.attachedProviderId = provider.id;
            member.attachedAt = now;
            entries.getEntityManager().createNativeQuery("""
                    insert into panel_member (patient_id, provider_id, since, source, added_at, added_by_subject)
                    values (:patient, :provider, :since, 'PAS_ATTACHMENT', :now, :actor)""")
                    .setParameter("patient", member.patientId).setParameter("provider", provider.id)
                    .setParameter("since", Province.today())
                    .setParameter("now", now).setParameter("actor", user.subject())
                    .executeUpdate();
            waitlist.record(member, from, "ATTACHMENT", provider.id, null);
            audit.success("WAITLIST_ATTACH", "WAITLIST_ENTRY", member.id, member.patientId, "to provider " + provider.id);
            tellAttached(member, provider);
        }
        return group;
    }

    @Transactional
    public List<WaitlistEntry> decline(UUID entryId, DeclineInput input) {
        WaitlistEntry entry = locked(entryId);
        requireStatus(entry, "PROPOSED");
        Provider provider = actingProvider(entry.proposedProviderId, entryId, "WAITLIST_DECLINE");
        if (input.getReason() == DeclineReason.OTHER && (input.getNote() == null || input.getNote().isBlank())) {
            throw ProblemException.unprocessable("Say why in a note when the reason is OTHER.",
                    List.of(new FieldError("note", "required when reason is OTHER")));
        }
        List<WaitlistEntry> group = household(entry, "PROPOSED", provider.id);
        Instant now = Instant.now();
        for (WaitlistEntry member : group) {
            member.status = "WAITING";
            member.statusChangedAt = now;
            member.proposedProviderId = null;
            member.proposedAt = null;
            member.proposalDeadline = null;
            member.proposedBySubject = null;
            member.proposalNote = null;
            WaitlistTransition transition = waitlist.record(member, "PROPOSED", "DECLINE", provider.id, input.getNote());
            transition.declineReason = input.getReason().value();
            audit.success("WAITLIST_DECLINE", "WAITLIST_ENTRY", member.id, member.patientId, input.getReason().value());
            Patient patient = patients.findById(member.patientId);
            notifications.queue("RETURNED_TO_LIST", patient.email, "You are back on the waitlist",
                    "Hello " + patient.givenNames + ",\n\nThe provider you were proposed to could not take you on. "
                            + "You are back on the waitlist and keep your original place.\n\nProvincial Attachment System");
        }
        return group;
    }

    /** Tells the patient who their provider is, with the clinic's address and phone. */
    private void tellAttached(WaitlistEntry entry, Provider provider) {
        Patient patient = patients.findById(entry.patientId);
        List<Clinic> clinics = providers.getEntityManager().createQuery("""
                select c from Clinic c, ClinicStaffMember s
                where s.clinicId = c.id and s.providerId = :p and c.community.id = :community
                order by c.name""", Clinic.class)
                .setParameter("p", provider.id).setParameter("community", entry.communityId)
                .setMaxResults(1).getResultList();
        String where = clinics.isEmpty() ? "" : "\n\n" + clinics.get(0).name + "\n" + clinics.get(0).addressLine1 + ", "
                + clinics.get(0).city + " " + clinics.get(0).postalCode + "\nPhone " + clinics.get(0).phone;
        notifications.queue("ATTACHED", patient.email, "You have a family doctor or nurse practitioner",
                "Hello " + patient.givenNames + ",\n\n" + provider.name + " has taken you on as a patient. Please call "
                        + "the clinic to book your first visit." + where + "\n\nProvincial Attachment System");
    }

    /** The provider the caller acts as: themselves (role provider) or, for admins, anyone. */
    private Provider actingProvider(UUID providerId, UUID entryId, String action) {
        Provider provider = providerAccess.provider(providerId);
        if (!providerAccess.mayActFor(provider)) {
            audit.denied(action, "WAITLIST_ENTRY", entryId, "not acting as provider " + providerId);
            throw ProblemException.forbidden("You may act only as yourself (the provider linked to your account) or, "
                    + "as a delegate, for a provider whose endorsement of you is active.");
        }
        return provider;
    }

    private WaitlistEntry locked(UUID entryId) {
        WaitlistEntry entry = entries.findByIdOptional(entryId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Waitlist entry", entryId));
        return entry;
    }

    /** The entry and its household's other members in the same state, locked in id order. */
    private List<WaitlistEntry> household(WaitlistEntry entry, String status, UUID proposedTo) {
        List<WaitlistEntry> group = new ArrayList<>(List.of(entry));
        if (entry.householdId != null && entry.matchWithHousehold) {
            entries.list("householdId = ?1 and communityId = ?2 and status = ?3 and matchWithHousehold = true"
                            + " and id <> ?4 order by id", entry.householdId, entry.communityId, status, entry.id)
                    .stream()
                    .filter(member -> proposedTo == null || proposedTo.equals(member.proposedProviderId))
                    .sorted(Comparator.comparing(member -> member.id))
                    .forEach(member -> group.add(locked(member.id)));
        }
        return group;
    }

    private static void requireStatus(WaitlistEntry entry, String status) {
        if (!status.equals(entry.status)) {
            throw ProblemException.conflict("This entry is " + entry.status + ", not " + status + ".");
        }
    }

    private void requireWorksIn(Provider provider, UUID communityId) {
        boolean works = providers.getEntityManager().createQuery("""
                select count(*) from ClinicStaffMember s, Clinic c
                where s.providerId = :p and s.clinicId = c.id and c.community.id = :community""", Long.class)
                .setParameter("p", provider.id).setParameter("community", communityId).getSingleResult() > 0;
        if (!works) {
            throw ProblemException.unprocessable("This provider does not work at a clinic in the patient's community.",
                    List.of(new FieldError("providerId", "not working in the entry's community")));
        }
    }

    /** Accepting, confirmed recently and with room this month for {@code patients} more; locks the capacity row. */
    private void requireRoom(Provider provider, int patients) {
        ProviderCapacity statement = capacities.findByIdOptional(provider.id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.conflict(provider.name + " has not stated any capacity."));
        if (!statement.accepting) {
            throw ProblemException.conflict(provider.name + " is not accepting new patients.");
        }
        if (statement.lastConfirmedAt.isBefore(capacity.freshSince())) {
            throw ProblemException.conflict(provider.name + "'s capacity is stale: they must confirm it first.");
        }
        int used = figures.panelCounts(provider.id, Province.monthStart()).attachedThisMonth();
        if (used + patients > statement.monthlyCapacity) {
            throw ProblemException.conflict(provider.name + " has no capacity left this month (" + used + " of "
                    + statement.monthlyCapacity + " used).");
        }
    }
}
