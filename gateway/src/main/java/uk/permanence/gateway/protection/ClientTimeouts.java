package uk.permanence.gateway.protection;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Slow clients are cut off at the gateway, so that a connection costs the platform nothing it has not limited: a
 * request's headers must arrive in full within {@code header-timeout} of the connection opening (or of the previous
 * answer on a kept-alive connection), its body within {@code body-timeout} of the headers (408 otherwise), and a
 * connection with nothing to read is closed after {@code idle-timeout}. Netty's own idle timeout alone would not do:
 * a client sending one header line a second is never idle.
 */
@Component
class ClientTimeouts implements NettyServerCustomizer {

    private final GatewayLimits.Client client;

    ClientTimeouts(GatewayLimits limits) {
        this.client = limits.client();
    }

    @Override
    public HttpServer apply(HttpServer server) {
        long headerMillis = client.headerTimeout().toMillis();
        return server.requestTimeout(client.bodyTimeout())
                .readTimeout(client.bodyTimeout())
                .idleTimeout(client.idleTimeout())
                .doOnChannelInit((observer, channel, address) -> {
                    if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                        channel.pipeline().addAfter(NettyPipeline.HttpCodec, "permanence.headerDeadline",
                                new HeaderDeadline(headerMillis));
                    }
                });
    }

    /** Closes the connection when a request's headers have not all arrived in time. */
    static final class HeaderDeadline extends ChannelDuplexHandler {

        private final long timeoutMillis;
        private ScheduledFuture<?> deadline;

        HeaderDeadline(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public void channelActive(ChannelHandlerContext context) throws Exception {
            arm(context);
            super.channelActive(context);
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
            if (message instanceof HttpRequest) {
                disarm();
            }
            super.channelRead(context, message);
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof LastHttpContent) {
                promise.addListener(written -> arm(context));
            }
            super.write(context, message, promise);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) throws Exception {
            disarm();
            super.channelInactive(context);
        }

        private void arm(ChannelHandlerContext context) {
            disarm();
            if (context.channel().isActive()) {
                deadline = context.executor().schedule((Runnable) context::close, timeoutMillis,
                        TimeUnit.MILLISECONDS);
            }
        }

        private void disarm() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
        }
    }
}
