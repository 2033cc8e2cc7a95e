package org.openpas.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpas.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpas.common.CurrentUser;
import org.openpas.common.PageResult;
import org.openpas.common.Province;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;
import org.openpas.common.Text;
import org.openpas.common.Versions;
import org.openpas.community.Community;
import org.openpas.community.CommunityService;
import org.openpas.provider.ProviderService;

/** The rules of the clinic registry: who may change what, valid hours, unique staff, audit of every change. */
@ApplicationScoped
public class ClinicService {

    /** The filters of GET /clinics; every one is optional. */
    public record Filter(String text, UUID communityId, String healthAuthority, String status,
            Boolean verificationStale) {
    }

    /** What creating and updating a clinic set (as sent: trimmed and checked here). */
    public record Details(String name, Address address, UUID communityId, String phone, String fax, String email) {
    }

    /** A clinic's street address; {@code province} is the two-letter code. */
    public record Address(String line1, String line2, String city, String province, String postalCode) {
    }

    /** Which providers at which clinics the directory lists (FHIR PractitionerRole search); nulls do not filter. */
    public record RoleFilter(UUID staffId, UUID providerId, UUID clinicId, UUID communityId, String city, String language,
            Collection<UUID> providerIn, Collection<UUID> providerNotIn) {
    }

    /** The account that directs a clinic. */
    public record Director(String subject, String name, String email) {
    }

    /** One opening interval as sent: times as HH:mm text, checked by {@link #validHours}. */
    public record Hours(DayOfWeek day, String opens, String closes) {
    }

    /** Who is on a clinic's staff: a registered provider, or a delegate (who is not a provider). */
    public enum StaffKind { PROVIDER, DELEGATE }

    /** Someone to add to a clinic's staff; {@code providerId} names the provider of kind PROVIDER. */
    public record NewStaffMember(StaffKind kind, String name, String email, String subject, UUID providerId) {
    }

    private final ClinicRepository clinics;
    private final ClinicStaffRepository staff;
    private final CommunityService communities;
    private final ProviderService providers;
    private final ClinicAccess access;
    private final CurrentUser user;
    private final AuditLog audit;
    private final int staleAfterMonths;

    public ClinicService(ClinicRepository clinics, ClinicStaffRepository staff, CommunityService communities,
            ProviderService providers, ClinicAccess access, CurrentUser user, AuditLog audit,
            @ConfigProperty(name = "pas.clinics.verification-stale-after-months", defaultValue = "12")
            int staleAfterMonths) {
        this.clinics = clinics;
        this.staff = staff;
        this.communities = communities;
        this.providers = providers;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.staleAfterMonths = staleAfterMonths;
    }

    public PageResult<Clinic> search(ClinicService.Filter filter, int page, int size) {
        return clinics.search(filter, staleBefore(), page, size);
    }

    /** A clinic verified before this instant (or never) is stale: now less the configured months. */
    public Instant staleBefore() {
        return ZonedDateTime.now(Province.ZONE).minusMonths(staleAfterMonths).toInstant();
    }

    /**
     * Someone at the clinic confirms its information is correct: verified now, by the caller; the next
     * staleness gets a new reminder. Audited (by a delegate: acting for the provider who endorsed them).
     */
    @Transactional
    public Clinic verify(UUID id) {
        Clinic clinic = get(id);
        access.requireVerify(clinic);
        clinic.verifiedAt = Instant.now();
        clinic.verifiedBySubject = user.subject();
        String name = user.name();
        clinic.verifiedByName = name == null ? user.subject() : name.length() > 200 ? name.substring(0, 200) : name;
        clinic.verificationRemindedAt = null;
        clinics.flush();
        audit.success("CLINIC_VERIFY", "CLINIC", clinic.id, "verified by " + clinic.verifiedByName);
        return clinic;
    }

    public Clinic get(UUID id) {
        return clinics.findWithDetails(id).orElseThrow(() -> ProblemException.notFound("Clinic", id));
    }

