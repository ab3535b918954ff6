-- Responsibility by team: a rule is a team's (letters, postal codes; the team's kind decides the
-- age) or a caseworker's within the caseworker's team. Rules are ended, never deleted, so what
-- assigned a customer stays recorded.
alter table assignment_rule add column team_id bigint references team (id);
alter table assignment_rule alter column caseworker_id drop not null;
alter table assignment_rule add column ended_by varchar(64);
alter table assignment_rule add column ended_at timestamp(6) with time zone;
alter table assignment_rule add constraint ck_assignment_rule_kind
    check ((team_id is null and caseworker_id is not null) or (team_id is not null and caseworker_id is null));
alter table assignment_rule add constraint ck_assignment_rule_end
    check ((ended_at is null and ended_by is null) or (ended_at is not null and ended_by is not null));
create index ix_assignment_rule_team on assignment_rule (team_id);

-- A customer no rule gives a caseworker waits in the queue of the responsible team, for its team
-- lead to assign: either a caseworker or a team's queue, never both, never neither.
alter table customer alter column caseworker_id drop not null;
alter table customer add column queue_team_id bigint references team (id);
alter table customer add column queued_at timestamp(6) with time zone;
alter table customer add constraint ck_customer_responsible
    check ((caseworker_id is not null and queue_team_id is null and queued_at is null)
        or (caseworker_id is null and queue_team_id is not null and queued_at is not null));
create index ix_customer_queue on customer (queue_team_id, queued_at);

-- Every assignment is history: the first (arrival), a team lead's handover, a move to the team
-- now responsible, into and out of a team's queue, a re-entry; from and to a caseworker or a
-- team's queue, with the team at the time and the rule that decided it. Existing rows were handovers.
alter table reassignment alter column from_caseworker_id drop not null;
alter table reassignment alter column to_caseworker_id drop not null;
alter table reassignment add column from_team_id bigint references team (id);
alter table reassignment add column to_team_id bigint references team (id);
alter table reassignment add column kind varchar(16) default 'HANDOVER' not null;
alter table reassignment add column rule_id bigint references assignment_rule (id);
alter table reassignment add constraint ck_reassignment_to
    check (to_caseworker_id is not null or to_team_id is not null);
create index ix_reassignment_from on reassignment (from_caseworker_id, reassigned_at);
create index ix_reassignment_to on reassignment (to_caseworker_id, reassigned_at);

-- A run of the benefits file counts the customers it moved to another team.
alter table import_run add column moved integer default 0 not null;
