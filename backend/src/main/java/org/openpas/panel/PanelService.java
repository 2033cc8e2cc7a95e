package org.openpas.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.PageResult;
import org.openpas.common.Phn;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;
import org.openpas.common.Province;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientPanels;
import org.openpas.patient.PatientService;
import org.openpas.provider.Provider;
import org.openpas.provider.ProviderAccess;
import org.openpas.provider.ProviderPanels;
import org.openpas.provider.ProviderService;

/**
 * The rules of panels: only the provider themselves (or an admin) sees and changes their panel, a
 * patient is on at most one panel and never moved silently, and every read and change is audited.
 */
@ApplicationScoped
public class PanelService implements PatientPanels, ProviderPanels {

    /**
     * A patient to add to a panel by hand, as sent: the dates are YYYY-MM-DD text (checked here), {@code since}
     * is optional (today), {@code gender} is the gender's code.
     */
    public record NewMember(String phn, String familyName, String givenNames, String dateOfBirth, String gender,
            String postalCode, String since) {
    }

    private final PanelMemberRepository members;
    private final PatientService patients;
    private final ProviderService providers;
    private final ProviderAccess access;
    private final PanelBulk bulk;
    private final CurrentUser user;
    private final AuditLog audit;
    private final PanelWaitlist waitlist;

    public PanelService(PanelMemberRepository members, PatientService patients, ProviderService providers,
            ProviderAccess access, PanelBulk bulk, CurrentUser user, AuditLog audit, PanelWaitlist waitlist) {
        this.waitlist = waitlist;
        this.members = members;
        this.patients = patients;
        this.providers = providers;
        this.access = access;
        this.bulk = bulk;
        this.user = user;
        this.audit = audit;
    }

    @Transactional
    public PageResult<PanelMember> list(UUID providerId, String text, String source, int page, int size) {
        access.requireActingFor(providerId, "PANEL_READ", "PANEL");
        PageResult<PanelMember> result = members.search(providerId, text, source, page, size);
        audit.success("PANEL_READ", "PANEL", providerId, "page " + page + ": " + result.items().size() + " of "
                + result.totalItems() + " members" + (text == null ? "" : " (searched)"));
        return result;
    }

    /** The whole panel (the FHIR Group): the same rule and audit as {@link #list}. */
    @Transactional
    public List<PanelMemberRepository.Membership> memberships(UUID providerId) {
        access.requireActingFor(providerId, "PANEL_READ", "PANEL");
        List<PanelMemberRepository.Membership> all = members.memberships(providerId);
        audit.success("PANEL_READ", "PANEL", providerId, "whole panel (FHIR Group): " + all.size() + " members");
        return all;
    }

    @Transactional
    public PanelMember get(UUID providerId, UUID patientId) {
        access.requireActingFor(providerId, "PANEL_MEMBER_READ", "PANEL");
        PanelMember member = onPanel(providerId, patientId);
        audit.success("PANEL_MEMBER_READ", "PANEL", providerId, patientId, null);
        return member;
    }

    /**
     * Adds a patient by PHN (source MANUAL), creating the patient record when PAS does not know the PHN.
     * A known PHN whose name or birth date differ is 422; a patient on this or another panel is 409.
     */
    @Transactional
    public PanelMember add(UUID providerId, NewMember input) {
        access.requireActingFor(providerId, "PANEL_MEMBER_ADD", "PANEL");
        LocalDate born = date(input.dateOfBirth(), "dateOfBirth");
        LocalDate since = input.since() == null ? Province.today() : date(input.since(), "since");
        validate(input, born, since);
        bulk.lockPanel(providerId);
        Patient patient = patients.findByPhn(input.phn()).orElse(null);
        if (patient == null) {
            patient = newPatient(input, born);
        } else if (!patient.isSamePerson(input.familyName(), input.givenNames(), born)) {
            throw ProblemException.unprocessable("PAS knows the PHN " + input.phn() + " under another name or date of "
                    + "birth. Check the PHN, name and date of birth against the patient's BC Services Card.",
                    List.of(new FieldError("phn", "belongs to a patient with another name or date of birth")));
        } else {
            requireNotOnAPanel(providerId, patient);
        }
        PanelMember member = new PanelMember();
        member.patientId = patient.id;
        member.patient = patient;
        member.providerId = providerId;
        member.since = since;
        member.source = "MANUAL";
        member.addedBySubject = user.subject();
        try {
            members.persist(member);
            members.flush(); // a concurrent add of the same patient (or PHN) fails here
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw ProblemException.conflict("This patient was added to a panel at the same moment by someone else. "
                    + "Nothing was changed here: look the patient up again.");
        }
        audit.success("PANEL_MEMBER_ADD", "PANEL", providerId, patient.id, "MANUAL since " + since);
        return member;
    }

