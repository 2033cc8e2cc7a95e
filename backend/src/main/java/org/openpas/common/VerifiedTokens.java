package org.openpas.common;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tokens SmallRye JWT verified, kept until they expire: a client sends the same bearer token with every request
 * for minutes, and checking its RS256 signature and claims again each time cost a large share of a fast read's CPU
 * (docs/performance.md, "Per-request cost"). SmallRye's own checks (signature, issuer, audience, expiry, not-before)
 * run on the first sight of a token; only tokens that passed them are kept, so a forged, tampered or misdirected
 * token is checked, and refused, every time. A kept token is served only before its {@code exp}; after that it is
 * verified again (and refused). Everything after the parse (roles from realm_access, the second factor, the audit of
 * refusals) runs on every request as before ({@link RealmRolesAugmentor}).
 *
 * <p>Keyed by the SHA-256 of the raw token, and a hit is served only when the kept token equals the one sent, byte for
 * byte. At most {@code pas.tokens.cache-size} tokens: when full, expired ones are dropped first, and if none expired
 * the new token is not kept (it is verified on every request, as without the cache). A key removed from Keycloak's JWKS
 * does not end a kept token early; neither does SmallRye, which keeps the JWKS it fetched for up to an hour.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private record Verified(JsonWebToken token, long expiresAtSeconds) {
    }

    private final JWTParser verifier;
    private final int capacity;
    private final LongSupplier clock;
    private final Map<ByteBuffer, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier, @ConfigProperty(name = "pas.tokens.cache-size") int capacity) {
        this(verifier, capacity, () -> System.currentTimeMillis() / 1000);
    }

    /** With a clock in epoch seconds (the tests move it past a token's expiry). */
    VerifiedTokens(JWTParser verifier, int capacity, LongSupplier clock) {
        this.verifier = verifier;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        ByteBuffer key = sha256(token);
        Verified kept = verified.get(key);
        long now = clock.getAsLong();
        if (kept != null && now < kept.expiresAtSeconds() && token.equals(kept.token().getRawToken())) {
            return kept.token();
        }
        JsonWebToken parsed = verifier.parse(token);
        keep(key, parsed, now);
        return parsed;
    }

    /** How many tokens are kept (for the tests of the bound). */
    int size() {
        return verified.size();
    }

    private void keep(ByteBuffer key, JsonWebToken parsed, long now) {
        long expiresAt = parsed.getExpirationTime();
        if (expiresAt <= now) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(kept -> kept.expiresAtSeconds() <= now);
            if (verified.size() >= capacity) {
                return;
            }
        }
        verified.put(key, new Verified(parsed, expiresAt));
    }

    private static ByteBuffer sha256(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    // The other ways to verify are not the bearer tokens of requests: straight to SmallRye.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