    @Transactional
    public Clinic create(Details details, Director director) {
        Clinic clinic = new Clinic();
        apply(details, clinic, community(details.communityId()));
        if (director != null) {
            apply(director, clinic);
        }
        clinics.persist(clinic);
        audit.success("CLINIC_CREATE", "CLINIC", clinic.id, clinic.name);
        return clinic;
    }

    @Transactional
    public Clinic update(UUID id, String ifMatch, Details details, String status) {
        Clinic clinic = get(id);
        access.requireEdit(clinic, "CLINIC_UPDATE");
        Versions.requireMatch(ifMatch, clinic.version);
        apply(details, clinic, community(details.communityId()));
        clinic.status = status;
        clinics.flush(); // bump the version now, so the response carries the new ETag
        audit.success("CLINIC_UPDATE", "CLINIC", clinic.id, null);
        return clinic;
    }

    @Transactional
    public Clinic setMedicalDirector(UUID id, String ifMatch, Director director) {
        Clinic clinic = get(id);
        Versions.requireMatch(ifMatch, clinic.version);
        apply(director, clinic);
        clinic.verificationRemindedAt = null; // a new director is reminded if the clinic is (or goes) stale
        clinics.flush();
        audit.success("CLINIC_DIRECTOR_SET", "CLINIC", clinic.id, "subject " + director.subject());
        return clinic;
    }

    @Transactional
    public void removeMedicalDirector(UUID id, String ifMatch) {
        Clinic clinic = get(id);
        Versions.requireMatch(ifMatch, clinic.version);
        clinic.medicalDirectorSubject = null;
        clinic.medicalDirectorName = null;
        clinic.medicalDirectorEmail = null;
        audit.success("CLINIC_DIRECTOR_REMOVE", "CLINIC", clinic.id, null);
    }

    @Transactional
    public Clinic replaceHours(UUID id, String ifMatch, List<Hours> hours) {
        Clinic clinic = get(id);
        access.requireEdit(clinic, "CLINIC_HOURS_REPLACE");
        Versions.requireMatch(ifMatch, clinic.version);
        clinic.hours.clear();
        clinic.hours.addAll(validHours(hours));
        clinics.flush();
        audit.success("CLINIC_HOURS_REPLACE", "CLINIC", clinic.id, hours.size() + " intervals");
        return clinic;
    }

    public PageResult<ClinicStaffMember> staff(UUID clinicId, String kind, int page, int size) {
        access.requireStaffView(get(clinicId));
        return PageResult.of(staff.ofClinic(clinicId, kind), page, size);
    }

    public ClinicStaffMember staffMember(UUID clinicId, UUID staffId) {
        access.requireStaffView(get(clinicId));
        return staff.findInClinic(clinicId, staffId).orElseThrow(() -> ProblemException.notFound("Staff member", staffId));
    }

    @Transactional
    public ClinicStaffMember addStaff(UUID clinicId, NewStaffMember input) {
        Clinic clinic = get(clinicId);
        access.requireEdit(clinic, "CLINIC_STAFF_ADD");
        requireConsistentKind(clinicId, input);
        if (staff.emailTaken(clinicId, input.email())) {
            throw ProblemException.conflict("Someone with the email " + input.email() + " is already on the staff of "
                    + clinic.name + ".");
        }
        // A stale clinic whose reminder reached nobody (no director, no provider) is reminded again once it has a provider.
        boolean remindedNobody = clinic.verificationRemindedAt != null && clinic.medicalDirectorEmail == null
                && staff.providerEmails(List.of(clinicId)).isEmpty();
        ClinicStaffMember member = newMember(clinicId, input);
        staff.persist(member);
        if (member.providerId != null && remindedNobody) {
            clinics.markReminded(List.of(clinicId), null);
        }
        audit.success("CLINIC_STAFF_ADD", "CLINIC", clinicId, member.kind + " " + member.id);
        return member;
    }

    @Transactional
    public void removeStaff(UUID clinicId, UUID staffId) {
        Clinic clinic = get(clinicId);
        access.requireEdit(clinic, "CLINIC_STAFF_REMOVE");
        ClinicStaffMember member = staff.findInClinic(clinicId, staffId)
                .orElseThrow(() -> ProblemException.notFound("Staff member", staffId));
        staff.delete(member);
        audit.success("CLINIC_STAFF_REMOVE", "CLINIC", clinicId, member.kind + " " + member.id);
    }

