package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpas.audit.AuditLog;
import org.openpas.clinic.ClinicService;
import org.openpas.common.CurrentUser;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.provider.CapacityService;
import org.openpas.provider.Provider;
import org.openpas.waitlist.BatchSelection.Band;
import org.openpas.waitlist.PatientRequestRepository.NewSkip;
import org.openpas.waitlist.PatientRequestRepository.ProposalRow;
import org.openpas.waitlist.PatientRequestRepository.SkipRow;
import org.openpas.waitlist.WaitlistRepository.Waiting;

/**
 * A provider (or their delegate, or an admin) requests patients: in one transaction the provider's capacity
 * row is locked (racing requests and attaches for the last spaces go one at a time), the candidates of the
 * communities of the provider's clinics are read in waitlist order and locked with SKIP LOCKED (concurrent
 * requests never take the same entry), {@link BatchSelection} chooses, and the chosen entries become PROPOSED
 * to the provider as a coordinator's proposal would; the request, its proposals (rank, rule) and its skips
 * (rank, reason) are recorded.
 */
@ApplicationScoped
public class PatientRequestService {

    /** Attachments that count for the complexity mix: those of the last 90 days. */
    static final Duration RECENT = Duration.ofDays(90);

    /** A proposal of a request: the entry (as it is now), its rank when proposed, the rule. */
    public record Proposed(WaitlistEntry entry, int rank, String rule) {
    }

    /** A skip of a request: no patient identity. */
    public record Skipped(int rank, UUID communityId, String complexity, String reason) {
    }

    /** A request with its proposals (in the order chosen) and skips (in rank order). */
    public record Made(PatientRequest request, List<Proposed> proposals, List<Skipped> skipped) {
    }

    private final PatientRequestRepository requests;
    private final WaitlistRepository entries;
    private final MatchingService matching;
    private final WaitlistAccess access;
    private final CapacityService capacity;
    private final ClinicService clinics;
    private final CurrentUser user;
    private final AuditLog audit;
    private final int pageSize;
    private final int scanCap;

    public PatientRequestService(PatientRequestRepository requests, WaitlistRepository entries, MatchingService matching,
            WaitlistAccess access, CapacityService capacity, ClinicService clinics, CurrentUser user, AuditLog audit,
            @ConfigProperty(name = "pas.matching.page-size", defaultValue = "200") int pageSize,
            @ConfigProperty(name = "pas.matching.scan-cap", defaultValue = "2000") int scanCap) {
        this.requests = requests;
        this.entries = entries;
        this.matching = matching;
        this.access = access;
        this.capacity = capacity;
        this.clinics = clinics;
        this.user = user;
        this.audit = audit;
        this.pageSize = pageSize;
        this.scanCap = scanCap;
    }

