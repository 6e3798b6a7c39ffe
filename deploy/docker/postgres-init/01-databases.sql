-- one database per service (ARCHITECTURE.md §1: no service reads another's tables)
create database intake;
create database assessment;
create database planning;
create database network;
create database reporting;
