package org.openpas.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.openpas.audit.AuditLog;
import org.openpas.clinic.Clinic;
import org.openpas.clinic.ClinicService;
import org.openpas.common.CurrentUser;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;
import org.openpas.common.Text;
import org.openpas.identity.IdentityClaim.Kind;
import org.openpas.identity.IdentityClaim.Status;
import org.openpas.notification.Email;
import org.openpas.notification.Emails;
import org.openpas.notification.Notifications;
import org.openpas.provider.Provider;
import org.openpas.provider.ProviderService;

/**
 * How a signed-in person is linked to what PAS knows of them. At sign-in (GET /me), a person whom BC Provider
 * ID vouches for is linked by what it asserts: the provider record with their MSP number, the delegate staff
 * records with their email. Whoever is left unlinked claims a record, and an admin approves (the record is
 * linked as an admin would link it) or rejects the claim; the claimant is emailed the outcome.
 */
@ApplicationScoped
public class IdentityService {

    /** What a person claims: exactly one of a provider (by id or MSP number) or a clinic, and why. */
    public record Claim(UUID providerId, String mspNumber, UUID clinicId, String reason) {
    }

    /** A claim with the records it names, as it is shown. */
    public record Shown(IdentityClaim claim, Provider provider, String clinicName) {
    }

    private final IdentityClaimRepository claims;
    private final IdentityAccess access;
    private final ProviderService providers;
    private final ClinicService clinics;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Notifications notifications;

    public IdentityService(IdentityClaimRepository claims, IdentityAccess access, ProviderService providers,
            ClinicService clinics, CurrentUser user, AuditLog audit, Notifications notifications) {
        this.claims = claims;
        this.access = access;
        this.providers = providers;
        this.clinics = clinics;
        this.user = user;
        this.audit = audit;
        this.notifications = notifications;
    }

    /**
     * Links the caller by what BC Provider ID asserts, where nothing is linked yet: the provider record with
     * the asserted MSP number (unless linked to another account), and, for a delegate, the unlinked delegate
     * staff records with the asserted email. Local accounts and other identity providers are left alone.
     */
    @Transactional
    public void linkAtSignIn() {
        if (!CurrentUser.BC_PROVIDER_ID.equals(user.identityProvider())) {
            return;
        }
        String subject = user.subject();
        String mspNumber = user.claim("msp_number");
        if (mspNumber != null && providers.findBySubject(subject).isEmpty()) {
            providers.linkByMspNumber(mspNumber, subject, "MSP number " + mspNumber + " asserted by BC Provider ID");
        }
        String email = user.email();
        if (email != null && access.linksStaffRecordsAtSignIn()) {
            clinics.linkDelegatesByEmail(email, subject, "email " + email + " asserted by BC Provider ID");
        }
    }

    @Transactional
    public Shown claim(Claim input) {
        long targets = Stream.of(input.providerId(), input.mspNumber(), input.clinicId())
                .filter(Objects::nonNull).count();
        if (targets != 1) {
            throw ProblemException.unprocessable("Name exactly one record to claim: providerId, mspPractitionerNumber "
                    + "or clinicId.", List.of(new FieldError("providerId", "name exactly one of the three"),
                            new FieldError("mspPractitionerNumber", "name exactly one of the three"),
                            new FieldError("clinicId", "name exactly one of the three")));
        }
        Kind kind = input.clinicId() == null ? Kind.PROVIDER : Kind.CLINIC_STAFF;
        access.requireMayClaim(kind);
        String subject = user.subject();
        var claim = new IdentityClaim();
        claim.kind = kind;
        if (kind == Kind.PROVIDER) {
            Provider provider = claimedProvider(input);
            if (provider.subject != null) {
                throw ProblemException.conflict("The provider record " + provider.name + " is already linked to an "
                        + "account. Call the service desk if it is yours.");
            }
            access.requireNotLinkedToProvider(providers.findBySubject(subject).map(mine -> mine.name).orElse(null));
            claim.providerId = provider.id;
        } else {
            Clinic clinic = clinics.find(input.clinicId()).orElseThrow(() -> ProblemException.unprocessable(
                    "The clinic " + input.clinicId() + " does not exist.",
                    List.of(new FieldError("clinicId", "unknown clinic"))));
            if (clinics.isStaff(clinic.id, subject)) {
                throw ProblemException.conflict("You are on the staff of " + clinic.name + " already.");
            }
            claim.clinicId = clinic.id;
        }
        if (claims.hasPending(subject, claim.providerId, claim.clinicId)) {
            throw ProblemException.conflict("You have a pending claim to this record already.");
        }
        claim.claimantSubject = subject;
        claim.claimantName = user.name();
        claim.claimantEmail = user.email();
        claim.claimantIdp = user.identityProvider();
        claim.assertedMspNumber = user.claim("msp_number");
        claim.reason = Text.required(input.reason(), "reason");
        claims.persist(claim);
        audit.success("IDENTITY_CLAIM_CREATE", "IDENTITY_CLAIM", claim.id, kind + " " + claim.target());
        return shown(List.of(claim)).get(0);
    }

