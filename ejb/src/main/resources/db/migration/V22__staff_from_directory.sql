-- Staff whose login is their directory account: name, e-mail, team and roles come from the
-- directory at each login; they have no password in nahbar (the directory checks it).
alter table staff_member add column directory boolean not null default false;
