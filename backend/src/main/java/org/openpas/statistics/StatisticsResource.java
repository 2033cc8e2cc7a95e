package org.openpas.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.openpas.api.PublicResource;
import org.openpas.api.beans.HealthAuthority;
import org.openpas.common.Ids;
import org.openpas.common.ProblemException;

/**
 * HTTP for /public/statistics: no token needed ({@link PermitAll}; the answers hold aggregates only,
 * docs/security.md). JSON or CSV ({@code format=csv} or {@code Accept: text/csv}), with the cache headers:
 * {@code Cache-Control: public, max-age=3600}, an ETag per publication and request (If-None-Match: 304),
 * and Last-Modified. An answer is mapped and written once per ETag ({@link StatisticsService#written}).
 */
@PermitAll
public class StatisticsResource implements PublicResource {

    static final String CSV = "text/csv";
    private static final MediaType TEXT_CSV = MediaType.valueOf(CSV);
    private static final String CACHE_CONTROL = "public, max-age=3600";

    private final StatisticsService statistics;
    private final ObjectMapper json;

    @Context
    HttpHeaders headers;

    public StatisticsResource(StatisticsService statistics, ObjectMapper json) {
        this.statistics = statistics;
        this.json = json;
    }

    @Override
    public Response getProvinceStatistics(String from, String to, String format, String ifNoneMatch) {
        boolean csv = csv(format);
        var answer = statistics.province(from, to, key("province", representation(csv)));
        return respond(answer, csv, ifNoneMatch, "bc", false);
    }

    @Override
    public Response listHealthAuthorityStatistics(String from, String to, String format, String ifNoneMatch,
            Integer page, Integer size) {
        boolean csv = csv(format);
        var answer = statistics.healthAuthorities(from, to, page, size, csv,
                key("health-authorities", representation(csv), String.valueOf(page), String.valueOf(size)));
        return respond(answer, csv, ifNoneMatch, "health-authorities", true);
    }

    @Override
    public Response getHealthAuthorityStatistics(HealthAuthority healthAuthority, String from, String to, String format,
            String ifNoneMatch) {
        boolean csv = csv(format);
        var answer = statistics.healthAuthority(healthAuthority.value(), from, to,
                key("health-authority", representation(csv), healthAuthority.value()));
        return respond(answer, csv, ifNoneMatch, healthAuthority.value().toLowerCase(Locale.ROOT), false);
    }

    @Override
    public Response listCommunityStatistics(HealthAuthority healthAuthority, String from, String to, String format,
            String ifNoneMatch, Integer page, Integer size) {
        boolean csv = csv(format);
        String filter = healthAuthority == null ? null : healthAuthority.value();
        var answer = statistics.communities(filter, from, to, page, size, csv,
                key("communities", representation(csv), filter, String.valueOf(page), String.valueOf(size)));
        return respond(answer, csv, ifNoneMatch,
                filter == null ? "communities" : "communities-" + filter.toLowerCase(Locale.ROOT), true);
    }

    @Override
    public Response getCommunityStatistics(String communityId, String from, String to, String format,
            String ifNoneMatch) {
        boolean csv = csv(format);
        var answer = statistics.community(Ids.parse(communityId, "community"), from, to,
                key("community", representation(csv), communityId));
        return respond(answer, csv, ifNoneMatch, communityId.toLowerCase(Locale.ROOT), false);
    }

    /** format=csv, or no format and an Accept header that prefers text/csv (or text/*) to JSON. */
    private boolean csv(String format) {
        if (format != null) {
            if (!List.of("json", "csv").contains(format)) {
                throw ProblemException.badRequest("The format must be json or csv.",
                        List.of(new ProblemException.FieldError("format", "must be json or csv")));
            }
            return format.equals("csv");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(TEXT_CSV)) { // text/csv, or text/* (which JSON is not)
                return true;
            }
        }
        return false;
    }

    /**
     * The representation answered, for the ETag: CSV asked for by {@code Accept: text/csv} is not the JSON
     * of the same URL, so it must not share its ETag (a 304 would confirm the wrong copy).
     */
    private static String representation(boolean csv) {
        return csv ? "csv" : "json";
    }

    /** What distinguishes one request's answer from another's, for the ETag (the range is added by the service). */
    private static String key(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(part).append('|');
        }
        return key.toString();
    }

    private Response respond(StatisticsService.Answer answer, boolean csv, String ifNoneMatch, String area,
            boolean page) {
        String etag = answer.etag();
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", CACHE_CONTROL)
                    .header("Vary", "Accept").build();
        }
        Response.ResponseBuilder response;
        if (csv) {
            byte[] body = statistics.written(etag, () -> StatisticsMapper.csv(answer).getBytes(StandardCharsets.UTF_8));
            response = Response.ok(body, CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=pas-statistics-" + area + "-"
                            + answer.range().from() + "-" + answer.range().to() + ".csv");
        } else {
            Function<StatisticsService.Answer, Object> bean = page ? StatisticsMapper::toPage
                    : a -> StatisticsMapper.toApi(a.areas().get(0));
            byte[] body = statistics.written(etag, () -> json(bean.apply(answer)));
            response = Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        }
        response.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).header("Vary", "Accept");
        if (answer.lastModified() != null) {
            response.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(answer.lastModified().atOffset(ZoneOffset.UTC)));
        }
        return response.build();
    }

    private byte[] json(Object bean) {
        try {
            return json.writeValueAsBytes(bean);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The statistics could not be written as JSON", e);
        }
    }

    /** If-None-Match: "*", or a list of ETags (weak ones compare by their value). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.replaceFirst("^W/", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
