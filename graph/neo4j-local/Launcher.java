// Opens an embedded Neo4j Community database with the Bolt connector on loopback,
// so that machines without Docker still test and run against a real Neo4j.
//
// Usage: java -cp <launcher jar>:<neo4j classpath> Launcher <data dir> <bolt port> [name=value ...]
// (each name=value a Neo4j setting applied after the ones below, for a benchmark that compares)
// (graph/neo4j-local/launcher-build.ts compiles it into that jar once.)
//
// Prints "READY bolt://127.0.0.1:<port>" once Bolt accepts connections, then runs
// until it receives SIGTERM/SIGINT or its standard input closes (the parent died).
// Auth is off only because the connector listens on loopback.

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher <data dir> <bolt port> [name=value ...]");
      System.exit(64);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    Map<String, String> extra = new HashMap<>();
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq < 1) {
        System.err.println("not a name=value setting: " + args[i]);
        System.exit(64);
      }
      extra.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
        // A bounded page cache: the default sizes itself from the machine's RAM, which is
        // more than a test or a laptop should give to one embedded database.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
        // Bolt waits 5 s for its connections and 5 s for its threads when it stops, although the
        // databases have already closed every transaction: 10 s of every stop, for nothing here.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
        // Cypher's plan cache also keys a query by the size of each string and list parameter,
        // rounded to a power of ten, so a key of 5 characters, one of 20 and one of 200 each plan
        // the whole statement again: 0.5-0.8 s for a timeline, 9-15 times what it takes once
        // planned (npm run bench:plan-cache). Without the hint, the plans of the node details and
        // the timeline for 1, 2 or 600 keys are the same operators. It is an internal setting,
        // which a later Neo4j may rename; this file then stops compiling, naming it.
        // (docker-compose.yml sets the same.)
        .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false);
    // The settings given by name, parsed by Neo4j's own Config (an unknown name fails there, named).
    Config parsed = Config.newBuilder().setRaw(extra).build();
    for (String name : extra.keySet()) {
      @SuppressWarnings("unchecked")
      Setting<Object> setting = (Setting<Object>) parsed.getSetting(name);
      builder.setConfig(setting, parsed.get(setting));
    }
    DatabaseManagementService dbms = builder.build();

    // Wait for the default database to be online before announcing readiness.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

    Thread shutdown = new Thread(dbms::shutdown, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // The parent holds our stdin open; when it goes away, so do we (no orphaned JVM).
    try {
      while (System.in.read() != -1) { /* ignore input */ }
    } catch (IOException ignored) {
      // stdin closed abruptly: same meaning as EOF
    }
    System.exit(0);
  }
}
