package org.openpas.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What an attacker does with a JWT: re-sign it, strip its signature, change its claims. */
public final class ForgedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    public static ObjectNode header(String token) {
        return part(token, 0);
    }

    public static ObjectNode payload(String token) {
        return part(token, 1);
    }

    private static ObjectNode part(String token, int index) {
        try {
            return (ObjectNode) JSON.readTree(DECODE.decode(token.split("\\.")[index]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(ObjectNode node) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none} and no signature. */
    public static String unsigned(String token) {
        ObjectNode header = header(token).put("alg", "none");
        header.remove("kid");
        return encode(header) + "." + encode(payload(token)) + ".";
    }

    /** HS256, keyed with {@code secret} (e.g. the server's public key, hoping it verifies with it). */
    public static String hs256(String token, byte[] secret) {
        try {
            String signingInput = encode(header(token).put("alg", "HS256")) + "." + encode(payload(token));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims, RS256-signed by a key nobody trusts (the header keeps the real key id). */
    public static String signedByUnknownKey(String token) {
        return rs256(header(token), payload(token), newKey());
    }

    /** Other claims with the original signature. */
    public static String withPayload(String token, ObjectNode payload) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    private static PrivateKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rs256(ObjectNode header, ObjectNode payload, PrivateKey key) {
        try {
            String signingInput = encode(header.put("alg", "RS256")) + "." + encode(payload);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
