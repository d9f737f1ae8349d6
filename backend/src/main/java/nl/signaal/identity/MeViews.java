package nl.signaal.identity;

import java.util.List;
import nl.signaal.identity.IdentityApi.MeView;
import nl.signaal.identity.IdentityApi.OrganisationView;

final class MeViews {
    private MeViews() {}

    static MeView of(UserAccount user, Organisation organisation, String csrfToken) {
        List<Role> roles = user.roleSet().stream().sorted().toList();
        return new MeView(
                user.id(),
                user.email(),
                user.displayName(),
                roles,
                user.locale(),
                csrfToken,
                OrganisationView.of(organisation));
    }
}
