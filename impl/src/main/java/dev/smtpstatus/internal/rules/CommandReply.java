package dev.smtpstatus.internal.rules;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.RegistryEntry;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.SmtpCommand;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A well-formed reply and the SMTP command (or greeting) it answers: the input of the rules of
 * {@link dev.smtpstatus.Rule.Input#COMMAND}, checked once the reply's own rules found no error.
 *
 * @param command the command the reply answers
 * @param code the reply code
 * @param status the enhanced status code, or null for a reply without one
 * @param entry the registry's entry for {@code status}, or null
 */
public record CommandReply(
    SmtpCommand command,
    ReplyCode code,
    @Nullable EnhancedStatusCode status,
    @Nullable RegistryEntry entry) {

  /** Checks the command and the code are not null. */
  public CommandReply {
    Objects.requireNonNull(command, "command == null");
    Objects.requireNonNull(code, "code == null");
  }

  /** The reply with the status's entry looked up in the IANA registry. */
  public static CommandReply of(
      SmtpCommand command, ReplyCode code, @Nullable EnhancedStatusCode status) {
    return new CommandReply(
        command, code, status, status == null ? null : StatusCodeRegistry.iana().get(status));
  }

  /** "the greeting", or the command's verb. */
  String commandName() {
    return command == SmtpCommand.GREETING ? "the greeting" : command.name();
  }
}
