package io.billcycle.statements.print;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Renders one statement again from the database, as {@code billcycle statements print} does: the same query and the
 * same drawing as the job's file, so its pages have the bytes the printed ones had (the addresses are today's: a
 * reprint goes where the account lives now). Whether the organization prints its statements does not matter here.
 */
@Component
public class StatementReprint {

    private final StatementPrintMapper mapper;

    public StatementReprint(StatementPrintMapper mapper) {
        this.mapper = mapper;
    }

    /** Writes the statement's PDF to {@code out}; returns its pages, or 0 when the account had no statement that day. */
    public int print(String org, String account, LocalDate date, OutputStream out) {
        List<PrintedStatement> found = mapper.selectPrintedStatement(org, account, date);
        if (found.isEmpty()) {
            return 0;
        }
        try (StatementPdf pdf = new StatementPdf(out, "statement " + org + " " + account + " " + date, date)) {
            pdf.add(found.get(0));
            return (int) pdf.pages();
        }
    }
}
