package org.openpas.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.openpas.testing.Tokens;

/**
 * The cache of verified tokens (common/VerifiedTokens) never serves a token SmallRye would refuse: not past its
 * {@code exp}, not a token that differs by one byte from a kept one, and it keeps at most its bound.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTAuthContextInfo settings;

    /** SmallRye's verification as the API configures it, counting the tokens that reach it. */
    static final class CountingVerifier extends DefaultJWTParser {
        int verified;

        CountingVerifier(JWTAuthContextInfo settings) {
            super(settings);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified++;
            return super.parse(token);
        }
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static String token(String subject, long expiresAt) {
        return Jwt.issuer(Tokens.ISSUER).subject(subject).audience("pas-api").issuedAt(now()).expiresAt(expiresAt).sign();
    }

    @Test
    void aKeptTokenIsServedUntilItsExpiryThenVerifiedAgain() throws Exception {
        var verifier = new CountingVerifier(settings);
        var clock = new AtomicLong(now());
        var tokens = new VerifiedTokens(verifier, 10, clock::get);
        long exp = now() + 300;
        String token = token("ada", exp);

        JsonWebToken first = tokens.parse(token);
        assertSame(first, tokens.parse(token));
        assertEquals(1, verifier.verified);

        clock.set(exp - 1);
        tokens.parse(token);
        assertEquals(1, verifier.verified, "kept until its exp");
        clock.set(exp);
        tokens.parse(token);
        assertEquals(2, verifier.verified, "at its exp the token goes to SmallRye again");
    }

    @Test
    void aKeptTokenPastItsExpiryIsRefused() throws Exception {
        var strict = new JWTAuthContextInfo(settings);
        strict.setClockSkew(0); // the API allows 5 s; none here, so that the test waits 2 s and not 7
        var tokens = new VerifiedTokens(new CountingVerifier(strict), 10, VerifiedTokensTest::now);
        long exp = now() + 1;
        String token = token("ada", exp);
        tokens.parse(token);

        while (now() <= exp) {
            Thread.sleep(100);
        }
        assertThrows(ParseException.class, () -> tokens.parse(token));
    }

    @Test
    void aTokenOneByteAwayFromAKeptOneIsRefused() throws Exception {
        var verifier = new CountingVerifier(settings);
        var tokens = new VerifiedTokens(verifier, 10, VerifiedTokensTest::now);
        String token = token("ada", now() + 300);
        tokens.parse(token);

        int header = 5;
        int payload = token.indexOf('.') + 10;
        int signature = token.lastIndexOf('.') + 10;
        for (int at : List.of(header, payload, signature, token.length() - 1)) {
            // 'A' and 'g' differ in the top bit of a base64url digit, which every digit carries (the lowest bits of
            // the last one may be padding, which a decoder can ignore)
            char changed = token.charAt(at) == 'A' ? 'g' : 'A';
            String forged = token.substring(0, at) + changed + token.substring(at + 1);
            assertThrows(ParseException.class, () -> tokens.parse(forged), "byte " + at);
            assertThrows(ParseException.class, () -> tokens.parse(forged), "byte " + at + ", again: never kept");
        }
        assertEquals(9, verifier.verified, "the kept token once, each forgery each time");
        assertEquals(1, tokens.size());
    }

    @Test
    void atMostTheBoundIsKeptAndExpiredTokensMakeRoom() throws Exception {
        var verifier = new CountingVerifier(settings);
        var clock = new AtomicLong(now());
        var tokens = new VerifiedTokens(verifier, 2, clock::get);
        long soon = now() + 100;
        String ada = token("ada", soon);
        String bob = token("bob", soon);
        String cy = token("cy", now() + 300);
        tokens.parse(ada);
        tokens.parse(bob);

        tokens.parse(cy);
        tokens.parse(cy);
        assertEquals(2, tokens.size());
        assertEquals(4, verifier.verified, "full: the third token is verified every time");

        clock.set(soon);
        tokens.parse(cy);
        tokens.parse(cy);
        assertEquals(1, tokens.size(), "the expired ones dropped, the third kept");
        assertEquals(5, verifier.verified);
    }

    @Inject
    JWTParser apisParser;

    @Test
    void theApiVerifiesBearerTokensThroughTheCache() {
        // SmallRye's MpJwtValidator injects a JWTParser: the cache must be the one it gets (without an @Inject
        // constructor it silently was not a bean, and SmallRye's own parser verified every request).
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(apisParser));
    }

    @Test
    void theApiRefusesAForgeryOfATokenItHasSeen() {
        String token = Tokens.of("ada", Roles.ADMIN);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer " + token).when().get("/api/v1/me").then().statusCode(200);
        }
        int at = token.lastIndexOf('.') + 5;
        String forged = token.substring(0, at) + (token.charAt(at) == 'A' ? 'g' : 'A') + token.substring(at + 1);
        given().header("Authorization", "Bearer " + forged).when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
