package uk.permanence.web.pools;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The requests pool on a thread serving a web request, the events pool on every other thread and for operators'
 * {@code /admin/} calls (a checksum or a rebuild's truncate may rightly run longer than a request's statement limit).
 */
final class PoolByThread extends AbstractRoutingDataSource {

    PoolByThread(DataSource requests, DataSource events) {
        setTargetDataSources(Map.of(RequestAndEventPools.REQUESTS, requests, RequestAndEventPools.EVENTS, events));
        setDefaultTargetDataSource(events);
        setLenientFallback(false);
    }

    @Override
    protected Object determineCurrentLookupKey() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        boolean operator = request instanceof ServletRequestAttributes servlet
                && servlet.getRequest().getRequestURI().startsWith("/admin/");
        return request != null && !operator ? RequestAndEventPools.REQUESTS : RequestAndEventPools.EVENTS;
    }
}
