package dev.smtpstatus;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link SmtpReply}: immutable, written by hand rather than generated, so
 * that a parser can hand over the lines it has just read without a copy of a copy
 * (docs/decisions/0111-reading-replies-at-wire-speed.md). The lists it returns are the same as the
 * generated class returned: an empty list, a singleton list, or an unmodifiable random-access list.
 */
final class ReplyValue extends SmtpReply {
  private final ReplyCode code;
  private final @Nullable EnhancedStatusCode status;
  private final List<String> lines;
  private final List<Finding> findings;

  private ReplyValue(
      ReplyCode code,
      @Nullable EnhancedStatusCode status,
      List<String> lines,
      List<Finding> findings) {
    if (lines.isEmpty()) {
      // The invariant every reply holds, however it was made: at least one line, maybe empty.
      throw new IllegalStateException("a reply has at least one line of text, which may be empty");
    }
    this.code = code;
    this.status = status;
    this.lines = lines;
    this.findings = findings;
  }

  /**
   * Returns a reply; copies {@code lines} and {@code findings} (a caller may change its lists
   * later) and checks that no element is null.
   */
  static SmtpReply of(
      ReplyCode code,
      @Nullable EnhancedStatusCode status,
      List<String> lines,
      List<Finding> findings) {
    Objects.requireNonNull(code, "code");
    return new ReplyValue(code, status, copy(lines), copy(findings));
  }

  /** Returns a reply of one line, as a parser reads it: nothing to copy. */
  static SmtpReply ofLine(
      ReplyCode code, @Nullable EnhancedStatusCode status, String line, List<Finding> findings) {
    return new ReplyValue(code, status, Collections.singletonList(line), copy(findings));
  }

  /**
   * Returns a reply of {@code lines} (at least 2), as a parser reads them. Takes the array over:
   * the caller must not keep or change it.
   */
  static SmtpReply ofLines(
      ReplyCode code, @Nullable EnhancedStatusCode status, String[] lines, List<Finding> findings) {
    return new ReplyValue(code, status, new LineList(lines), copy(findings));
  }

  /**
   * The lines of a parsed multiline reply: an unmodifiable random-access view of an array that
   * nothing else holds, one object where {@code unmodifiableList(asList(array))} made two
   * (docs/decisions/0112-reader-single-pass.md). Like that view, it accepts {@code null} in {@code
   * contains} and {@code indexOf}, and its equality and hash code are those of any list.
   */
  private static final class LineList extends AbstractList<String> implements RandomAccess {
    private final String[] lines;

    LineList(String[] lines) {
      this.lines = lines;
    }

    @Override
    public String get(int index) {
      return lines[Objects.checkIndex(index, lines.length)];
    }

    @Override
    public int size() {
      return lines.length;
    }

    // Like Collections.unmodifiableList, refuse every bulk change, even one that would change
    // nothing (AbstractList would return false instead).

    @Override
    public boolean addAll(Collection<? extends String> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(int index, Collection<? extends String> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super String> filter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(UnaryOperator<String> operator) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sort(@Nullable Comparator<? super String> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
      throw new UnsupportedOperationException();
    }
  }

  private static <T> List<T> copy(List<? extends T> list) {
    switch (list.size()) {
      case 0:
        return Collections.emptyList();
      case 1:
        return Collections.singletonList(Objects.requireNonNull(list.get(0), "element"));
      default:
        ArrayList<T> out = new ArrayList<>(list.size());
        for (T element : list) {
          out.add(Objects.requireNonNull(element, "element"));
        }
        return Collections.unmodifiableList(out);
    }
  }

  @Override
  public ReplyCode getCode() {
    return code;
  }

  @Override
  public @Nullable EnhancedStatusCode getStatus() {
    return status;
  }

  @Override
  public List<String> getLines() {
    return lines;
  }

  @Override
  public List<Finding> getFindings() {
    return findings;
  }

  /** Equal to another reply with the same code, status, lines and findings. */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof ReplyValue
        && code.equals(((ReplyValue) another).code)
        && Objects.equals(status, ((ReplyValue) another).status)
        && lines.equals(((ReplyValue) another).lines)
        && findings.equals(((ReplyValue) another).findings);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + code.hashCode();
    h += (h << 5) + Objects.hashCode(status);
    h += (h << 5) + lines.hashCode();
    h += (h << 5) + findings.hashCode();
    return h;
  }
}
