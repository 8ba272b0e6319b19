package io.billcycle.invoices;

/** Invoice numbers: the organization's prefix and a zero-padded counter that never repeats within it. */
public final class InvoiceNumbers {

    private InvoiceNumbers() {
    }

    public static String format(String prefix, long number) {
        if (number < 1) {
            throw new IllegalArgumentException("invoice numbers start at 1, got " + number);
        }
        return prefix + String.format("%08d", number);
    }
}
