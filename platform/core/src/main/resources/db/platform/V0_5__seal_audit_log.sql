-- Tamper evidence for the audit log (docs/architecture.md, Privacy): every row carries a MAC of its
-- content made with a key the database never sees; after commit the sealer chains the rows whose MAC
-- verifies, one seal per row at a contiguous position (independent of the id and its gaps).
alter table audit_log
    add column key_id  varchar(50),  -- the key the row MAC was made with (rows before this migration: null)
    add column nonce   bigint,       -- random per row: two identical entries have different MACs, a copy the same
    add column row_mac bytea;        -- HMAC-SHA256 of the row's content (without id)

create table audit_seal (
    position  bigint      primary key check (position > 0),  -- 1, 2, 3, … without gaps
    audit_id  bigint      not null,                           -- the sealed audit_log row
    key_id    varchar(50) not null,                           -- the key of this link
    row_mac   bytea       not null,                           -- the sealed row's MAC, as verified when sealing
    chain_mac bytea       not null,                           -- HMAC(position, audit_id, row_mac, previous chain_mac)
    sealed_at timestamptz not null default now()
);
create unique index audit_seal_audit_id on audit_seal (audit_id);
-- a copy of a sealed row has the same MAC: the sealer looks it up here and refuses it
create unique index audit_seal_row_mac on audit_seal (row_mac);

-- The sealer's bookkeeping (not evidence: changing it can only leave rows unsealed, which verification reports).
create table audit_seal_state (
    singleton         boolean      primary key default true check (singleton),
    chain             varchar(100),                 -- the chain's name, fixed by the first pass
    examined_through  bigint       not null default 0,
    legacy_through    bigint       not null default 0, -- rows up to here predate the chain and have no MAC
    anchored_position bigint       not null default 0,
    anchored_at       timestamptz  not null default now()  -- the first anchor follows one interval after this
);
insert into audit_seal_state (legacy_through) select coalesce(max(id), 0) from audit_log;

-- Ids skipped while examining: rolled back, or committed later than a higher id; looked at for a while.
create table audit_seal_gap (
    from_id   bigint      primary key,
    to_id     bigint      not null,
    opened_at timestamptz not null
);
