-- Every read of protected customer data and every security-relevant decision (Sozialdatenschutz).
create table audit_log (
    id             bigserial primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(150) not null,
    actor_roles    varchar(200) not null,
    jobcenter_id   varchar(50),
    action         varchar(100) not null,
    resource_type  varchar(100) not null,
    resource_id    varchar(100),
    case_id        uuid,
    purpose        varchar(200),
    correlation_id varchar(100)
);
create index audit_log_case on audit_log (case_id, occurred_at);
create index audit_log_actor on audit_log (actor, occurred_at);
