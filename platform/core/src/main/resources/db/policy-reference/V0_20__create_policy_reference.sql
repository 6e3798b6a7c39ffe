-- A service's copy of each Jobcenter's current policy settings, fed by policy-changed (intake owns
-- the policy). Settings are the flattened name=value pairs of the event.
create table policy_reference (
    jobcenter_id   varchar(50) primary key,
    policy_version integer     not null,
    preset_code    varchar(20) not null,
    settings       jsonb       not null,
    changed_at     timestamptz not null,
    recorded_at    timestamptz not null default now()
);
