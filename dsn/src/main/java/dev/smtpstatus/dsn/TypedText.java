package dev.smtpstatus.dsn;

import org.immutables.value.Value;

/**
 * A DSN field value of the form {@code type; text} (RFC 3464 §2.1.2): an address with its address
 * type ({@code rfc822; bob@example.org}), an MTA name with its name type ({@code dns;
 * mx.example.org}) or a diagnostic with its diagnostic type ({@code smtp; 550 5.1.1 No such user}).
 * The type is kept as sent; compare it ignoring case.
 */
@Value.Immutable
public abstract class TypedText {
  TypedText() {}

  /** The type before the semicolon, e.g. {@code rfc822}, {@code dns} or {@code smtp}. */
  public abstract String getType();

  /** The text after the semicolon, unfolded and trimmed. */
  public abstract String getText();

  /** Returns a typed text of its parts. */
  public static TypedText of(String type, String text) {
    return ImmutableTypedText.of(type, text);
  }

  /** Whether the type is {@code type}, ignoring case. */
  public boolean isType(String type) {
    return getType().equalsIgnoreCase(type);
  }

  @Override
  public String toString() {
    return getType() + "; " + getText();
  }
}
