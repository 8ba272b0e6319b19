package io.billcycle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableTest {

    static final List<Table.Column> COLUMNS = List.of(Table.left("code", 4), Table.left("description", 20),
            Table.right("amount", 10), Table.left("note", 0));

    @Test
    void heldRowsGetColumnsAsWideAsTheirWidestCellUpToTheirMaximum() {
        StringWriter out = new StringWriter();

        Table.print(new PrintWriter(out, true), COLUMNS, new Table.Rows()
                .add("C1", "First letter", "25.00", "to AG")
                .add("AG", "An agency whose name is far too long", "1250.50", "a note that is never cut, however long")
                .add("X", "Two\nlines", "-3.10", null).list());

        assertThat(out.toString().lines()).containsExactly(
                "code  description            amount  note",
                "C1    First letter            25.00  to AG",
                "AG    An agency whose n...  1250.50  a note that is never cut, however long",
                "X     Two / lines             -3.10");
    }

    @Test
    void streamedRowsKeepTheColumnsMaximumsAndAlign() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        Table table = Table.streamed(Table.right("id", 4), Table.left("subject", 8), Table.left("end", 0));

        table.header(out);
        table.row(out, 7, "Gym", "2025-01-31");
        table.row(out, 1234, "Yoga classes twice a week", "-");

        assertThat(text.toString().lines()).containsExactly(
                "  id  subject   end",
                "   7  Gym       2025-01-31",
                "1234  Yoga ...  -");
    }
}
