package org.openpas.panel;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openpas.api.beans.PanelSubmissionMode;
import org.openpas.api.beans.PanelSubmissionSource;
import org.openpas.api.beans.PanelSubmissionUpload;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;

/**
 * Reads the multipart/form-data body of a panel upload (parts {@code file}, {@code mode}, {@code source})
 * into the generated {@link PanelSubmissionUpload} bean, as a {@link PanelUpload} carrying the file's
 * bytes. The generated bean has no form annotations, so Quarkus REST would not fill it by itself. The
 * body is already bounded by the HTTP limit (10 MiB), so it is decoded in memory. Part of the HTTP layer
 * (a JAX-RS entity provider), so it works with the generated beans like the resources do.
 */
@Provider
@Consumes(MediaType.MULTIPART_FORM_DATA)
public class PanelUploadReader implements MessageBodyReader<PanelSubmissionUpload> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PanelSubmissionUpload.class.isAssignableFrom(type);
    }

    @Override
    public PanelSubmissionUpload readFrom(Class<PanelSubmissionUpload> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        if (mediaType.getParameters().get("boundary") == null) {
            throw bad("The multipart body has no boundary in its Content-Type.", "body");
        }
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/",
                Unpooled.wrappedBuffer(body.readAllBytes()));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, mediaType.toString());
        HttpPostMultipartRequestDecoder decoder;
        try {
            decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false), request);
        } catch (RuntimeException e) {
            throw bad("The body is not valid multipart/form-data.", "body");
        }
        try {
            String fileName = null;
            byte[] content = null;
            String mode = null;
            String source = null;
            List<InterfaceHttpData> parts = decoder.getBodyHttpDatas();
            for (InterfaceHttpData part : parts) {
                switch (part.getName()) {
                    case "file" -> {
                        if (part instanceof FileUpload file) {
                            fileName = file.getFilename() == null || file.getFilename().isBlank()
                                    ? "panel.csv" : file.getFilename();
                            content = file.get();
                        } else if (part instanceof Attribute attribute) {
                            fileName = "panel.csv";
                            content = attribute.get();
                        }
                    }
                    case "mode" -> mode = value(part);
                    case "source" -> source = value(part);
                    default -> throw bad("The form has an unknown part '" + part.getName()
                            + "'; it takes file, mode and source.", part.getName());
                }
            }
            if (content == null) {
                throw bad("The form has no 'file' part: attach the panel CSV file.", "file");
            }
            PanelUpload upload = new PanelUpload(clean(fileName), content);
            try {
                upload.setMode(mode == null ? null : PanelSubmissionMode.fromValue(mode));
            } catch (IllegalArgumentException e) {
                throw bad("The mode must be ALL_OR_NOTHING or APPLY_VALID_ROWS.", "mode");
            }
            try {
                upload.setSource(source == null ? null : PanelSubmissionSource.fromValue(source));
            } catch (IllegalArgumentException e) {
                throw bad("The source must be TELEPLAN or DR_BILL.", "source");
            }
            return upload;
        } catch (io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.ErrorDataDecoderException e) {
            throw bad("The body is not valid multipart/form-data.", "body");
        } finally {
            decoder.destroy();
        }
    }

    private static String value(InterfaceHttpData part) throws IOException {
        if (part instanceof Attribute attribute) {
            return new String(attribute.get(), StandardCharsets.UTF_8).trim();
        }
        throw bad("The part '" + part.getName() + "' must be a plain value, not a file.", part.getName());
    }

    /** A file name as shown back to people: no path, no control characters, at most 255 characters. */
    private static String clean(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1F\\x7F]", "").trim();
        if (name.isEmpty()) {
            name = "panel.csv";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static ProblemException bad(String detail, String field) {
        return ProblemException.badRequest(detail, List.of(new FieldError(field, detail)));
    }
}
