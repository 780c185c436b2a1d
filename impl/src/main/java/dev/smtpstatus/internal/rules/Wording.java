package dev.smtpstatus.internal.rules;

import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.api.Applicability;
import dev.smtpstatus.api.StatusClass;
import java.util.List;

/** The English the checks share: lists, articles and what the registry means a code for. */
public final class Wording {
  private Wording() {}

  /** "552", "552 or 554", "550, 551 or 553". */
  public static String orList(List<ReplyCode> codes) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      if (i > 0) {
        b.append(i == codes.size() - 1 ? " or " : ", ");
      }
      b.append(codes.get(i));
    }
    return b.toString();
  }

  /** "a success", "a transient failure", "a permanent failure". */
  public static String article(StatusClass c) {
    switch (c) {
      case SUCCESS:
        return "a success";
      case PERSISTENT_TRANSIENT_FAILURE:
        return "a transient failure";
      case PERMANENT_FAILURE:
        return "a permanent failure";
    }
    throw new AssertionError(c);
  }

  /** What the registry means a code for, e.g. "permanent failures only". */
  public static String applicabilityWords(Applicability a) {
    switch (a) {
      case ANY:
        return "any class";
      case FAILURE:
        return "failures, transient or permanent";
      case PERMANENT_FAILURE:
        return "permanent failures only";
      case PERSISTENT_TRANSIENT_FAILURE:
        return "persistent transient failures only";
      case SUCCESS:
        return "success (positive delivery reports) only";
      case SUCCESS_OR_PERMANENT_FAILURE:
        return "success, or a permanent failure where lossy conversion was prohibited";
    }
    throw new AssertionError(a);
  }
}