    /** Ends the membership with a reason, recorded in the removal history. */
    @Transactional
    public void remove(UUID providerId, UUID patientId, String reason, boolean returnToWaitlist) {
        access.requireActingFor(providerId, "PANEL_MEMBER_REMOVE", "PANEL");
        onPanel(providerId, patientId);
        bulk.lockPanel(providerId);
        bulk.removeMembers(providerId, List.of(patientId), reason, null, user.subject());
        boolean returned = returnToWaitlist && waitlist.returnAfterPanelRemoval(patientId, providerId);
        audit.success("PANEL_MEMBER_REMOVE", "PANEL", providerId, patientId, "reason " + reason
                + (returned ? "; returned to the waitlist" : ""));
    }

    private PanelMember onPanel(UUID providerId, UUID patientId) {
        return members.findOnPanel(providerId, patientId)
                .orElseThrow(() -> ProblemException.notFound("Panel member", patientId));
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("The field '" + field + "' is not a date.",
                    List.of(new FieldError(field, "is not a date (YYYY-MM-DD)")));
        }
    }

    private static void validate(NewMember input, LocalDate born, LocalDate since) {
        List<FieldError> errors = new ArrayList<>();
        if (!Phn.isValid(input.phn())) {
            errors.add(new FieldError("phn", "is not a valid PHN: its check digit is wrong"));
        }
        if (born.isAfter(Province.today())) {
            errors.add(new FieldError("dateOfBirth", "must not be in the future"));
        } else if (born.isBefore(PanelRowCheck.OLDEST)) {
            errors.add(new FieldError("dateOfBirth", "must not be before " + PanelRowCheck.OLDEST));
        }
        if (since.isAfter(Province.today())) {
            errors.add(new FieldError("since", "must not be in the future"));
        } else if (since.isBefore(born)) {
            errors.add(new FieldError("since", "must not be before the date of birth"));
        }
        if (input.familyName().isBlank()) {
            errors.add(new FieldError("familyName", "must not be blank"));
        }
        if (input.givenNames().isBlank()) {
            errors.add(new FieldError("givenNames", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The request has invalid fields: "
                    + String.join(", ", errors.stream().map(FieldError::field).toList()) + ".", errors);
        }
    }

    private Patient newPatient(NewMember input, LocalDate born) {
        return patients.addFromPanel(input.phn(), input.familyName().trim(), input.givenNames().trim(), born,
                input.gender(), input.postalCode());
    }

    /** 409 when the patient is on a panel: this one, or another provider's (named, never moved silently). */
    private void requireNotOnAPanel(UUID providerId, Patient patient) {
        PanelMember current = members.findByIdOptional(patient.id).orElse(null);
        if (current == null) {
            return;
        }
        if (current.providerId.equals(providerId)) {
            throw ProblemException.conflict("This patient is already on this panel (since " + current.since + ").",
                    "/api/v1/providers/" + providerId + "/panel/members/" + patient.id);
        }
        Provider other = providers.find(current.providerId).orElseThrow();
        String where = access.maySeeAnyPanel()
                ? "/api/v1/providers/" + other.id + "/panel/members/" + patient.id
                : "/api/v1/providers/" + other.id;
        throw ProblemException.conflict("This patient is on the panel of another provider, " + other.name
                + ", since " + current.since + ". A patient is on one panel at a time: they must leave that panel "
                + "(the patient or that provider asks for it) before they can be added here.", where);
    }

    @Override
    public boolean isOnAPanel(UUID patientId) {
        return members.isOnAPanel(patientId);
    }

    /**
     * Matching attached the patient to the provider: they join the provider's panel (source
     * PAS_ATTACHMENT) in the attach's transaction, or 409 when they are on a panel already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(UUID patientId, UUID providerId, Instant now) {
        if (members.isOnAPanel(patientId)) {
            throw ProblemException.conflict("A patient of this attach is already on a provider's panel.");
        }
        members.insertAttachment(patientId, providerId, now, user.subject());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveMembership(UUID otherPatientId, UUID survivorPatientId) {
        members.moveMembership(otherPatientId, survivorPatientId);
    }

    @Override
    public Counts countsOf(UUID providerId, Instant since) {
        return members.countsOf(providerId, since);
    }

    @Override
    public java.util.Map<UUID, Counts> countsOf(java.util.Collection<UUID> providerIds, Instant since) {
        return providerIds.isEmpty() ? java.util.Map.of() : members.countsOf(providerIds, since);
    }
}
