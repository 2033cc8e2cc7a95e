-- A skip is a record of what a request saw, not a claim on the entry: its foreign key to waitlist_entry made
-- each insert take a KEY SHARE lock on the passed-over entries, which waits for (and deadlocked with) a
-- concurrent request that was proposing one of them. Entries are never deleted, so the id stays meaningful.
alter table patient_request_skip drop constraint patient_request_skip_entry_id_fkey;
