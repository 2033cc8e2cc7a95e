package org.openpas.community;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.openpas.api.CommunitiesResource;
import org.openpas.api.beans.CommunityCapacity;
import org.openpas.api.beans.CommunityCoordinatorInput;
import org.openpas.api.beans.CommunityCoordinatorPage;
import org.openpas.api.beans.CommunityInput;
import org.openpas.api.beans.CommunityPage;
import org.openpas.api.beans.HealthAuthority;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;
import org.openpas.common.Versions;

/** HTTP for /communities: translates between the contract and {@link CommunityService}. */
@Authenticated
public class CommunityResource implements CommunitiesResource {

    private final CommunityService communities;

    public CommunityResource(CommunityService communities) {
        this.communities = communities;
    }

    @Override
    public CommunityPage listCommunities(String q, HealthAuthority healthAuthority, Integer page, Integer size, String acceptLanguage) {
        return CommunityMapper.toPage(
                communities.search(q, healthAuthority == null ? null : healthAuthority.value(), page, size));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response createCommunity(CommunityInput data) {
        Community community = communities.create(CommunityMapper.details(data));
        return withEtag(Response.created(URI.create("communities/" + community.id)), community);
    }

    @Override
    public Response getCommunity(String communityId, String acceptLanguage) {
        return withEtag(Response.ok(), communities.get(id(communityId)));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response updateCommunity(String communityId, String ifMatch, CommunityInput data) {
        return withEtag(Response.ok(), communities.update(id(communityId), ifMatch, CommunityMapper.details(data)));
    }

    @Override
    public CommunityCapacity getCommunityCapacity(String communityId, String acceptLanguage) {
        return CommunityMapper.toApi(communities.capacity(id(communityId)));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public CommunityCoordinatorPage listCommunityCoordinators(String communityId, Integer page, Integer size) {
        PageResult<CommunityCoordinator> result = communities.coordinators(id(communityId), page, size);
        var body = new CommunityCoordinatorPage();
        return result.fill(body, CommunityMapper::toApi, body::setItems, body::setPage, body::setSize,
                body::setTotalItems, body::setTotalPages);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response addCommunityCoordinator(String communityId, CommunityCoordinatorInput data) {
        UUID community = id(communityId);
        CommunityCoordinator assignment =
                communities.assignCoordinator(community, CommunityMapper.newCoordinator(data));
        return Response.created(URI.create("communities/" + community + "/coordinators/" + assignment.id))
                .entity(CommunityMapper.toApi(assignment)).build();
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public org.openpas.api.beans.CommunityCoordinator getCommunityCoordinator(String communityId, String coordinatorId) {
        return CommunityMapper.toApi(communities.coordinator(id(communityId), Ids.parse(coordinatorId, "Coordinator")));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void removeCommunityCoordinator(String communityId, String coordinatorId) {
        communities.unassignCoordinator(id(communityId), Ids.parse(coordinatorId, "Coordinator"));
    }

    private static UUID id(String communityId) {
        return Ids.parse(communityId, "Community");
    }

    private static Response withEtag(Response.ResponseBuilder response, Community community) {
        return response.entity(CommunityMapper.toApi(community))
                .header("ETag", Versions.etag(community.version)).build();
    }
}
