package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.LargeCounts;
import org.openpas.common.PageResult;
import org.openpas.common.ReadOnly;
import org.openpas.common.Message;
import org.openpas.common.ProblemException;
import org.openpas.community.Community;
import org.openpas.community.CommunityService;
import org.openpas.notification.Emails;
import org.openpas.notification.Emails.ReturnReason;
import org.openpas.notification.Notifications;
import org.openpas.panel.PanelWaitlist;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientService;
import org.openpas.patient.PatientWaitlist;

/**
 * The provincial waitlist: entries, their order, and every transition with who, when and why.
 * Matching (propose, attach, decline) joins this service with its issue.
 */
@ApplicationScoped
public class WaitlistService implements PatientWaitlist, PanelWaitlist {

    private final WaitlistRepository entries;
    private final WaitlistTransitionRepository transitions;
    private final PatientService patients;
    private final WaitlistAccess access;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Notifications notifications;
    private final LargeCounts counts;
    private final CommunityService communities;
    private final Duration reconfirmEvery;
    private final Duration restoreWithin;

    public WaitlistService(WaitlistRepository entries, WaitlistTransitionRepository transitions,
            PatientService patients, WaitlistAccess access,
            CurrentUser user, AuditLog audit, Notifications notifications, LargeCounts counts, CommunityService communities,
            @ConfigProperty(name = "pas.waitlist.reconfirm-after-days", defaultValue = "90") int reconfirmAfterDays,
            @ConfigProperty(name = "pas.waitlist.restore-days", defaultValue = "30") int restoreDays) {
        this.entries = entries;
        this.transitions = transitions;
        this.patients = patients;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.notifications = notifications;
        this.counts = counts;
        this.communities = communities;
        this.reconfirmEvery = Duration.ofDays(reconfirmAfterDays);
        this.restoreWithin = Duration.ofDays(restoreDays);
    }

    /** A new WAITING entry for a just-registered patient; their registration date sets their place. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID open(Patient patient) {
        Instant now = Instant.now();
        WaitlistEntry entry = new WaitlistEntry();
        entry.patientId = patient.id;
        entry.registeredAt = now;
        entry.status = "WAITING";
        entry.statusChangedAt = now;
        entry.lastConfirmedAt = now;
        entry.reconfirmDueAt = now.plus(reconfirmEvery);
        follow(patient, entry);
        entries.persist(entry);
        record(entry, null, "REGISTRATION", null, null);
        return entry.id;
    }

    /** The patient's details changed: their open entry follows (community, priority, filters), keeping its date. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(Patient patient) {
        entries.openEntryOf(patient.id).ifPresent(entry -> {
            UUID before = entry.communityId;
            follow(patient, entry);
            if (before != null && !before.equals(entry.communityId)) {
                record(entry, entry.status, "COMMUNITY_CHANGE", null, null).fromCommunityId = before;
            }
        });
    }

    private static void follow(Patient patient, WaitlistEntry entry) {
        entry.communityId = patient.communityId;
        entry.preferredLanguage = patient.preferredLanguage;
        entry.dateOfBirth = patient.dateOfBirth;
        entry.householdId = patient.householdId;
        entry.matchWithHousehold = patient.matchWithHousehold;
        entry.consentToShare = Boolean.TRUE.equals(patient.consentToShare);
        entry.providerGenderPreference = patient.providerGenderPreference;
        entry.interpreterNeeded = patient.interpreterNeeded;
        entry.prioritise(patient.priorityPoints, patient.complexity);
    }

    /**
     * Two records of one person merged: the other's entries (and so their history) move to the
     * survivor; if both were waiting, the survivor keeps one entry with the earlier registration date
     * and the other is closed (WITHDRAWN, cause MERGE).
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void merge(Patient survivor, Patient other) {
        WaitlistEntry kept = entries.openEntryOf(survivor.id).orElse(null);
        WaitlistEntry theirs = entries.openEntryOf(other.id).orElse(null);
        if (kept != null && theirs != null) {
            if (theirs.registeredAt.isBefore(kept.registeredAt)) {
                kept.registeredAt = theirs.registeredAt;
                kept.prioritise(kept.priorityPoints, kept.complexity);
            }
            String from = theirs.status;
            change(theirs, "WITHDRAWN");
            clearProposal(theirs);
            record(theirs, from, "MERGE", null, "merged into patient " + survivor.id);
        }
        entries.flush();
        entries.update("patientId = ?1 where patientId = ?2 and status not in " + WaitlistRepository.OPEN, survivor.id,
                other.id);
        if (kept == null && theirs != null) {
            theirs.patientId = survivor.id;
        }
    }

    /**
     * A provider removed the patient from their panel and asked to return them to the list: their
     * ATTACHED entry goes back to WAITING with its original registration date. False when there is
     * nothing to return (a patient known only from a panel file, or one already waiting again).
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean returnAfterPanelRemoval(UUID patientId, UUID providerId) {
        WaitlistEntry entry = entries.latestEntryOf(patientId).orElse(null);
        if (entry == null || !"ATTACHED".equals(entry.status) || entries.openEntryOf(patientId).isPresent()) {
            return false;
        }
        change(entry, "WAITING");
        entry.attachedProviderId = null;
        entry.attachedAt = null;
        record(entry, "ATTACHED", "PANEL_REMOVAL", providerId, null);
        Patient patient = patients.find(patientId);
        notifications.queue(patient.email, Emails.returnedToList(patient.locale(), patient.givenNames,
                ReturnReason.REMOVED_FROM_PANEL));
        return true;
    }

    /** The entry, if the caller may read its patient (else 404); the read is audited. */
    @Transactional
    public WaitlistEntry get(UUID entryId) {
        return read(entryId, "WAITLIST_ENTRY_READ");
    }

