-- The Jobcenter's own record (docs/domain.md §13, docs/intake.md): name and address for letters, and the
-- Bundesland (and region) whose public holidays working-day deadlines skip. One row per Jobcenter; version
-- counts the changes (optimistic locking of PUT /api/jobcenter).
create table jobcenter_record (
    jobcenter_id  varchar(50)  primary key,
    name          varchar(200) not null,
    street        varchar(200),
    postal_code   varchar(10),
    city          varchar(100),
    phone         varchar(50),
    email         varchar(200),
    contact_hours varchar(500),
    state_code    varchar(2)   not null,
    region_code   varchar(10),
    version       bigint       not null,
    changed_by    varchar(150) not null,
    changed_at    timestamptz  not null
);
