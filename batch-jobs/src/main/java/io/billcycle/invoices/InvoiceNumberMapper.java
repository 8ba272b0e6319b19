package io.billcycle.invoices;

import org.apache.ibatis.annotations.Mapper;

/** The per-organization invoice number counters; the SQL is in InvoiceNumberMapper.xml beside this interface. */
@Mapper
public interface InvoiceNumberMapper {

    /** Hands out {@code count} invoice numbers of the organization; returns the last one and the prefix. */
    Reserved reserve(long organizationId, int count);

    record Reserved(String prefix, long lastNumber) {
    }
}
