package com.guidecommerce.core.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.Properties;

/**
 * The database the context tests run on: embedded HSQLDB by default, MySQL/MariaDB when {@code GC_TEST_DB=mysql}
 * (or the system property {@code gc.test.db=mysql}, which the Maven profile {@code mysql} sets). The server, user and
 * password come from {@code GC_TEST_MYSQL_URL}, {@code GC_TEST_MYSQL_USER}, {@code GC_TEST_MYSQL_PASSWORD}.
 */
public final class TestDatabase {

    private final boolean mysql;
    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(boolean mysql, String url, String user, String password) {
        this.mysql = mysql;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static TestDatabase fromSystemProperties() {
        if ("mysql".equalsIgnoreCase(setting("GC_TEST_DB", "gc.test.db", "hsqldb"))) {
            String base = setting("GC_TEST_MYSQL_URL", "gc.test.mysql.url", "jdbc:mysql://127.0.0.1:3306/gc_test");
            return new TestDatabase(true, base + (base.contains("?") ? "&" : "?") + MYSQL_PARAMETERS,
                    setting("GC_TEST_MYSQL_USER", "gc.test.mysql.user", "root"),
                    setting("GC_TEST_MYSQL_PASSWORD", "gc.test.mysql.password", ""));
        }
        return new TestDatabase(false, "jdbc:hsqldb:mem:gc_test;sql.syntax_mys=false", "sa", "");
    }

    /** An environment variable wins over the system property (which the build always sets to its default). */
    public static String setting(String environmentVariable, String systemProperty, String defaultValue) {
        String value = System.getenv(environmentVariable);
        if (value == null) {
            value = System.getProperty(systemProperty);
        }
        return value == null ? defaultValue : value;
    }

    /** Connector/J parameters Broadleaf needs; {@code transformedBitIsBoolean} keeps boolean columns readable. */
    public static final String MYSQL_PARAMETERS = "useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&useSSL=false"
            + "&allowPublicKeyRetrieval=true&nullCatalogMeansCurrent=true&transformedBitIsBoolean=true"
            + "&createDatabaseIfNotExist=true&rewriteBatchedStatements=true";

    public boolean isMysql() {
        return mysql;
    }

    public String getUrl() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public String getPassword() {
        return password;
    }

    /**
     * Empties a MySQL test database by dropping and creating it again, before a test JVM boots on it. Hibernate's
     * schema {@code create} drops only the tables of the entities it knows: a table a build with more entities left
     * behind (with a foreign key to a Broadleaf table) keeps that table from being dropped, and its rows then
     * collide with the new run's. The database named in the URL is the tests' own.
     */
    public void recreate() {
        if (!mysql) {
            return;
        }
        String withoutParameters = url.replaceAll("\\?.*", "");
        int slash = withoutParameters.lastIndexOf('/');
        String name = withoutParameters.substring(slash + 1);
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("Unusual test database name: " + name);
        }
        String server = withoutParameters.substring(0, slash + 1) + url.substring(withoutParameters.length())
                .replace("&createDatabaseIfNotExist=true", "");
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database " + name, e);
        }
    }

    /** Broadleaf runtime properties that point all three persistence units at this database. */
    public Properties runtimeProperties() {
        Properties p = new Properties();
        p.setProperty("gc.test.jdbc.driver", mysql ? "com.mysql.cj.jdbc.Driver" : "org.hsqldb.jdbc.JDBCDriver");
        p.setProperty("gc.test.jdbc.url", url);
        p.setProperty("gc.test.jdbc.user", user);
        p.setProperty("gc.test.jdbc.password", password);
        String dialect = mysql ? "org.hibernate.dialect.MySQL5InnoDBDialect" : "org.hibernate.dialect.HSQLDialect";
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            p.setProperty(unit + ".hibernate.dialect", dialect);
            p.setProperty(unit + ".hibernate.hbm2ddl.auto", "create");
        }
        p.setProperty("blPU.hibernate.show_sql", "false");
        p.setProperty("blPU.hibernate.cache.use_second_level_cache", "true");
        p.setProperty("blPU.hibernate.cache.use_query_cache", "true");
        p.setProperty("request.uri.encoding", "UTF-8");
        p.setProperty("asset.server.url.prefix.internal", "cmsstatic");
        p.setProperty("asset.server.url.prefix", "cmsstatic");
        return p;
    }
}
