package org.openpas.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Arrays;
import java.util.Map;

/**
 * Test JWTs shaped like Keycloak's (issuer, audience, sub, realm_access.roles, profile claims),
 * signed with the test key that the %test profile trusts.
 */
public final class Tokens {

    public static final String ISSUER = "http://localhost:8180/realms/pas";

    private Tokens() {
    }

    /** A token for the user {@code subject} holding the given realm roles. */
    public static String of(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience("pas-api")
                .claim("preferred_username", subject)
                .claim("name", "Test " + subject)
                .claim("email", subject + "@test.example")
                .claim("realm_access", Map.of("roles", Arrays.asList(roles)))
                .expiresIn(300)
                .sign();
    }

    public static String bearer(String subject, String... roles) {
        return "Bearer " + of(subject, roles);
    }
}
