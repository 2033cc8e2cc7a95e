package org.openpas.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.LargeCounts;
import org.openpas.common.PageResult;
import org.openpas.common.ReadOnly;
import org.openpas.common.Phn;
import org.openpas.common.ProblemException;
import org.openpas.common.Message;
import org.openpas.common.ProblemException.Invalid;
import org.openpas.common.Text;
import org.openpas.common.Versions;
import org.openpas.community.Community;
import org.openpas.community.CommunityService;
import org.openpas.notification.Emails;
import org.openpas.notification.Notifications;

/**
 * The Health Connect Registry: a person registers themselves and the household members they are
 * responsible for; each registration puts the patient on their community's waitlist. Every read
 * and change of a patient is audited.
 */
@ApplicationScoped
public class PatientService {

    public record Filter(String text, String phn, LocalDate dateOfBirth, UUID communityId, UUID householdId,
            String registrant, Collection<UUID> communities) {

        public Filter registeredBy(String subject) {
            return new Filter(text, phn, dateOfBirth, communityId, householdId, subject, communities);
        }

        public Filter withinCommunities(Collection<UUID> scope) {
            return new Filter(text, phn, dateOfBirth, communityId, householdId, registrant, scope);
        }
    }

    /**
     * A registration as the registrant sent it: who, how they relate to the registrant, their details
     * and answers, and the hash of the request body (to tell a retry from another registration).
     */
    public record Registration(String phn, String relationshipToRegistrant, Details details,
            Questionnaire questionnaire, String requestHash) {
    }

    /**
     * A patient's details, as registered or changed; the date of birth as sent (checked here). {@code preferredLocale}
     * is a tag of the contract's {@code Locale}, null when none was sent (the patient's is then kept).
     */
    public record Details(String familyName, String givenNames, String dateOfBirth, String gender, Address address,
            UUID communityId, String phone, String email, String preferredLanguage, String preferredLocale,
            Boolean consentToShare, boolean matchWithHousehold, Preferences preferences) {
    }

    /**
     * What the patient asks of a match, by the values of the contract's enums; null where details carry it: none
     * sent (a registration keeps the defaults, an update the patient's current preferences).
     */
    public record Preferences(String providerGender, boolean interpreterNeeded, String accessibilityNeeds,
            String contactPreference) {
    }

    /** A postal address; the province by its code. */
    public record Address(String line1, String line2, String city, String province, String postalCode) {
    }

    /** The health questionnaire's answers; the chronic conditions by their values. */
    public record Questionnaire(List<String> chronicConditions, boolean pregnant, boolean recentHospitalStay,
            boolean mentalHealthNeeds, boolean mobilityLimitations) {
    }

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final PatientRepository patients;
    private final CommunityService communities;
    private final PatientWaitlist waitlist;
    private final PatientPanels panels;
    private final DuplicateDetector duplicates;
    private final Notifications notifications;
    private final PatientAccess access;
    private final CurrentUser user;
    private final AuditLog audit;
    private final LargeCounts counts;

    public PatientService(PatientRepository patients, CommunityService communities, PatientWaitlist waitlist,
            PatientPanels panels,
            DuplicateDetector duplicates, Notifications notifications, PatientAccess access, CurrentUser user,
            AuditLog audit, LargeCounts counts) {
        this.patients = patients;
        this.counts = counts;
        this.duplicates = duplicates;
        this.notifications = notifications;
        this.communities = communities;
        this.waitlist = waitlist;
        this.panels = panels;
        this.access = access;
        this.user = user;
        this.audit = audit;
    }

    /** Everyone registered by the same person is one household: its id follows from theirs. */
    static UUID householdOf(String registrantSubject) {
        return UUID.nameUUIDFromBytes(("household:" + registrantSubject).getBytes(StandardCharsets.UTF_8));
    }

    /** A registration, and whether it answers a repeated Idempotency-Key (nothing new was registered). */
    public record Registered(Patient patient, boolean replayed) {
    }

