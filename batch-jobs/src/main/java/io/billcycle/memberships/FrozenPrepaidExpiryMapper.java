package io.billcycle.memberships;

import org.apache.ibatis.annotations.Mapper;

/** The report's query, in FrozenPrepaidExpiryMapper.xml beside this interface; streamed through its statement id. */
@Mapper
public interface FrozenPrepaidExpiryMapper {

    String SELECT_ROWS = "io.billcycle.memberships.FrozenPrepaidExpiryMapper.selectRows";
}
