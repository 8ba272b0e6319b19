package io.billcycle.export;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * Describes one kind of export file: its kind (how {@code export_batches} and the manifest name it, e.g.
 * {@code invoices}), its layout, which organization a row belongs to (one file per organization: amounts never mix
 * currencies) and, for files with amounts, the amount the manifest totals. Files are named after the job:
 * {@code <job>-<org>-<date>.csv}.
 *
 * @param organizationOf which organization a row belongs to, for an export of several organizations at once
 *                       ({@link Exports#step}); null for one written for one organization ({@link Exports#write})
 * @param amountOf null for a file without amounts (the manifest then carries no total)
 */
public record ExportSpec<T>(String kind, CsvLayout<T> layout, Function<T, String> organizationOf,
        Function<T, BigDecimal> amountOf) {

    public ExportSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layout, "layout");
    }

    public static <T> Builder<T> kind(String kind) {
        return new Builder<>(kind);
    }

    public boolean hasAmounts() {
        return amountOf != null;
    }

    public static final class Builder<T> {
        private final String kind;
        private CsvLayout<T> layout;
        private Function<T, String> organizationOf;
        private Function<T, BigDecimal> amountOf;

        private Builder(String kind) {
            this.kind = kind;
        }

        public Builder<T> layout(CsvLayout<T> value) {
            layout = value;
            return this;
        }

        public Builder<T> organization(Function<T, String> value) {
            organizationOf = value;
            return this;
        }

        public Builder<T> amount(Function<T, BigDecimal> value) {
            amountOf = value;
            return this;
        }

        public ExportSpec<T> build() {
            return new ExportSpec<>(kind, layout, organizationOf, amountOf);
        }
    }
}
