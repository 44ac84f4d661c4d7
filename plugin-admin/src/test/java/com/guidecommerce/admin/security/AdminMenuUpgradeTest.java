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

    private void run(String script) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
        populator.addScript(new ClassPathResource(script));
        populator.setSqlScriptEncoding("UTF-8");
        DatabasePopulatorUtils.execute(populator, context.getBean("gcTestDataSource", DataSource.class));
    }
}
