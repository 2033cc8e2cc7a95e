package org.openpas.community;

import java.util.Date;
import org.openpas.api.beans.CommunityCapacity;
import org.openpas.api.beans.CommunityCoordinatorInput;
import org.openpas.api.beans.CommunityInput;
import org.openpas.api.beans.CommunityPage;
import org.openpas.api.beans.HealthAuthority;
import org.openpas.common.PageResult;
import org.openpas.provider.CapacityService;

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
        return result.fill(body, CommunityMapper::toApi, body::setItems, body::setPage, body::setSize, body::setTotalItems,
                body::setTotalPages);
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

    static CommunityService.Details details(CommunityInput input) {
        return new CommunityService.Details(input.getName(), input.getHealthAuthority().value(), input.getPcn());
    }

    static CommunityService.NewCoordinator newCoordinator(CommunityCoordinatorInput input) {
        return new CommunityService.NewCoordinator(input.getSubject(), input.getName(), input.getEmail());
    }

    static CommunityCapacity toApi(CommunityService.Capacity capacity) {
        Community community = capacity.community();
        CapacityService.CommunityFigures f = capacity.figures();
        var api = new CommunityCapacity();
        api.setCommunityId(community.id);
        api.setCommunityName(community.name);
        api.setHealthAuthority(HealthAuthority.fromValue(community.healthAuthority));
        api.setProvidersTotal(f.providers());
        api.setProvidersAccepting(f.accepting());
        api.setProvidersStale(f.stale());
        api.setSpacesOfferedThisMonth(f.offered());
        api.setSpacesUsedThisMonth(f.used());
        api.setSpacesRemainingThisMonth(f.remaining());
        api.setPanelSizeMedian(f.panelSizeMedian());
        api.setPanelSizeTotal(f.panelSizeTotal());
        api.setPatientsWaiting(0); // the waitlist arrives with issue #4
        api.setAsOf(new Date());
        return api;
    }
}
