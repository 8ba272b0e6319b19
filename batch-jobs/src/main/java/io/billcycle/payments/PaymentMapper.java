package io.billcycle.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Payments and adjustments; the SQL is in PaymentMapper.xml beside this interface. */
@Mapper
public interface PaymentMapper {

    /** The organization's accounts among {@code numbers}. */
    List<AccountRef> accountsByNumber(long organizationId, String[] numbers);

    /** Payments already imported under any of {@code references}. */
    List<Imported> importedPayments(long organizationId, String[] references);

    /** Posts the payments, each a PAYMENT ledger entry and a {@code payments} row; returns how many. */
    int insertPayments(PaymentRows rows, String importedFrom, String actor);

    /** Posts one signed ADJUSTMENT, due on its date; returns the ledger entry's id. */
    long insertAdjustment(long accountId, LocalDate entryDate, BigDecimal amount, String description, String actor);

    record AccountRef(long id, String accountNumber) {
    }

    record Imported(String reference, String accountNumber, LocalDate paymentDate, BigDecimal amount) {
    }
}
