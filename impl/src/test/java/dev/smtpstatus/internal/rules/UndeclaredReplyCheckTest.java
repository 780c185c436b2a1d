package dev.smtpstatus.internal.rules;

import static dev.smtpstatus.internal.rules.RuleAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtpstatus.Compatibility;
import dev.smtpstatus.Finding;
import dev.smtpstatus.Rule;
import dev.smtpstatus.Severity;
import dev.smtpstatus.api.Replies;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UndeclaredReplyCheck}: a failing case, passing cases and the computed fix. */
class UndeclaredReplyCheckTest {
  private final Check<BuiltReply> check = new UndeclaredReplyCheck();
  private final List<BuiltReply.Declared> declared =
      List.of(new BuiltReply.Declared(550, "5.1.1"), new BuiltReply.Declared(550, "5.7.1"));

  @Test
  void anUndeclaredPairWarnsNamingTheHandlerThePairAndTheDeclaredOnes() {
    BuiltReply built = new BuiltReply("Inbound.recipient", 452, "4.2.2", declared);
    assertTrue(check.matches(built));
    String m = check.message(built);
    assertContains("Inbound.recipient builds 452 4.2.2, which its @Replies does not declare", m);
    assertContains("(it declares 550 5.1.1 and 550 5.7.1)", m);
    assertContains("add @Replies(code = 452, status = \"4.2.2\") to Inbound.recipient", m);
    assertContains("or build one of the declared replies.", m);
  }

  @Test
  void aDeclaredPairPassesComparingStatusesAsValues() {
    assertFalse(check.matches(new BuiltReply("H.m", 550, "5.1.1", declared)));
    assertFalse(check.matches(new BuiltReply("H.m", 550, "5.7.1", declared)));
    assertTrue(check.matches(new BuiltReply("H.m", 551, "5.1.1", declared)));
    assertTrue(check.matches(new BuiltReply("H.m", 550, "5.1.1", List.of())));
  }

  private static Replies replies(int code, String status) {
    return new Replies() {
      @Override
      public int code() {
        return code;
      }

      @Override
      public String status() {
        return status;
      }

      @Override
      public Class<? extends Annotation> annotationType() {
        return Replies.class;
      }
    };
  }

  @Test
  void theEngineRunsItForAHandlersAnnotations() {
    List<Replies> annotations = List.of(replies(550, "5.1.1"));
    assertEquals(List.of(), Compatibility.checkDeclared("H.m", 550, "5.1.1", annotations));
    List<Finding> f = Compatibility.checkDeclared("H.m", 452, "4.2.2", annotations);
    assertEquals(1, f.size());
    assertSame(Rule.UNDECLARED_REPLY, f.get(0).getRule());
    assertSame(Severity.WARNING, f.get(0).getSeverity());
    assertEquals(
        check.message(
            new BuiltReply("H.m", 452, "4.2.2", List.of(new BuiltReply.Declared(550, "5.1.1")))),
        f.get(0).getMessage());
  }
}
