-- Flyway runs this after every migration run, as the owner role, in one transaction: the application
-- role (placeholder approle = datasources.default.username) gets DML on every table and sequence of
-- the service's schema — tables of later migrations and databases migrated before this callback
-- existed included — and nothing else: no DDL, no TRUNCATE, nothing on the migration history, and
-- the audit log is insert-only. It also refuses to go on when the application role could do more.

-- several instances may start at once; concurrent GRANTs on one object fail ("tuple concurrently updated")
select pg_advisory_xact_lock(hashtext('lotse-grant-application-role'));

do $$
begin
    if '${approle}' = current_user then
        raise exception 'the application role (%) must not be the migration (owner) role', current_user;
    end if;
    if not exists (select 1 from pg_roles where rolname = '${approle}') then
        raise exception 'the application role ${approle} does not exist';
    end if;
    if exists (select 1 from pg_roles where rolname = '${approle}'
               and (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolreplication)) then
        raise exception 'the application role ${approle} has administrative attributes (superuser, createrole, createdb, bypassrls or replication)';
    end if;
    if pg_has_role('${approle}', current_user, 'MEMBER') then
        raise exception 'the application role ${approle} is a member of the owner role %', current_user;
    end if;
    if has_schema_privilege('${approle}', 'public', 'CREATE') then
        raise exception 'the application role ${approle} may create objects in schema public: revoke create on schema public from public (PostgreSQL 14 and older grant it to everyone)';
    end if;
end
$$;

grant usage on schema public to "${approle}";
revoke truncate, references, trigger on all tables in schema public from "${approle}";
grant select, insert, update, delete on all tables in schema public to "${approle}";
grant usage on all sequences in schema public to "${approle}";
revoke all on flyway_schema_history from "${approle}";
-- the audit trail and its seals are written, never rewritten, by the service
revoke update, delete, truncate on audit_log, audit_seal from "${approle}";
