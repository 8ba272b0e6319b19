package io.billcycle.statements.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.billcycle.batch.BusinessRun;
import io.billcycle.testsupport.JobTest;

/**
 * {@code statement-cycle}'s PDF, read back by an independent reader (Apache PDFBox): every figure the statement row
 * holds is on the page, the activity is listed line by line, the manifest tells the truth, and a reprint has the very
 * page bytes of the job's file. Files hold at most 2 statements here, to see an organization's file cut into parts.
 */
@TestPropertySource(properties = "billcycle.print.statements-per-file=2")
class PrintedStatementsTest extends JobTest {

    static final LocalDate JAN = LocalDate.parse("2024-01-31");
    static final LocalDate FEB = LocalDate.parse("2024-02-29");

    @Autowired
    Job statementCycleJob;

    @Autowired
    StatementReprint reprint;

    long org;
    long paying;
    long busy;

    @BeforeEach
    void accounts() {
        org = fixtures.organization("ACME", 14, 12);
        jdbc.update("""
                update organizations set name = 'Acme Dental Care', minimum_payment_amount = 25.00,
                       address_line1 = '200 Harbor Way', address_line2 = 'Suite 4', city = 'Portland', region = 'OR',
                       postal_code = '97201', country = 'US' where id = ?""", org);
        jdbc.update("insert into dunning_levels (organization_id, level, message) values (?, 1, 'Your account is past due.')",
                org);
        paying = fixtures.account(org, "A-1");
        jdbc.update("update accounts set name = 'Zoë Łukasz', address_line2 = 'Apt 2' where id = ?", paying);
        long invoice = jdbc.queryForObject("""
                insert into invoices (organization_id, account_id, invoice_number, issue_date, due_date, amount, created_by)
                values (?, ?, 'INV-0007', '2024-01-05', '2024-01-10', 1234.50, 'test') returning id""", Long.class, org, paying);
        jdbc.update("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, invoice_id, description, created_by)
                values (?, '2024-01-05', 'CHARGE', 1234.50, '2024-01-10', ?, 'Cleaning and X-rays', 'test')""", paying, invoice);
        entry(paying, "2024-01-20", "ADJUSTMENT", "-4.50", "Goodwill: late delivery");
        entry(paying, "2024-01-25", "FINANCE_CHARGE", "12.34", "Finance charge at 18.000%");
        long payment = entry(paying, "2024-02-10", "PAYMENT", "-10.00", "Payment");   // less than the 25.00 asked
        jdbc.update("""
                insert into payments (organization_id, account_id, payment_date, amount, reference, ledger_entry_id, created_by)
                values (?, ?, '2024-02-10', 10.00, 'CHK-7781', ?, 'test')""", org, paying, payment);
        busy = fixtures.account(org, "A-2");
        for (int day = 1; day <= 30; day++) {
            entry(busy, "2024-01-%02d".formatted(day), "ADJUSTMENT", "1.%02d".formatted(day), "Visit " + day);
        }
        long returned = fixtures.account(org, "A-3");
        entry(returned, "2024-01-02", "ADJUSTMENT", "10.00", "Not mailed");
        jdbc.update("update accounts set returned_mail = true where id = ?", returned);
    }

    long entry(long account, String date, String kind, String amount, String description) {
        return jdbc.queryForObject("""
                insert into ledger_entries (account_id, entry_date, kind, amount, due_date, description, created_by)
                values (?, ?::date, ?, ?, ?::date, ?, 'test') returning id""", Long.class, account, date, kind,
                new BigDecimal(amount), date, description);
    }

    Path pdf(LocalDate date) {
        return exportDir().resolve("statement-cycle/statement-cycle-ACME-" + date + ".pdf");
    }

    @Test
    void everyFigureOfTheStatementIsPrinted() throws Exception {
        assertThat(launch(statementCycleJob, params(JAN)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(launch(statementCycleJob, params(FEB)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<String> pages = pageTexts(Files.readAllBytes(pdf(FEB)));
        assertThat(pages).hasSize(2);   // A-1 (one page), A-2 (one page: no activity in February); A-3 not mailed
        String page = pages.get(0);
        Map<String, Object> s = jdbc.queryForMap("select * from statements where account_id = ? and statement_date = ?",
                paying, FEB);
        assertThat(s.get("period_start")).hasToString("2024-01-31");
        assertThat(s.get("minimum_due_date")).hasToString("2024-03-14");   // 14 days of terms
        for (String column : List.of("previous_balance", "charges", "finance_charges", "adjustments", "balance",
                "past_due", "aging_current", "aging_1_30", "aging_31_60", "aging_61_90", "aging_91_plus", "minimum_due")) {
            assertThat(page).as(column).contains(StatementSheets.money((BigDecimal) s.get(column)));
        }
        assertThat(page).contains("Previous balance 1,242.34", "Payments -10.00", "New balance 1,232.34",
                "Minimum due 25.00", "Due by 2024-03-14", "Past due 1,232.34", "Amounts in USD");
        assertThat(page).contains("Acme Dental Care", "200 Harbor Way", "Suite 4", "Portland, OR 97201",
                "STATEMENT", "Statement date 2024-02-29", "Account A-1", "Page 1 of 1");
        // the mailing address, with what Windows-1252 cannot show as ?
        assertThat(page).contains("Zoë ?ukasz", "1 Main St", "Apt 2", "Springfield, IL 62701");
        assertThat(page).contains("Your account is past due.");
        assertThat(page).contains("2024-02-10 Payment: Payment CHK-7781 -10.00");
        assertThat(page).doesNotContain("Cleaning");   // January's activity was January's statement

        String january = pageTexts(Files.readAllBytes(pdf(JAN))).get(0);
        assertThat(january).contains("2024-01-05 Charge: Cleaning and X-rays INV-0007 1,234.50",
                "2024-01-20 Adjustment: Goodwill: late delivery -4.50",
                "2024-01-25 Finance charge: Finance charge at 18.000% 12.34", "New balance 1,242.34");
    }

    @Test
    void aLongPeriodGoesOnToFurtherPagesWithEveryLine() throws Exception {
        launch(statementCycleJob, params(JAN));
        List<String> pages = pageTexts(Files.readAllBytes(pdf(JAN)));
        // A-1 one page; A-2's 30 lines: 22 on its first page, 8 on the next
        assertThat(pages).hasSize(3);
        assertThat(pages.get(1)).contains("Account A-2", "Page 1 of 2", "2024-01-22 Adjustment: Visit 22 1.22")
                .doesNotContain("Visit 23");
        assertThat(pages.get(2)).contains("STATEMENT (continued)", "Page 2 of 2", "2024-01-23 Adjustment: Visit 23 1.23",
                "2024-01-30 Adjustment: Visit 30 1.30");
    }

    @Test
    void theManifestAndExportBatchTellWhatTheFileHolds() throws Exception {
        long execution = launch(statementCycleJob, params(JAN)).getId();
        byte[] bytes = Files.readAllBytes(pdf(JAN));
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = new ObjectMapper().readValue(
                pdf(JAN).resolveSibling(pdf(JAN).getFileName() + ".manifest.json").toFile(), Map.class);
        assertThat(manifest).containsEntry("job", "statement-cycle").containsEntry("kind", "printed-statements")
                .containsEntry("org", "ACME").containsEntry("businessDate", "2024-01-31")
                .containsEntry("file", "statement-cycle-ACME-2024-01-31.pdf").containsEntry("statements", 2)
                .containsEntry("pages", 3).containsEntry("sha256", sha256(bytes))
                .containsEntry("jobExecutionId", (int) execution);
        assertThat(jdbc.queryForMap("""
                select row_count, sha256, status from export_batches where kind = 'printed-statements'"""))
                .containsEntry("row_count", 2L).containsEntry("sha256", sha256(bytes)).containsEntry("status", "WRITTEN");
    }

    @Test
    void aReprintHasThePrintedPagesByteForByteAndARerunTheSameFile() throws Exception {
        launch(statementCycleJob, params(JAN));
        byte[] printed = Files.readAllBytes(pdf(JAN));

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        assertThat(reprint.print("ACME", "A-2", JAN, first)).isEqualTo(2);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reprint.print("ACME", "A-2", JAN, again);
        assertThat(again.toByteArray()).isEqualTo(first.toByteArray());
        // A-2's pages are the file's pages 2 and 3
        assertThat(pageContents(first.toByteArray())).isEqualTo(pageContents(printed).subList(1, 3));
        assertThat(reprint.print("ACME", "A-3", JAN, new ByteArrayOutputStream())).isZero();   // no statement

        launch(statementCycleJob, BusinessRun.forced(params(JAN), "print again"));
        assertThat(Files.readAllBytes(pdf(JAN))).isEqualTo(printed);
    }

    @Test
    void anOrganizationThatDoesNotPrintGetsItsCsvButNoPdf() throws Exception {
        jdbc.update("update organizations set print_statements = false where id = ?", org);
        assertThat(launch(statementCycleJob, params(JAN)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(pdf(JAN)).doesNotExist();
        assertThat(exportDir().resolve("statement-cycle/statement-cycle-ACME-2024-01-31.csv")).exists();
        assertThat(jdbc.queryForObject("select count(*) from export_batches where kind = 'printed-statements'",
                Integer.class)).isZero();
    }

    @Test
    void moreStatementsThanAFileHoldsGoIntoNumberedParts() throws Exception {
        long beta = fixtures.organization("BETA");
        for (String number : List.of("B-1", "B-2", "B-3")) {
            entry(fixtures.account(beta, number), "2024-01-03", "ADJUSTMENT", "5.00", "Dues");
        }
        launch(statementCycleJob, params(JAN));
        Path folder = exportDir().resolve("statement-cycle");
        assertThat(pdf(JAN)).exists();   // ACME: 2 statements, one file without a number
        assertThat(folder.resolve("statement-cycle-BETA-2024-01-31.pdf")).doesNotExist();
        List<String> first = pageTexts(Files.readAllBytes(folder.resolve("statement-cycle-BETA-2024-01-31-1.pdf")));
        List<String> second = pageTexts(Files.readAllBytes(folder.resolve("statement-cycle-BETA-2024-01-31-2.pdf")));
        assertThat(first).hasSize(2);
        assertThat(first.get(0)).contains("Account B-1");
        assertThat(first.get(1)).contains("Account B-2");
        assertThat(second).singleElement().asString().contains("Account B-3");
        assertThat(jdbc.queryForList("select file_name || ' ' || row_count from export_batches"
                + " where kind = 'printed-statements' order by file_name", String.class)).containsExactly(
                "statement-cycle-ACME-2024-01-31.pdf 2", "statement-cycle-BETA-2024-01-31-1.pdf 2",
                "statement-cycle-BETA-2024-01-31-2.pdf 1");
    }

    static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("[ \\t]+", " "));
            }
            return pages;
        }
    }

    /** Each page's content stream, decompressed, one byte a char. */
    static List<String> pageContents(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> contents = new ArrayList<>();
            for (var page : document.getPages()) {
                try (var in = page.getContents()) {
                    contents.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
            return contents;
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
