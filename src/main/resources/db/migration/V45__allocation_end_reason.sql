-- Issue 14: a manager ends an allocation on a day they choose, with the reason; both stay in the allocation history.
-- Allocations ended before this (by a new allocation of the same kind, or by a process) have no reason.
alter table allocation add column end_reason varchar(500);
alter table allocation add column ended_by varchar(80);
