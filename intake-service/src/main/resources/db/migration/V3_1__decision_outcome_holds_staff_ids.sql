-- A decision's outcome names the FM it assigns (deputy, reassignment, caseload override), and staff
-- ids may have 150 characters like everywhere else; 40 refused a valid id with a database error (500).
alter table case_decision alter column outcome type varchar(150);
