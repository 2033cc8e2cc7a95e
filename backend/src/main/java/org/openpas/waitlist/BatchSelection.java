package org.openpas.waitlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Which waiting entries a provider's request for patients proposes, and which better-ranked ones it passes
 * over and why. A pure function of its inputs (no clock, no database, no randomness, no iteration over hash
 * order), so the same inputs always give the same proposals; {@link PatientRequestService} feeds it the
 * candidates it locked, and the property tests ({@code BatchSelectionPropertiesTest}) feed it random ones.
 *
 * <p>The rules, in docs/features.md words:
 * <ul>
 * <li>{@code granted} = min(count asked, this month's remaining capacity less the open proposals, the panel
 * room under the desired size less the open proposals), never below 0. Nothing beyond it is proposed.</li>
 * <li>Candidates are walked in rank order ({@code rankAt}, then id). A candidate is taken with its household
 * (the WAITING members of its household and community who asked to be matched together): all or none.</li>
 * <li>A candidate is passed over, with the first reason that applies to it or a member of its household:
 * {@code PREFERENCE} the provider does not meet a provider-gender preference; {@code LANGUAGE} someone needs
 * an interpreter in a language the provider does not speak; {@code HOUSEHOLD_TOO_LARGE} the household needs
 * more slots than are left; {@code COMPLEXITY_SHARE_FULL} a band would exceed its allowance.</li>
 * <li>Complexity allowance of band b = ceil(pct(b) x (R + granted) / 100), where R is the provider's attachments
 * of the last 90 days; a band is used by its recent attachments plus the entries already chosen.</li>
 * <li>A passed-over entry is recorded only when an entry ranked after it is proposed in the same request
 * (that is what "passed over" means); a household is matched at the place of its best-ranked member, so the
 * members that come with it pass nobody. The walk stops when the slots are filled or after {@code scanCap}
 * candidates.</li>
 * </ul>
 */
public final class BatchSelection {

    private BatchSelection() {
    }

    public enum Band { LOW, MODERATE, HIGH }

    public enum Rule { RANK_ORDER, COMPLEXITY_MIX, LANGUAGE_MATCH, HOUSEHOLD }

    public enum SkipReason { COMPLEXITY_SHARE_FULL, LANGUAGE, HOUSEHOLD_TOO_LARGE, PREFERENCE }

    /** Ids in PostgreSQL's order of uuid (their 16 bytes, unsigned), not {@link UUID#compareTo}'s (signed). */
    public static final Comparator<UUID> ID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** Waitlist order, as the database sorts it: the earlier {@code rankAt} first, then the smaller id. */
    public static final Comparator<Entry> ORDER = Comparator.comparing(Entry::rankAt).thenComparing(Entry::id, ID_ORDER);

    /**
     * The provider: the languages they speak (ISO 639 codes), their gender (FEMALE, MALE, X or null when not
     * stated), their complexity mix in percent and their attachments of the last 90 days by band.
     */
    public record Provider(Set<String> languages, String gender, Map<Band, Integer> mixPercent,
            Map<Band, Integer> recentAttachments) {

        public Provider {
            languages = Set.copyOf(languages);
            mixPercent = Map.copyOf(mixPercent);
            recentAttachments = Map.copyOf(recentAttachments);
        }

        int recent(Band band) {
            return recentAttachments.getOrDefault(band, 0);
        }

        int recentTotal() {
            return recent(Band.LOW) + recent(Band.MODERATE) + recent(Band.HIGH);
        }
    }

    /**
     * The room: patients asked for, this month's remaining capacity (before open proposals), the panel room
     * under the desired size (already less the open proposals) and the open proposals.
     */
    public record Room(int requested, int remainingThisMonth, int panelRoom, int outstandingProposals) {

        public int granted() {
            return Math.max(0, Math.min(requested, Math.min(remainingThisMonth - outstandingProposals, panelRoom)));
        }
    }

    /** A waiting entry as the selection sees it (genderPreference: NO_PREFERENCE, FEMALE or MALE). */
    public record Entry(UUID id, Instant rankAt, Band band, String language, boolean interpreterNeeded,
            String genderPreference) {
    }

    /** An entry and the other members of its household to be matched with it (empty when none or not asked). */
    public record Candidate(Entry entry, List<Entry> household) {

        public Candidate {
            household = List.copyOf(household);
        }

        List<Entry> group() {
            List<Entry> group = new ArrayList<>(1 + household.size());
            group.add(entry);
            group.addAll(household);
            return group;
        }
    }

    public record Proposal(Entry entry, Rule rule) {
    }

    public record Skip(Entry entry, SkipReason reason) {
    }

    /** What was chosen, in the order chosen; the skips in rank order; how many candidates were read. */
    public record Result(int granted, List<Proposal> proposals, List<Skip> skips, int scanned) {
    }

