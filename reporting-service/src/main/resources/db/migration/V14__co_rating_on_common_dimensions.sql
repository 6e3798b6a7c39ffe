-- Co-rated progress compares two versions on the dimensions both rate (docs/domain.md §10, DV2017 9): a
-- version that rates fewer dimensions is no decline. assessment-completed names the dimensions rated and
-- carries the comparison with the case's first co-rated version (dimensions in common, change of customer +
-- FM over them); the sums alone cannot tell. Rows of older events keep these empty: their dimensions are
-- unknown, so they are never compared (docs/reporting.md).
alter table report_assessment add column co_rated_dimensions varchar(40)[];
alter table report_assessment add column co_rating_compared_with integer;
alter table report_assessment add column co_rating_common_dimensions integer;
alter table report_assessment add column co_rating_change integer;
