-- A safety plan action still open when its risk is closed is no longer needed: it ends, and its owner's task with it.
alter table safety_plan_action add column ended_at timestamptz;
