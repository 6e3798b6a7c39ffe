-- Every audit entry names its actor (the token's sub). A token with an empty sub used to be accepted
-- and audited as actor ''; tokens are now refused without a non-blank sub, and the table refuses
-- such rows too. NOT VALID: rows written before stay as they are (the audit log is not rewritten).
alter table audit_log add constraint audit_log_actor_named check (btrim(actor) <> '') not valid;
