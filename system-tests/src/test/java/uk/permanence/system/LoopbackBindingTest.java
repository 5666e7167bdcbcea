package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In local runs only the gateway's port 8080 listens beyond this machine: each service's port, the gateway's
 * management port (health and per-council metrics, no token needed), the broker (no authentication locally) and
 * Prometheus listen on loopback. Checked in the configuration, then on a running platform from this machine's
 * own network address.
 */
class LoopbackBindingTest {

    @ParameterizedTest
    @ValueSource(strings = {"case-service", "tracking-service", "reporting-service", "web"})
    void eachServiceListensOnLoopback(String service) throws IOException {
        assertThat(RepositoryFiles.serviceProperties(service).get("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void theGatewaysManagementPortListensOnLoopback() throws IOException {
        assertThat(RepositoryFiles.serviceProperties("gateway").get("management.server.address"))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void theLocalBrokerListensOnLoopback() throws IOException {
        Properties broker = new Properties();
        broker.load(new StringReader(RepositoryFiles.read("local-kafka/server.properties")));
        for (String listener : broker.getProperty("listeners").split(",")) {
            assertThat(listener).as("listener").matches("[A-Z_]+://127\\.0\\.0\\.1:\\d+");
        }
    }

    @Test
    void theLaunchersPrometheusListensOnLoopback() throws IOException {
        assertThat(RepositoryFiles.read("permanence")).contains("--web.listen-address=\"127.0.0.1:");
    }

    @Test
    void onARunningPlatformOnlyTheGatewayAnswersOnThisMachinesNetworkAddress() throws Exception {
        Optional<InetAddress> outward = networkAddress();
        assumeTrue(outward.isPresent(), "this machine has no network address besides loopback");
        LocalPlatform platform = LocalPlatform.shared();
        try (Socket gateway = new Socket()) {
            gateway.connect(new InetSocketAddress(outward.get(), port(platform.gatewayUrl())), 2_000);
        }
        for (String internal : List.of(platform.serviceUrl("case-service"), platform.serviceUrl("tracking-service"),
                platform.serviceUrl("reporting-service"), platform.serviceUrl("web"),
                platform.serviceUrl("gateway-management"),
                "http://" + platform.brokers())) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(outward.get(), port(internal)), 2_000);
                }
            }).as(internal + " on " + outward.get()).isInstanceOf(ConnectException.class);
        }
    }

    private static int port(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    private static Optional<InetAddress> networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                }).flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