    private Provider claimedProvider(Claim input) {
        if (input.providerId() != null) {
            return providers.find(input.providerId()).orElseThrow(() -> ProblemException.unprocessable(
                    "The provider " + input.providerId() + " does not exist.",
                    List.of(new FieldError("providerId", "unknown provider"))));
        }
        return providers.findByMspNumber(input.mspNumber()).orElseThrow(() -> ProblemException.unprocessable(
                "No provider has the MSP practitioner number " + input.mspNumber() + ".",
                List.of(new FieldError("mspPractitionerNumber", "no provider has this number"))));
    }

    /** The caller's own claims, newest first. */
    public PageResult<Shown> mine(int page, int size) {
        return shown(PageResult.of(claims.ofClaimant(user.subject()), page, size));
    }

    /** Every claim in this state (all when null), oldest first. */
    public PageResult<Shown> list(Status status, int page, int size) {
        return shown(PageResult.of(claims.withStatus(status), page, size));
    }

    /** Links the claimed record to the claimant (as an admin's link does), then emails them. */
    @Transactional
    public Shown approve(UUID id, UUID staffId) {
        IdentityClaim claim = pending(id);
        String how = "identity claim " + claim.id + " approved";
        String record;
        if (claim.kind == Kind.PROVIDER) {
            if (staffId != null) {
                throw ProblemException.unprocessable("A provider claim links the provider record: leave staffId out.",
                        List.of(new FieldError("staffId", "must be absent for a PROVIDER claim")));
            }
            record = "the provider record " + providers.link(claim.providerId, claim.claimantSubject, how).name;
        } else {
            if (staffId == null) {
                throw ProblemException.unprocessable("Name the clinic staff record to link.",
                        List.of(new FieldError("staffId", "required for a CLINIC_STAFF claim")));
            }
            clinics.linkStaff(claim.clinicId, staffId, claim.claimantSubject, how);
            claim.staffId = staffId;
            record = "your staff record at " + clinics.names(List.of(claim.clinicId)).get(claim.clinicId);
        }
        decide(claim, Status.APPROVED, null);
        audit.success("IDENTITY_CLAIM_APPROVE", "IDENTITY_CLAIM", claim.id, claim.kind + " " + claim.target());
        email(claim, Emails.identityClaimApproved(claim.claimantName, record));
        return shown(List.of(claim)).get(0);
    }

    @Transactional
    public Shown reject(UUID id, String reason) {
        IdentityClaim claim = pending(id);
        decide(claim, Status.REJECTED, Text.required(reason, "reason"));
        audit.success("IDENTITY_CLAIM_REJECT", "IDENTITY_CLAIM", claim.id, claim.kind + " " + claim.target());
        email(claim, Emails.identityClaimRejected(claim.claimantName, claim.decisionReason));
        return shown(List.of(claim)).get(0);
    }

    private IdentityClaim pending(UUID id) {
        IdentityClaim claim = claims.findForDecision(id).orElseThrow(() -> ProblemException.notFound("Identity claim", id));
        if (claim.status != Status.PENDING) {
            throw ProblemException.conflict("This claim was " + claim.status.name().toLowerCase() + " already.");
        }
        return claim;
    }

    private void decide(IdentityClaim claim, Status status, String reason) {
        claim.status = status;
        claim.decisionReason = reason;
        claim.decidedAt = Instant.now();
        claim.decidedBySubject = user.subject();
        claim.decidedByName = user.name();
    }

    private void email(IdentityClaim claim, Email email) {
        if (claim.claimantEmail != null) {
            notifications.queue(claim.claimantEmail, email);
        }
    }

    private PageResult<Shown> shown(PageResult<IdentityClaim> page) {
        return new PageResult<>(shown(page.items()), page.page(), page.size(), page.totalItems());
    }

    /** The claims with their providers and clinic names, each looked up once for the whole list. */
    private List<Shown> shown(List<IdentityClaim> list) {
        Map<UUID, Provider> named = providers.byIds(list.stream().map(c -> c.providerId).filter(Objects::nonNull).toList());
        Map<UUID, String> clinicNames = clinics.names(list.stream().map(c -> c.clinicId).filter(Objects::nonNull).toList());
        List<Shown> result = new ArrayList<>();
        for (IdentityClaim claim : list) {
            result.add(new Shown(claim, claim.providerId == null ? null : named.get(claim.providerId),
                    claim.clinicId == null ? null : clinicNames.get(claim.clinicId)));
        }
        return result;
    }
}
