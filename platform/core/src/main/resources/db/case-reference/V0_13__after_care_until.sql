-- docs/domain.md §16.1: within the after-care period (Nachbetreuung) after an integration, contacts and notes may
-- still be recorded on a closed case; case-closed carries its end
alter table case_reference add column after_care_until date;
