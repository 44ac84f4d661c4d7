--
-- Guide Commerce default binding policies, one per binding source, as the admin's Binding Policies section shows them.
-- Run once on a new database; HQ then adjusts them in the admin. A source without a row binds on the same terms
-- (DefaultBindingPolicies), so the rows only make the terms visible and editable.
--
-- VALIDITY_DAYS NULL = permanent. Negative ids stay clear of the ids Hibernate generates for rows added in the admin.
--
-- An in-store QR scan, a guide's invitation and a POS checkout bind for a year, protected for 90 days, and take a
-- member over from another (unprotected) guide.
INSERT INTO GC_BINDING_POLICY (BINDING_POLICY_ID, SOURCE, VALIDITY_DAYS, PROTECTION_DAYS, OVERRIDES_EXISTING) VALUES (-1, 'STORE_QR', 365, 90, TRUE);
INSERT INTO GC_BINDING_POLICY (BINDING_POLICY_ID, SOURCE, VALIDITY_DAYS, PROTECTION_DAYS, OVERRIDES_EXISTING) VALUES (-3, 'GUIDE_INVITATION', 365, 90, TRUE);
INSERT INTO GC_BINDING_POLICY (BINDING_POLICY_ID, SOURCE, VALIDITY_DAYS, PROTECTION_DAYS, OVERRIDES_EXISTING) VALUES (-4, 'POS', 365, 90, TRUE);
-- A shared product link only binds a member who has no guide, for 30 days.
INSERT INTO GC_BINDING_POLICY (BINDING_POLICY_ID, SOURCE, VALIDITY_DAYS, PROTECTION_DAYS, OVERRIDES_EXISTING) VALUES (-2, 'SHARE_LINK', 30, 0, FALSE);
-- A package card from a platform parcel binds a buyer who has no valid guide yet for half a year, protected for 30 days;
-- it never takes a member over from the guide they already have.
INSERT INTO GC_BINDING_POLICY (BINDING_POLICY_ID, SOURCE, VALIDITY_DAYS, PROTECTION_DAYS, OVERRIDES_EXISTING) VALUES (-8, 'PACKAGE_CARD', 180, 30, FALSE);
-- HQ's own moves (admin, import, a departed guide's handover) are permanent.
INSERT INTO GC_BINDING_POLICY (BINDING_POLICY_ID, SOURCE, VALIDITY_DAYS, PROTECTION_DAYS, OVERRIDES_EXISTING) VALUES (-5, 'ADMIN', NULL, 0, TRUE);
INSERT INTO GC_BINDING_POLICY (BINDING_POLICY_ID, SOURCE, VALIDITY_DAYS, PROTECTION_DAYS, OVERRIDES_EXISTING) VALUES (-6, 'IMPORT', NULL, 0, TRUE);
INSERT INTO GC_BINDING_POLICY (BINDING_POLICY_ID, SOURCE, VALIDITY_DAYS, PROTECTION_DAYS, OVERRIDES_EXISTING) VALUES (-7, 'DEPARTURE_TRANSFER', NULL, 0, TRUE);
