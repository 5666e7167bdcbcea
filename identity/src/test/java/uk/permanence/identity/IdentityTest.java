package uk.permanence.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import uk.permanence.testing.RealInfrastructure;

/**
 * The identity service on a free port against the real test PostgreSQL, called over HTTP as a client would. Every
 * test class extends this one, so that they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
public abstract class IdentityTest {

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
