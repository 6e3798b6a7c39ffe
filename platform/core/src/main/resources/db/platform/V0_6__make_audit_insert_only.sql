-- Audit rows and seals are never changed or removed, whichever role connects (also the owner and a
-- superuser, unless they disable triggers first — the chain shows what they did then).
create function audit_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception '% on % refused: audit records are insert-only', tg_op, tg_table_name
        using errcode = 'insufficient_privilege',
              hint = 'A correction is a new audit entry; a changed or removed entry shows in the chain verification.';
end
$$;

create trigger audit_log_insert_only before update or delete on audit_log
    for each row execute function audit_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_refuse_change();
create trigger audit_seal_insert_only before update or delete on audit_seal
    for each row execute function audit_refuse_change();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_refuse_change();
