package io.billcycle.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an error line may show of a JDBC URL: everything but a password. */
class DatabaseConfigurationTest {

    @Test
    void aPasswordInTheUrlIsMaskedWhereverItStands() {
        assertThat(DatabaseConfiguration.withoutPassword("jdbc:postgresql://db:5432/billing?user=bc&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/billing?user=bc&password=***&ssl=true");
        assertThat(DatabaseConfiguration.withoutPassword("jdbc:postgresql://db/billing?PASSWORD=x"))
                .isEqualTo("jdbc:postgresql://db/billing?PASSWORD=***");
        assertThat(DatabaseConfiguration.withoutPassword("jdbc:postgresql://db/billing"))
                .isEqualTo("jdbc:postgresql://db/billing");
    }
}
