-- Indexes Årshjul made before and no longer wants, dropped by engine/EngineIndexesPlugin at start-up
-- (PostgreSQL only; IF EXISTS, so every start-up may run this file again).

-- The inbox's variables by instance and name: Camunda's own index on the instance finds the four or
-- five variables of each instance as fast (the plan took it), and this one cost four or five index
-- entries per launched instance.
drop index if exists arshjul_idx_variable_instance_name;
