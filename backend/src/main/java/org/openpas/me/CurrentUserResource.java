package org.openpas.me;

import io.quarkus.security.Authenticated;
import org.openpas.api.MeResource;
import org.openpas.api.beans.CommunityPage;
import org.openpas.api.beans.Me;

/**
 * GET /me: who the caller is and what they are linked to, so that clients can decide what to show.
 * {@code actingFor} lists the providers whose active endorsement lets a delegate act for them.
 */
@Authenticated
public class CurrentUserResource implements MeResource {

    private final MeService me;

    public CurrentUserResource(MeService me) {
        this.me = me;
    }

    @Override
    public Me getMe() {
        return MeMapper.toApi(me.me());
    }

    @Override
    public CommunityPage listMyCommunities(Integer page, Integer size) {
        return MeMapper.communities(me.communities(page, size));
    }
}
