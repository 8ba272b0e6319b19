package io.billcycle.statements.print;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How printed statements are cut into files.
 *
 * @param statementsPerFile at most this many statements in one PDF ({@code billcycle.print.statements-per-file}).
 *                          An organization with more gets numbered files ({@code ...-<date>-1.pdf}, {@code -2}, ...).
 *                          The PDF's cross-reference table grows by about 200 bytes a statement until its file is
 *                          closed, so this bounds the memory the step needs whatever the number of statements; it
 *                          also keeps each file a size a print house's tools take (50,000 one-page statements make
 *                          about 55 MB).
 */
@ConfigurationProperties("billcycle.print")
public record PrintSettings(@DefaultValue("50000") int statementsPerFile) {

    public PrintSettings {
        if (statementsPerFile < 1 || statementsPerFile > 1_000_000) {
            throw new IllegalArgumentException("billcycle.print.statements-per-file must be 1 to 1000000, got '"
                    + statementsPerFile + "'");
        }
    }
}
