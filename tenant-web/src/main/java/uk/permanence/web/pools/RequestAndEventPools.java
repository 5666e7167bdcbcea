package uk.permanence.web.pools;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * Two connection pools instead of one, so that no number of requests can stop event processing: {@code requests}
 * (every web request, health checks and metric scrapes included) waits briefly for a connection and limits each
 * statement, and {@code events} (the case-event consumer, case-service's publisher, rebuilds, scheduled sweeps,
 * migrations, operators' {@code /admin/} calls) never competes with requests. Each takes {@code spring.datasource.*} and {@code spring.datasource.hikari.*}, then its own
 * {@code permanence.pools.requests|events.*} (any Hikari setting). The one {@code DataSource} every bean uses picks
 * the pool by thread: a thread serving a request gets {@code requests}, any other {@code events}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(HikariDataSource.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(DataSourceProperties.class)
public class RequestAndEventPools {

    public static final String REQUESTS = "requests";
    public static final String EVENTS = "events";

    @Bean(destroyMethod = "close")
    HikariDataSource requestsPool(DataSourceProperties properties, Environment environment) {
        return pool(properties, environment, REQUESTS);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource eventsPool(DataSourceProperties properties, Environment environment) {
        return pool(properties, environment, EVENTS);
    }

    @Bean
    @Primary
    DataSource dataSource(HikariDataSource requestsPool, HikariDataSource eventsPool) {
        return new PoolByThread(requestsPool, eventsPool);
    }

    @Bean
    DatabaseBusy databaseBusy(Environment environment) {
        return new DatabaseBusy(environment.getProperty("permanence.pools.retry-after", Duration.class,
                Duration.ofSeconds(2)));
    }

    private static HikariDataSource pool(DataSourceProperties properties, Environment environment, String name) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder binder = Binder.get(environment);
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        binder.bind("permanence.pools." + name, Bindable.ofInstance(pool));
        pool.setPoolName(name);
        return pool;
    }
}
