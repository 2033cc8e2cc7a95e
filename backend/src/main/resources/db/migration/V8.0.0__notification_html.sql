-- Emails are sent as plain text and HTML (issue 13: bodies from Qute templates). Older rows have no HTML.
alter table notification add column html_body varchar(16000);
