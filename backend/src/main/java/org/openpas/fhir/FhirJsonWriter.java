package org.openpas.fhir;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes {@link FhirJson} as it is (HAPI's encoding), as application/fhir+json or application/json. */
@Provider
@Produces({FhirFormat.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class FhirJsonWriter implements MessageBodyWriter<FhirJson> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return FhirJson.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(FhirJson json, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        out.write(json.text().getBytes(StandardCharsets.UTF_8));
    }
}
