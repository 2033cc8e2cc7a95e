package org.openpas.waitlist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpas.waitlist.BatchSelection.Band;
import org.openpas.waitlist.BatchSelection.Candidate;
import org.openpas.waitlist.WaitlistRepository.Waiting;

/**
 * The candidates of a request for patients: the WAITING entries of consenting patients of several communities,
 * merged in waitlist order (rankAt, id), read lazily a page at a time per community as plain rows (no entity,
 * no lock), each with the household it must be matched with (a household with a member who did not consent
 * cannot be proposed whole and is left out). Only what the selection chooses is locked, by {@link #claim}
 * (SKIP LOCKED): a request reads hundreds of entries to pass over and locks only the few it proposes, and an
 * entry a concurrent request holds is passed by, unseen. Remembers every row it read and every entity it
 * locked, so the service changes the very entities it locked.
 */
final class WaitingCandidates implements Iterator<Candidate> {

    private final WaitlistRepository entries;
    private final int pageSize;
    private final PriorityQueue<Cursor> heads = new PriorityQueue<>(
            Comparator.comparing((Cursor cursor) -> cursor.peek().rankAt())
                    .thenComparing(cursor -> cursor.peek().id(), BatchSelection.ID_ORDER));
    private final Map<UUID, Waiting> read = new HashMap<>();
    private final Map<UUID, WaitlistEntry> locked = new HashMap<>();
    /** Household id to its members in waitlist order; empty when it cannot be proposed whole. */
    private final Map<UUID, List<Waiting>> households = new HashMap<>();
    private Candidate next;

    WaitingCandidates(WaitlistRepository entries, Collection<UUID> communities, int pageSize) {
        this.entries = entries;
        this.pageSize = pageSize;
        for (UUID community : communities.stream().sorted().toList()) {
            Cursor cursor = new Cursor(community);
            if (cursor.fill()) {
                heads.add(cursor);
            }
        }
    }

    /** The row of an entry or household member this stream read. */
    Waiting row(UUID id) {
        return read.get(id);
    }

    /** The locked entity of an entry {@link #claim} took. */
    WaitlistEntry entity(UUID id) {
        return locked.get(id);
    }

    /**
     * Locks the candidate and its household (SKIP LOCKED): true when every one of them is still WAITING and no
     * other transaction holds any; false and the selection passes it by, as if it were not there.
     */
    boolean claim(Candidate candidate) {
        List<UUID> ids = candidate.group().stream().map(BatchSelection.Entry::id).toList();
        List<WaitlistEntry> got = entries.lockWaiting(ids);
        if (got.size() != ids.size()) {
            return false;
        }
        got.forEach(entry -> locked.put(entry.id, entry));
        return true;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !heads.isEmpty()) {
            Cursor cursor = heads.poll();
            Waiting entry = cursor.take();
            if (cursor.fill()) {
                heads.add(cursor);
            }
            List<Waiting> household = householdOf(entry);
            if (household != null) {
                next = new Candidate(view(entry), household.stream().map(WaitingCandidates::view).toList());
            }
        }
        return next != null;
    }

    @Override
    public Candidate next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Candidate candidate = next;
        next = null;
        return candidate;
    }

    /** The members to be matched with the entry (empty: none), or null when the household cannot be proposed whole. */
    private List<Waiting> householdOf(Waiting entry) {
        if (entry.householdId() == null || !entry.matchWithHousehold()) {
            return List.of();
        }
        List<Waiting> members = households.getOrDefault(entry.householdId(), List.of());
        if (members.isEmpty()) {
            return null;
        }
        return members.stream().filter(member -> !member.id().equals(entry.id())).toList();
    }

    /** Reads the households of a page's entries at once (one statement a page). */
    private void readHouseholds(UUID community, List<Waiting> page) {
        List<UUID> unknown = page.stream().filter(entry -> entry.householdId() != null && entry.matchWithHousehold())
                .map(Waiting::householdId).filter(household -> !households.containsKey(household)).distinct().toList();
        Map<UUID, List<Waiting>> found = entries.householdsWaiting(community, unknown).stream()
                .collect(Collectors.groupingBy(Waiting::householdId));
        for (UUID household : unknown) {
            List<Waiting> members = found.getOrDefault(household, List.of());
            boolean whole = !members.isEmpty() && members.stream().allMatch(Waiting::consentToShare);
            households.put(household, whole ? members : List.of());
            if (whole) {
                members.forEach(member -> read.put(member.id(), member));
            }
        }
    }

    static BatchSelection.Entry view(Waiting entry) {
        return new BatchSelection.Entry(entry.id(), entry.rankAt(), Band.valueOf(entry.complexity()), entry.language(),
                entry.interpreterNeeded(), entry.genderPreference());
    }

    static BatchSelection.Entry view(WaitlistEntry entry) {
        return new BatchSelection.Entry(entry.id, entry.rankAt, Band.valueOf(entry.complexity), entry.preferredLanguage,
                entry.interpreterNeeded, entry.providerGenderPreference);
    }

    /** One community's WAITING entries in waitlist order, read a page at a time. */
    private final class Cursor {
        private final UUID community;
        private final Deque<Waiting> queued = new ArrayDeque<>();
        private Waiting lastRead;
        private boolean exhausted;

        Cursor(UUID community) {
            this.community = community;
        }

        Waiting peek() {
            return queued.peekFirst();
        }

        Waiting take() {
            return queued.pollFirst();
        }

        /** True when an entry is ready (reading the next page if needed). */
        boolean fill() {
            if (queued.isEmpty() && !exhausted) {
                List<Waiting> page = entries.waitingPage(community,
                        lastRead == null ? WaitlistRepository.BEFORE_ALL : lastRead.rankAt(),
                        lastRead == null ? new UUID(0, 0) : lastRead.id(), pageSize);
                exhausted = page.size() < pageSize;
                if (!page.isEmpty()) {
                    lastRead = page.get(page.size() - 1);
                    page.forEach(entry -> read.put(entry.id(), entry));
                    readHouseholds(community, page);
                    queued.addAll(page);
                }
            }
            return !queued.isEmpty();
        }
    }
}
