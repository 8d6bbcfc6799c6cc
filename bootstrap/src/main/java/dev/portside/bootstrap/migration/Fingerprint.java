package dev.portside.bootstrap.migration;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Count and checksum of a dataset: the SHA-256 of each aggregate's canonical text, added up modulo
 * 2^256. Addition makes the sum independent of reading order, which differs between the backends'
 * key orders, without holding and sorting every text in memory; any changed, missing or extra
 * aggregate changes it.
 */
final class Fingerprint {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final MessageDigest sha256;
    private BigInteger sum = BigInteger.ZERO;
    private long count;

    Fingerprint() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    void add(String canonical) {
        byte[] hash = sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
        sum = sum.add(new BigInteger(1, hash)).mod(MODULUS);
        count++;
    }

    long count() {
        return count;
    }

    /** 64 hex digits. */
    String checksum() {
        byte[] bytes = sum.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - copy, fixed, 32 - copy, copy);
        return HexFormat.of().formatHex(fixed);
    }
}
