-- "does this customer already have an open case?" runs on every referral; the partial unique
-- index of V1 cannot serve it as a prepared statement (the status list is a parameter), so the
-- lookup scanned the whole table. Found by the benchmark.
create index bfm_case_customer on bfm_case (customer_id);
