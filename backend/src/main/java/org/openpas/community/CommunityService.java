package org.openpas.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.Text;
import org.openpas.common.Versions;
import org.openpas.provider.CapacityService;

/** Communities are reference data: everyone signed in reads them, admins maintain them. */
@ApplicationScoped
public class CommunityService {

    /** A community and the figures of its providers' capacity. */
    public record Capacity(Community community, CapacityService.CommunityFigures figures) {
    }

    /** What creating and updating a community set; {@code healthAuthority} is its code. */
    public record Details(String name, String healthAuthority, String pcn) {
    }

    /** The account to assign as a coordinator of a community. */
    public record NewCoordinator(String subject, String name, String email) {
    }

    private final CommunityRepository communities;
    private final CommunityCoordinatorRepository coordinators;
    private final AuditLog audit;
    private final CapacityService capacity;

    public CommunityService(CommunityRepository communities, CommunityCoordinatorRepository coordinators,
            AuditLog audit, CapacityService capacity) {
        this.capacity = capacity;
        this.communities = communities;
        this.coordinators = coordinators;
        this.audit = audit;
    }

    public PageResult<Community> search(String text, String healthAuthority, int page, int size) {
        return PageResult.of(communities.search(text, healthAuthority), page, size);
    }

    public Community get(UUID id) {
        return communities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Community", id));
    }

    @Transactional
    public Community create(Details input) {
        requireUniqueName(input.name(), null);
        Community community = new Community();
        apply(input, community);
        communities.persist(community);
        audit.success("COMMUNITY_CREATE", "COMMUNITY", community.id, community.name);
        return community;
    }

    @Transactional
    public Community update(UUID id, String ifMatch, Details input) {
        Community community = get(id);
        Versions.requireMatch(ifMatch, community.version);
        requireUniqueName(input.name(), id);
        apply(input, community);
        communities.flush(); // bump the version now, so the response carries the new ETag
        communities.announceChange(community.id);
        audit.success("COMMUNITY_UPDATE", "COMMUNITY", community.id, community.name);
        return community;
    }

    /** Admins work everywhere; everyone else where they coordinate, direct a clinic or are on its staff. */
    public PageResult<Community> whereWorks(String subject, boolean admin, int page, int size) {
        return PageResult.of(admin ? communities.search(null, null) : communities.whereWorks(subject), page, size);
    }

    public PageResult<CommunityCoordinator> coordinators(UUID communityId, int page, int size) {
        get(communityId);
        return PageResult.of(coordinators.ofCommunity(communityId), page, size);
    }

    public CommunityCoordinator coordinator(UUID communityId, UUID id) {
        get(communityId);
        return coordinators.findInCommunity(communityId, id)
                .orElseThrow(() -> ProblemException.notFound("Coordinator assignment", id));
    }

    @Transactional
    public CommunityCoordinator assignCoordinator(UUID communityId, NewCoordinator input) {
        Community community = get(communityId);
        if (coordinators.isAssigned(communityId, input.subject())) {
            throw ProblemException.conflict("The coordinator " + input.subject() + " is already assigned to "
                    + community.name + ".");
        }
        CommunityCoordinator assignment = new CommunityCoordinator();
        assignment.communityId = communityId;
        assignment.subject = input.subject();
        assignment.name = Text.required(input.name(), "name");
        assignment.email = input.email();
        coordinators.persist(assignment);
        audit.success("COMMUNITY_COORDINATOR_ADD", "COMMUNITY", communityId, "subject " + assignment.subject);
        return assignment;
    }

    @Transactional
    public void unassignCoordinator(UUID communityId, UUID id) {
        CommunityCoordinator assignment = coordinator(communityId, id);
        coordinators.delete(assignment);
        audit.success("COMMUNITY_COORDINATOR_REMOVE", "COMMUNITY", communityId, "subject " + assignment.subject);
    }

    private void requireUniqueName(String name, UUID self) {
        communities.findByName(name.trim())
                .filter(existing -> !existing.id.equals(self))
                .ifPresent(existing -> {
                    throw ProblemException.conflict("A community named " + existing.name + " already exists (id "
                            + existing.id + ").");
                });
    }

    private static void apply(Details input, Community community) {
        community.name = Text.required(input.name(), "name");
        community.healthAuthority = input.healthAuthority();
        community.pcn = input.pcn() == null || input.pcn().isBlank() ? null : input.pcn().trim();
    }

    public Optional<Community> find(UUID id) {
        return communities.findByIdOptional(id);
    }

    /** The communities of a page of records, in one read (from the second-level cache). */
    public Map<UUID, Community> byIds(Collection<UUID> ids) {
        return communities.byIds(ids);
    }

    /** Every community (a few dozen). */
    public List<Community> all() {
        return communities.listAll();
    }

    /** The communities this account coordinates. */
    public List<UUID> coordinatedBy(String subject) {
        return coordinators.communitiesOf(subject);
    }

    /** The capacity of the providers working at the community's clinics, or 404 for an unknown community. */
    public Capacity capacity(UUID communityId) {
        Community community = get(communityId);
        return new Capacity(community, capacity.communityFigures(communityId));
    }
}
