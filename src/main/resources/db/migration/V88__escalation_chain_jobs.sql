-- Issue 19: an escalation chain is no longer a TaskEscalationProcess instance but one timer job at a time in the engine's
-- job table (ACT_RU_JOB, handler type escalation-step): the job of its next step. The link keeps that job's id; the chains
-- started before this version are process instances and keep their process_instance_id until they are stopped or end
-- (their model stays deployed). Exactly one of the two is set.
--
-- escalation.chain_id stays the chain's id: the process instance's id for a chain started before this version, the id of
-- its first step's job since (EscalationChains): unique per chain, so each rung is still raised once per chain.
alter table escalation_chain alter column process_instance_id drop not null;
alter table escalation_chain add column job_id varchar(64);
alter table escalation_chain add constraint escalation_chain_one_watcher check (num_nonnulls(job_id, process_instance_id) = 1);
