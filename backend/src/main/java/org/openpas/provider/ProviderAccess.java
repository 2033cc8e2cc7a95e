package org.openpas.provider;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;

/**
 * Who may act on a provider's data: the provider themselves (their token's subject is the
 * provider's), admins, and, for the work a provider may delegate (capacity, panel, panel files,
 * proposals and attaching), a user with role delegate holding an active (COMPLETED) endorsement
 * from that provider. The profile stays the provider's own. Refusals are audited before they are
 * answered with 403.
 */
@RequestScoped
public class ProviderAccess {

    private final CurrentUser user;
    private final ProviderRepository providers;
    private final AuditLog audit;
    private final Delegations delegations;

    public ProviderAccess(CurrentUser user, ProviderRepository providers, AuditLog audit,
            Delegations delegations) {
        this.user = user;
        this.providers = providers;
        this.audit = audit;
        this.delegations = delegations;
    }

    /** The provider, or 404. */
    public Provider provider(UUID id) {
        return providers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Provider", id));
    }

    public boolean isSelf(Provider provider) {
        return user.has(Roles.PROVIDER) && provider.isUser(user.subject());
    }

    /**
     * Reading a provider's capacity: the provider, admins, the medical directors of their clinics and
     * the coordinators of their communities.
     */
    public Provider requireCapacityView(UUID providerId) {
        Provider provider = provider(providerId);
        boolean allowed = user.isAdmin() || isSelf(provider) || isDelegateOf(provider)
                || (user.has(Roles.MEDICAL_DIRECTOR) && providers.isDirectedBy(providerId, user.subject()))
                || (user.has(Roles.COORDINATOR) && providers.isCoordinatedBy(providerId, user.subject()));
        if (!allowed) {
            audit.denied("CAPACITY_READ", "CAPACITY", providerId,
                    "Not this provider, their clinic's director, their community's coordinator or an admin.");
            throw ProblemException.forbidden("Only this provider, the medical director of their clinic, a coordinator "
                    + "of their community or an admin may see their capacity.");
        }
        return provider;
    }

    /**
     * The provider's own data: the provider or an admin, else 403 (audited as {@code action} on
     * {@code resourceType}, e.g. PANEL_READ on PANEL).
     */
    public Provider requireOwn(UUID providerId, String action, String resourceType) {
        Provider provider = provider(providerId);
        if (!user.isAdmin() && !isSelf(provider)) {
            audit.denied(action, resourceType, providerId, "Only the provider themselves or an admin may do this.");
            throw ProblemException.forbidden("Only this provider (or an admin) may do this.");
        }
        return provider;
    }

    /**
     * Work a provider may delegate: the provider, an admin, or their endorsed delegate (then this
     * request is recorded as acting for the provider, and its audit events name both), else 403.
     */
    public Provider requireActingFor(UUID providerId, String action, String resourceType) {
        Provider provider = provider(providerId);
        if (!mayActFor(provider)) {
            audit.denied(action, resourceType, providerId,
                    "Not this provider, an admin, or a delegate with an active endorsement from them.");
            throw ProblemException.forbidden("Only this provider, a delegate they endorsed (active endorsement) or an "
                    + "admin may do this.");
        }
        return provider;
    }

    /** {@link #requireActingFor} as a test: true also marks the request as acting for the provider. */
    public boolean mayActFor(Provider provider) {
        if (user.isAdmin() || isSelf(provider)) {
            return true;
        }
        return isDelegateOf(provider);
    }

    /** Only admins may change a provider's subject, type, MSP number or status (403, audited). */
    public void requireAdminForAdminFields(UUID providerId) {
        if (!user.isAdmin()) {
            audit.denied("PROVIDER_UPDATE", "PROVIDER", providerId, "a provider tried to change admin-only fields");
            throw ProblemException.forbidden("Only an admin may change subject, type, MSP practitioner number or status.");
        }
    }

    /** Whether the caller may be pointed to another provider's panel member (admins), or only to that provider. */
    public boolean maySeeAnyPanel() {
        return user.isAdmin();
    }

    /** An active endorsement from the provider lets this delegate act for them (checked on every request). */
    private boolean isDelegateOf(Provider provider) {
        if (user.has(Roles.DELEGATE) && delegations.isActiveDelegate(user.subject(), provider.id)) {
            user.actFor(provider.id);
            return true;
        }
        return false;
    }
}
