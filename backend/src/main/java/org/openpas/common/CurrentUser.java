package org.openpas.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified JWT: subject, realm roles and profile claims. */
@RequestScoped
public class CurrentUser {

    /** The {@code idp} of a person who signed in through BC Services Card (patients: PHN, name, birth date). */
    public static final String BC_SERVICES_CARD = "bcsc";

    /** The {@code idp} of a person who signed in through BC Provider ID (providers and staff: MSP number). */
    public static final String BC_PROVIDER_ID = "bcprovider";

    private final SecurityIdentity identity;

    /** The provider this request acts for as their delegate, once an endorsement allowed it. */
    private java.util.UUID onBehalfOf;

    @Inject
    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The Keycloak user id ({@code sub}): the stable key for everything a user owns. */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** Records that this request acts for the provider as their endorsed delegate (audit events name them). */
    public void actFor(java.util.UUID providerId) {
        onBehalfOf = providerId;
    }

    /** The provider this request acts for as a delegate, or null. */
    public java.util.UUID onBehalfOf() {
        return onBehalfOf;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public String username() {
        return claim("preferred_username", identity.getPrincipal().getName());
    }

    public String name() {
        return claim("name", username());
    }

    public String email() {
        return claim("email", null);
    }

    /**
     * The identity provider the person signed in with, as the token's {@code idp} claim names it
     * ({@link #BC_SERVICES_CARD}, {@link #BC_PROVIDER_ID}); null for a local account.
     */
    public String identityProvider() {
        return claim("idp");
    }

    /** A claim of the token as text (e.g. {@code phn}, {@code msp_number}), or null when it has none. */
    public String claim(String name) {
        return claim(name, null);
    }

    private String claim(String name, String fallback) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value instanceof JsonString text) {
                return text.getString();
            }
            if (value != null) {
                return value.toString();
            }
        }
        return fallback;
    }
}
