package dev.smtpstatus.dsn.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sendmail's bounce (sendmail/savemail.c): "----- The following addresses had permanent fatal
 * errors -----" (or "transient non-fatal errors" for a warning), each address on its own line with
 * an optional {@code (reason: …)} line, then "----- Transcript of session follows -----":
 *
 * <pre>
 * &lt;bob@example.org&gt;
 *     (reason: 550 5.1.1 &lt;bob@example.org&gt;... User unknown)
 *
 *    ----- Transcript of session follows -----
 * ... while talking to mx.example.org.:
 * &gt;&gt;&gt; RCPT To:&lt;bob@example.org&gt;
 * &lt;&lt;&lt; 550 5.1.1 &lt;bob@example.org&gt;... User unknown
 * 550 5.1.1 bob@example.org... User unknown
 * </pre>
 *
 * The reason line wins; without one, the transcript line that names the address.
 */
final class SendmailFormat extends TextFormat {
  private static final Pattern START =
      Pattern.compile("^\\s*<?(?<addr>" + ADDRESS + ")>?\\s*(?<rest>\\(reason:.*)?$");
  private static final Pattern STOP = Pattern.compile("-{3,} ?Transcript of session follows");

  @Override
  String name() {
    return "sendmail";
  }

  @Override
  boolean matches(String headers, String lowerText) {
    String t = lowerText;
    return t.contains("the following addresses had") || t.contains("transcript of session follows");
  }

  @Override
  List<Found> extract(String text) {
    String t = lower(text);
    int p = t.indexOf("the following addresses had");
    String list = p < 0 ? "" : after(text, "the following addresses had");
    List<Found> found = blocks(list == null ? "" : list, START, STOP, true, "reason:");
    int tp = t.indexOf("transcript of session follows");
    String transcript = tp < 0 ? "" : text.substring(tp);
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      if (f.code() == null && !transcript.isEmpty()) {
        Found fromTranscript = fromTranscript(f.recipient(), transcript);
        out.add(fromTranscript != null ? fromTranscript : f);
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static @Nullable Found fromTranscript(String addr, String transcript) {
    String a = lower(addr);
    for (String line : lines(transcript)) {
      String l = line.strip();
      if (lower(l).contains(a) && !l.startsWith(">>>")) {
        String reply = l.startsWith("<<<") ? l.substring(3).strip() : l;
        Found f = Found.of(addr, reply, null);
        if (f.code() != null) {
          return f;
        }
      }
    }
    return null;
  }
}
