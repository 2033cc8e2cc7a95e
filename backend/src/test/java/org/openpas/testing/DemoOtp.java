package org.openpas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The current TOTP code of a demo staff user of the pas realm (keycloak/pas-realm.json), as an authenticator app
 * computes it: RFC 6238 with the realm's OTP policy (HMAC-SHA1, 6 digits, 30 s), the key being the bytes of the
 * secret of the user's otp credential.
 */
public final class DemoOtp {

    private static final Path REALM = Path.of("keycloak", "pas-realm.json");

    private DemoOtp() {
    }

    /** The user's current code, or null when the realm gives them no TOTP secret (patients). */
    public static String code(String username) {
        String secret = secret(username);
        return secret == null ? null : totp(secret, System.currentTimeMillis());
    }

    static String totp(String secret, long millis) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = hmac.doFinal(ByteBuffer.allocate(8).putLong(millis / 30_000).array());
            int offset = digest[digest.length - 1] & 0x0F;
            int binary = ByteBuffer.wrap(digest, offset, 4).getInt() & 0x7FFFFFFF;
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String secret(String username) {
        try {
            for (JsonNode user : new ObjectMapper().readTree(REALM.toFile()).path("users")) {
                if (!user.path("username").asText().equals(username)) {
                    continue;
                }
                for (JsonNode credential : user.path("credentials")) {
                    if (credential.path("type").asText().equals("otp")) {
                        return new ObjectMapper().readTree(credential.path("secretData").asText()).path("value").asText();
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + REALM, e);
        }
    }
}
