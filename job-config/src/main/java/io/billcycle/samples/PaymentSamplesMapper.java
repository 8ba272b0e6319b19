package io.billcycle.samples;

import org.apache.ibatis.annotations.Mapper;

/** The SQL of {@link PaymentSamples}, in PaymentSamplesMapper.xml beside this interface. */
@Mapper
public interface PaymentSamplesMapper {

    /**
     * Bank payments before the demo date, decided by the account number's last digit so that the samples come out the
     * same: 1 pays about three months of its plans, 2 half a month, 3 a month but late in January, 4 ten months (an
     * over-payment), the others nothing. Each is a PAYMENT ledger entry with its {@code payments} row.
     */
    void insertPayments(long organizationId);
}
