package dev.portside.adapters.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read the management endpoints' sensitive parts ({@code portside.management}): callers with
 * an ADMIN token always; {@code allowed-addresses} lists the peer IP addresses (for example a
 * Prometheus server) that may scrape {@code /prometheus} without a token. Empty by default.
 */
@ConfigurationProperties("portside.management")
public final class ManagementConfiguration {

    private Set<InetAddress> allowedAddresses = Set.of();

    public List<String> getAllowedAddresses() {
        return allowedAddresses.stream().map(InetAddress::getHostAddress).toList();
    }

    public void setAllowedAddresses(List<String> addresses) {
        this.allowedAddresses = addresses.stream()
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(ManagementConfiguration::literal)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean allows(InetAddress peer) {
        return peer != null && allowedAddresses.contains(peer);
    }

    // literal IP addresses only: a host name here would make access depend on DNS
    private static InetAddress literal(String text) {
        if (!text.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new IllegalArgumentException("portside.management.allowed-addresses takes IP addresses, not " + text);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }
}