    public static Result select(Provider provider, Room room, Iterator<Candidate> candidates, int scanCap) {
        return select(provider, room, candidates, scanCap, candidate -> true);
    }

    /**
     * As above, with {@code claim} asked for each candidate (and household) about to be proposed: false when
     * it can no longer be had (a concurrent request holds it, or it left WAITING since it was read), and the
     * walk goes on as if it had never been there (neither proposed nor passed over).
     */
    public static Result select(Provider provider, Room room, Iterator<Candidate> candidates, int scanCap,
            Predicate<Candidate> claim) {
        int granted = room.granted();
        int total = provider.recentTotal() + granted;
        Map<Band, Integer> allowance = new EnumMap<>(Band.class);
        Map<Band, Integer> used = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            allowance.put(band, ceilPercent(provider.mixPercent().getOrDefault(band, 0), total));
            used.put(band, provider.recent(band));
        }
        List<Proposal> proposals = new ArrayList<>();
        List<Skip> passedOver = new ArrayList<>();
        Set<UUID> chosen = new HashSet<>();
        boolean complexityPassedOver = false;
        int scanned = 0;
        while (proposals.size() < granted && scanned < scanCap && candidates.hasNext()) {
            Candidate candidate = candidates.next();
            scanned++;
            if (chosen.contains(candidate.entry().id())) {
                continue; // proposed already, with a better-ranked member of its household
            }
            List<Entry> group = candidate.group();
            SkipReason reason = reasonToPass(provider, group, granted - proposals.size(), allowance, used);
            if (reason != null) {
                passedOver.add(new Skip(candidate.entry(), reason));
                complexityPassedOver |= reason == SkipReason.COMPLEXITY_SHARE_FULL;
                continue;
            }
            if (!claim.test(candidate)) {
                continue;
            }
            Entry lead = candidate.entry();
            Rule rule = lead.interpreterNeeded() ? Rule.LANGUAGE_MATCH
                    : complexityPassedOver ? Rule.COMPLEXITY_MIX : Rule.RANK_ORDER;
            for (Entry member : group) {
                proposals.add(new Proposal(member, member == lead ? rule : Rule.HOUSEHOLD));
                chosen.add(member.id());
                used.merge(member.band(), 1, Integer::sum);
            }
        }
        // A household is matched at the place of its best-ranked member (its lead): the members that follow it
        // pass nobody, so "passed over" means ranked before a proposed lead.
        Entry last = proposals.stream().filter(p -> p.rule() != Rule.HOUSEHOLD).map(Proposal::entry).max(ORDER).orElse(null);
        List<Skip> skips = last == null ? List.of()
                : passedOver.stream().filter(skip -> ORDER.compare(skip.entry(), last) < 0).toList();
        return new Result(granted, List.copyOf(proposals), skips, scanned);
    }

    /** Why the group cannot be proposed now (null: it can). */
    static SkipReason reasonToPass(Provider provider, List<Entry> group, int slotsLeft, Map<Band, Integer> allowance,
            Map<Band, Integer> used) {
        if (!group.stream().allMatch(entry -> meetsPreference(provider, entry))) {
            return SkipReason.PREFERENCE;
        }
        if (!group.stream().allMatch(entry -> speaksIfNeeded(provider, entry))) {
            return SkipReason.LANGUAGE;
        }
        if (group.size() > slotsLeft) {
            return SkipReason.HOUSEHOLD_TOO_LARGE;
        }
        Map<Band, Integer> wanted = new EnumMap<>(Band.class);
        group.forEach(entry -> wanted.merge(entry.band(), 1, Integer::sum));
        for (Map.Entry<Band, Integer> band : wanted.entrySet()) {
            if (used.get(band.getKey()) + band.getValue() > allowance.get(band.getKey())) {
                return SkipReason.COMPLEXITY_SHARE_FULL;
            }
        }
        return null;
    }

    /** No preference, or the provider's stated gender is the one preferred. */
    public static boolean meetsPreference(Provider provider, Entry entry) {
        String preference = entry.genderPreference();
        return preference == null || "NO_PREFERENCE".equals(preference) || preference.equals(provider.gender());
    }

    /** The patient needs no interpreter, or the provider speaks their language. */
    public static boolean speaksIfNeeded(Provider provider, Entry entry) {
        return !entry.interpreterNeeded() || provider.languages().contains(entry.language());
    }

    /** Whether one more patient of the band fits the provider's mix (for a request of one). */
    public static boolean shareOpen(Provider provider, Band band) {
        int allowance = ceilPercent(provider.mixPercent().getOrDefault(band, 0), provider.recentTotal() + 1);
        return provider.recent(band) + 1 <= allowance;
    }

    /** ceil(percent x total / 100). */
    static int ceilPercent(int percent, int total) {
        return (percent * total + 99) / 100;
    }
}