    private WaitlistEntry read(UUID entryId, String action) {
        WaitlistEntry entry = entries.findByIdOptional(entryId)
                .orElseThrow(() -> ProblemException.notFound("Waitlist entry", entryId));
        access.requireRead(patientOf(entry), action);
        audit.success(action, "WAITLIST_ENTRY", entry.id, entry.patientId, null);
        return entry;
    }

    /** What the caller asked for, before their scope is applied. */
    public record Query(UUID communityId, String status, String complexity, String language, Boolean household,
            String ageBand, UUID providerId, UUID patientId) {
    }

    /**
     * The list in waitlist order, within the caller's scope: admins everything; coordinators their
     * communities; providers (and delegates for the providers they act for) the consenting patients of
     * one of their clinics' communities (named in the query); patients their own and their household's entries. Audited.
     */
    @Transactional
    public PageResult<WaitlistEntry> search(Query q, int page, int size) {
        ReadOnly.reads(entries.getSession());
        WaitlistAccess.Scope scope = access.searchScope(q.communityId(), q.providerId());
        java.time.LocalDate[] born = AgeBands.birthRange(q.ageBand(), java.time.LocalDate.now());
        var filter = new WaitlistRepository.Filter(scope.communities(), scope.ownPatients(), q.communityId(),
                q.status(), q.complexity(), q.language(), q.household(), born[0], born[1], q.providerId(),
                q.patientId(), scope.consentingOnly());
        PageResult<WaitlistEntry> result = counts.page(filter, entries.search(filter), page, size);
        audit.success("WAITLIST_LIST", "WAITLIST_ENTRY", q.communityId(),
                result.items().size() + " of " + result.totalItems());
        return result;
    }

    @Transactional
    public PageResult<WaitlistTransition> transitions(UUID entryId, int page, int size) {
        read(entryId, "WAITLIST_TRANSITIONS_READ");
        return PageResult.of(transitions.ofEntry(entryId), page, size);
    }

    public PageResult<WaitlistTransition> history(UUID patientId, int page, int size) {
        return PageResult.of(transitions.ofPatient(patientId), page, size);
    }

    /** Why the entry is taken off the list (a withdraw reason's value) and an optional note. */
    public record Withdrawal(String reason, String note) {
    }

    /** The patient (or whoever registered them, or an admin) takes the entry off the list. */
    @Transactional
    public WaitlistEntry withdraw(UUID entryId, Withdrawal input) {
        WaitlistEntry entry = manageable(entryId, "WAITLIST_WITHDRAW");
        if (!entry.isOpen()) {
            throw ProblemException.conflict(Message.of("waitlist.notWithdrawable", "status", entry.status));
        }
        String from = entry.status;
        change(entry, "WITHDRAWN");
        clearProposal(entry);
        WaitlistTransition transition = record(entry, from, "WITHDRAWAL", null, input.note());
        transition.withdrawReason = input.reason();
        audit.success("WAITLIST_WITHDRAW", "WAITLIST_ENTRY", entry.id, entry.patientId, input.reason());
        return entry;
    }

    /**
     * "I still need a provider": the entry stays and the next reminder is due in 90 days (configurable).
     * An EXPIRED entry is restored to WAITING, with its original registration date, within the
     * restore period after it expired.
     */
    @Transactional
    public WaitlistEntry reconfirm(UUID entryId) {
        WaitlistEntry entry = manageable(entryId, "WAITLIST_RECONFIRM");
        Instant now = Instant.now();
        boolean restorable = "EXPIRED".equals(entry.status) && entry.expiredAt != null
                && entry.expiredAt.plus(restoreWithin).isAfter(now);
        if (!entry.isOpen() && !restorable) {
            throw ProblemException.conflict(Message.of("waitlist.notReconfirmable", "days", restoreWithin.toDays(),
                    "status", entry.status));
        }
        entry.lastConfirmedAt = now;
        entry.reconfirmDueAt = now.plus(reconfirmEvery);
        if (restorable) {
            entry.status = "WAITING";
            entry.statusChangedAt = now;
            entry.expiredAt = null;
            record(entry, "EXPIRED", "RESTORED", null, null);
        } else {
            record(entry, entry.status, "RECONFIRMATION", null, null);
        }
        audit.success("WAITLIST_RECONFIRM", "WAITLIST_ENTRY", entry.id, entry.patientId, null);
        return entry;
    }

