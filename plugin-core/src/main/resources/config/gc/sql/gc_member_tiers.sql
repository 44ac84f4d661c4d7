--
-- Guide Commerce member tiers (会员等级): the ladder every install starts with. Run once on a new database; HQ changes
-- names and thresholds, or adds tiers, in the admin (Membership -> Member tiers).
--
-- MIN_SPEND is a member's rolling spend in yuan (paid minus refunded in every channel over gc.memberTier.windowDays);
-- thresholds rise with rank and rank 0 is the tier of a member without spend. The codes are what Broadleaf offer rules
-- read from the customer attribute gcMemberTier. Negative ids stay clear of the ids Hibernate generates.
--
INSERT INTO GC_MEMBER_TIER (MEMBER_TIER_ID, CODE, NAME, NAME_EN, TIER_RANK, MIN_SPEND) VALUES (-1, 'NEW', '新客', 'New', 0, 0);
INSERT INTO GC_MEMBER_TIER (MEMBER_TIER_ID, CODE, NAME, NAME_EN, TIER_RANK, MIN_SPEND) VALUES (-2, 'REGULAR', '普通', 'Regular', 1, 0.01);
INSERT INTO GC_MEMBER_TIER (MEMBER_TIER_ID, CODE, NAME, NAME_EN, TIER_RANK, MIN_SPEND) VALUES (-3, 'SILVER', '银卡', 'Silver', 2, 2000.00);
INSERT INTO GC_MEMBER_TIER (MEMBER_TIER_ID, CODE, NAME, NAME_EN, TIER_RANK, MIN_SPEND) VALUES (-4, 'GOLD', '金卡', 'Gold', 3, 5000.00);
