-- TEMPLATE: a service's database and its two roles on a managed PostgreSQL, run once per service by
-- an administrator (not by the services), e.g. for intake:
--   psql "host=postgres.example.internal dbname=postgres user=<admin>" \
--     -v service=intake -v owner_password='…' -v app_password='…' -f database-roles.sql
-- <service>_owner owns the database and runs the migrations (LOTSE_DB_MIGRATION_USER); <service>_app
-- is what the service runs as (LOTSE_DB_USER): the migrations' grants callback
-- (platform db/platform/afterMigrate__grant_application_role.sql) gives it select, insert, update and
-- delete on the service's tables and usage of its sequences after every migration run — no DDL, no
-- TRUNCATE, the audit log insert-only — and the service refuses to start if the role could do more
-- (superuser, member of the owner role, allowed to create objects). No other role may connect.
-- The same as deploy/docker/postgres-init/01-databases.sql and what ./lotse and the tests set up.

select format('create role %I login password %L', :'service' || '_owner', :'owner_password') \gexec
select format('create role %I login password %L', :'service' || '_app', :'app_password') \gexec
select format('create database %I owner %I', :'service', :'service' || '_owner') \gexec
select format('revoke all on database %I from public', :'service') \gexec
select format('grant connect on database %I to %I', :'service', :'service' || '_app') \gexec
-- PostgreSQL 14 and older let everyone create objects in schema public (15 and newer do not)
\connect :service
revoke create on schema public from public;
