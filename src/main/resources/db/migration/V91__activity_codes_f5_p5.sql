-- Issue 15: F3 and P3 ("full-time / part-time in training or employment") are no longer codes of the SSDA903 care-leaver
-- activity item: from the 2022 return the DfE's rule 132 accepts F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6 0, where 4 is an
-- apprenticeship and 5 other training or employment (returns/ssda903-activity.csv, with its sources). Activity recorded as F3 or P3 becomes F5 or P5: training or
-- employment that was not recorded as an apprenticeship. The history keeps its rows and days; only the code changes.
update coded_status set code = 'F5' where kind = 'ACTIVITY' and code = 'F3';
update coded_status set code = 'P5' where kind = 'ACTIVITY' and code = 'P3';
