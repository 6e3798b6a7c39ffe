-- Every policy version a service has received, with the day it takes effect (docs/domain.md §11.1): a record
-- dated in the past (an imported history) is judged by the version in force on its day. policy_reference keeps
-- the newest version received, as before.
create table policy_reference_version (
    jobcenter_id   varchar(50) not null,
    policy_version integer     not null,
    effective_from date        not null,
    preset_code    varchar(20) not null,
    settings       jsonb       not null,
    changed_at     timestamptz not null,
    recorded_at    timestamptz not null default now(),
    primary key (jobcenter_id, policy_version)
);

-- until now a version took effect on the day it was made
insert into policy_reference_version (jobcenter_id, policy_version, effective_from, preset_code, settings, changed_at)
select jobcenter_id, policy_version, (changed_at at time zone 'Europe/Berlin')::date, preset_code, settings, changed_at
from policy_reference;
