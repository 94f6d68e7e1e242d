-- The import summarizes a new load's block ranges itself when its role owns the indexes; a
-- least-privilege loader (README, "Least-privilege database roles") may not, so autovacuum
-- summarizes them too: without a summary a range is read by every query of every load.
alter index load_executive_load set (autosummarize = on);
alter index load_element_rating_load set (autosummarize = on);
alter index load_pay_load set (autosummarize = on);
alter index load_rating_history_load set (autosummarize = on);