    /**
     * Registers, or with an Idempotency-Key already used by the caller returns that first
     * registration (the same body) or refuses with 422 (another body).
     */
    @Transactional
    public Registered register(String idempotencyKey, Registration input) {
        String hash = input.requestHash();
        if (idempotencyKey != null) {
            var earlier = patients.find("registrantSubject = ?1 and registrationIdempotencyKey = ?2", user.subject(),
                    idempotencyKey).firstResultOptional();
            if (earlier.isPresent()) {
                if (!hash.equals(earlier.get().registrationRequestHash)) {
                    throw ProblemException.unprocessable(Message.of("patient.idempotencyKeyReused", "key", idempotencyKey),
                            List.of(Invalid.of("Idempotency-Key", "field.idempotencyKeyReused")));
                }
                return new Registered(earlier.get(), true);
            }
        }
        Patient patient = register(input);
        patient.registrationIdempotencyKey = idempotencyKey;
        patient.registrationRequestHash = hash;
        return new Registered(patient, false);
    }

    private Patient register(Registration input) {
        String phn = input.phn();
        if (!Phn.isValid(phn)) {
            throw ProblemException.badRequest(Message.of("patient.phnInvalid", "phn", phn),
                    List.of(Invalid.of("phn", "field.phnCheckDigit")));
        }
        boolean self = "SELF".equals(input.relationshipToRegistrant());
        if (self) {
            requireAssertedPhn(phn);
        }
        Details details = input.details();
        LocalDate born = birthDate(details.dateOfBirth());
        requireCommunity(details.communityId());
        if (self && patients.count("registrantSubject = ?1 and relationship = 'SELF'", user.subject()) > 0) {
            throw ProblemException.conflict(Message.of("patient.alreadyRegisteredYourself"));
        }
        Patient patient = patients.findByPhn(phn).orElse(null);
        if (patient != null && patient.isRegistered()) {
            String where = access.mayRead(patient) ? "/api/v1/patients/" + patient.id : null;
            throw ProblemException.conflict(where != null
                    ? Message.of("patient.phnRegistered", "phn", phn, "where", where)
                    : Message.of("patient.phnRegisteredBySomeoneElse", "phn", phn), where);
        }
        if (patient != null && panels.isOnAPanel(patient.id)) {
            throw ProblemException.conflict(Message.of("patient.alreadyAttached", "phn", phn));
        }
        if (patient == null) {
            patient = new Patient();
            patient.phn = phn;
        }
        patient.registrantSubject = user.subject();
        patient.householdId = householdOf(user.subject());
        patient.relationship = input.relationshipToRegistrant();
        details(patient, details, born, details.email() != null ? details.email() : user.email());
        answers(patient, input.questionnaire());
        if (!patients.isPersistent(patient)) {
            patients.persist(patient);
        }
        UUID entryId = waitlist.open(patient);
        duplicates.flag(patient.id);
        notifications.queue(patient.email,
                Emails.registrationConfirmed(patient.locale(), patient.givenNames, communities.get(patient.communityId).name));
        audit.success("PATIENT_REGISTER", "PATIENT", patient.id, patient.id, "entry " + entryId);
        return patient;
    }

    /**
     * Someone signed in through BC Services Card registers themselves with the PHN their identity asserts
     * (422 naming phn otherwise); a local account has nothing asserted to compare with.
     */
    private void requireAssertedPhn(String phn) {
        String asserted = user.claim("phn");
        if (CurrentUser.BC_SERVICES_CARD.equals(user.identityProvider()) && asserted != null && !asserted.equals(phn)) {
            throw ProblemException.unprocessable(Message.of("patient.phnNotAsserted"),
                    List.of(Invalid.of("phn", "field.phnNotAsserted")));
        }
    }

    /** A patient as the API shows them: with their community and their latest waitlist entry (null when none). */
    public record Shown(Patient patient, Community community, PatientWaitlist.Entry entry) {
    }

    public Shown shown(Patient patient) {
        return new Shown(patient, communities.find(patient.communityId).orElse(null),
                waitlist.latestEntryOf(patient.id).orElse(null));
    }