    /**
     * Providers could not reach the patient {@link WaitlistEntry#PAUSE_AFTER_CONTACT_FAILURES} times since they
     * last confirmed their contact details: the (just declined, WAITING) entry is PAUSED, never offered but keeping
     * its date and rank, and the patient is asked to confirm how to reach them. Joins the decline's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void pauseUnreachable(WaitlistEntry entry, Patient patient) {
        String from = entry.status;
        change(entry, "PAUSED");
        entry.pausedAt = entry.statusChangedAt;
        record(entry, from, "CONTACT_PAUSE", null,
                entry.contactFailures + " declines as COULD_NOT_CONTACT since the contact details were last confirmed.");
        audit.success("WAITLIST_PAUSE", "WAITLIST_ENTRY", entry.id, entry.patientId,
                entry.contactFailures + " contact failures");
        notifications.queue(patient.email, Emails.contactConfirmationNeeded(patient.givenNames, entry.contactFailures));
    }

    /**
     * The patient's contact details are right (their registrant, a coordinator of the community or an admin
     * says so): a PAUSED entry waits again in the same place (its date and rank never changed), with no contact
     * failures, and the reconfirmation clock starts again (this is a sign of life too). Else 409.
     */
    @Transactional
    public WaitlistEntry confirmContact(UUID entryId) {
        WaitlistEntry entry = entries.findByIdOptional(entryId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Waitlist entry", entryId));
        access.requireContactConfirmer(patientOf(entry), entry, "WAITLIST_CONTACT_CONFIRM");
        if (!"PAUSED".equals(entry.status)) {
            throw ProblemException.conflict(Message.of("waitlist.notPaused", "status", entry.status));
        }
        change(entry, "WAITING");
        entry.pausedAt = null;
        entry.contactFailures = 0;
        entry.lastConfirmedAt = entry.statusChangedAt;
        entry.reconfirmDueAt = entry.lastConfirmedAt.plus(reconfirmEvery);
        record(entry, "PAUSED", "CONTACT_CONFIRMED", null, null);
        audit.success("WAITLIST_CONTACT_CONFIRM", "WAITLIST_ENTRY", entry.id, entry.patientId, null);
        return entry;
    }

    /** The waitlist position of a patient's latest entry and its community's recent attachment rate. */
    public record Standing(WaitlistEntry entry, Community community, Long position, long waiting,
            long attachedLast90Days) {
    }

    /** The standing of the patient's latest entry, or 404 when they have none. */
    public Standing standingOf(UUID patientId) {
        WaitlistEntry entry = latestOf(patientId)
                .orElseThrow(() -> ProblemException.notFound("Waitlist entry of patient", patientId));
        Long position = "WAITING".equals(entry.status) ? entries.position(entry) : null;
        return new Standing(entry, communities.get(entry.communityId), position, entries.waiting(entry.communityId),
                entries.attachedSince(entry.communityId, Instant.now().minus(Duration.ofDays(90))));
    }

    public java.util.Optional<WaitlistEntry> latestOf(UUID patientId) {
        return entries.latestEntryOf(patientId);
    }

    @Override
    public java.util.Optional<PatientWaitlist.Entry> latestEntryOf(UUID patientId) {
        return latestOf(patientId).map(entry -> new PatientWaitlist.Entry(entry.id, entry.status,
                entry.attachedProviderId));
    }

    private WaitlistEntry manageable(UUID entryId, String action) {
        WaitlistEntry entry = entries.findByIdOptional(entryId)
                .orElseThrow(() -> ProblemException.notFound("Waitlist entry", entryId));
        access.requireManage(patientOf(entry), action);
        return entry;
    }

    private Patient patientOf(WaitlistEntry entry) {
        return patients.find(entry.patientId);
    }

    private static void change(WaitlistEntry entry, String status) {
        entry.status = status;
        entry.statusChangedAt = Instant.now();
    }

    private static void clearProposal(WaitlistEntry entry) {
        entry.proposedProviderId = null;
        entry.proposedAt = null;
        entry.proposalDeadline = null;
        entry.proposedBySubject = null;
        entry.proposalNote = null;
    }

    /** Records a transition of {@code entry} (to its current status) by the caller. */
    WaitlistTransition record(WaitlistEntry entry, String from, String cause, UUID providerId, String note) {
        WaitlistTransition transition = new WaitlistTransition();
        transition.entryId = entry.id;
        transition.fromStatus = from;
        transition.toStatus = entry.status;
        transition.cause = cause;
        transition.actorSubject = user.subject();
        transition.actorName = user.name();
        transition.providerId = providerId;
        transition.complexity = entry.complexity;
        transition.communityId = entry.communityId;
        transition.note = note;
        transitions.persist(transition);
        return transition;
    }
}
