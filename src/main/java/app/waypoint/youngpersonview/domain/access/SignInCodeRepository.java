package app.waypoint.youngpersonview.domain.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class SignInCodeRepository implements PanacheRepositoryBase<SignInCode, String> {
}
