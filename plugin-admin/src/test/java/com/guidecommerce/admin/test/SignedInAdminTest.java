package com.guidecommerce.admin.test;

import com.guidecommerce.core.test.BroadleafContextExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import javax.annotation.Resource;

/**
 * A test of the admin as HQ's administrator drives it: in the shared Broadleaf context, with the admin security rows
 * loaded, an entity manager open as in a request, and the administrator signed in around each test.
 */
@ExtendWith(BroadleafContextExtension.class)
public abstract class SignedInAdminTest {

    @Resource
    protected ApplicationContext context;

    protected AdminFixtures fixtures;
    private AutoCloseable entityManagerInView;

    @BeforeEach
    void signInAsAdmin() {
        fixtures = new AdminFixtures(context);
        fixtures.loadAdminSecurityRows();
        entityManagerInView = fixtures.openEntityManagerInView();
        fixtures.signInAs(AdminFixtures.ADMIN);
    }

    @AfterEach
    void signOut() throws Exception {
        fixtures.signOut();
        entityManagerInView.close();
    }
}
