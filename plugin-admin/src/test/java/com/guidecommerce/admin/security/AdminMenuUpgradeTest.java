package com.guidecommerce.admin.security;

import com.guidecommerce.admin.test.AdminFixtures;
import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.util.Collections;
import java.util.List;
import javax.annotation.Resource;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The upgrade script moves a menu installed with one "Guide Commerce" module to the modules gc_admin_security.sql
 * installs today, and running it again changes nothing.
 */
@ExtendWith(BroadleafContextExtension.class)
class AdminMenuUpgradeTest {

    static final String UPGRADE = "config/gc/sql/upgrade/gc_admin_menu_modules.sql";
    private static final String ONE_MODULE = "gc-test/gc_admin_menu_one_module.sql";
    private static final String WITHOUT_BOARDS = "gc-test/gc_admin_menu_without_boards.sql";
    private static final String WITHOUT_PRIVATE_DOMAIN = "gc-test/gc_admin_menu_without_private_domain.sql";

    @Resource
    ApplicationContext context;

    private static final RowMapper<String> ROW = (result, row) -> {
        StringBuilder line = new StringBuilder();
        for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
            line.append(column == 1 ? "" : " ").append(result.getString(column));
        }
        return line.toString();
    };

    AdminFixtures fixtures;
    List<String> installedMenu;

    @BeforeEach
    void installedMenu() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        installedMenu = menuRows();
    }

    @AfterEach
    void putTheInstalledMenuBack() {
        run(UPGRADE);
        assertEquals(installedMenu, menuRows());
    }

    @Test
    void shouldMoveAnEarlierInstallsSectionsToTheModulesOfANewInstall() {
        run(ONE_MODULE);
        assertNotEquals(installedMenu, menuRows(), "the earlier layout differs from today's");

        run(UPGRADE);

        assertEquals(installedMenu, menuRows());
    }

    @Test
    void shouldAddThePerformanceModuleWithItsPermissionsToAnInstallWithoutIt() {
        List<String> permissions = boardPermissionRows();
        try {
            run(WITHOUT_BOARDS);
            assertNotEquals(installedMenu, menuRows(), "the earlier install has no Performance module");
            assertEquals(Collections.emptyList(), boardPermissionRows());

            run(UPGRADE);

            assertEquals(installedMenu, menuRows());
            assertEquals(permissions, boardPermissionRows());
            assertEquals(13, permissions.size(), "4 permissions, 2 entities, 2 children, 3 sections, 2 grants");
        } finally {
            run(UPGRADE);
            // The test's board viewer lost its permission with the rows; the upgrade grants ROLE_ADMIN only.
            fixtures.jdbc().update("INSERT INTO BLC_ADMIN_USER_PERMISSION_XREF (ADMIN_USER_ID, ADMIN_PERMISSION_ID)"
                    + " SELECT -7903, -7306 FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = -7306 AND NOT EXISTS"
                    + " (SELECT 1 FROM BLC_ADMIN_USER_PERMISSION_XREF WHERE ADMIN_USER_ID = -7903)");
        }
    }

    @Test
    void shouldAddThePrivateDomainModuleWithItsPermissionsToAnInstallWithoutIt() {
        List<String> permissions = permissionRows(-7609, -7600);
        run(WITHOUT_PRIVATE_DOMAIN);
        assertNotEquals(installedMenu, menuRows(), "the earlier install has no Private domain module");
        assertEquals(Collections.emptyList(), permissionRows(-7609, -7600));

        run(UPGRADE);

        assertEquals(installedMenu, menuRows());
        assertEquals(permissions, permissionRows(-7609, -7600));
        assertEquals(21, permissions.size(), "6 permissions, 5 entities, 4 children, 3 sections, 3 grants");
    }

    @Test
    void shouldChangeNothingWhenRunAgainOrOnANewInstall() {
        run(UPGRADE);
        run(UPGRADE);

        assertEquals(installedMenu, menuRows());
    }

    /** Every row of the plugin's menu: module, its name, key, icon and place, and each section's module and place. */
    private List<String> menuRows() {
        List<String> rows = fixtures.jdbc().query("select ADMIN_MODULE_ID, NAME, MODULE_KEY, ICON, DISPLAY_ORDER"
                + " from BLC_ADMIN_MODULE where ADMIN_MODULE_ID <= -7000 order by ADMIN_MODULE_ID", ROW);
        rows.addAll(fixtures.jdbc().query("select ADMIN_SECTION_ID, ADMIN_MODULE_ID, DISPLAY_ORDER from BLC_ADMIN_SECTION"
                + " where ADMIN_SECTION_ID <= -7000 order by ADMIN_SECTION_ID", ROW));
        return rows;
    }

    /** The board permissions, what each grants, which sections they open and who holds them. */
    private List<String> boardPermissionRows() {
        return permissionRows(-7307, -7302);
    }

    /** The permissions with ids in {@code [low, high]}, what each grants, which sections they open, who holds them. */
    private List<String> permissionRows(int low, int high) {
        String range = " between " + low + " and " + high;
        List<String> rows = fixtures.jdbc().query("select ADMIN_PERMISSION_ID, NAME, PERMISSION_TYPE, IS_FRIENDLY"
                + " from BLC_ADMIN_PERMISSION where ADMIN_PERMISSION_ID" + range + " order by ADMIN_PERMISSION_ID", ROW);
        rows.addAll(fixtures.jdbc().query("select ADMIN_PERMISSION_ENTITY_ID, CEILING_ENTITY, ADMIN_PERMISSION_ID"
                + " from BLC_ADMIN_PERMISSION_ENTITY where ADMIN_PERMISSION_ID" + range
                + " order by ADMIN_PERMISSION_ENTITY_ID", ROW));
        rows.addAll(fixtures.jdbc().query("select ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID from BLC_ADMIN_PERMISSION_XREF"
                + " where ADMIN_PERMISSION_ID" + range + " order by ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID", ROW));
        rows.addAll(fixtures.jdbc().query("select ADMIN_SECTION_ID, ADMIN_PERMISSION_ID from BLC_ADMIN_SEC_PERM_XREF"
                + " where ADMIN_PERMISSION_ID" + range + " order by ADMIN_SECTION_ID, ADMIN_PERMISSION_ID", ROW));
        rows.addAll(fixtures.jdbc().query("select ADMIN_ROLE_ID, ADMIN_PERMISSION_ID from BLC_ADMIN_ROLE_PERMISSION_XREF"
                + " where ADMIN_PERMISSION_ID" + range + " order by ADMIN_PERMISSION_ID", ROW));
        return rows;
    }

    private void run(String script) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
        populator.addScript(new ClassPathResource(script));
        populator.setSqlScriptEncoding("UTF-8");
        DatabasePopulatorUtils.execute(populator, context.getBean("gcTestDataSource", DataSource.class));
    }
}
