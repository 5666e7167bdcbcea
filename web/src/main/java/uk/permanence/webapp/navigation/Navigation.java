package uk.permanence.webapp.navigation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which item of the service navigation the page being shown belongs to, as GOV.UK's service navigation marks it:
 * {@code aria-current="page"} on the item's own page, {@code "true"} on a page within its section (a child's pages
 * are within the caseload, a report within the reports), none elsewhere (an error page).
 */
@Component("navigation")
public class Navigation {

    private static final String CASELOAD = "/";
    private static final String CHILDREN = "/children/";

    /** {@code "page"}, {@code "true"} or null for the item linking to {@code href}, on the current request's page. */
    public String current(String href) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(href)) {
            return "page";
        }
        boolean within = href.equals(CASELOAD) ? path.startsWith(CHILDREN) : path.startsWith(href + "/");
        return within ? "true" : null;
    }
}
