package dev.smtpstatus.dsn.internal;

import java.util.regex.Pattern;

/**
 * The text of an HTML bounce part, enough to find addresses and replies in it: tags dropped, line
 * breaks kept at block ends, the five XML entities and {@code &nbsp;} decoded. Not an HTML parser.
 */
final class Html {
  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/li|/h[1-6]|/table)\\b[^>]{0,200}>");
  private static final Pattern SCRIPT =
      Pattern.compile("(?is)<(script|style)\\b[^>]{0,200}>.{0,100000}?</\\1\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^<>]{0,2000}>");

  private Html() {}

  static String toText(String html) {
    String s = SCRIPT.matcher(html).replaceAll(" ");
    s = BLOCK_END.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    return s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
