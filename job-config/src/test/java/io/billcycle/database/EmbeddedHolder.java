package io.billcycle.database;

import java.nio.file.Path;

/** Starts the embedded server on a folder, says so on stdout, and holds it until killed: a billcycle that dies. */
public final class EmbeddedHolder {

    private EmbeddedHolder() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseServer server = DatabaseServer.embedded(Path.of(args[0]));
        System.out.println("started " + server.isEmbedded());
        System.out.flush();
        System.in.read();   // never answered: the test kills this process
    }
}
