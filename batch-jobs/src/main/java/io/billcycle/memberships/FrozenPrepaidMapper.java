package io.billcycle.memberships;

import org.apache.ibatis.annotations.Mapper;

/** The report's query, in FrozenPrepaidMapper.xml beside this interface; streamed through its statement id. */
@Mapper
public interface FrozenPrepaidMapper {

    String SELECT_ROWS = "io.billcycle.memberships.FrozenPrepaidMapper.selectRows";
}
