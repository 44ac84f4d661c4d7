-- Admin users for context tests that go through admin security. The first holds Broadleaf's master role.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-7900, 'Test Admin', 'gc-test-admin', 'unused', 'gc-test-admin@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-7900, -1);
-- An admin user holding only the plugin's "Maintain Guides" permission, to prove what that permission reaches.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-7901, 'Test Guide Manager', 'gc-test-guide-manager', 'unused', 'gc-test-guide-manager@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_PERMISSION_XREF (ADMIN_USER_ID, ADMIN_PERMISSION_ID) VALUES (-7901, -7058);
-- An admin user holding only the plugin's "Review Fraud Signals" permission, to prove what that permission reaches.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-7902, 'Test Fraud Reviewer', 'gc-test-fraud-reviewer', 'unused', 'gc-test-fraud-reviewer@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_PERMISSION_XREF (ADMIN_USER_ID, ADMIN_PERMISSION_ID) VALUES (-7902, -7070);
-- An admin user who may view the performance boards and not rebuild their ranks.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-7903, 'Test Board Viewer', 'gc-test-board-viewer', 'unused', 'gc-test-board-viewer@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_PERMISSION_XREF (ADMIN_USER_ID, ADMIN_PERMISSION_ID) VALUES (-7903, -7306);
