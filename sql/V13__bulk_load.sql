-- Bulk loading (issue 13): the four large sheets (Executives, Elements, Pay, History) are copied
-- straight into their load_* tables, once, instead of into staging and then again into load_*.
-- A load's rows are invisible until the cycle names the load (the views of V7 join on
-- cycle.load_id), so writing them before the whole-sheet checks is safe: the checks delete and
-- reject in place, and a refused load's rows are deleted.
--
-- What a per-row index or trigger would cost at a million executives (five million element
-- rows) is more than the copy itself, so these tables keep none:
-- * the foreign keys between them (and to load) are dropped: the import's whole-sheet checks
--   (ImportReconciler) are what keep every row's executive on the Executives sheet, and loads
--   are never deleted, so nothing cascades;
-- * the B-tree primary keys are dropped: duplicate keys in the input must reach the checks as
--   rows to reject, not stop the copy; uniqueness is the checks' job, and each load's rows are
--   appended together, so a BRIN index on load_id finds a load's block ranges for a few pages
--   of index (summarized when the load is published).
-- row_number keeps the sheet row each loaded row came from, which the checks and rejects name.

alter table load_element_rating drop constraint load_element_rating_load_id_executive_id_fkey;
alter table load_pay drop constraint load_pay_load_id_executive_id_fkey;
alter table load_rating_history drop constraint load_rating_history_load_id_executive_id_fkey;
alter table load_executive drop constraint load_executive_load_id_fkey;

alter table load_executive drop constraint load_executive_pkey;
alter table load_element_rating drop constraint load_element_rating_pkey;
alter table load_pay drop constraint load_pay_pkey;
alter table load_rating_history drop constraint load_rating_history_pkey;
drop index load_executive_by_id;

alter table load_executive add column row_number bigint;
alter table load_element_rating add column row_number bigint;
alter table load_pay add column row_number bigint;
alter table load_rating_history add column row_number bigint;

create index load_executive_load on load_executive using brin (load_id);
create index load_element_rating_load on load_element_rating using brin (load_id);
create index load_pay_load on load_pay using brin (load_id);
create index load_rating_history_load on load_rating_history using brin (load_id);
