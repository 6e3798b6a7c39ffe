-- docs/import.md: days a taken-over history carries and an export gives back. A team lead's decision on an extension
-- has its day (live: the day it was made); an agreement its signature day (an EinV a. F. was signed, a
-- Kooperationsplan needs no signature). Null for what was recorded before.
alter table continuation_review add column decided_on date;
alter table agreement add column signed_on date;
