-- docs/domain.md §16.1: a contact recorded in the after-care period of a closed case (it never counts toward density)
alter table contact add column after_care boolean not null default false;
