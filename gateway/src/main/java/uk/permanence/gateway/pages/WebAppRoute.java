package uk.permanence.gateway.pages;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web app's pages (docs/web.md): every path that is not the API, not the identity service's and not the
 * gateway's own (its API documentation) goes to the web app, after every other route. The gateway lets them through
 * without a token, since the web app signs people in itself; it sees the browser's {@code Host}, so that its
 * redirects name the platform's public address.
 */
@Configuration
class WebAppRoute {

    @Bean
    RouteLocator pages(RouteLocatorBuilder routes, @Value("${permanence.services.web}") String web,
                             @Value("${permanence.gateway.identity-paths}") String[] identityPaths,
                             @Value("${permanence.gateway.own-paths}") String[] ownPaths) {
        List<String> notPages = new ArrayList<>(List.of("/api", "/api/**", "/actuator", "/actuator/**"));
        notPages.addAll(List.of(identityPaths));
        notPages.addAll(List.of(ownPaths));
        return routes.routes()
                .route("web", route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .not(path -> path.path(notPages.toArray(String[]::new)))
                        .filters(filters -> filters.preserveHostHeader())
                        .metadata("service", "web")
                        .uri(web))
                .build();
    }
}
