package io.billcycle.samples;

import org.apache.ibatis.annotations.Mapper;

/** The SQL of {@link ProviderPaymentSamples}, in ProviderPaymentSamplesMapper.xml beside this interface. */
@Mapper
public interface ProviderPaymentSamplesMapper {

    /**
     * Five providers with payments in every status: December 2024 ready to export (authorized payments and an
     * adjustment, one on hold, one received), January 2025 still coming in.
     */
    void insertProviderPayments(long organizationId);
}
