package dev.smtpstatus.dsn.internal;

/**
 * A leaf part of a message that the bounce reader looks at: its MIME type in lower case, the number
 * of {@code message/rfc822} levels around it (0 for the outermost message) and its decoded text.
 */
public record Part(String mimeType, int messageDepth, String text) {}
