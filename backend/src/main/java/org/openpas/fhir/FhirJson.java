package org.openpas.fhir;

import org.openpas.api.beans.FhirResource;

/**
 * A FHIR resource already encoded by HAPI's JSON parser. The generated interface answers its bean
 * {@link FhirResource} (a loose object); this subclass carries the encoded text to {@link FhirJsonWriter}, so the
 * JSON is HAPI's, not Jackson's.
 */
public final class FhirJson extends FhirResource {

    private final String text;

    FhirJson(String resourceType, String text) {
        this.text = text;
        setResourceType(resourceType);
    }

    String text() {
        return text;
    }
}
