package io.billcycle.organizations;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Read-only look-ups of organizations; the SQL is in OrganizationMapper.xml beside this interface. */
@Mapper
public interface OrganizationMapper {

    Organization findByCode(String code);

    /** Every organization with {@code org} as its code, or all of them when it is null, by code. */
    List<Organization> inScope(String org);
}
