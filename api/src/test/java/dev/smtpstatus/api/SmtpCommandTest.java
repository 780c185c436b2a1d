package dev.smtpstatus.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmtpCommandTest {

  @Test
  void theStagesAreExactlyThoseOfTheContract() {
    // Issue 9 names these constants, in this order; users switch over them.
    assertEquals(
        List.of(
            "GREETING",
            "EHLO",
            "HELO",
            "MAIL",
            "RCPT",
            "DATA",
            "BDAT",
            "RSET",
            "VRFY",
            "EXPN",
            "HELP",
            "NOOP",
            "QUIT",
            "STARTTLS",
            "AUTH"),
        Arrays.stream(SmtpCommand.values()).map(Enum::name).collect(Collectors.toList()));
  }

  @Test
  void repliesToIsReadableAtRunTimeOnMethodsAndTypes() throws NoSuchMethodException {
    assertEquals(RetentionPolicy.RUNTIME, RepliesTo.class.getAnnotation(Retention.class).value());
    assertEquals(
        Set.of(ElementType.METHOD, ElementType.TYPE),
        Set.of(RepliesTo.class.getAnnotation(Target.class).value()));

    assertEquals(SmtpCommand.MAIL, Handler.class.getAnnotation(RepliesTo.class).value());
    Method own = Handler.class.getDeclaredMethod("recipient");
    assertEquals(SmtpCommand.RCPT, own.getAnnotation(RepliesTo.class).value());
    Method inherited = Handler.class.getDeclaredMethod("sender");
    assertNotNull(inherited);
    assertArrayEquals(new RepliesTo[0], inherited.getAnnotationsByType(RepliesTo.class));
  }

  @RepliesTo(SmtpCommand.MAIL)
  static final class Handler {
    @RepliesTo(SmtpCommand.RCPT)
    @Replies(code = 550, status = "5.1.1")
    void recipient() {}

    @Replies(code = 553, status = "5.1.7")
    void sender() {}
  }
}
