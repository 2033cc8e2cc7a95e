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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;
import org.openpas.common.Province;
import org.openpas.clinic.ClinicService;
import org.openpas.notification.Emails;
import org.openpas.notification.Emails.ClinicContact;
import org.openpas.notification.Emails.ReturnReason;
import org.openpas.notification.Notifications;
import org.openpas.panel.PanelService;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientService;
import org.openpas.provider.CapacityService;
import org.openpas.provider.Provider;

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
    private final WaitlistAccess access;
    private final CapacityService capacity;
    private final ClinicService clinics;
    private final PanelService panels;
    private final PatientService patients;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Notifications notifications;
    private final int defaultDeadlineDays;

    public MatchingService(WaitlistRepository entries, WaitlistService waitlist, WaitlistAccess access,
            CapacityService capacity, ClinicService clinics, PanelService panels, PatientService patients,
            CurrentUser user, AuditLog audit, Notifications notifications,
            @ConfigProperty(name = "pas.waitlist.proposal-days", defaultValue = "14") int defaultDeadlineDays) {
        this.entries = entries;
        this.waitlist = waitlist;
        this.access = access;
        this.capacity = capacity;
        this.clinics = clinics;
        this.panels = panels;
        this.patients = patients;
        this.user = user;
        this.audit = audit;
        this.notifications = notifications;
        this.defaultDeadlineDays = defaultDeadlineDays;
    }

    /** A coordinator's proposal: to which provider, with the household or not, days to answer (null: default), a note. */
    public record Proposal(UUID providerId, boolean includeHousehold, Integer deadlineDays, String note) {
    }

    /** The provider who attaches (or for whom their delegate does), with the household or not. */
    public record Attachment(UUID providerId, boolean includeHousehold) {
    }

    /** Why the provider declines (a decline reason's value) and a note, required when the reason is OTHER. */
    public record Decline(String reason, String note) {
    }

    @Transactional
    public List<WaitlistEntry> propose(UUID entryId, Proposal input) {
        WaitlistEntry entry = locked(entryId);
        access.requireProposer(entry);
        requireStatus(entry, "WAITING");
        Provider provider = access.provider(input.providerId());
        requireWorksIn(provider, entry.communityId);
        List<WaitlistEntry> group = input.includeHousehold() ? household(entry, "WAITING", null) : List.of(entry);
        capacity.requireRoom(provider, group.size());
        Instant now = Instant.now();
        Instant deadline = now.plus(Duration.ofDays(input.deadlineDays() == null ? defaultDeadlineDays : input.deadlineDays()));
        for (WaitlistEntry member : group) {
            proposeLocked(member, provider, now, deadline, input.note());
        }
        java.time.LocalDate answerBy = java.time.LocalDate.ofInstant(deadline, Province.ZONE);
        notifications.queue(provider.email, Emails.proposalReceived(provider.name, group.size(), answerBy));
        tellProposed(group, provider, deadline);
        return group;
    }

    /**
     * Tells each proposed patient who is considering them, with how many of their household, and until when, in
     * their language (a coordinator's proposal and a provider's request alike; one query for the patients).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void tellProposed(List<WaitlistEntry> proposed, Provider provider, Instant deadline) {
        java.time.LocalDate answerBy = java.time.LocalDate.ofInstant(deadline, Province.ZONE);
        Map<UUID, Patient> byId = patients.byIds(proposed.stream().map(member -> member.patientId).toList());
        Map<UUID, Long> households = byId.values().stream().filter(patient -> patient.householdId != null)
                .collect(Collectors.groupingBy(patient -> patient.householdId, Collectors.counting()));
        for (WaitlistEntry member : proposed) {
            Patient patient = byId.get(member.patientId);
            if (patient.email == null) {
                continue; // nobody to tell, nothing to render
            }
            int together = patient.householdId == null ? 1 : households.get(patient.householdId).intValue();
            notifications.queue(patient.email,
                    Emails.proposal(patient.locale(), patient.givenNames, provider.name, together, answerBy));
        }
    }

    /**
     * Proposes a WAITING entry, locked by the caller's transaction, to the provider: the entry's proposal, its
     * transition and the audit event (a coordinator's proposal and a provider's request for patients alike).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void proposeLocked(WaitlistEntry member, Provider provider, Instant now, Instant deadline, String note) {
        member.status = "PROPOSED";
        member.statusChangedAt = now;
        member.proposedProviderId = provider.id;
        member.proposedAt = now;
        member.proposalDeadline = deadline;
        member.proposedBySubject = user.subject();
        member.proposalNote = note;
        waitlist.record(member, "WAITING", "PROPOSAL", provider.id, note);
        audit.success("WAITLIST_PROPOSE", "WAITLIST_ENTRY", member.id, member.patientId, "to provider " + provider.id);
    }

    /** When a proposal made now must be answered, by default. */
    Instant defaultDeadline(Instant now) {
        return now.plus(Duration.ofDays(defaultDeadlineDays));
    }

    @Transactional
    public List<WaitlistEntry> attach(UUID entryId, Attachment input) {
        WaitlistEntry entry = locked(entryId);
        Provider provider = access.actingProvider(input.providerId(), entryId, "WAITLIST_ATTACH");
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
        List<WaitlistEntry> group = input.includeHousehold()
                ? household(entry, entry.status, proposedHere ? provider.id : null) : List.of(entry);
        capacity.requireRoom(provider, group.size());
        Instant now = Instant.now();
        for (WaitlistEntry member : group) {
            String from = member.status;
            panels.attach(member.patientId, provider.id, now);
            member.status = "ATTACHED";
            member.statusChangedAt = now;
            member.attachedProviderId = provider.id;
            member.attachedAt = now;
            waitlist.record(member, from, "ATTACHMENT", provider.id, null);
            audit.success("WAITLIST_ATTACH", "WAITLIST_ENTRY", member.id, member.patientId, "to provider " + provider.id);
            tellAttached(member, provider);
        }
        return group;
    }

    @Transactional
    public List<WaitlistEntry> decline(UUID entryId, Decline input) {
        WaitlistEntry entry = locked(entryId);
        requireStatus(entry, "PROPOSED");
        Provider provider = access.actingProvider(entry.proposedProviderId, entryId, "WAITLIST_DECLINE");
        if ("OTHER".equals(input.reason()) && (input.note() == null || input.note().isBlank())) {
            throw ProblemException.unprocessable("Say why in a note when the reason is OTHER.",
                    List.of(new FieldError("note", "required when reason is OTHER")));
        }
        List<WaitlistEntry> group = household(entry, "PROPOSED", provider.id);
        boolean unreachable = "COULD_NOT_CONTACT".equals(input.reason());
        Instant now = Instant.now();
        for (WaitlistEntry member : group) {
            member.status = "WAITING";
            member.statusChangedAt = now;
            member.proposedProviderId = null;
            member.proposedAt = null;
            member.proposalDeadline = null;
            member.proposedBySubject = null;
            member.proposalNote = null;
            WaitlistTransition transition = waitlist.record(member, "PROPOSED", "DECLINE", provider.id, input.note());
            transition.declineReason = input.reason();
            audit.success("WAITLIST_DECLINE", "WAITLIST_ENTRY", member.id, member.patientId, input.reason());
            Patient patient = patients.find(member.patientId);
            if (unreachable && ++member.contactFailures >= WaitlistEntry.PAUSE_AFTER_CONTACT_FAILURES) {
                waitlist.pauseUnreachable(member, patient);
            } else {
                notifications.queue(patient.email, Emails.returnedToList(patient.locale(), patient.givenNames,
                        ReturnReason.DECLINED));
            }
        }
        return group;
    }

    /** Tells the patient who their provider is, with the clinic's address and phone. */
    private void tellAttached(WaitlistEntry entry, Provider provider) {
        Patient patient = patients.find(entry.patientId);
        ClinicContact clinic = clinics.whereWorks(provider.id, entry.communityId).map(c -> new ClinicContact(c.name,
                c.addressLine1 + ", " + c.city + " " + c.postalCode, c.phone)).orElse(null);
        notifications.queue(patient.email, Emails.attached(patient.locale(), patient.givenNames, provider.name,
                clinic));
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
        if (!clinics.worksIn(provider.id, communityId)) {
            throw ProblemException.unprocessable("This provider does not work at a clinic in the patient's community.",
                    List.of(new FieldError("providerId", "not working in the entry's community")));
        }
    }
}
