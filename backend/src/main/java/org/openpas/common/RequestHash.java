package org.openpas.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A SHA-256 of a request body's content (as canonical JSON), to tell a retry from a different request. */
public final class RequestHash {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, true);

    private RequestHash() {
    }

    public static String of(Object body) {
        try {
            byte[] json = JSON.writeValueAsBytes(body);
            return Hashes.sha256Hex(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }
}
