package com.guidecommerce.demo.launcher;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.plus.webapp.EnvConfiguration;
import org.eclipse.jetty.plus.webapp.PlusConfiguration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.webapp.Configuration;
import org.eclipse.jetty.webapp.FragmentConfiguration;
import org.eclipse.jetty.webapp.JettyWebXmlConfiguration;
import org.eclipse.jetty.webapp.MetaInfConfiguration;
import org.eclipse.jetty.webapp.WebAppContext;
import org.eclipse.jetty.webapp.WebInfConfiguration;
import org.eclipse.jetty.webapp.WebXmlConfiguration;
import org.hsqldb.server.ServerConstants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Starts the demo mall in one process: an embedded, file-backed HSQLDB server (or a MySQL database given with
 * {@code --mysql}), the Broadleaf storefront and the Broadleaf admin, each a webapp in its own Jetty server; with
 * {@code --site-only} the storefront alone, as a further storefront node of a cluster on one MySQL database.
 *
 * <p>The JVM class path holds only Jetty, the servlet API and this launcher; every Broadleaf and plugin jar is on
 * the webapps' own class loader, as in a deployed WAR, so Broadleaf's load-time weaving sees the entities.
 */
public final class DemoLauncher {

    private static final String[] PERSISTENCE_UNITS = {"blPU", "blSecurePU", "blCMSStorage"};

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        DemoOptions options = DemoOptions.parse(args);
        Path home = demoHome();
        Path dataDir = home.getParent().resolve(options.dataDir).normalize();
        Properties runtime = prepareDataDir(dataDir, options.reset, new SecureRandom());
        org.hsqldb.server.Server hsqldb = null;
        if (options.mysqlUrl == null) {
            hsqldb = startHsqldb(dataDir, options.hsqldbPort);
            databaseProperties(runtime, "org.hsqldb.jdbc.JDBCDriver",
                    "jdbc:hsqldb:hsql://127.0.0.1:" + options.hsqldbPort + "/gcdemo", "SA", "",
                    "org.hibernate.dialect.HSQLDialect");
        } else {
            databaseProperties(runtime, "com.mysql.cj.jdbc.Driver", withMysqlParameters(options.mysqlUrl),
                    options.dbUser, options.dbPassword, "org.hibernate.dialect.MySQL5InnoDBDialect");
        }
        runtime.setProperty("gc.node.name", options.nodeName);
        runtime.setProperty("site.baseurl", "http://localhost:" + options.sitePort);
        runtime.setProperty("admin.baseurl", "http://localhost:" + options.adminPort);
        Path overrides = dataDir.resolve("runtime-override.properties");
        System.setProperty("property-override", overrides.toString());

        long started = System.nanoTime();
        List<Path> webappJars = jars(home.resolve("target/webapp-lib"));
        // The storefront starts first and owns the schema: on --reset it recreates every table (which also clears a
        // MySQL database) and its data loader fills the empty database; the admin then only updates the schema.
        writeSchemaMode(runtime, options.reset ? "create" : "update", overrides);
        Server site = startWebapp(home, "site", options.sitePort, options.siteHttpsPort, options, webappJars);
        Server admin = null;
        if (!options.siteOnly) {
            writeSchemaMode(runtime, "update", overrides);
            admin = startWebapp(home, "admin", options.adminPort, options.adminHttpsPort, options, webappJars);
        }
        printBanner(options, dataDir, (System.nanoTime() - started) / 1_000_000_000L);

