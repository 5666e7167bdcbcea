package uk.permanence.cases.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps recently used cases in memory so that a command does not replay the case's whole history. The event
 * store's unique (case, sequence) key still refuses a stale write if two instances ever hold the same case.
 */
@Configuration
class CaseCacheConfiguration {

    @Bean
    Cache caseCache() {
        return new WeakReferenceCache();
    }
}