    /** A provider on the staff is a registered provider, once per clinic; a delegate is not a provider. */
    private void requireConsistentKind(UUID clinicId, NewStaffMember input) {
        if (input.kind() == StaffKind.DELEGATE && input.providerId() != null) {
            throw ProblemException.unprocessable("A delegate is not a provider: leave providerId out.",
                    List.of(new FieldError("providerId", "must be absent for kind DELEGATE")));
        }
        if (input.kind() == StaffKind.PROVIDER) {
            if (input.providerId() == null || providers.find(input.providerId()).isEmpty()) {
                throw ProblemException.unprocessable("Staff of kind PROVIDER name a registered provider.",
                        List.of(new FieldError("providerId", "must be the id of an existing provider")));
            }
            if (staff.count("clinicId = ?1 and providerId = ?2", clinicId, input.providerId()) > 0) {
                throw ProblemException.conflict("This provider is already on the staff of this clinic.");
            }
        }
    }

    private static void apply(Details details, Clinic clinic, Community community) {
        Address address = details.address();
        clinic.name = Text.required(details.name(), "name");
        clinic.addressLine1 = Text.required(address.line1(), "address.line1");
        clinic.addressLine2 = blankToNull(address.line2());
        clinic.city = Text.required(address.city(), "address.city");
        clinic.province = address.province();
        clinic.postalCode = address.postalCode();
        clinic.community = community;
        clinic.phone = details.phone();
        clinic.fax = blankToNull(details.fax());
        clinic.email = blankToNull(details.email());
    }

    private static void apply(Director director, Clinic clinic) {
        clinic.medicalDirectorSubject = director.subject();
        clinic.medicalDirectorName = Text.required(director.name(), "medicalDirector.name");
        clinic.medicalDirectorEmail = director.email();
    }

    private static ClinicStaffMember newMember(UUID clinicId, NewStaffMember input) {
        var member = new ClinicStaffMember();
        member.clinicId = clinicId;
        member.kind = input.kind().name();
        member.name = Text.required(input.name(), "name");
        member.email = input.email();
        member.subject = input.subject();
        member.providerId = input.providerId();
        return member;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private Community community(UUID id) {
        return communities.find(id).orElseThrow(() -> ProblemException.unprocessable(
                "The community " + id + " does not exist.", List.of(new FieldError("communityId", "unknown community"))));
    }

    /** Each interval must close after it opens (else 400), and a day's intervals must not overlap (else 422). */
    static List<OpeningInterval> validHours(List<Hours> hours) {
        List<OpeningInterval> intervals = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            Hours h = hours.get(i);
            LocalTime opens = LocalTime.parse(h.opens());
            LocalTime closes = LocalTime.parse(h.closes());
            if (!closes.isAfter(opens)) {
                errors.add(new FieldError("hours[" + i + "].closes", "must be after opens (" + h.opens() + ")"));
            }
            intervals.add(new OpeningInterval(h.day(), opens, closes));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("An opening interval closes before it opens.", errors);
        }
        List<OpeningInterval> sorted = intervals.stream()
                .sorted(Comparator.comparing(OpeningInterval::day).thenComparing(interval -> interval.opens))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            OpeningInterval before = sorted.get(i - 1);
            OpeningInterval after = sorted.get(i);
            if (before.day() == after.day() && after.opens.isBefore(before.closes)) {
                errors.add(new FieldError("hours", after.dayOfWeek + " " + after.opens + "-" + after.closes
                        + " overlaps " + before.opens + "-" + before.closes));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("Opening intervals of the same day overlap.", errors);
        }
        return sorted;
    }

