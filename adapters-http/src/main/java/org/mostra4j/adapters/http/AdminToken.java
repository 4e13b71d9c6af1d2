package org.mostra4j.adapters.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The bearer token that {@code /v1/admin/*} requires, kept only as its SHA-256 digest. Presented tokens are hashed
 * and compared with {@link MessageDigest#isEqual} (constant time, and equal-length inputs whatever the token's
 * length), so the comparison reveals nothing about how much of a guess was right. Never printed.
 */
public final class AdminToken {
    /** Shorter secrets are refused: a token is meant to be generated, e.g. {@code openssl rand -hex 32}. */
    public static final int MIN_LENGTH = 16;
    /** No token: admin endpoints are open, which the server allows on loopback only. */
    public static final AdminToken NONE = new AdminToken(null);
    private final byte[] digest;

    private AdminToken(byte[] digest) {
        this.digest = digest;
    }

    /**
     * The token from a file's text (surrounding white space and line ends dropped).
     *
     * @throws IllegalArgumentException when the token is shorter than {@link #MIN_LENGTH} or holds white space or
     *                                  control characters
     */
    public static AdminToken of(String text) {
        Objects.requireNonNull(text, "text");
        String token = text.strip();
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the admin token must have at least " + MIN_LENGTH
                    + " characters, had " + token.length());
        }
        if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("the admin token must be one line of visible ASCII characters");
        }
        return new AdminToken(sha256(token));
    }

    public boolean required() {
        return digest != null;
    }

    /** Whether {@code presented} is this token; false for NONE. */
    boolean matches(String presented) {
        return digest != null && presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return required() ? "AdminToken[set]" : "AdminToken[none]";
    }
}
