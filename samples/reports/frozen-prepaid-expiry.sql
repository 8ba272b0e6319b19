# startup statements
SET timezone = 'UTC'
# query
-- Frozen prepaid members whose contract ends soon: every FROZEN enrollment on a PREPAID MEMBERSHIP plan, not voided,
-- of an active customer, on a contract neither voided, rejected nor cancelled, ending between {{dateFromLocal}} (the
-- start of its day) and {{dateToLocal}} (the last instant of its day), in the chosen facilities, with its latest freeze
-- start on or before today (empty when it has none: the member is listed all the same).
SELECT /*+ MAX_EXECUTION_TIME(30000) */
       CONCAT(cu.last_name, ', ', cu.first_name) AS full_name,
       cu.id AS "__CUSTOMER_ID",
       e.calculated_end_date AS enrollment_calculated_end_date_value,
       co.end_date_local AS contract_end_date_local_value,
       p.name AS plan_name_value,
       pdn.full_title AS plan_parent_full_title_value,
       f.short_name AS contract_facility_short_name_value,
       fs.freeze_start AS freeze_start_date_for_enrollment_value
  FROM enrollments e
  JOIN customers cu ON cu.id = e.customer_id
  JOIN contracts co ON co.id = e.contract_id
  JOIN plans p ON p.id = co.plan_id
  LEFT JOIN plan_directory_nodes pdn ON pdn.id = p.plan_directory_node_id
  JOIN facilities f ON f.id = co.facility_id
  LEFT JOIN LATERAL (SELECT es.date AS freeze_start
                       FROM enrollment_statuses es
                      WHERE es.enrollment_id = e.id AND es.status = 2 AND es.date <= '{{currentDateLocal}}'
                      ORDER BY es.date DESC
                      LIMIT 1) fs ON true
 WHERE e.current_status = 2
   AND e.voided = 0
   AND cu.inactive = 0
   AND co.voided = 0 AND co.rejected = 0 AND co.cancelled = 0
   AND p.plan_type = 1 AND p.billing_type = 0
   AND co.end_date_local BETWEEN '{{dateFromLocal}}' AND '{{dateToLocal}}'
   AND co.facility_id IN {{facilityIdList}}
 ORDER BY full_name, cu.id, e.id
