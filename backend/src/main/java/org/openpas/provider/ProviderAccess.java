package org.openpas.provider;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;

/**
 * Who may act on a provider's own data (profile, capacity, panel): the provider themselves (their
 * token's subject is the provider's) and admins. Delegates join in the endorsement issue, here.
 * Refusals are audited before they are answered with 403.
 */
@RequestScoped
public class ProviderAccess {

    private final CurrentUser user;
    private final ProviderRepository providers;
    private final AuditLog audit;

    public ProviderAccess(CurrentUser user, ProviderRepository providers, AuditLog audit) {
        this.user = user;
        this.providers = providers;
        this.audit = audit;
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
        boolean allowed = user.isAdmin() || isSelf(provider)
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
}
