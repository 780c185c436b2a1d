package dev.smtpstatus.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** O(1) lookup of registered details by subject and detail number. */
final class DetailTable {
  static final List<RegisteredDetail> ALL;
  private static final RegisteredDetail[][] BY_SUBJECT = new RegisteredDetail[8][];

  static {
    List<List<? extends RegisteredDetail>> groups =
        List.of(
            Arrays.asList(OtherDetail.values()),
            Arrays.asList(AddressingDetail.values()),
            Arrays.asList(MailboxDetail.values()),
            Arrays.asList(MailSystemDetail.values()),
            Arrays.asList(RoutingDetail.values()),
            Arrays.asList(ProtocolDetail.values()),
            Arrays.asList(MediaDetail.values()),
            Arrays.asList(SecurityDetail.values()));
    List<RegisteredDetail> all = new ArrayList<>();
    for (int s = 0; s < groups.size(); s++) {
      List<? extends RegisteredDetail> group = groups.get(s);
      int max = 0;
      for (RegisteredDetail d : group) {
        max = Math.max(max, d.getNumber());
      }
      BY_SUBJECT[s] = new RegisteredDetail[max + 1];
      for (RegisteredDetail d : group) {
        BY_SUBJECT[s][d.getNumber()] = d;
        all.add(d);
      }
    }
    ALL = List.copyOf(all);
  }

  private DetailTable() {}

  static @Nullable RegisteredDetail get(int subject, int detail) {
    if (subject < 0 || subject >= BY_SUBJECT.length) {
      return null;
    }
    RegisteredDetail[] details = BY_SUBJECT[subject];
    return detail >= 0 && detail < details.length ? details[detail] : null;
  }

  static List<RegisteredDetail> ofSubject(int subject) {
    return Arrays.asList(BY_SUBJECT[subject]).stream()
        .filter(d -> d != null)
        .map(RegisteredDetail.class::cast)
        .toList();
  }
}
