package io.billcycle.samples;

import org.apache.ibatis.annotations.Mapper;

/** The SQL of {@link StatementSamples}, in StatementSamplesMapper.xml beside this interface. */
@Mapper
public interface StatementSamplesMapper {

    /** Three dunning levels with their messages. */
    void insertDunningLevels(long organizationId);
    /**
     * Statement cases, by the account number's last digit: 6 has its statements suspended, 7 returned mail, 8 an
     * override message, 9 is already at the highest dunning level with a statement on 2024-12-31 that asked for 25.00.
     */
    void setUpStatementCases(long organizationId);
}
