package org.openpas.common;

/** A valid staff token without the second factor: 401 with {@code WWW-Authenticate} naming the acr (RFC 9470). */
public class SecondFactorRequiredException extends RuntimeException {

    private final int requiredAcr;

    public SecondFactorRequiredException(int requiredAcr) {
        super("second factor required");
        this.requiredAcr = requiredAcr;
    }

    public int requiredAcr() {
        return requiredAcr;
    }
}
