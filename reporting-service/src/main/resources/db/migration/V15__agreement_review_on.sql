-- docs/domain.md §15.2: an agreement is reviewed jointly at the latest after six months (§ 15 SGB II) whether or not
-- the policy limits its validity; plan-agreed carries the review date since issue 16 (none on earlier events)
alter table caseload_case add column agreement_review_on date;
