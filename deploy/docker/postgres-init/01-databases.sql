-- Runs once, on an empty data volume, as the superuser (POSTGRES_USER). One database per service
-- (ARCHITECTURE.md §1: no service reads another's tables), each with two roles (deploy/README.md,
-- "Database roles"): <service>_owner owns the database and runs the migrations; <service>_app is what
-- the service runs as — the migrations' grants callback gives it DML on the service's tables and
-- nothing else (no DDL, no TRUNCATE, the audit log insert-only). No other role may connect.
-- The passwords are demo values, like the development key of this Compose setup.
-- (PostgreSQL 15 and newer let nobody but the owner create objects in schema public; on older
-- versions add "revoke create on schema public from public" in each database.)

create role intake_owner login password 'lotse-dev';
create role intake_app login password 'lotse-dev';
create database intake owner intake_owner;
revoke all on database intake from public;
grant connect on database intake to intake_app;

create role assessment_owner login password 'lotse-dev';
create role assessment_app login password 'lotse-dev';
create database assessment owner assessment_owner;
revoke all on database assessment from public;
grant connect on database assessment to assessment_app;

create role planning_owner login password 'lotse-dev';
create role planning_app login password 'lotse-dev';
create database planning owner planning_owner;
revoke all on database planning from public;
grant connect on database planning to planning_app;

create role network_owner login password 'lotse-dev';
create role network_app login password 'lotse-dev';
create database network owner network_owner;
revoke all on database network from public;
grant connect on database network to network_app;

create role reporting_owner login password 'lotse-dev';
create role reporting_app login password 'lotse-dev';
create database reporting owner reporting_owner;
revoke all on database reporting from public;
grant connect on database reporting to reporting_app;
