-- The engine's admin group bypasses every authorization (answers, other groups' tasks, variables).
-- It is a technical operations role: nobody in HR holds it. Earlier versions' demo and bootstrap
-- gave it to HR; the role file bootstrap now refuses that combination.
delete from role_assignment
where role = 'camunda-admin'
  and employee_id in (select employee_id from role_assignment where role = 'hr');
