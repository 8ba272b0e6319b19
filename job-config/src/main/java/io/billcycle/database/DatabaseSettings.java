package io.billcycle.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * @param home       billcycle's working folder; the embedded database lives in {@code <home>/pgdata}
 * @param datasource an external server; when its url is empty the embedded one is used
 */
@ConfigurationProperties("billcycle")
public record DatabaseSettings(@DefaultValue(".billcycle") Path home, @Name("datasource") @DefaultValue Datasource datasource) {

    public record Datasource(String url, String username, String password) {
    }
}
