package org.openpas.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Arrays;
import java.util.Map;

/**
 * Test JWTs shaped like Keycloak's (issuer, audience, sub, realm_access.roles, profile claims, acr),
 * signed with the test key that the %test profile trusts. Staff tokens (any role but patient) say they
 * signed in with the second factor ({@code acr} "2"), as Keycloak's do; {@link #withAcr} mints others.
 */
public final class Tokens {

    public static final String ISSUER = "http://localhost:8180/realms/pas";

    private Tokens() {
    }

    /** A token for the user {@code subject} holding the given realm roles. */
    public static String of(String subject, String... roles) {
        boolean staff = Arrays.stream(roles).anyMatch(role -> !role.equals("patient"));
        return withAcr(staff ? "2" : "1", subject, roles);
    }

    /** A token whose level of authentication ({@code acr}) is {@code acr}; null leaves the claim out. */
    public static String withAcr(String acr, String subject, String... roles) {
        return with(subject, acr == null ? Map.of() : Map.of("acr", acr), roles);
    }

    /**
     * A token with more claims, e.g. what a brokered identity provider asserts ({@code idp}, {@code phn},
     * {@code msp_number}, {@code acr}); they replace the profile claims of the same name.
     */
    public static String with(String subject, Map<String, Object> claims, String... roles) {
        var token = Jwt.issuer(ISSUER)
                .subject(subject)
                .audience("pas-api")
                .claim("preferred_username", subject)
                .claim("name", "Test " + subject)
                .claim("email", subject + "@test.example")
                .claim("realm_access", Map.of("roles", Arrays.asList(roles)));
        claims.forEach(token::claim);
        return token.expiresIn(300).sign();
    }

    /**
     * A token from the BC Services Card ({@code idp} bcsc) or BC Provider ID ({@code bcprovider}) realm brokered
     * by pas, with what that provider asserts, signed in with the strong authentication level ({@code acr} 2).
     */
    public static String brokered(String idp, String subject, Map<String, Object> asserted, String... roles) {
        var claims = new java.util.HashMap<String, Object>(asserted);
        claims.put("idp", idp);
        claims.put("acr", "2");
        return with(subject, claims, roles);
    }

    public static String bearer(String subject, String... roles) {
        return "Bearer " + of(subject, roles);
    }
}