    @Transactional
    public Made request(UUID providerId, int count) {
        Provider provider = access.requester(providerId, "PATIENT_REQUEST");
        CapacityService.Room room = capacity.lockedRoom(provider);
        List<UUID> communities = clinics.communitiesWhereWorks(provider.id);
        if (communities.isEmpty()) {
            throw ProblemException.conflict(provider.name + " works at no clinic, so has no community to take patients from.");
        }
        int outstanding = entries.openProposals(List.of(provider.id)).getOrDefault(provider.id, 0);
        var limits = new BatchSelection.Room(count, room.remainingThisMonth(),
                Math.max(0, room.panelRoom() - outstanding), outstanding);
        if (limits.granted() == 0) {
            throw ProblemException.conflict("No room for more patients: " + room.remainingThisMonth()
                    + " left this month, " + outstanding + " proposals still open, room for " + limits.panelRoom()
                    + " under the desired panel size.");
        }
        Instant now = Instant.now();
        BatchSelection.Provider facts = facts(provider, room, now);
        var candidates = new WaitingCandidates(entries, communities, pageSize);
        BatchSelection.Result chosen = entries.withoutAutoFlush(
                () -> BatchSelection.select(facts, limits, candidates, scanCap, candidates::claim));

        List<WaitlistEntry> proposed = chosen.proposals().stream().map(p -> candidates.entity(p.entry().id())).toList();
        List<Waiting> skipped = chosen.skips().stream().map(s -> candidates.row(s.entry().id())).toList();
        // before the entries change (ranks among WAITING)
        Map<UUID, Integer> ranks = ranks(chosen.proposals().stream().map(p -> candidates.row(p.entry().id())).toList(),
                skipped);

        PatientRequest request = new PatientRequest();
        request.providerId = provider.id;
        request.requestedAt = now;
        request.requestedBySubject = user.subject();
        request.requestedByName = user.name();
        request.requestedCount = count;
        request.remainingThisMonth = room.remainingThisMonth();
        request.panelRoom = limits.panelRoom();
        request.outstandingProposals = outstanding;
        request.granted = chosen.granted();
        requests.persist(request);

        Instant deadline = matching.defaultDeadline(now);
        List<Proposed> proposals = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            WaitlistEntry entry = proposed.get(i);
            matching.proposeLocked(entry, provider, now, deadline, null);
            proposals.add(new Proposed(entry, ranks.get(entry.id), chosen.proposals().get(i).rule().name()));
        }
        matching.tellProposed(proposed, provider, deadline);
        List<Skipped> skips = new ArrayList<>();
        List<NewSkip> rows = new ArrayList<>();
        for (int i = 0; i < skipped.size(); i++) {
            Waiting entry = skipped.get(i);
            String reason = chosen.skips().get(i).reason().name();
            skips.add(new Skipped(ranks.get(entry.id()), entry.communityId(), entry.complexity(), reason));
            rows.add(new NewSkip(entry.id(), entry.communityId(), ranks.get(entry.id()), entry.complexity(), reason));
        }
        requests.flush();
        requests.insertProposals(request.id, proposed.stream().map(e -> e.id).toList(),
                proposals.stream().map(Proposed::rank).toList(), proposals.stream().map(Proposed::rule).toList());
        requests.insertSkips(request.id, provider.id, now, rows);
        audit.success("PATIENT_REQUEST", "PROVIDER", provider.id, "asked " + count + ", granted " + chosen.granted()
                + ", proposed " + proposals.size() + ", passed over " + skips.size() + " (read " + chosen.scanned() + ")");
        return new Made(request, proposals, skips);
    }

    /** The provider's requests, newest first, with their proposals (the entries as they are now) and skips. Audited. */
    @Transactional
    public PageResult<Made> list(UUID providerId, int page, int size) {
        Provider provider = access.requester(providerId, "PATIENT_REQUEST_LIST");
        PageResult<PatientRequest> result = PageResult.of(requests.ofProvider(provider.id), page, size);
        List<Made> made = made(result.items());
        audit.success("PATIENT_REQUEST_LIST", "PROVIDER", provider.id, made.size() + " of " + result.totalItems());
        return new PageResult<>(made, page, size, result.totalItems());
    }

    /** One of the provider's requests (404 when the provider has no such request). Audited. */
    @Transactional
    public Made get(UUID providerId, UUID requestId) {
        Provider provider = access.requester(providerId, "PATIENT_REQUEST_READ");
        PatientRequest request = requests.findByIdOptional(requestId).filter(r -> r.providerId.equals(provider.id))
                .orElseThrow(() -> ProblemException.notFound("Patient request", requestId));
        audit.success("PATIENT_REQUEST_READ", "PROVIDER", provider.id, "request " + request.id);
        return made(List.of(request)).get(0);
    }

    /** The requests with their proposals (the entries as they are now) and skips: four statements for any number. */
    private List<Made> made(List<PatientRequest> found) {
        List<UUID> ids = found.stream().map(r -> r.id).toList();
        Map<UUID, List<ProposalRow>> proposals = requests.proposalsOf(ids).stream()
                .collect(Collectors.groupingBy(ProposalRow::requestId));
        Map<UUID, List<SkipRow>> skips = requests.skipsOf(ids).stream().collect(Collectors.groupingBy(SkipRow::requestId));
        List<UUID> entryIds = proposals.values().stream().flatMap(List::stream).map(ProposalRow::entryId).distinct().toList();
        Map<UUID, WaitlistEntry> byId = entryIds.isEmpty() ? Map.of()
                : entries.list("id in ?1", entryIds).stream().collect(Collectors.toMap(e -> e.id, e -> e));
        return found.stream().map(r -> new Made(r,
                proposals.getOrDefault(r.id, List.of()).stream()
                        .map(p -> new Proposed(byId.get(p.entryId()), p.rank(), p.rule())).toList(),
                skips.getOrDefault(r.id, List.of()).stream()
                        .map(s -> new Skipped(s.rank(), s.communityId(), s.complexity(), s.reason())).toList()))
                .toList();
    }

    /** The provider as the selection sees them: languages, gender, mix and recent attachments by band. */
    private BatchSelection.Provider facts(Provider provider, CapacityService.Room room, Instant now) {
        return provider(provider, room, entries.attachmentsByBand(List.of(provider.id), now.minus(RECENT)));
    }

    static BatchSelection.Provider provider(Provider provider, CapacityService.Room room,
            List<WaitlistRepository.BandCount> recent) {
        Map<Band, Integer> mix = new EnumMap<>(Band.class);
        mix.put(Band.LOW, room.mix().lowPercent());
        mix.put(Band.MODERATE, room.mix().moderatePercent());
        mix.put(Band.HIGH, room.mix().highPercent());
        Map<Band, Integer> attached = new EnumMap<>(Band.class);
        recent.stream().filter(c -> c.providerId().equals(provider.id))
                .forEach(c -> attached.merge(Band.valueOf(c.complexity()), c.count(), Integer::sum));
        return new BatchSelection.Provider(Set.copyOf(java.util.Arrays.asList(provider.languages)), provider.gender, mix,
                attached);
    }

    /** The ranks of the entries, per community: one scan of each community's queue up to the last of them. */
    private Map<UUID, Integer> ranks(List<Waiting> proposed, List<Waiting> skipped) {
        Map<UUID, List<Waiting>> byCommunity = new LinkedHashMap<>();
        for (List<Waiting> list : List.of(proposed, skipped)) {
            list.forEach(e -> byCommunity.computeIfAbsent(e.communityId(), c -> new ArrayList<>()).add(e));
        }
        Map<UUID, Integer> ranks = new HashMap<>();
        byCommunity.forEach((community, members) -> {
            Waiting last = members.stream().max(Comparator.comparing(Waiting::rankAt)
                    .thenComparing(Waiting::id, BatchSelection.ID_ORDER)).orElseThrow();
            ranks.putAll(entries.ranks(community, members.stream().map(Waiting::id).toList(), last.rankAt(), last.id()));
            // An entry passed over may have been proposed by a concurrent request since it was read: its place then.
            List<UUID> gone = members.stream().map(Waiting::id).filter(id -> !ranks.containsKey(id)).toList();
            if (!gone.isEmpty()) {
                ranks.putAll(entries.placesOf(community, gone));
            }
        });
        return ranks;
    }
}
