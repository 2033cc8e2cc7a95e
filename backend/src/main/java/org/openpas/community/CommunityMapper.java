package org.openpas.community;

import java.util.Date;
import java.util.List;
import org.openpas.api.beans.CommunityPage;
import org.openpas.api.beans.HealthAuthority;
import org.openpas.common.PageResult;

/** Between the API's community beans and the entities. */
public final class CommunityMapper {

    private CommunityMapper() {
    }

    public static org.openpas.api.beans.Community toApi(Community community) {
        var api = new org.openpas.api.beans.Community();
        api.setId(community.id);
        api.setName(community.name);
        api.setHealthAuthority(HealthAuthority.fromValue(community.healthAuthority));
        api.setPcn(community.pcn);
        return api;
    }

    public static CommunityPage toPage(PageResult<Community> result) {
        var body = new CommunityPage();
        body.setItems(result.map(CommunityMapper::toApi));
        body.setPage(result.page());
        body.setSize(result.size());
        body.setTotalItems(result.totalItems());
        body.setTotalPages(result.totalPages());
        return body;
    }

    static org.openpas.api.beans.CommunityCoordinator toApi(CommunityCoordinator assignment) {
        var api = new org.openpas.api.beans.CommunityCoordinator();
        api.setId(assignment.id);
        api.setCommunityId(assignment.communityId);
        api.setSubject(assignment.subject);
        api.setName(assignment.name);
        api.setEmail(assignment.email);
        api.setAssignedAt(Date.from(assignment.assignedAt));
        return api;
    }

    static List<org.openpas.api.beans.CommunityCoordinator> coordinators(PageResult<CommunityCoordinator> result) {
        return result.map(CommunityMapper::toApi);
    }
}
