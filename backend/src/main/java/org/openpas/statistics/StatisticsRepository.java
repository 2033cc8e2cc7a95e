package org.openpas.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/** Reads of the statistics feature's own tables: the monthly snapshots and the community populations. */
@ApplicationScoped
public class StatisticsRepository {

    /** A community's population and where the figure comes from. */
    public record Population(int count, String source, int year) {
    }

    /** What identifies a set of stored rows: how many, and when the newest was computed (null: none). */
    public record Version(long rows, Instant newest) {
    }

    private final EntityManager em;

    public StatisticsRepository(EntityManager em) {
        this.em = em;
    }

    /** Every stored snapshot row, oldest month first (a few thousand rows: 68 areas a month). */
    public List<MonthFigures> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select month, area_level, area_code, waiting_start, registered, returned, moved_in, moved_out,
                       attached, withdrawn, expired, merged, moved_away, waiting_end, waiting_under_3_months,
                       waiting_3_to_6_months, waiting_6_to_12_months, waiting_12_to_24_months,
                       waiting_over_24_months, wait_median_days, wait_p90_days, providers_accepting,
                       spaces_offered, spaces_used, computed_at
                from statistics_month
                order by month, area_level, area_code""", Object[].class).getResultList();
        return rows.stream().map(StatisticsRepository::figures).toList();
    }

    /** The last month stored, if any. */
    public Optional<LocalDate> lastMonth() {
        Object month = em.createNativeQuery("select max(month) from statistics_month").getSingleResult();
        return Optional.ofNullable(month).map(StatisticsRepository::date);
    }

    /** Whether the month is stored (for any area). */
    public boolean stored(LocalDate month) {
        return !em.createNativeQuery("select 1 from statistics_month where month = :m limit 1")
                .setParameter("m", month).getResultList().isEmpty();
    }

    /** Each area's waiting at the end of the month, by "level:code". */
    public Map<String, Long> waitingEnds(LocalDate month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select area_level, area_code, waiting_end from statistics_month where month = :m", Object[].class)
                .setParameter("m", month).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> r[0] + ":" + r[1], r -> n(r[2])));
    }

    /** Stores one row; a row already there (another instance was first) stays as it is. */
    public void insert(MonthFigures f) {
        // Typed binds: a null median or capacity figure needs its column's type.
        NativeQuery<?> insert = em.createNativeQuery("""
                insert into statistics_month (month, area_level, area_code, waiting_start, registered, returned,
                    moved_in, moved_out, attached, withdrawn, expired, merged, moved_away, waiting_end,
                    waiting_under_3_months, waiting_3_to_6_months, waiting_6_to_12_months, waiting_12_to_24_months,
                    waiting_over_24_months, wait_median_days, wait_p90_days, providers_accepting, spaces_offered,
                    spaces_used, computed_at)
                values (:month, :level, :code, :start, :registered, :returned, :movedIn, :movedOut, :attached,
                    :withdrawn, :expired, :merged, :movedAway, :end, :b3, :b6, :b12, :b24, :bOver, :median, :p90,
                    :accepting, :offered, :used, :at)
                on conflict do nothing""").unwrap(NativeQuery.class);
        insert.setParameter("median", f.waitMedianDays(), BigDecimal.class).setParameter("p90", f.waitP90Days(), BigDecimal.class)
                .setParameter("accepting", f.providersAccepting(), Integer.class)
                .setParameter("offered", f.spacesOffered(), Integer.class);
        insert.setParameter("month", f.month()).setParameter("level", f.level()).setParameter("code", f.code())
                .setParameter("start", f.waitingStart()).setParameter("registered", f.registered())
                .setParameter("returned", f.returned()).setParameter("movedIn", f.movedIn())
                .setParameter("movedOut", f.movedOut()).setParameter("attached", f.attached())
                .setParameter("withdrawn", f.withdrawn()).setParameter("expired", f.expired())
                .setParameter("merged", f.merged()).setParameter("movedAway", f.movedAway())
                .setParameter("end", f.waitingEnd()).setParameter("b3", f.waitingUnder3Months())
                .setParameter("b6", f.waiting3To6Months()).setParameter("b12", f.waiting6To12Months())
                .setParameter("b24", f.waiting12To24Months()).setParameter("bOver", f.waitingOver24Months())
                .setParameter("used", f.spacesUsed()).setParameter("at", f.computedAt())
                .executeUpdate();
    }

    /** One small aggregate, so that a request can tell whether its cached publication is current. */
    public Version version() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), max(computed_at) from statistics_month",
                Object[].class).getSingleResult();
        return new Version(n(row[0]), row[1] == null ? null : instant(row[1]));
    }

    /** The population of each community that has one. */
    public Map<UUID, Population> populations() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select community_id, population, source, year from community_population", Object[].class)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> new Population(
                ((Number) row[1]).intValue(), (String) row[2], ((Number) row[3]).intValue())));
    }

    private static MonthFigures figures(Object[] r) {
        return new MonthFigures(date(r[0]), (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]),
                n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]), n(r[14]), n(r[15]),
                n(r[16]), n(r[17]), n(r[18]), (BigDecimal) r[19], (BigDecimal) r[20], integer(r[21]), integer(r[22]),
                n(r[23]), instant(r[24]));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
