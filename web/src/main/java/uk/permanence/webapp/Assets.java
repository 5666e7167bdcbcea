package uk.permanence.webapp;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's stylesheet names its fonts and images under {@code /assets/}: served from its webjar, as is the
 * icon browsers ask for at {@code /favicon.ico}.
 */
@Configuration
class Assets implements WebMvcConfigurer {

    private final WebProperties web;

    Assets(WebProperties web) {
        this.web = web;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String assets = "classpath:/META-INF/resources/webjars/govuk-frontend/" + web.govukFrontendVersion()
                + "/dist/govuk/assets/";
        registry.addResourceHandler("/assets/**").addResourceLocations(assets);
        // browsers ask for it on their own, on every page of this origin (the identity service's sign-in form too)
        registry.addResourceHandler("/favicon.ico").addResourceLocations(assets + "images/");
    }
}
