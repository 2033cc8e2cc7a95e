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
import org.openpas.waitlist.BatchSelection.Band;
import org.openpas.waitlist.BatchSelection.Candidate;

/**
 * The candidates of a request for patients: the WAITING entries of consenting patients of several communities,
 * merged in waitlist order (rankAt, id), read lazily in pages per community (unlocked) and locked a few at a time
 * as the selection reaches them (SKIP LOCKED: an entry another request holds is passed by, unseen), each with
 * the household it must be matched with. Locking {@code batch} entries at a time, not the whole page, leaves the
 * rest to concurrent requests. A household one of whose members another
 * transaction holds, or one with a member who did not consent, is left out (like a locked entry): it cannot
 * be proposed whole. Remembers every entry it read, so the service changes the very entities it locked.
 */
final class WaitingCandidates implements Iterator<Candidate> {

    private final WaitlistRepository entries;
    private final int pageSize;
    private final int batch;
    private final PriorityQueue<Cursor> heads = new PriorityQueue<>(
            Comparator.comparing((Cursor cursor) -> cursor.peek().rankAt)
                    .thenComparing(cursor -> cursor.peek().id, BatchSelection.ID_ORDER));
    private final Map<UUID, WaitlistEntry> read = new HashMap<>();
    private final Map<UUID, List<WaitlistEntry>> households = new HashMap<>();
    private Candidate next;
    /** The cursor whose locked entries ran out with the last candidate taken, to refill at the next ask. */
    private Cursor drained;

    WaitingCandidates(WaitlistRepository entries, Collection<UUID> communities, int pageSize, int batch) {
        this.entries = entries;
        this.pageSize = pageSize;
        this.batch = Math.max(1, batch);
        for (UUID community : communities.stream().sorted().toList()) {
            Cursor cursor = new Cursor(community);
            if (cursor.fill()) {
                heads.add(cursor);
            }
        }
    }

    /** The entity behind a candidate or household member this stream read (and locked). */
    WaitlistEntry entity(UUID id) {
        return read.get(id);
    }

    @Override
    public boolean hasNext() {
        while (next == null && (!heads.isEmpty() || drained != null)) {
            if (drained != null) { // read and lock more only when the selection asks for another candidate
                if (drained.fill()) {
                    heads.add(drained);
                }
                drained = null;
                continue;
            }
            Cursor cursor = heads.poll();
            WaitlistEntry entry = cursor.take();
            if (cursor.peek() != null) {
                heads.add(cursor);
            } else {
                drained = cursor;
            }
            read.put(entry.id, entry);
            List<WaitlistEntry> household = householdOf(entry);
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
    private List<WaitlistEntry> householdOf(WaitlistEntry entry) {
        if (entry.householdId == null || !entry.matchWithHousehold) {
            return List.of();
        }
        List<WaitlistEntry> members = households.get(entry.householdId);
        if (members == null) {
            WaitlistRepository.Household household = entries.household(entry);
            boolean whole = household.locked().size() == household.members() && household.consenting() == household.members();
            members = new ArrayList<>();
            if (whole) {
                members.add(entry);
                members.addAll(household.locked());
                members.forEach(member -> read.put(member.id, member));
            }
            households.put(entry.householdId, members);
        }
        if (members.isEmpty()) {
            return null;
        }
        return members.stream().filter(member -> !member.id.equals(entry.id)).toList();
    }

    static BatchSelection.Entry view(WaitlistEntry entry) {
        return new BatchSelection.Entry(entry.id, entry.rankAt, Band.valueOf(entry.complexity), entry.preferredLanguage,
                entry.interpreterNeeded, entry.providerGenderPreference);
    }

    /** One community's WAITING entries in waitlist order: read a page at a time, locked a batch at a time. */
    private final class Cursor {
        private final UUID community;
        private final Deque<WaitlistRepository.Queued> queued = new ArrayDeque<>();
        private final Deque<WaitlistEntry> locked = new ArrayDeque<>();
        private WaitlistRepository.Queued lastRead;
        private boolean exhausted;

        Cursor(UUID community) {
            this.community = community;
        }

        WaitlistEntry peek() {
            return locked.peekFirst();
        }

        WaitlistEntry take() {
            return locked.pollFirst();
        }

        /** True when a locked entry is ready (reading and locking more if needed). */
        boolean fill() {
            while (locked.isEmpty() && (!queued.isEmpty() || !exhausted)) {
                if (queued.isEmpty()) {
                    List<WaitlistRepository.Queued> page = entries.waitingPage(community,
                            lastRead == null ? WaitlistRepository.BEFORE_ALL : lastRead.rankAt(),
                            lastRead == null ? new UUID(0, 0) : lastRead.id(), pageSize);
                    exhausted = page.size() < pageSize;
                    queued.addAll(page);
                    if (!page.isEmpty()) {
                        lastRead = page.get(page.size() - 1);
                    }
                }
                List<UUID> next = new ArrayList<>();
                while (next.size() < batch && !queued.isEmpty()) {
                    next.add(queued.pollFirst().id());
                }
                if (!next.isEmpty()) {
                    locked.addAll(entries.lockWaiting(next));
                }
            }
            return !locked.isEmpty();
        }
    }
}
