--
-- Guide Commerce channel registry: the one channel every install has, this Broadleaf storefront itself. Run once on a
-- new database; HQ adds the marketplace and POS channels (each with its own signing secret) in the admin
-- (Guide Commerce -> Channels).
--
-- The own mall's orders come from its checkouts, not from the HTTP API, so it has no signing secret: the API refuses
-- events for a channel without one. Negative ids stay clear of the ids Hibernate generates for rows added in the admin.
--
INSERT INTO GC_CHANNEL (CHANNEL_ID, CODE, NAME, SIGNING_SECRET, TIME_ZONE, COMMISSION_START, RETURN_WINDOW_DAYS, ACTIVE) VALUES (-1, 'OWN_MALL', '自营商城', NULL, 'Asia/Shanghai', 'PAID', 7, TRUE);
