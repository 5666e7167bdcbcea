package uk.permanence.events.pools;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/** The requests pool on a thread serving a web request, the events pool on every other thread. */
final class PoolByThread extends AbstractRoutingDataSource {

    PoolByThread(DataSource requests, DataSource events) {
        setTargetDataSources(Map.of(RequestAndEventPools.REQUESTS, requests, RequestAndEventPools.EVENTS, events));
        setDefaultTargetDataSource(events);
        setLenientFallback(false);
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return RequestContextHolder.getRequestAttributes() != null
                ? RequestAndEventPools.REQUESTS : RequestAndEventPools.EVENTS;
    }
}
