package org.openpas.common;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Roles come from Keycloak's {@code realm_access.roles} and nowhere else. SmallRye JWT falls back to
 * the {@code groups} claim when the configured path is missing; a token with roles in another claim
 * must not be granted them, so the identity's roles are rebuilt from realm_access alone. A staff token
 * without the second factor gets no identity at all ({@link SecondFactor}).
 */
@ApplicationScoped
public class RealmRolesAugmentor implements SecurityIdentityAugmentor {

    private final SecondFactor secondFactor;

    public RealmRolesAugmentor(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = realmRoles(jwt);
        try {
            secondFactor.check(jwt, roles);
        } catch (SecondFactorRequiredException e) {
            return Uni.createFrom().failure(e);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addPermissionChecker(identity::checkPermission);
        return Uni.createFrom().item(builder.build());
    }

    static Set<String> realmRoles(JsonWebToken jwt) {
        Object realmAccess = jwt.getClaim("realm_access");
        if (realmAccess instanceof JsonObject object && object.get("roles") instanceof JsonArray roles) {
            return roles.stream()
                    .filter(JsonString.class::isInstance)
                    .map(role -> ((JsonString) role).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
