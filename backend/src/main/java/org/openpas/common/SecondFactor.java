package org.openpas.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every role but patient must have signed in with a second factor: the token's {@code acr} (the level of
 * authentication Keycloak reached: "1" password, "2" password and TOTP, or a BC Provider ID sign-in) must be at
 * least {@code pas.mfa.staff-acr}. Checked once per request, where the identity is built ({@link RealmRolesAugmentor}),
 * so that no operation can forget it.
 */
@ApplicationScoped
public class SecondFactor {

    private final boolean required;
    private final int staffAcr;

    public SecondFactor(@ConfigProperty(name = "pas.mfa.required") boolean required,
            @ConfigProperty(name = "pas.mfa.staff-acr") int staffAcr) {
        this.required = required;
        this.staffAcr = staffAcr;
    }

    /** Refuses a staff token whose level of authentication is too low. */
    void check(JsonWebToken jwt, Set<String> roles) {
        if (required && isStaff(roles) && acr(jwt) < staffAcr) {
            throw new SecondFactorRequiredException(staffAcr);
        }
    }

    private static boolean isStaff(Set<String> roles) {
        return Roles.known(roles).stream().anyMatch(role -> !role.equals(Roles.PATIENT));
    }

    /** The token's acr as a number; absent or not a number is 0. */
    private static int acr(JsonWebToken jwt) {
        Object acr = jwt.getClaim("acr");
        String value = acr instanceof JsonString text ? text.getString() : acr == null ? "" : acr.toString();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