        org.hsqldb.server.Server database = hsqldb;
        Server adminServer = admin;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(site, adminServer, database), "gc-demo-shutdown"));
        site.join();
    }

    /**
     * Empties the data directory on {@code --reset}, creates it, and answers the runtime properties kept there: the
     * demo's own secrets, drawn on its first start ({@link DemoSecrets}).
     */
    static Properties prepareDataDir(Path dataDir, boolean reset, SecureRandom random) throws IOException {
        if (reset) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        Properties runtime = new Properties();
        runtime.putAll(DemoSecrets.loadOrCreate(dataDir, random));
        return runtime;
    }

    private static org.hsqldb.server.Server startHsqldb(Path dataDir, int port) {
        org.hsqldb.server.Server server = new org.hsqldb.server.Server();
        server.setLogWriter(null);
        server.setErrWriter(null);
        server.setSilent(true);
        server.setTrace(false);
        server.setAddress("127.0.0.1");
        server.setPort(port);
        server.setDatabaseName(0, "gcdemo");
        server.setDatabasePath(0, "file:" + dataDir.resolve("hsqldb/gcdemo") + ";hsqldb.tx=mvcc");
        server.setNoSystemExit(true);
        server.start();
        if (server.getState() != ServerConstants.SERVER_STATE_ONLINE) {
            throw new IllegalStateException("The embedded HSQLDB server did not start on port " + port
                    + ": " + server.getServerError());
        }
        return server;
    }

    private static void databaseProperties(Properties p, String driver, String url, String user, String password,
                                           String dialect) {
        p.setProperty("gc.demo.jdbc.driver", driver);
        p.setProperty("gc.demo.jdbc.url", url);
        p.setProperty("gc.demo.jdbc.user", user);
        p.setProperty("gc.demo.jdbc.password", password);
        for (String unit : PERSISTENCE_UNITS) {
            p.setProperty(unit + ".hibernate.dialect", dialect);
        }
    }

    private static void writeSchemaMode(Properties runtime, String mode, Path overrides) throws IOException {
        for (String unit : PERSISTENCE_UNITS) {
            runtime.setProperty(unit + ".hibernate.hbm2ddl.auto", mode);
        }
        // It carries the demo's secrets too.
        try (OutputStream out = DemoSecrets.openPrivately(overrides)) {
            runtime.store(out, "Written by the demo launcher on every start");
        }
    }

    private static String withMysqlParameters(String url) {
        String parameters = "useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&useSSL=false"
                + "&allowPublicKeyRetrieval=true&nullCatalogMeansCurrent=true&transformedBitIsBoolean=true"
                + "&rewriteBatchedStatements=true&createDatabaseIfNotExist=true";
        return url + (url.contains("?") ? "&" : "?") + parameters;
    }

    private static Server startWebapp(Path home, String name, int port, int httpsPort, DemoOptions options,
                                      List<Path> jars) throws Exception {
        Path base = home.resolve("src/main/webapps").resolve(name);
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setResourceBase(base.toString());
        webapp.setDescriptor(base.resolve("WEB-INF/web.xml").toString());
        webapp.setParentLoaderPriority(false);
        webapp.setThrowUnavailableOnStartupException(true);
        webapp.setTempDirectory(home.resolve("target/jetty-" + name).toFile());
        List<String> classpath = new ArrayList<>();
        classpath.add(home.resolve("target/classes").toString());
        for (Path jar : jars) {
            classpath.add(jar.toString());
        }
        webapp.setExtraClasspath(String.join(",", classpath));
        webapp.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        webapp.setConfigurations(new Configuration[] {
            new WebInfConfiguration(), new WebXmlConfiguration(), new MetaInfConfiguration(),
            new FragmentConfiguration(), new EnvConfiguration(), new PlusConfiguration(), new JettyWebXmlConfiguration()
        });

        // No stack traces, servlet names or server version in what Jetty answers by itself, should a webapp's own
        // error page ever fail.
        ErrorHandler errors = webapp.getErrorHandler();
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        errors.setShowMessageInTitle(false);

        Server server = new Server(port);
        for (Connector connector : server.getConnectors()) {
            connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        }
        if (httpsPort > 0) {
            server.addConnector(httpsConnector(server, httpsPort, options));
        }
        server.setHandler(webapp);
        server.setStopAtShutdown(false);
        System.out.println("[gc-demo] starting " + name + " on port " + port
                + (httpsPort > 0 ? " and https port " + httpsPort : "") + " ...");
        server.start();
        return server;
    }

    /** An https connector: requests through it are secure, so the session cookie gets its Secure flag. */
    private static ServerConnector httpsConnector(Server server, int port, DemoOptions options) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStoreType("PKCS12");
        tls.setKeyStorePath(options.keystore.toAbsolutePath().toString());
        tls.setKeyStorePassword(options.keystorePassword);
        HttpConfiguration https = new HttpConfiguration();
        https.setSendServerVersion(false);
        https.setSecureScheme("https");
        https.setSecurePort(port);
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(https));
        connector.setPort(port);
        return connector;
    }

    private static void printBanner(DemoOptions options, Path dataDir, long seconds) {
        String site = "http://localhost:" + options.sitePort + "/";
        String admin = "http://localhost:" + options.adminPort + "/";
        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" Guide Commerce demo mall is ready (" + seconds + " s)");
        System.out.println("   Storefront : " + site);
        System.out.println("   Admin      : " + (options.siteOnly ? "not started (--site-only)"
                : admin + "   login: admin / admin"));
        System.out.println("   Guides     : guide codes G0001 ... G0012, storefront login g0001 ... g0012,");
        System.out.println("                password demo1234 (e.g. " + site + "login)");
        System.out.println("   Shoppers   : register at " + site + "register, or log in as shopper@example.com / demo1234");
        if (!options.nodeName.isEmpty()) {
            System.out.println("   Node       : " + options.nodeName);
        }
        System.out.println("   Database   : " + (options.mysqlUrl == null
                ? "embedded HSQLDB in " + options.dataDir + " (start with --reset to reload the demo data)"
                : options.mysqlUrl));
        System.out.println("   Secrets    : this demo's own share-code secret and phone salt, drawn at random, in");
        System.out.println("                " + dataDir.resolve(DemoSecrets.FILE));
        System.out.println("==================================================================");
    }

    private static void stopAll(Server site, Server admin, org.hsqldb.server.Server database) {
        for (Server server : new Server[] {admin, site}) {
            if (server == null) {
                continue;
            }
            try {
                server.stop();
            } catch (Exception e) {
                System.err.println("[gc-demo] could not stop a webapp cleanly: " + e);
            }
        }
        if (database != null) {
            database.shutdown();
        }
    }

    /** The demo module's directory: {@code -Dgc.demo.home}, or {@code ./demo} when started from the repository root. */
    private static Path demoHome() {
        String configured = System.getProperty("gc.demo.home");
        Path home = configured != null ? Paths.get(configured) : Paths.get("demo");
        if (!Files.isDirectory(home.resolve("src/main/webapps"))) {
            home = Paths.get(".");
        }
        home = home.toAbsolutePath().normalize();
        if (!Files.isDirectory(home.resolve("target/webapp-lib"))) {
            throw new IllegalStateException("No built demo in " + home + ": run 'mvn -DskipTests install' first");
        }
        return home;
    }

    private static List<Path> jars(Path dir) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.jar")) {
            stream.forEach(jars::add);
        }
        jars.sort(Comparator.naturalOrder());
        return jars;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