    /**
     * Links the account {@code subject} to a clinic's staff record of kind DELEGATE that no account is linked
     * to (422 naming {@code staffId} when it is not one of the clinic's delegates, 409 when it is linked, or
     * when the account is on this clinic's staff already). Audited as CLINIC_STAFF_LINK with {@code how}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClinicStaffMember linkStaff(UUID clinicId, UUID staffId, String subject, String how) {
        ClinicStaffMember member = staff.findInClinic(clinicId, staffId)
                .filter(found -> StaffKind.DELEGATE.name().equals(found.kind))
                .orElseThrow(() -> ProblemException.unprocessable("The clinic has no delegate " + staffId + " on its staff.",
                        List.of(new FieldError("staffId", "must be a staff record of kind DELEGATE at the claimed clinic"))));
        if (member.subject != null) {
            throw ProblemException.conflict("This staff record is already linked to an account.");
        }
        if (staff.isStaff(clinicId, subject)) {
            throw ProblemException.conflict("The account " + subject + " is already on this clinic's staff.");
        }
        link(member, subject, how);
        return member;
    }

    /**
     * At sign-in: links {@code subject} to every staff record of kind DELEGATE with this email that no account
     * is linked to (the email the person's identity provider asserts). Audited as CLINIC_STAFF_LINK.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int linkDelegatesByEmail(String email, String subject, String how) {
        List<ClinicStaffMember> unlinked = staff.unlinkedDelegatesWithEmail(email);
        unlinked.forEach(member -> link(member, subject, how));
        return unlinked.size();
    }

    private void link(ClinicStaffMember member, String subject, String how) {
        member.subject = subject;
        audit.success("CLINIC_STAFF_LINK", "CLINIC", member.clinicId, "staff " + member.id + ", subject " + subject
                + "; " + how);
    }

    /** Whether this account is on the staff of any clinic. */
    public boolean isOnAnyStaff(String subject) {
        return staff.count("subject", subject) > 0;
    }

    /** Whether this account is on the clinic's staff (linked itself, or through its provider record). */
    public boolean isStaff(UUID clinicId, String subject) {
        return staff.isStaff(clinicId, subject);
    }

    /** The public directory's page of active clinics (ids), by name, city and community. */
    public PageResult<UUID> directory(String name, String city, UUID communityId, int page, int size) {
        return clinics.directory(name, city, communityId, page, size);
    }

    /** Clinics with their community and hours, in one query. */
    public Map<UUID, Clinic> withDetails(Collection<UUID> ids) {
        return clinics.withDetails(ids).stream().collect(Collectors.toMap(clinic -> clinic.id, clinic -> clinic));
    }

    /** The public directory's providers at active clinics (see {@link RoleFilter}). */
    public PageResult<ClinicStaffRepository.ProviderAtClinic> providersAtClinics(RoleFilter filter, int page, int size) {
        return staff.providersAtClinics(filter, page, size);
    }

    public Optional<Clinic> find(UUID id) {
        return clinics.findByIdOptional(id);
    }

    /** Clinic names by id, for pages that name the clinics they involve. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : clinics.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(clinic -> clinic.id, clinic -> clinic.name));
    }

    /** The clinics whose medical director this account is. */
    public List<UUID> idsDirectedBy(String subject) {
        return clinics.idsDirectedBy(subject);
    }

    /** Whether the provider is on the staff of a clinic in the community. */
    public boolean worksIn(UUID providerId, UUID communityId) {
        return clinics.worksIn(providerId, communityId);
    }

    /** The clinic a patient of this community goes to see the provider at (the first by name), if any. */
    public Optional<Clinic> whereWorks(UUID providerId, UUID communityId) {
        return clinics.firstWhereWorks(providerId, communityId);
    }

    /** The communities of the clinics where the provider works. */
    public List<UUID> communitiesWhereWorks(UUID providerId) {
        return clinics.communitiesWhereWorks(providerId);
    }

    /** For each of the providers, the communities of the clinics where they work. */
    public Map<UUID, List<UUID>> communitiesWhereWork(Collection<UUID> providerIds) {
        return clinics.communitiesWhereWork(providerIds);
    }

    /** The providers working at a clinic of the community, with the name of their clinic there (the first by name). */
    public Map<UUID, String> providersWorkingIn(UUID communityId) {
        return clinics.providersWorkingIn(communityId);
    }
}
