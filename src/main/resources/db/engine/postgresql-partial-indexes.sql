-- Camunda's indexes on columns that are empty in most rows Årshjul writes: the tenant (Årshjul has
-- none), a variable's task, binary value and batch (a process variable has none of them), a
-- sub-process's parent, a task's owner, a job's error, a grant's group (a person's own grant has
-- none); the case columns of variables and tasks (Årshjul runs no CMMN cases); an execution's parent
-- (a process instance has none) and business key (only a process instance has one); a task's last
-- update (none until it changes); the removal time of history and grants (none until the instance
-- ends). PostgreSQL indexes empty values too, so each new row added an entry to each of them that no
-- query looks for. Each is rebuilt once, under its own name and on the same columns, holding only the
-- rows where the column has a value: every query that looks up a value still finds it there (a value
-- implies "is not null").
-- Run by engine/EngineIndexesPlugin after the engine has made its tables, on PostgreSQL only; an index
-- that already has its condition is left as it is, so every start-up may run this file again.
create index act_idx_variable_task_id on act_ru_variable (task_id_) where task_id_ is not null;
create index act_idx_variable_task_name_type on act_ru_variable (task_id_, name_, type_) where task_id_ is not null;
create index act_idx_variable_tenant_id on act_ru_variable (tenant_id_) where tenant_id_ is not null;
create index act_idx_var_bytearray on act_ru_variable (bytearray_id_) where bytearray_id_ is not null;
create index act_idx_batch_id on act_ru_variable (batch_id_) where batch_id_ is not null;
create index act_idx_exec_tenant_id on act_ru_execution (tenant_id_) where tenant_id_ is not null;
create index act_idx_exe_super on act_ru_execution (super_exec_) where super_exec_ is not null;
create index act_idx_task_owner on act_ru_task (owner_) where owner_ is not null;
create index act_idx_task_tenant_id on act_ru_task (tenant_id_) where tenant_id_ is not null;
create index act_idx_job_tenant_id on act_ru_job (tenant_id_) where tenant_id_ is not null;
create index act_idx_job_exception on act_ru_job (exception_stack_id_) where exception_stack_id_ is not null;
create index act_idx_hi_act_inst_tenant_id on act_hi_actinst (tenant_id_) where tenant_id_ is not null;
create index act_idx_hi_task_inst_tenant_id on act_hi_taskinst (tenant_id_) where tenant_id_ is not null;
create index act_idx_hi_pro_inst_tenant_id on act_hi_procinst (tenant_id_) where tenant_id_ is not null;
create index act_idx_hi_pro_rst_pro_inst_id on act_hi_procinst (restarted_proc_inst_id_) where restarted_proc_inst_id_ is not null;
create index act_idx_auth_group_id on act_ru_authorization (group_id_) where group_id_ is not null;
create index act_idx_var_case_exe on act_ru_variable (case_execution_id_) where case_execution_id_ is not null;
create index act_idx_var_case_inst_id on act_ru_variable (case_inst_id_) where case_inst_id_ is not null;
create index act_idx_task_case_exec on act_ru_task (case_execution_id_) where case_execution_id_ is not null;
create index act_idx_task_case_def_id on act_ru_task (case_def_id_) where case_def_id_ is not null;
create index act_idx_task_last_updated on act_ru_task (last_updated_) where last_updated_ is not null;
create index act_idx_exe_parent on act_ru_execution (parent_id_) where parent_id_ is not null;
create index act_idx_auth_rm_time on act_ru_authorization (removal_time_) where removal_time_ is not null;
create index act_idx_hi_pro_inst_rm_time on act_hi_procinst (removal_time_) where removal_time_ is not null;
create index act_idx_hi_act_inst_rm_time on act_hi_actinst (removal_time_) where removal_time_ is not null;
create index act_idx_hi_task_inst_rm_time on act_hi_taskinst (removal_time_) where removal_time_ is not null;
create index act_idx_exec_buskey on act_ru_execution (business_key_) where business_key_ is not null;
