package uk.permanence.gateway.protection;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import uk.permanence.gateway.problems.GatewayProblems;

/**
 * Refuses a request body over the configured size (413) before it is read or forwarded. A body of unstated length
 * (chunked) cannot be checked in advance, so it is refused with 411: every command is a small JSON document, and
 * only the upload routes (a council's SSDA903 files) have a larger bound.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit implements WebFilter {

    private final GatewayLimits limits;

    RequestBodyLimit(GatewayLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        long max = limits.maxBodySize(exchange.getRequest().getPath().value()).toBytes();
        if (length > max) {
            return GatewayProblems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is " + length + " bytes; at most " + max + " are accepted.");
        }
        if (length < 0 && carriesBody(exchange)) {
            return GatewayProblems.write(exchange, HttpStatus.LENGTH_REQUIRED,
                    "A request body must state its Content-Length.");
        }
        return chain.filter(exchange);
    }

    private static boolean carriesBody(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        return (HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method))
                && exchange.getRequest().getHeaders().containsHeader("Transfer-Encoding");
    }
}
