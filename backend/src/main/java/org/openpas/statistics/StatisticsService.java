package org.openpas.statistics;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpas.common.Hashes;
import org.openpas.common.ProblemException;
import org.openpas.common.Province;
import org.openpas.community.CommunityService;

/**
 * The public statistics: the stored monthly rows with what is withheld, by area and month range. The
 * publication (rows, marks, names) is computed once per set of stored rows and kept in memory. Every
 * {@code pas.statistics.refresh-every} a background run checks whether the rows changed (one small
 * aggregate) and rebuilds it (seconds, at province scale) while requests go on reading the previous one;
 * a request only slices the publication, so it costs almost nothing. With the refresh {@code off} (the
 * tests) each request checks, so that rows just stored are seen at once.
 */
@ApplicationScoped
public class StatisticsService {

    /** The most months one answer covers (the contract's limit). */
    static final int MAX_MONTHS = 120;

    /** A month range, inclusive. */
    public record Range(YearMonth from, YearMonth to) {
    }

    /**
     * What a request answers: the areas (one, or a page of them), with the paging figures, the ETag and
     * when the newest row in it was computed (null when it has none).
     */
    public record Answer(List<Publication.AreaFigures> areas, Range range, int page, int size, long totalItems,
            String etag, Instant lastModified) {

        public int totalPages() {
            return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
        }
    }

    /** How many written answers are kept (LRU): every area, range and format a dashboard asks for, many times over. */
    private static final int WRITTEN_KEPT = 512;

    private final StatisticsRepository repository;
    private final CommunityService communities;
    private final boolean refreshOnRequest;
    private volatile Publication publication;
    private final Map<String, byte[]> written = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > WRITTEN_KEPT;
        }
    });

    public StatisticsService(StatisticsRepository repository, CommunityService communities,
            @ConfigProperty(name = "pas.statistics.refresh-every", defaultValue = "30s") String refreshEvery) {
        this.repository = repository;
        this.communities = communities;
        this.refreshOnRequest = "off".equals(refreshEvery);
    }

    public Answer province(String from, String to, String request) {
        return one(MonthFigures.PROVINCE, "BC", from, to, request);
    }

    public Answer healthAuthority(String code, String from, String to, String request) {
        return one(MonthFigures.HEALTH_AUTHORITY, code, from, to, request);
    }

    public Answer community(UUID id, String from, String to, String request) {
        return one(MonthFigures.COMMUNITY, id.toString(), from, to, request);
    }

    /** A page of health authorities; {@code all}: every one (CSV). */
    public Answer healthAuthorities(String from, String to, int page, int size, boolean all, String request) {
        return list(MonthFigures.HEALTH_AUTHORITY, null, from, to, page, size, all, request);
    }

    /** A page of communities, optionally of one health authority; {@code all}: every one (CSV). */
    public Answer communities(String healthAuthority, String from, String to, int page, int size, boolean all,
            String request) {
        return list(MonthFigures.COMMUNITY, healthAuthority, from, to, page, size, all, request);
    }

    private Answer one(String level, String code, String from, String to, String request) {
        Range range = range(from, to);
        Publication current = publication();
        Publication.AreaFigures area = current.areas().get(new Suppression.Area(level, code));
        if (area == null) {
            throw ProblemException.notFound("community", code);
        }
        return answer(current, List.of(area), range, 0, 1, 1, request);
    }

    private Answer list(String level, String healthAuthority, String from, String to, int page, int size, boolean all,
            String request) {
        Range range = range(from, to);
        Publication current = publication();
        List<Publication.AreaFigures> matching = current.areas().values().stream()
                .filter(a -> a.area().level().equals(level))
                .filter(a -> healthAuthority == null || healthAuthority.equals(a.healthAuthority())).toList();
        if (all) {
            return answer(current, matching, range, 0, matching.size(), matching.size(), request);
        }
        int fromIndex = (int) Math.min((long) page * size, matching.size());
        List<Publication.AreaFigures> slice = matching.subList(fromIndex, Math.min(fromIndex + size, matching.size()));
        return answer(current, slice, range, page, size, matching.size(), request);
    }

    private Answer answer(Publication current, List<Publication.AreaFigures> areas, Range range, int page, int size,
            long total, String request) {
        LocalDate first = range.from().atDay(1);
        LocalDate last = range.to().atDay(1);
        List<Publication.AreaFigures> shown = new ArrayList<>();
        for (Publication.AreaFigures area : areas) {
            shown.add(new Publication.AreaFigures(area.area(), area.name(), area.healthAuthority(), area.population(),
                    area.between(first, last)));
        }
        Instant lastModified = shown.stream().flatMap(a -> a.months().stream()).map(Publication.Month::computedAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        String etag = "\"" + Hashes.sha256Hex((current.version() + "|" + request + "|" + range)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        return new Answer(shown, range, page, size, total, etag, lastModified);
    }

    /**
     * from/to as the contract says: YYYY-MM; to defaults to the last closed month, from to 11 months before
     * to; from not after to; at most 120 months.
     */
    static Range range(String from, String to) {
        List<ProblemException.FieldError> errors = new ArrayList<>();
        YearMonth last = to == null ? YearMonth.from(Province.today()).minusMonths(1) : month("to", to, errors);
        YearMonth first = from == null ? (last == null ? null : last.minusMonths(11)) : month("from", from, errors);
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.add(new ProblemException.FieldError("from", "must not be after to"));
        } else if (errors.isEmpty() && first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            errors.add(new ProblemException.FieldError("to", "at most " + MAX_MONTHS + " months from from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The month range is not valid: "
                    + String.join(", ", errors.stream().map(ProblemException.FieldError::field).toList()) + ".", errors);
        }
        return new Range(first, last);
    }

    private static YearMonth month(String field, String value, List<ProblemException.FieldError> errors) {
        if (!value.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            errors.add(new ProblemException.FieldError(field, "must be a month as YYYY-MM"));
            return null;
        }
        return YearMonth.parse(value);
    }

    /**
     * The answer of this ETag as written before, or written now and kept. An ETag names the publication, the
     * request, the range and the format, so a kept answer is never stale: a new publication has new ETags.
     */
    public byte[] written(String etag, Supplier<byte[]> write) {
        byte[] body = written.get(etag);
        if (body == null) {
            body = write.get();
            written.put(etag, body);
        }
        return body;
    }

    /** The current publication; built here only when there is none yet (or the background refresh is off). */
    Publication publication() {
        Publication current = publication;
        return current == null || refreshOnRequest ? refresh() : current;
    }

    /** Also called by the snapshot job once it stored months. */
    @Scheduled(every = "${pas.statistics.refresh-every:30s}", concurrentExecution = ConcurrentExecution.SKIP)
    void refreshInBackground() {
        refresh();
    }

    /** Rebuilds the publication when the stored rows or the communities changed. */
    private synchronized Publication refresh() {
        StatisticsRepository.Version rows = repository.version();
        List<Publication.Community> known = communities.search(null, null, 0, Integer.MAX_VALUE).items().stream()
                .map(c -> new Publication.Community(c.id, c.name, c.healthAuthority)).toList();
        String version = rows.rows() + "/" + rows.newest() + "/" + Hashes.sha256Hex(known.toString()
                .getBytes(StandardCharsets.UTF_8));
        if (publication == null || !publication.version().equals(version)) {
            publication = Publication.build(version, repository.all(), known, repository.populations());
        }
        return publication;
    }
}
