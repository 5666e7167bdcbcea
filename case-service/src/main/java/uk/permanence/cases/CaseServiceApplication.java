package uk.permanence.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import uk.permanence.councils.Councils;
import uk.permanence.tenancy.TenantArguments;

@SpringBootApplication
public class CaseServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseServiceApplication.class, args);
    }

    @Bean
    TenantArguments tenantArguments(Councils councils) {
        return new TenantArguments(councils);
    }

    @Bean
    Councils councils(Environment environment) {
        return Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("permanence.councils is missing: is councils.yml imported?"));
    }
}
