package io.billcycle.cli;

import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import io.billcycle.database.DatabaseServer;
import io.billcycle.database.SchemaMigrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Verb(order = 300)
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "The database schema (Flyway owns all of it, the job repository included). Every command "
                + "migrates on start unless spring.flyway.enabled=false; 'db migrate' does it explicitly.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Info.class})
public class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending schema migrations.")
    public static class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private final SchemaMigrations migrations;
        private final DatabaseServer server;

        public Migrate(SchemaMigrations migrations, DatabaseServer server) {
            this.migrations = migrations;
            this.server = server;
        }

        @Override
        public Integer call() {
            Flyway flyway = migrations.flyway();
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            spec.commandLine().getOut().printf("%s: %d migration(s) applied; schema at version %s%n", where(server),
                    result.migrationsExecuted, current == null ? "-" : current.getVersion());
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Show the schema's migration history.")
    public static class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private final SchemaMigrations migrations;
        private final DatabaseServer server;

        public Info(SchemaMigrations migrations, DatabaseServer server) {
            this.migrations = migrations;
            this.server = server;
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            out.println(where(server));
            Table.Rows rows = new Table.Rows();
            for (MigrationInfo info : migrations.flyway().info().all()) {
                rows.add(info.getVersion(), info.getDescription(), info.getState().getDisplayName(),
                        info.getInstalledOn() == null ? "-" : info.getInstalledOn());
            }
            Table.print(out, java.util.List.of(Table.left("version", 8), Table.left("description", 50),
                    Table.left("state", 12), Table.left("installed on", 0)), rows.list());
            return ExitCodes.OK;
        }
    }

    static String where(DatabaseServer server) {
        return (server.isEmbedded() ? "embedded PostgreSQL " : "PostgreSQL ") + server.url();
    }
}
