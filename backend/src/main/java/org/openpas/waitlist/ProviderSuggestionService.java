package org.openpas.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.clinic.ClinicService;
import org.openpas.common.ProblemException;
import org.openpas.provider.CapacityService;
import org.openpas.provider.Provider;
import org.openpas.provider.ProviderService;
import org.openpas.waitlist.BatchSelection.Band;

/**
 * For a coordinator: the providers of an entry's community with room for it, best fit first, each with why.
 * A handful of queries whatever the number of providers: who works in the community (clinic), their capacity
 * and panels (provider, panel), their open proposals and recent attachments by band (waitlist).
 */
@ApplicationScoped
public class ProviderSuggestionService {

    /** At most this many suggestions. */
    static final int LIMIT = 50;

    public enum Reason { SPEAKS_LANGUAGE, GENDER_PREFERENCE_MET, COMPLEXITY_SHARE_OPEN, MOST_ROOM }

    /** A provider with room for the entry: room this month and under the desired panel size (both less open proposals). */
    public record Suggestion(UUID providerId, String providerName, String clinicName, int availableThisMonth,
            int panelRoom, int fit, List<Reason> reasons) {

        int room() {
            return Math.min(availableThisMonth, panelRoom);
        }
    }

    private final WaitlistRepository entries;
    private final WaitlistAccess access;
    private final ClinicService clinics;
    private final CapacityService capacity;
    private final ProviderService providers;
    private final AuditLog audit;

    public ProviderSuggestionService(WaitlistRepository entries, WaitlistAccess access, ClinicService clinics,
            CapacityService capacity, ProviderService providers, AuditLog audit) {
        this.entries = entries;
        this.access = access;
        this.clinics = clinics;
        this.capacity = capacity;
        this.providers = providers;
        this.audit = audit;
    }

    @Transactional
    public List<Suggestion> suggest(UUID entryId) {
        WaitlistEntry entry = entries.findByIdOptional(entryId)
                .orElseThrow(() -> ProblemException.notFound("Waitlist entry", entryId));
        access.requireSuggestionReader(entry);
        Map<UUID, String> working = clinics.providersWorkingIn(entry.communityId);
        Map<UUID, CapacityService.Room> rooms = capacity.offeredRooms(working.keySet());
        Map<UUID, Integer> open = entries.openProposals(rooms.keySet());
        var recent = entries.attachmentsByBand(rooms.keySet(), Instant.now().minus(PatientRequestService.RECENT));
        Map<UUID, Provider> people = providers.byIds(rooms.keySet());
        BatchSelection.Entry patient = WaitingCandidates.view(entry);
        List<Suggestion> withRoom = new ArrayList<>();
        rooms.forEach((id, room) -> {
            int proposals = open.getOrDefault(id, 0);
            int remaining = room.remainingThisMonth() - proposals;
            int panelRoom = room.panelRoom() - proposals;
            Provider provider = people.get(id);
            if (remaining > 0 && panelRoom > 0 && provider != null) {
                BatchSelection.Provider facts = PatientRequestService.provider(provider, room, recent);
                List<Reason> reasons = new ArrayList<>();
                int fit = 0;
                if (facts.languages().contains(entry.preferredLanguage)) {
                    reasons.add(Reason.SPEAKS_LANGUAGE);
                    fit += entry.interpreterNeeded ? 40 : 20;
                }
                if (!"NO_PREFERENCE".equals(entry.providerGenderPreference) && BatchSelection.meetsPreference(facts, patient)) {
                    reasons.add(Reason.GENDER_PREFERENCE_MET);
                    fit += 30;
                }
                if (BatchSelection.shareOpen(facts, Band.valueOf(entry.complexity))) {
                    reasons.add(Reason.COMPLEXITY_SHARE_OPEN);
                    fit += 20;
                }
                withRoom.add(new Suggestion(id, provider.name, working.get(id), remaining, panelRoom, fit, reasons));
            }
        });
        int most = withRoom.stream().mapToInt(Suggestion::room).max().orElse(0);
        List<Suggestion> suggestions = withRoom.stream()
                .map(s -> s.room() < most ? s : withMostRoom(s))
                .sorted(Comparator.comparingInt(Suggestion::fit).reversed()
                        .thenComparing(Comparator.comparingInt(Suggestion::room).reversed())
                        .thenComparing(Suggestion::providerName).thenComparing(Suggestion::providerId))
                .limit(LIMIT).toList();
        audit.success("WAITLIST_SUGGESTIONS_READ", "WAITLIST_ENTRY", entry.id, entry.patientId,
                suggestions.size() + " of " + withRoom.size() + " providers with room");
        return suggestions;
    }

    private static Suggestion withMostRoom(Suggestion s) {
        List<Reason> reasons = new ArrayList<>(s.reasons());
        reasons.add(Reason.MOST_ROOM);
        return new Suggestion(s.providerId(), s.providerName(), s.clinicName(), s.availableThisMonth(), s.panelRoom(),
                s.fit() + 10, reasons);
    }
}
