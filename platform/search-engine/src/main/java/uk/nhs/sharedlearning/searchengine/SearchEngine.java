package uk.nhs.sharedlearning.searchengine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node for development, tests and benchmarks: bound to 127.0.0.1, data and
 * logs under the directory given as the first argument (the project's var/search-engine/).
 *
 * <pre>java -Xms512m -Xmx512m -jar search-engine.jar HOME [HTTP_PORT [OWNER_PID]]</pre>
 *
 * Prints one line {@code {"url":"http://127.0.0.1:PORT","version":"2.19.6"}} on standard output
 * once the node answers; stops cleanly (flushes and closes its indices) on SIGTERM or SIGINT.
 * Port 0 (the default) lets the system choose a free port. With OWNER_PID the node also stops
 * by itself when that process has gone (a test run or `make run` that was killed).
 */
public final class SearchEngine {

    /** A node started with plugins from the classpath instead of a plugins/ directory. */
    static final class EmbeddedNode extends Node {
        EmbeddedNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
            super(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "search-engine"),
                plugins,
                true
            );
        }
    }

    private SearchEngine() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchEngine HOME [HTTP_PORT [OWNER_PID]]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String port = args.length > 1 ? args[1] : "0";
        long owner = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));

        Settings settings = Settings.builder()
            .put("cluster.name", "shared-learning-dev")
            .put("node.name", "search-engine")
            .put(Environment.PATH_HOME_SETTING.getKey(), home.toString())
            .put(Environment.PATH_DATA_SETTING.getKey(), home.resolve("data").toString())
            .put(Environment.PATH_LOGS_SETTING.getKey(), home.resolve("logs").toString())
            // Loopback only: nothing outside this machine can reach it.
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", "0")
            .put("discovery.type", "single-node")
            // A development machine's disk is often fuller than a server's: never turn the
            // indices read-only because of it.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .put("indices.query.bool.max_clause_count", 4096)
            // Allow deleting indices by wildcard, as the test suite's clean-up does.
            .put("action.destructive_requires_name", false)
            // One shard answers the whole corpus, so without this a search runs on one core
            // however many the machine has. Searches that count facets (every search page and
            // API request) split the shard's segments into one slice per core and search the
            // slices side by side; scores and counts are the same as on one thread, since
            // statistics stay per shard. Autocomplete and "more like this" stay on one thread.
            .put("search.concurrent_segment_search.mode", "auto")
            .put("search.concurrent.max_slice_count", Runtime.getRuntime().availableProcessors())
            .build();

        List<Class<? extends Plugin>> plugins = List.of(
            Netty4Plugin.class,
            CommonAnalysisPlugin.class
        );

        EmbeddedNode node = new EmbeddedNode(settings, plugins);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                System.err.println("search-engine: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "search-engine-shutdown"));

        node.start();
        TransportAddress address = node.injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress();
        System.out.println(
            "{\"url\":\"http://127.0.0.1:" + address.getPort() + "\",\"version\":\"" + Version.CURRENT + "\"}"
        );
        System.out.flush();
        if (owner > 0) {
            watchOwner(owner);
        }
        stopped.await();
    }

    /** Exit (running the shutdown hook) once the process that started us is gone. */
    private static void watchOwner(long pid) {
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println("search-engine: process " + pid + " has gone; stopping");
            System.exit(0);
        }, "search-engine-owner-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
