package com.guidecommerce.demo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;

import static com.guidecommerce.core.test.TestDatabase.setting;

/**
 * Starts the demo mall once per test JVM exactly as {@code demo/run.sh} does (its own JVM, launcher class path, Spring
 * agent), with a fresh database on free ports, and hands it to tests as a {@link DemoMall} parameter.
 * The database is embedded HSQLDB, or MySQL when {@code GC_TEST_DB=mysql} (see the core module's TestDatabase).
 */
public class RunningDemoMall implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoMall.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DemoMall.class, key -> launch().start(true, "it-demo.log"), DemoMall.class);
    }

    private static DemoLaunch launch() {
        try {
            if (isMysql()) {
                return DemoLaunch.onMysql("it-data", setting("GC_TEST_MYSQL_DEMO_URL", "gc.test.mysql.demo.url",
                        "jdbc:mysql://127.0.0.1:3306/gc_demo_it"), mysqlUser(), mysqlPassword());
            }
            return DemoLaunch.onHsqldb("it-data");
        } catch (IOException e) {
            throw new UncheckedIOException("No free ports for the demo mall", e);
        }
    }

    static boolean isMysql() {
        return "mysql".equalsIgnoreCase(setting("GC_TEST_DB", "gc.test.db", "hsqldb"));
    }

    static String mysqlUser() {
        return setting("GC_TEST_MYSQL_USER", "gc.test.mysql.user", "root");
    }

    static String mysqlPassword() {
        return setting("GC_TEST_MYSQL_PASSWORD", "gc.test.mysql.password", "");
    }
}
