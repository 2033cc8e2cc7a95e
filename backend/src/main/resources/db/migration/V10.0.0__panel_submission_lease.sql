-- Panel files are claimed by one API instance at a time, under a lease it renews while it applies the
-- file; any instance takes up a file whose lease expired (its holder died). See PanelSubmissionProcessor.
alter table panel_submission
    add column claimed_by  varchar(100),
    add column lease_until timestamptz,
    add column attempts    int not null default 0;
-- The claim query reads the few pending submissions through panel_submission_pending_idx (V2.1.0).
