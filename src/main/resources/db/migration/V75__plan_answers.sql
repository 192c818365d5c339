-- What is written is read: the sectors' input, the sectors' evaluations and the units' training
-- plans keep their whole answer (as submitted, JSON) and the process instance whose forms it was
-- written in, so the plan's pages and the tasks after them can show it in the form's own words.
alter table sector_input add column answers varchar(1000000);
alter table sector_input add column process_instance_id varchar(64);
alter table sector_evaluation add column answers varchar(1000000);
alter table sector_evaluation add column process_instance_id varchar(64);
alter table unit_training_plan add column answers varchar(1000000);
alter table unit_training_plan add column process_instance_id varchar(64);
