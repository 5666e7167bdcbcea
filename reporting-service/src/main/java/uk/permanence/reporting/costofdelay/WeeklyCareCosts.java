package uk.permanence.reporting.costofdelay;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weekly cost of care, in pounds, per placement type, from {@code reporting.cost-of-delay.weekly-cost} (the
 * defaults in application.yml are documented there); an RAA sets its own.
 *
 * @param fosterCare         a week in foster care, waiting for adoption
 * @param adoptivePlacement  a week placed with the prospective adopters before the adoption order
 */
@ConfigurationProperties("reporting.cost-of-delay.weekly-cost")
record WeeklyCareCosts(BigDecimal fosterCare, BigDecimal adoptivePlacement) {
}
