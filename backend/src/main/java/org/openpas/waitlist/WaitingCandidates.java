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
 * merged in waitlist order (rankAt, id), read lazily in pages per community and locked as they are read
 * (SKIP LOCKED), each with the household it must be matched with. A household one of whose members another
 * transaction holds, or one with a member who did not consent, is left out (like a locked entry): it cannot
 * be proposed whole. Remembers every entry it read, so the service changes the very entities it locked.
 */
final class WaitingCandidates implements Iterator<Candidate> {

    private final WaitlistRepository entries;
    private final int pageSize;
    private final PriorityQueue<Cursor> heads = new PriorityQueue<>(
            Comparator.comparing((Cursor cursor) -> cursor.peek().rankAt)
                    .thenComparing(cursor -> cursor.peek().id, BatchSelection.ID_ORDER));
    private final Map<UUID, WaitlistEntry> read = new HashMap<>();
    private final Map<UUID, List<WaitlistEntry>> households = new HashMap<>();
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

    /** The entity behind a candidate or household member this stream read (and locked). */
    WaitlistEntry entity(UUID id) {
        return read.get(id);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !heads.isEmpty()) {
            Cursor cursor = heads.poll();
            WaitlistEntry entry = cursor.take();
            if (cursor.fill()) {
                heads.add(cursor);
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

    /** One community's WAITING entries in waitlist order, a page at a time. */
    private final class Cursor {
        private final UUID community;
        private final Deque<WaitlistEntry> page = new ArrayDeque<>();
        private WaitlistEntry last;
        private boolean exhausted;

        Cursor(UUID community) {
            this.community = community;
        }

        WaitlistEntry peek() {
            return page.peekFirst();
        }

        WaitlistEntry take() {
            last = page.pollFirst();
            return last;
        }

        /** True when an entry is ready (reading the next page if needed). */
        boolean fill() {
            if (page.isEmpty() && !exhausted) {
                List<WaitlistEntry> more = entries.waitingPage(community,
                        last == null ? WaitlistRepository.BEFORE_ALL : last.rankAt, last == null ? new UUID(0, 0) : last.id,
                        pageSize);
                exhausted = more.size() < pageSize;
                page.addAll(more);
            }
            return !page.isEmpty();
        }
    }
}
