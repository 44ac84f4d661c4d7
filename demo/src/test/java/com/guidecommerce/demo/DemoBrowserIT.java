package com.guidecommerce.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the browser tests in {@code demo/browser-tests} (node's test runner, playwright-core, Debian Chromium) against
 * the demo mall. Part of the {@code browser} Maven profile, switched on by {@code GC_BROWSER_TESTS=true}.
 */
@ExtendWith(RunningDemoMall.class)
class DemoBrowserIT {

    @Test
    void shouldPassEveryBrowserScenario(DemoMall mall) throws Exception {
        Path tests = Paths.get(System.getProperty("basedir", ".")).resolve("browser-tests").toAbsolutePath();
        assertTrue(Files.isDirectory(tests.resolve("node_modules/playwright-core")),
                "run 'npm ci' in " + tests + " first (the test scripts do)");

        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-concurrency=1", "tests/")
                .directory(tests.toFile()).redirectErrorStream(true);
        node.environment().put("GC_SITE_URL", mall.siteUrl());
        node.environment().put("GC_ADMIN_URL", mall.adminUrl());
        node.environment().put("GC_BROWSER_RESULTS",
                tests.getParent().resolve("target" + File.separator + "browser-results").toString());
        Process run = node.start();
        // Relayed line by line: the test JVM's own stdout is the build's channel to this fork.
        try (BufferedReader output = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                System.out.println("[browser] " + line);
            }
        }
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }

        assertTrue(finished, "the browser tests finished within 10 minutes");
        assertEquals(0, run.exitValue(), "every browser scenario passed (see the node test output above)");
    }
}
