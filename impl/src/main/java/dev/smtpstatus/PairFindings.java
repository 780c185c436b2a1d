package dev.smtpstatus;

import dev.smtpstatus.api.RegisteredDetail;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The findings of {@link Compatibility#check(ReplyCode, EnhancedStatusCode)}, remembered for every
 * pair of a reply code and a registered status, so that parsing a reply runs the rule engine once
 * per pair rather than once per reply. Unregistered statuses are checked each time: they are rare,
 * and their number is unbounded.
 */
final class PairFindings {
  /**
   * [reply code value][{@link EnhancedStatusCode#index} of the registered status], rows made on
   * first use. Writes are racy on purpose: two threads may compute the same entry, and the lists
   * written are immutable (final fields all the way down), so a reader sees either null or a
   * complete list.
   */
  private static final Object[][] CACHE = new Object[600][];

  private PairFindings() {}

  /** The findings for a pair; empty, without allocating, if the reply carries no status. */
  static List<Finding> of(ReplyCode code, @Nullable EnhancedStatusCode status) {
    if (status == null) {
      return List.of();
    }
    RegisteredDetail detail = status.getRegisteredDetail();
    if (detail == null) {
      return Compatibility.check(code, status);
    }
    Object[] row = CACHE[code.getValue()];
    if (row == null) {
      row = new Object[EnhancedStatusCode.REGISTERED_SLOTS];
      CACHE[code.getValue()] = row;
    }
    int i =
        EnhancedStatusCode.index(
            status.getClassNumber(), detail.getSubject().getNumber(), detail.getNumber());
    @SuppressWarnings("unchecked") // only lists of findings are stored
    List<Finding> findings = (List<Finding>) row[i];
    if (findings == null) {
      findings = Compatibility.check(code, status);
      row[i] = findings;
    }
    return findings;
  }
}
