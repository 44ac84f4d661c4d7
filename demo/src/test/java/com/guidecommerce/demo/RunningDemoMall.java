package com.guidecommerce.demo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static com.guidecommerce.core.test.TestDatabase.setting;

/**
 * Starts the demo mall once per test JVM exactly as {@code demo/run.sh} does (its own JVM, launcher class path, Spring
 * agent), with a fresh database on free ports, both webapps also on https (a throw-away certificate for localhost),
 * and hands it to tests as a {@link DemoMall} parameter.
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
                .getOrComputeIfAbsent(DemoMall.class, key -> start(), DemoMall.class);
    }

    private static DemoMall start() {
        try {
            Path demo = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath();
            Path root = demo.getParent();
            int sitePort = freePort();
            int adminPort = freePort();
            int siteHttpsPort = freePort();
            int adminHttpsPort = freePort();
            Path keystore = TestCertificate.create(demo.resolve("target/it-tls"));
            List<String> command = new ArrayList<>();
            command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-javaagent:" + springAgent(demo.resolve("target/launcher-lib")));
            command.add("--add-opens");
            command.add("java.base/java.lang=ALL-UNNAMED");
            command.add("--add-opens");
            command.add("java.base/java.util=ALL-UNNAMED");
            command.add("-Xmx1g");
            command.add("-Dfile.encoding=UTF-8");
            command.add("-cp");
            command.add(demo.resolve("target/launcher-lib") + "/*:" + demo.resolve("target/classes"));
            command.add("com.guidecommerce.demo.launcher.DemoLauncher");
            command.add("--reset");
            command.add("--site-port");
            command.add(String.valueOf(sitePort));
            command.add("--admin-port");
            command.add(String.valueOf(adminPort));
            command.add("--hsqldb-port");
            command.add(String.valueOf(freePort()));
            Path dataDir = demo.resolve("target/it-data");
            command.add("--data-dir");
            command.add(dataDir.toString());
            command.add("--site-https-port");
            command.add(String.valueOf(siteHttpsPort));
            command.add("--admin-https-port");
            command.add(String.valueOf(adminHttpsPort));
            command.add("--keystore");
            command.add(keystore.toString());
            command.add("--keystore-password");
            command.add(TestCertificate.PASSWORD);
            if ("mysql".equalsIgnoreCase(setting("GC_TEST_DB", "gc.test.db", "hsqldb"))) {
                command.add("--mysql");
                command.add(setting("GC_TEST_MYSQL_DEMO_URL", "gc.test.mysql.demo.url", "jdbc:mysql://127.0.0.1:3306/gc_demo_it"));
                command.add("--db-user");
                command.add(setting("GC_TEST_MYSQL_USER", "gc.test.mysql.user", "root"));
                command.add("--db-password");
                command.add(setting("GC_TEST_MYSQL_PASSWORD", "gc.test.mysql.password", ""));
            }
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            Path log = demo.resolve("target/it-demo.log");
            DemoLog lines = new DemoLog();
            CountDownLatch ready = new CountDownLatch(1);
            Thread pump = new Thread(() -> pump(process, log, lines, ready), "demo-mall-output");
            pump.setDaemon(true);
            pump.start();
            boolean started = ready.await(5, TimeUnit.MINUTES);
            if (!started || !process.isAlive()) {
                process.destroyForcibly();
                throw new IllegalStateException("The demo mall did not start; see " + log);
            }
            System.out.println("[demo-it] demo mall ready: site :" + sitePort + ", admin :" + adminPort);
            return new DemoMall(process, "http://localhost:" + sitePort, "http://localhost:" + adminPort, dataDir, lines,
                    new DemoMall.Https("https://localhost:" + siteHttpsPort, "https://localhost:" + adminHttpsPort,
                            TestCertificate.trusting(keystore)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot start the demo mall", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the demo mall started", e);
        }
    }

    private static void pump(Process process, Path log, DemoLog lines, CountDownLatch ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                lines.append(line);
                if (line.contains("demo mall is ready")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Lost the demo mall's output", e);
        } finally {
            ready.countDown();
        }
    }

    private static String springAgent(Path launcherLib) throws IOException {
        try (Stream<Path> jars = Files.list(launcherLib)) {
            return jars.filter(p -> p.getFileName().toString().startsWith("spring-instrument-"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No Spring agent in " + launcherLib))
                    .toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