    /** The patient with their community, without the entry: what a summary shows (the caller audits the read). */
    public Shown summary(UUID id) {
        Patient patient = patients.findById(id);
        return new Shown(patient, communities.find(patient.communityId).orElse(null), null);
    }

    /** {@link #get}, with the community and entry, in one transaction: one connection, one commit. */
    @Transactional
    public Shown show(UUID id, String action) {
        ReadOnly.reads(patients.getSession());
        return shown(get(id, action));
    }

    /** The communities of a page of patients. */
    public Map<UUID, Community> communitiesOf(List<Patient> page) {
        return communities.byIds(page.stream().map(patient -> patient.communityId).toList());
    }

    /** Reads are audited too: in a transaction of their own, with the patient whose data was read. */
    @Transactional
    public Patient get(UUID id, String action) {
        return read(access.requireRead(find(id), action), action);
    }

    /** {@link #get} for the questionnaire, wait estimate and history ({@link PatientAccess#requireDetailRead}). */
    @Transactional
    public Patient getDetail(UUID id, String action) {
        return read(access.requireDetailRead(find(id), action), action);
    }

    private Patient read(Patient allowed, String action) {
        Patient patient = registered(allowed);
        audit.success(action, "PATIENT", patient.id, patient.id, null);
        return patient;
    }

    @Transactional
    public Shown update(UUID id, String ifMatch, Details changed) {
        Patient patient = registered(access.requireManage(find(id), "PATIENT_UPDATE"));
        Versions.requireMatch(ifMatch, patient.version);
        requireCommunity(changed.communityId());
        details(patient, changed, birthDate(changed.dateOfBirth()), changed.email());
        rescore(patient);
        waitlist.follow(patient);
        patients.flush();
        duplicates.flag(patient.id);
        audit.success("PATIENT_UPDATE", "PATIENT", patient.id, patient.id, null);
        return shown(patient);
    }

    @Transactional
    public Patient replaceQuestionnaire(UUID id, String ifMatch, Questionnaire answers) {
        Patient patient = registered(access.requireManage(find(id), "PATIENT_QUESTIONNAIRE_UPDATE"));
        Versions.requireMatch(ifMatch, patient.version);
        answers(patient, answers);
        waitlist.follow(patient);
        patients.flush();
        audit.success("PATIENT_QUESTIONNAIRE_UPDATE", "PATIENT", patient.id, patient.id,
                "priority points " + patient.priorityPoints);
        return patient;
    }

    @Transactional
    public PageResult<Patient> search(PatientService.Filter filter, int page, int size) {
        PatientService.Filter scoped = access.scoped(filter);
        PageResult<Patient> result = counts.page(scoped, patients.search(scoped), page, size);
        audit.success("PATIENT_LIST", "PATIENT", null, result.items().size() + " of " + result.totalItems());
        return result;
    }

    /** A patient known only from a panel file has no registration (community, questionnaire) to show or change. */
    private static Patient registered(Patient patient) {
        if (!patient.isRegistered()) {
            throw ProblemException.notFound("Registered patient", patient.id);
        }
        return patient;
    }

    /** The patient, or 404. */
    public Patient find(UUID id) {
        return patients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Patient", id));
    }

    private void requireCommunity(UUID communityId) {
        if (communities.find(communityId).isEmpty()) {
            throw ProblemException.unprocessable(Message.of("patient.communityUnknown", "communityId", communityId),
                    List.of(Invalid.of("communityId", "field.communityUnknown")));
        }
    }

    private static LocalDate birthDate(String text) {
        LocalDate born;
        try {
            born = LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw ProblemException.badRequest(Message.of("patient.birthDateNotADate"),
                    List.of(Invalid.of("dateOfBirth", "field.birthDateNotADate")));
        }
        if (born.isAfter(LocalDate.now()) || born.isBefore(EARLIEST_BIRTH)) {
            throw ProblemException.badRequest(Message.of("patient.birthDateOutOfRange"),
                    List.of(Invalid.of("dateOfBirth", "field.birthDateOutOfRange")));
        }
        return born;
    }

