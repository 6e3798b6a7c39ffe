-- The consent history is the proof of every grant, limitation, renewal, revocation and expiry (SGB X
-- § 67b, Art. 7(1) DSGVO): the database itself refuses to change or remove an entry, whatever the
-- application or a hand-written statement tries. Row-level: TRUNCATE (a deliberate reset of a whole
-- database, e.g. by a test) is not affected.
create function consent_history_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'consent_history ist unveränderlich: % abgelehnt', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger consent_history_append_only
    before update or delete on consent_history
    for each row execute function consent_history_append_only();
