-- Cases taken over from another system (docs/import.md): the source key, the case Lotse made of it, and the
-- intake part as last imported, so that the same record again changes nothing and a changed one applies its
-- differences.
create table imported_case (
    jobcenter_id  varchar(50)  not null,
    source_system varchar(40)  not null,
    source_id     varchar(100) not null,
    case_id       uuid         not null unique,
    part          jsonb        not null,
    part_hash     varchar(64)  not null,
    imported_at   timestamptz  not null,
    imported_by   varchar(150) not null,
    updated_at    timestamptz,
    primary key (jobcenter_id, source_system, source_id)
);
