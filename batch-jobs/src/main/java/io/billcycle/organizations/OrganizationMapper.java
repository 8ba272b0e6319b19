package io.billcycle.organizations;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read-only look-ups of organizations; the SQL is in OrganizationMapper.xml beside this interface. */
@Mapper
public interface OrganizationMapper {

    Organization findByCode(String code);

    /** Every organization with {@code org} as its code, or all of them when it is null, by code. */
    List<Organization> inScope(String org);

    /** Sets every non-null field of {@code settings}. */
    int updateSettings(long organizationId, OrganizationSettings settings);

    void upsertDunningLevel(long organizationId, int level, String message);

    void deleteDunningLevel(long organizationId, int level);

    /**
     * What would be wrong with the organization's collections integration after {@code change}: status codes it does
     * not have, and collections on with a status missing. Empty when it is sound.
     */
    List<String> collectionProblems(@Param("organizationId") long organizationId,
            @Param("c") OrganizationSettings.CollectionSettings change);

    /** The codes of the organizations that have an account numbered {@code accountNumber}. */
    List<String> ownersOfAccount(String accountNumber);

    /** The codes of the organizations the provider payments {@code ids} belong to. */
    List<String> ownersOfProviderPayments(@Param("ids") Long[] ids);

    /** The code of the organization export batch {@code id} belongs to, if there is one. */
    List<String> ownersOfExportBatch(long id);

    /** The code of the organization payment plan {@code id} belongs to, if there is one. */
    List<String> ownersOfPaymentPlan(long id);

    /** Every organization's settings, one line of text each, for {@code orgs list}. */
    List<String> describeAll();
}
