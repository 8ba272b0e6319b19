package io.billcycle.export;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export files on disk: bytes, manifest, temporary names per execution, columns known only at run time. */
class ExportFileTest {

    record Row(String name, BigDecimal amount) {
    }

    static final CsvLayout<Row> LAYOUT = CsvLayout.of(List.of("name", "amount"),
            row -> List.of(CsvCells.text(row.name()), CsvCells.amount(row.amount())));

    @TempDir
    Path dir;

    @Test
    void aPublishedFileHasItsBytesAndAManifestThatDescribesThem() throws Exception {
        Path target = ExportFiles.path(dir, "statement-cycle", "dunning-letters", "ACME", LocalDate.parse("2024-02-29"));
        ExportFile<Row> file = ExportFile.start(target, LAYOUT, 7);
        file.write(new Row("=SUM(A1)", new BigDecimal("10.50")), new BigDecimal("10.50"));
        file.write(new Row("Smith, J", new BigDecimal("-0.50")), new BigDecimal("-0.50"));

        ExportedFile published = file.publish("statement-cycle", "dunning-letters", "ACME", "2024-02-29", "USD", true);

        assertThat(target).isEqualTo(dir.resolve("statement-cycle/dunning-letters-ACME-2024-02-29.csv"));
        byte[] bytes = Files.readAllBytes(target);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("name,amount\r\n'=SUM(A1),10.50\r\n\"Smith, J\",-0.50\r\n");
        ExportManifest manifest = published.description();
        assertThat(manifest.rowCount()).isEqualTo(2);
        assertThat(manifest.amountTotal()).isEqualByComparingTo("10.00");
        assertThat(manifest.kind()).isEqualTo("dunning-letters");
        assertThat(manifest.extra()).isEmpty();
        assertThat(manifest.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(Files.readString(published.manifest())).contains("\"kind\" : \"dunning-letters\"").contains("\"jobExecutionId\" : 7");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anExecutionRemovesWhatEarlierExecutionsLeftOfItsFileAndNothingElse() throws Exception {
        Path target = dir.resolve("f.csv");
        Files.writeString(target, "published by execution 1");
        for (String name : List.of(".f.csv.1.part", ".f.csv.manifest.json.1.part", ".g.csv.1.part", ".f.csv.x.part")) {
            Files.writeString(dir.resolve(name), "left by a process killed mid-export");
        }

        ExportFile<Row> second = ExportFile.start(target, LAYOUT, 2);

        assertThat(leftovers()).containsExactlyInAnyOrder(".f.csv.2.part", ".g.csv.1.part", ".f.csv.x.part");
        assertThat(Files.readString(target)).isEqualTo("published by execution 1");
        second.write(new Row("from 2", BigDecimal.TEN), null);
        second.publish("j", "k", "ACME", "2024-01-01", "USD", false);
        assertThat(Files.readString(target)).contains("from 2");
        assertThat(Files.readString(target.resolveSibling("f.csv.manifest.json"))).contains("\"jobExecutionId\" : 2")
                .doesNotContain("amountTotal");
        assertThat(leftovers()).containsExactlyInAnyOrder(".g.csv.1.part", ".f.csv.x.part");
    }

    @Test
    void anUnpublishedFileLeavesNothingBehind() {
        Path target = dir.resolve("f.csv");
        try (ExportFile<Row> file = ExportFile.start(target, LAYOUT, 3)) {
            file.write(new Row("x", BigDecimal.ONE), BigDecimal.ONE);
        }
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aLayoutMayLearnItsColumnsAtRunTimeEvenForAnEmptyFile() throws Exception {
        List<String> columns = new ArrayList<>();
        CsvLayout<Map<String, String>> learned = new CsvLayout<>() {
            @Override
            public List<String> header() {
                return columns;
            }

            @Override
            public List<String> cells(Map<String, String> row) {
                return columns.stream().map(c -> CsvCells.text(row.get(c))).toList();
            }
        };
        ExportFile<Map<String, String>> file = ExportFile.start(dir.resolve("r.csv"), learned, 4);
        columns.addAll(List.of("full_name", "__CUSTOMER_ID"));   // known once the query has run
        file.write(Map.of("full_name", "Ann Lee", "__CUSTOMER_ID", "17"), null);
        file.publish("report", "report", "CLUB", "2024-01-01", "USD", false);
        assertThat(Files.readString(dir.resolve("r.csv"))).isEqualTo("full_name,__CUSTOMER_ID\r\nAnn Lee,17\r\n");

        ExportFile<Map<String, String>> empty = ExportFile.start(dir.resolve("e.csv"), learned, 4);
        empty.publish("report", "report", "CLUB", "2024-01-01", "USD", false);
        assertThat(Files.readString(dir.resolve("e.csv"))).isEqualTo("full_name,__CUSTOMER_ID\r\n");
    }

    private List<String> leftovers() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSpecWithAnAmountHasAmounts() {
        ExportSpec<Row> main = ExportSpec.<Row>kind("statements").layout(LAYOUT).organization(r -> "ACME").build();
        ExportSpec<Row> charged = ExportSpec.<Row>kind("finance-charges").layout(LAYOUT)
                .organization(r -> "ACME").amount(Row::amount).build();
        assertThat(main.hasAmounts()).isFalse();
        assertThat(charged.hasAmounts()).isTrue();
    }
}
