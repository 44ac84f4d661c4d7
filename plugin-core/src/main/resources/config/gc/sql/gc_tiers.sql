--
-- Guide Commerce tier ladders: the guide tiers every install starts with (普通导购 / 超级导购, codes NORMAL and SUPER,
-- which guides and commission rules already use) and the distributor tiers (普通 / 银 / 金). Run once on a new
-- database; HQ changes names and thresholds, or adds tiers, in the admin (Distribution -> Tiers).
--
-- Thresholds are a period's refund-adjusted figures (gc.tier.period, a month by default); 0 is not required and every
-- threshold set must be met. Rank 0 is the entry tier. Negative ids stay clear of the ids Hibernate generates.
--
INSERT INTO GC_TIER (TIER_ID, SUBJECT_KIND, CODE, NAME, NAME_EN, TIER_RANK, MIN_SALES, MIN_ORDERS, MIN_NEW_MEMBERS) VALUES (-1, 'GUIDE', 'NORMAL', '普通导购', 'Guide', 0, 0, 0, 0);
INSERT INTO GC_TIER (TIER_ID, SUBJECT_KIND, CODE, NAME, NAME_EN, TIER_RANK, MIN_SALES, MIN_ORDERS, MIN_NEW_MEMBERS) VALUES (-2, 'GUIDE', 'SUPER', '超级导购', 'Super guide', 1, 30000.00, 30, 10);
INSERT INTO GC_TIER (TIER_ID, SUBJECT_KIND, CODE, NAME, NAME_EN, TIER_RANK, MIN_SALES, MIN_ORDERS, MIN_NEW_MEMBERS) VALUES (-11, 'DISTRIBUTOR', 'D_NORMAL', '普通分销员', 'Distributor', 0, 0, 0, 0);
INSERT INTO GC_TIER (TIER_ID, SUBJECT_KIND, CODE, NAME, NAME_EN, TIER_RANK, MIN_SALES, MIN_ORDERS, MIN_NEW_MEMBERS) VALUES (-12, 'DISTRIBUTOR', 'D_SILVER', '银牌分销员', 'Silver distributor', 1, 3000.00, 10, 0);
INSERT INTO GC_TIER (TIER_ID, SUBJECT_KIND, CODE, NAME, NAME_EN, TIER_RANK, MIN_SALES, MIN_ORDERS, MIN_NEW_MEMBERS) VALUES (-13, 'DISTRIBUTOR', 'D_GOLD', '金牌分销员', 'Gold distributor', 2, 10000.00, 30, 0);
