package org.openpas.endorsement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.Hashes;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;
import org.openpas.common.Province;
import org.openpas.common.Roles;
import org.openpas.endorsement.Endorsement.Side;
import org.openpas.endorsement.Endorsement.Status;
import org.openpas.notification.Emails;
import org.openpas.notification.Notifications;
import org.openpas.provider.Provider;

/**
 * The endorsement handshake. The starter names the other party by email; a one-time link (256
 * random bits, stored only as a SHA-256) goes to that address. The recipient opens it signed in,
 * which binds their account, then approves or declines; the starter confirms or cancels. Either
 * party ends an active endorsement. Each change locks the row, so two racing changes are decided one
 * at a time, and each is audited and emailed to the other party (outbox, after commit).
 */
@ApplicationScoped
public class EndorsementService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EndorsementRepository endorsements;
    private final EndorsementAccess access;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Notifications notifications;
    private final String spaUrl;
    private final Duration lifetime;

    public EndorsementService(EndorsementRepository endorsements, EndorsementAccess access, CurrentUser user,
            AuditLog audit, Notifications notifications,
            @ConfigProperty(name = "pas.spa-url", defaultValue = "http://localhost:5173") String spaUrl,
            @ConfigProperty(name = "pas.endorsements.expire-days", defaultValue = "30") int expireDays) {
        this.endorsements = endorsements;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.notifications = notifications;
        this.spaUrl = spaUrl.endsWith("/") ? spaUrl.substring(0, spaUrl.length() - 1) : spaUrl;
        this.lifetime = Duration.ofDays(expireDays);
    }

    /** A provider an active endorsement lets the delegate act for. */
    public record ActingFor(UUID providerId, String providerName, UUID endorsementId) {
    }

    /** A new endorsement, and whether it answers a repeated Idempotency-Key. */
    public record Started(Endorsement endorsement, boolean replayed) {
    }

    /**
     * An endorsement request as its starter sent it: their side, the other party's email, a message,
     * and the hash of the request body (to tell a retry from another request).
     */
    public record Request(Side initiatorRole, String recipientEmail, String message, String requestHash) {
    }

    @Transactional
    public Started start(String idempotencyKey, Request input) {
        Side side = input.initiatorRole();
        String hash = input.requestHash();
        if (idempotencyKey != null) {
            var earlier = endorsements.byIdempotencyKey(user.subject(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!hash.equals(earlier.get().requestHash)) {
                    throw ProblemException.unprocessable("The Idempotency-Key " + idempotencyKey + " was used for "
                            + "another endorsement. Use a new key for a new request.",
                            List.of(new FieldError("Idempotency-Key", "already used with a different body")));
                }
                return new Started(earlier.get(), true);
            }
        }
        String myEmail = user.email();
        if (myEmail == null || myEmail.isBlank()) {
            throw ProblemException.unprocessable("Your account has no email address; the other party could not reach "
                    + "you. Add one in your account and sign in again.", List.of());
        }
        String recipient = input.recipientEmail().trim();
        if (recipient.equalsIgnoreCase(myEmail)) {
            throw ProblemException.unprocessable("You cannot endorse yourself: give the other party's email.",
                    List.of(new FieldError("recipientEmail", "is your own email")));
        }
        Endorsement e = new Endorsement();
        e.initiatorRole = side;
        e.createdBySubject = user.subject();
        e.message = input.message();
        e.expiresAt = e.createdAt.plus(lifetime);
        e.idempotencyKey = idempotencyKey;
        e.requestHash = hash;
        if (side == Side.ENDORSER) {
            Provider me = access.ownProvider("start an endorsement as the endorser");
            e.endorserSubject = user.subject();
            e.endorserName = me.name;
            e.endorserEmail = myEmail;
            e.endorserProviderId = me.id;
            e.endorseeEmail = recipient;
        } else {
            access.requireRole(Roles.DELEGATE, "ask a provider for an endorsement (as the endorsee)");
            e.endorseeSubject = user.subject();
            e.endorseeName = user.name();
            e.endorseeEmail = myEmail;
            e.endorserEmail = recipient;
        }
        if (endorsements.openBetween(e.endorserEmail, e.endorseeEmail)) {
            throw ProblemException.conflict("You and " + recipient + " already have a pending or active endorsement.");
        }
        String token = newToken(e);
        endorsements.persist(e);
        endorsements.flush(); // a pair raced by two requests: the unique index makes the loser 409 here
        audit.success("ENDORSEMENT_CREATE", "ENDORSEMENT", e.id, "as " + side + ", to " + recipient);
        emailLink(e, token, "An endorsement request in the Provincial Attachment System",
                user.name() + " (" + myEmail + ") " + (side == Side.ENDORSER
                        ? "invites you to act for them in PAS as their delegate (for example as their medical office assistant)."
                        : "asks you to endorse them, so that they can do your PAS work as your delegate (capacity, panel, attaching patients)."));
        return new Started(e, false);
    }

    /** The recipient opens the emailed link: CREATED to RECEIVED, and their account is bound. */
    @Transactional
    public Endorsement open(String token) {
        Endorsement e = endorsements.lockedByTokenHash(hash(token))
                .orElseThrow(() -> ProblemException.notFound("Endorsement link", "(token)"));
        Side recipient = e.recipientSide();
        String email = user.email();
        if (email == null || !email.equalsIgnoreCase(e.emailOf(recipient))) {
            audit.suspicious("ENDORSEMENT_OPEN", "ENDORSEMENT", e.id,
                    "link for " + e.emailOf(recipient) + " used by another user");
            throw ProblemException.forbidden("This link was sent to someone else. Sign in as the person it was sent to.");
        }
        if (user.subject().equals(e.subjectOf(e.initiatorRole))) {
            throw ProblemException.unprocessable("You cannot endorse yourself.", List.of());
        }
        if (e.tokenUsedAt != null) {
            throw ProblemException.conflict("This link was already used. Find the endorsement under your endorsements.");
        }
        if (e.status != Status.CREATED || !e.expiresAt.isAfter(Instant.now())) {
            throw ProblemException.conflict("This endorsement is " + (e.status == Status.CREATED ? "expired"
                    : e.status.name().toLowerCase()) + "; the link no longer works.");
        }
        Instant now = Instant.now();
        if (recipient == Side.ENDORSER) {
            Provider me = access.ownProvider("accept an endorsement request as the endorser");
            e.endorserSubject = user.subject();
            e.endorserName = me.name;
            e.endorserProviderId = me.id;
        } else {
            access.requireRole(Roles.DELEGATE, "be endorsed as a delegate");
            e.endorseeSubject = user.subject();
            e.endorseeName = user.name();
        }
        e.tokenUsedAt = now;
        e.moveTo(Status.RECEIVED, now);
        audit.success("ENDORSEMENT_OPEN", "ENDORSEMENT", e.id, null);
        return e;
    }

    @Transactional
    public Endorsement approve(UUID id) {
        Endorsement e = lockedAs(id, "ENDORSEMENT_APPROVE", EndorsementAccess.Role.RECIPIENT);
        move(e, Status.APPROVED, List.of(Status.RECEIVED), "ENDORSEMENT_APPROVE");
        tell(e, e.initiatorRole, "Your endorsement was approved",
                e.nameOf(e.recipientSide()) + " approved your endorsement. Confirm it in PAS to make it active.");
        return e;
    }

    @Transactional
    public Endorsement decline(UUID id) {
        Endorsement e = lockedAs(id, "ENDORSEMENT_DECLINE", EndorsementAccess.Role.RECIPIENT);
        move(e, Status.DECLINED, List.of(Status.CREATED, Status.RECEIVED), "ENDORSEMENT_DECLINE");
        tell(e, e.initiatorRole, "Your endorsement was declined",
                e.emailOf(e.recipientSide()) + " declined your endorsement.");
        return e;
    }

    @Transactional
    public Endorsement confirm(UUID id) {
        Endorsement e = lockedAs(id, "ENDORSEMENT_CONFIRM", EndorsementAccess.Role.STARTER);
        move(e, Status.COMPLETED, List.of(Status.APPROVED), "ENDORSEMENT_CONFIRM");
        tell(e, e.recipientSide(), "Your endorsement is active",
                e.nameOf(Side.ENDORSEE) + " may now act in PAS for " + e.nameOf(Side.ENDORSER) + ", until either of you ends it.");
        return e;
    }

    @Transactional
    public Endorsement cancel(UUID id) {
        Endorsement e = lockedAs(id, "ENDORSEMENT_CANCEL", EndorsementAccess.Role.STARTER);
        move(e, Status.CANCELLED, List.copyOf(Endorsement.PENDING), "ENDORSEMENT_CANCEL");
        tell(e, e.recipientSide(), "An endorsement was cancelled",
                e.nameOf(e.initiatorRole) + " cancelled the endorsement they started with you.");
        return e;
    }

    /** Either party (or an admin) ends an active endorsement; the delegate's rights end with this commit. */
    @Transactional
    public Endorsement end(UUID id) {
        Endorsement e = lockedAs(id, "ENDORSEMENT_END", EndorsementAccess.Role.PARTY_OR_ADMIN);
        move(e, Status.ENDED, List.of(Status.COMPLETED), "ENDORSEMENT_END");
        for (Side side : Side.values()) {
            if (!user.subject().equals(e.subjectOf(side))) {
                tell(e, side, "An endorsement has ended", "The endorsement letting " + e.nameOf(Side.ENDORSEE)
                        + " act for " + e.nameOf(Side.ENDORSER) + " in PAS was ended. It no longer gives any rights.");
            }
        }
        return e;
    }

    /** Parties and admins; anyone else gets 404, as if it did not exist (audited). */
    @Transactional
    public Endorsement get(UUID id) {
        Endorsement e = endorsements.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Endorsement", id));
        access.requirePartyOrAdmin(e);
        return e;
    }

    /** The caller's own endorsements (admins: all, optionally of one provider), newest first. */
    @Transactional
    public PageResult<Endorsement> list(Status status, Side side, UUID providerId, int page, int size) {
        var filter = new EndorsementRepository.Filter(access.listsAll(side) ? null : user.subject(), user.email(), side,
                status, providerId);
        return PageResult.of(endorsements.search(filter), page, size);
    }

    /** The caller's side of the endorsement, or null when they are not a party. */
    public Side callerSide(Endorsement e) {
        return access.callerSide(e);
    }

    /** What the caller may do with it now. */
    public List<String> allowedActions(Endorsement e) {
        return access.allowedActions(e);
    }

    /** The endorsement, locked, if the caller plays {@code role} in it: else 404 (not a party) or 403. */
    private Endorsement lockedAs(UUID id, String action, EndorsementAccess.Role role) {
        Endorsement e = endorsements.locked(id).orElseThrow(() -> ProblemException.notFound("Endorsement", id));
        access.requirePlays(e, action, role);
        return e;
    }

    private void move(Endorsement e, Status next, List<Status> from, String action) {
        if (!from.contains(e.status)) {
            throw ProblemException.conflict("The endorsement is " + e.status + "; it can move to " + next + " only from "
                    + from.stream().map(Enum::name).sorted().toList() + ".");
        }
        if (e.isPending() && !e.expiresAt.isAfter(Instant.now())) {
            throw ProblemException.conflict("The endorsement expired on " + e.expiresAt + "; start a new one.");
        }
        e.moveTo(next, Instant.now());
        if (next == Status.DECLINED || next == Status.CANCELLED || next == Status.ENDED) {
            e.closedBySubject = user.subject();
        }
        audit.success(action, "ENDORSEMENT", e.id, e.endorserProviderId == null ? null : "provider " + e.endorserProviderId);
    }

    private void tell(Endorsement e, Side to, String subject, String text) {
        notifications.queue(e.emailOf(to), Emails.endorsementUpdate(subject, text, spaUrl + "/endorsements/" + e.id));
    }

    /** Emails the one-time link to the recipient. */
    void emailLink(Endorsement e, String token, String subject, String text) {
        String message = e.message == null || e.message.isBlank() ? null : e.message;
        notifications.queue(e.emailOf(e.recipientSide()), Emails.endorsementLink(subject, text, message,
                e.expiresAt.atZone(Province.ZONE).toLocalDate(),
                spaUrl + "/endorsements/open#token=" + token));
    }

    /** A fresh one-time token for the endorsement; only its hash is kept. */
    static String newToken(Endorsement e) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        e.tokenHash = hash(token);
        return token;
    }

    static byte[] hash(String token) {
        return Hashes.sha256(token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The providers whose active endorsement lets this delegate act for them. */
    public List<ActingFor> actingFor(String delegateSubject) {
        return endorsements.actingFor(delegateSubject);
    }

    /** The providers this delegate acts for (their active endorsements). */
    public List<UUID> providersActedFor(String delegateSubject) {
        return endorsements.providersActedFor(delegateSubject);
    }
}
