-- The language a patient reads PAS's emails in (issue 19), as a BCP 47 tag of the six PAS writes in
-- (org.openpas.common.Locales). Null: derived from preferred_language (the language they speak), else English.
alter table patient
    add column preferred_locale varchar(7)
        constraint patient_preferred_locale_supported check (preferred_locale in ('en', 'fr', 'zh-Hans', 'zh-Hant', 'pa', 'tl'));
