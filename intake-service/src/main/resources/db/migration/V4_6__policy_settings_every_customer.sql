-- Policy versions stored before issue 16 lack access.everyCustomer (docs/domain.md §4.1, §18.1) and still carry
-- agreementType, which is no setting any more (the agreement's legal form follows its date, §15). Stored versions
-- keep their rules: everyCustomer is false for them; a Jobcenter adopts the new UCKERMARK preset as a new version.
update jobcenter_policy
set settings = jsonb_set(settings - 'agreementType', '{access,everyCustomer}', 'false'::jsonb, true)
where not (settings -> 'access' ? 'everyCustomer') or settings ? 'agreementType';
