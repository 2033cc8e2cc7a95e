-- Counts and pages of the waitlist are index-only scans (V5.0.0), which skip the table only for pages
-- the visibility map marks all-visible. Every attach, proposal and reconfirmation updates an entry; with
-- the default thresholds (20 % of 785 000 rows) autovacuum came by after ~157 000 changes, and until then
-- counting Vancouver's 33 000 waiting entries fetched 20 000 heap rows (30-40 ms instead of 5 ms).
-- Vacuuming after 1 % of changes keeps the map fresh at a small cost.
alter table waitlist_entry set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