    /** The details on the patient, with the date of birth already checked and the email to keep. */
    private static void details(Patient patient, Details details, LocalDate born, String email) {
        Address address = details.address();
        patient.familyName = Text.required(details.familyName(), "familyName");
        patient.givenNames = Text.required(details.givenNames(), "givenNames");
        patient.dateOfBirth = born;
        patient.gender = details.gender();
        patient.addressLine1 = Text.required(address.line1(), "address.line1");
        patient.addressLine2 = address.line2() == null || address.line2().isBlank() ? null : address.line2().trim();
        patient.city = Text.required(address.city(), "address.city");
        patient.province = address.province();
        patient.postalCode = address.postalCode();
        patient.communityId = details.communityId();
        patient.phone = details.phone();
        patient.email = email;
        patient.preferredLanguage = details.preferredLanguage();
        if (details.preferredLocale() != null) {
            patient.preferredLocale = details.preferredLocale();
        }
        patient.consentToShare = details.consentToShare();
        patient.matchWithHousehold = details.matchWithHousehold();
        Preferences preferences = details.preferences();
        if (preferences != null) {
            patient.providerGenderPreference = preferences.providerGender();
            patient.interpreterNeeded = preferences.interpreterNeeded();
            String needs = preferences.accessibilityNeeds();
            patient.accessibilityNeeds = needs == null || needs.isBlank() ? null : needs.trim();
            patient.contactPreference = preferences.contactPreference();
        }
        if (!"EMAIL".equals(patient.contactPreference) && (patient.phone == null || patient.phone.isBlank())) {
            throw ProblemException.unprocessable(Message.of("TEXT".equals(patient.contactPreference)
                    ? "patient.textNeedsPhone" : "patient.callNeedsPhone"),
                    List.of(Invalid.of("preferences.contactPreference", "field.needsPhone")));
        }
    }

    private static void answers(Patient patient, Questionnaire answers) {
        patient.chronicConditions = answers.chronicConditions().stream().distinct().sorted().toArray(String[]::new);
        patient.pregnant = answers.pregnant();
        patient.recentHospitalStay = answers.recentHospitalStay();
        patient.mentalHealthNeeds = answers.mentalHealthNeeds();
        patient.mobilityLimitations = answers.mobilityLimitations();
        patient.questionnaireAnsweredAt = Instant.now();
        rescore(patient);
    }

    /** Age counts in the score, so a new date of birth rescores too. */
    private static void rescore(Patient patient) {
        patient.priorityPoints = Priority.points(patient, LocalDate.now());
        patient.complexity = Priority.complexity(patient.priorityPoints);
    }

    /** The patients this account registered (themselves and their household). */
    public List<UUID> idsRegisteredBy(String subject) {
        return patients.idsRegisteredBy(subject);
    }

    /** The patients of a page of records, in one query (an array parameter, whose SQL Hibernate translates once). */
    public Map<UUID, Patient> byIds(List<UUID> ids) {
        return patients.getSession().byMultipleIds(Patient.class).enableOrderedReturn(false).multiLoad(ids).stream()
                .collect(Collectors.toMap(patient -> patient.id, Function.identity()));
    }

    public Optional<Patient> findByPhn(String phn) {
        return patients.findByPhn(phn);
    }

    /** A patient PAS knows only from a provider's panel file. */
    public record FromPanel(UUID id, String phn, String familyName, String givenNames, LocalDate dateOfBirth,
            String gender, String postalCode) {
    }

    /** Creates the patients a panel file names and PAS did not know, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAllFromPanel(List<FromPanel> newPatients) {
        patients.insertAll(newPatients);
    }

    /** A patient PAS knows only from a provider's panel (added by PHN): no registration, community or questionnaire. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Patient addFromPanel(String phn, String familyName, String givenNames, LocalDate born, String gender,
            String postalCode) {
        Patient patient = new Patient();
        patient.phn = phn;
        patient.familyName = familyName;
        patient.givenNames = givenNames;
        patient.dateOfBirth = born;
        patient.gender = gender;
        patient.postalCode = postalCode;
        patients.persist(patient);
        return patient;
    }
}
