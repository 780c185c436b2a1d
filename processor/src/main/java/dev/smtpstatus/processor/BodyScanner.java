package dev.smtpstatus.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.smtpstatus.Compatibility;
import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.Finding;
import dev.smtpstatus.ReplyCode;
import dev.smtpstatus.Rule;
import dev.smtpstatus.api.Replies;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * The body scan of {@link BodyScanProcessor}: once javac has analysed a top-level class (the end of
 * its {@code ANALYZE} task event), reads its trees and reports, on the argument that holds the
 * constant:
 *
 * <ul>
 *   <li>calls of the SDK's factories whose constant arguments the call would reject at run time (an
 *       error) or that make a pair the engine warns about (a warning): {@code SmtpReply.of(int,
 *       String, …)}, {@code SmtpReply.of} over {@code ReplyCode.of/parse} and {@code
 *       EnhancedStatusCode.parse/of}, {@code EnhancedStatusCode.parse/of}, {@code
 *       ReplyCode.of/parse} and {@code Compatibility.requireCompatible};
 *   <li>a pair built by {@code SmtpReply.of} inside a {@code @Replies} method (lambdas and local
 *       classes in it included) that it does not declare: {@code smtp-status/UndeclaredReply}, on
 *       the call; and where {@code @RepliesTo} names the command, the command rules;
 *   <li>{@code @Replies} on local classes and on methods of local and anonymous classes and
 *       enum-constant bodies, which annotation processing never offers to {@link RepliesProcessor}.
 * </ul>
 *
 * <p>Findings in bodies are silenced by {@code @SuppressWarnings} naming the rule's tag or {@code
 * "smtp-status"} on any enclosing declaration (a local variable, a method, a class), errors
 * included, since the run time still throws; findings on {@code @Replies} keep the processor's
 * rule: errors are never silenced (docs/decisions/0801).
 */
final class BodyScanner implements TaskListener {
  private static final String SMTP_REPLY = "dev.smtpstatus.SmtpReply";
  private static final String REPLY_CODE = "dev.smtpstatus.ReplyCode";
  private static final String STATUS_CODE = "dev.smtpstatus.EnhancedStatusCode";
  private static final String COMPATIBILITY = "dev.smtpstatus.Compatibility";

  private final Trees trees;
  private final boolean strict;
  private boolean stopped;

  BodyScanner(Trees trees, boolean strict) {
    this.trees = trees;
    this.strict = strict;
  }

  @Override
  public void finished(TaskEvent e) {
    if (stopped || e.getKind() != TaskEvent.Kind.ANALYZE) {
      return;
    }
    TypeElement type = e.getTypeElement();
    CompilationUnitTree unit = e.getCompilationUnit();
    if (type == null || unit == null) {
      return;
    }
    try {
      TreePath path = trees.getPath(type);
      if (path == null || !(path.getLeaf() instanceof ClassTree)) {
        return;
      }
      new Scan(path.getCompilationUnit()).scan(path, null);
    } catch (NoClassDefFoundError x) {
      stopped = true;
      if (!String.valueOf(x.getMessage()).startsWith("dev/smtpstatus/")) {
        internalError(x, type, unit);
      }
      // Without the engine RepliesProcessor says so where @Replies is used; the scan stays quiet.
    } catch (RuntimeException | Error x) {
      stopped = true; // once: later failures would repeat the same report
      internalError(x, type, unit);
    }
  }

  private void internalError(Throwable x, TypeElement type, CompilationUnitTree unit) {
    Tree at = trees.getTree(type);
    String text =
        Message.INTERNAL_ERROR.format(
            "the method bodies of " + type, x, RepliesProcessor.stackTrace(x));
    if (at != null) {
      trees.printMessage(Diagnostic.Kind.ERROR, text, at, unit);
    } else {
      trees.printMessage(Diagnostic.Kind.ERROR, text, unit, unit);
    }
  }

  /** One class's scan. */
  private final class Scan extends TreePathScanner<@Nullable Void, @Nullable Void> {
    private final CompilationUnitTree unit;

    Scan(CompilationUnitTree unit) {
      this.unit = unit;
    }

    @Override
    public @Nullable Void visitClass(ClassTree node, @Nullable Void p) {
      Element e = trees.getElement(getCurrentPath());
      if (e != null && notOfferedToProcessors(e)) {
        checkDeclaredReplies(e, node.getModifiers(), getCurrentPath());
      }
      return super.visitClass(node, p);
    }

    @Override
    public @Nullable Void visitMethod(MethodTree node, @Nullable Void p) {
      Element e = trees.getElement(getCurrentPath());
      if (e != null && notOfferedToProcessors(e)) {
        checkDeclaredReplies(e, node.getModifiers(), getCurrentPath());
      }
      return super.visitMethod(node, p);
    }

    @Override
    public @Nullable Void visitMethodInvocation(MethodInvocationTree node, @Nullable Void p) {
      // The cheap filter first: the name as written, before any symbol is asked for.
      ExpressionTree select = node.getMethodSelect();
      Name name =
          select instanceof MemberSelectTree
              ? ((MemberSelectTree) select).getIdentifier()
              : select instanceof IdentifierTree ? ((IdentifierTree) select).getName() : null;
      if (name != null
          && (name.contentEquals("of")
              || name.contentEquals("parse")
              || name.contentEquals("requireCompatible"))) {
        checkCall(node, getCurrentPath());
      }
      return super.visitMethodInvocation(node, p);
    }

    // ---- calls ----

    private void checkCall(MethodInvocationTree node, TreePath path) {
      Element el = trees.getElement(path);
      if (!(el instanceof ExecutableElement)
          || !(el.getEnclosingElement() instanceof TypeElement)) {
        return;
      }
      ExecutableElement method = (ExecutableElement) el;
      String owner = ((TypeElement) el.getEnclosingElement()).getQualifiedName().toString();
      String name = method.getSimpleName().toString();
      List<? extends VariableElement> params = method.getParameters();
      List<? extends ExpressionTree> args = node.getArguments();
      int required = method.isVarArgs() ? params.size() - 1 : params.size();
      if (args.size() < required || params.isEmpty()) {
        return;
      }
      switch (owner) {
        case SMTP_REPLY:
          if (name.equals("of") && params.size() >= 2) {
            checkPair(node, path, params, true);
          }
          return;
        case COMPATIBILITY:
          if (name.equals("requireCompatible") && params.size() == 2) {
            checkPair(node, path, params, false);
          }
          return;
        case REPLY_CODE:
          checkReplyCode(name, params, arg(path, args, 0));
          return;
        case STATUS_CODE:
          checkStatusCode(name, params, path, args);
          return;
        default:
          return;
      }
    }

    private void checkReplyCode(String name, List<? extends VariableElement> params, TreePath arg) {
      if (params.size() != 1) {
        return;
      }
      Object v = Constants.value(trees, arg);
      if (name.equals("of") && params.get(0).asType().getKind() == TypeKind.INT) {
        Integer code = Constants.asInt(v);
        if (code != null) {
          report(Compatibility.checkReplyCode(code), arg.getLeaf(), arg.getLeaf(), arg, true);
        }
      } else if (name.equals("parse") && v instanceof String) {
        report(Compatibility.checkReplyCode((String) v), arg.getLeaf(), arg.getLeaf(), arg, true);
      }
    }

    private void checkStatusCode(
        String name,
        List<? extends VariableElement> params,
        TreePath path,
        List<? extends ExpressionTree> args) {
      if (name.equals("parse") && params.size() == 1) {
        TreePath arg = arg(path, args, 0);
        Object v = Constants.value(trees, arg);
        if (v instanceof String) {
          report(Compatibility.checkStatus((String) v), arg.getLeaf(), arg.getLeaf(), arg, true);
        }
      } else if (name.equals("of") && params.size() == 3 && allInt(params)) {
        Integer[] n = new Integer[3];
        for (int i = 0; i < 3; i++) {
          n[i] = Constants.asInt(Constants.value(trees, arg(path, args, i)));
          if (n[i] == null) {
            return;
          }
        }
        // The same rule as parse: of(c, s, d) throws exactly where "c.s.d" is no status.
        List<Finding> findings = Compatibility.checkStatus(n[0] + "." + n[1] + "." + n[2]);
        int bad = isClass(n[0]) ? (inRange(n[1]) ? 2 : 1) : 0;
        Tree at = args.get(bad);
        report(findings, at, at, path, true);
      }
    }

    /**
     * {@code SmtpReply.of} (builds: true) or {@code Compatibility.requireCompatible} over an int
     * and a string, or over a nested {@code ReplyCode} and {@code EnhancedStatusCode} factory call.
     */
    private void checkPair(
        MethodInvocationTree node,
        TreePath path,
        List<? extends VariableElement> params,
        boolean builds) {
      List<? extends ExpressionTree> args = node.getArguments();
      TreePath codeArg = arg(path, args, 0);
      TreePath statusArg = arg(path, args, 1);
      TypeKind first = params.get(0).asType().getKind();
      if (first == TypeKind.INT) {
        Integer code = Constants.asInt(Constants.value(trees, codeArg));
        Object v = Constants.value(trees, statusArg);
        String status = v instanceof String ? (String) v : null;
        if (code != null && status != null) {
          checkBuiltPair(node, path, code, status, codeArg.getLeaf(), statusArg.getLeaf(), builds);
        } else if (code != null) {
          report(
              Compatibility.checkReplyCode(code), codeArg.getLeaf(), codeArg.getLeaf(), path, true);
        } else if (status != null) {
          report(
              Compatibility.checkStatus(status),
              statusArg.getLeaf(),
              statusArg.getLeaf(),
              path,
              true);
        }
        return;
      }
      // Nested factories: their own arguments are checked when the scan reaches them; the pair is
      // checked here only if both are valid, so no error is reported twice.
      Nested code = nestedCode(codeArg);
      Nested status = code == null ? null : nestedStatus(statusArg);
      if (code != null && status != null) {
        checkBuiltPair(node, path, code.code, status.status, code.at, status.at, builds);
      }
    }

    private void checkBuiltPair(
        MethodInvocationTree node,
        TreePath path,
        int code,
        String status,
        Tree codeAt,
        Tree statusAt,
        boolean builds) {
      List<Finding> findings =
          RepliesProcessor.engineCheck(builds ? command(path) : null, code, status);
      report(findings, codeAt, statusAt, path, true);
      if (!builds || Compatibility.hasErrors(findings)) {
        return;
      }
      TreePath handler = handler(path);
      if (handler == null) {
        return;
      }
      List<Replies> declared = new ArrayList<>();
      for (TreePath p = handler; p != null; p = p.getParentPath()) {
        if (p == handler || p.getLeaf() instanceof ClassTree) {
          Element e = trees.getElement(p);
          if (e != null) {
            for (AnnotationMirror m : repliesOf(e)) {
              Replies r = declaredPair(m);
              if (r != null) {
                declared.add(r);
              }
            }
          }
        }
      }
      report(
          Compatibility.checkDeclared(handlerName(handler), code, status, declared),
          node.getMethodSelect(),
          node.getMethodSelect(),
          path,
          true);
    }

    private @Nullable Nested nestedCode(TreePath arg) {
      MethodInvocationTree call = factoryCall(arg, REPLY_CODE);
      if (call == null || call.getArguments().size() != 1) {
        return null;
      }
      TreePath inner = arg(arg, call.getArguments(), 0);
      Object v = Constants.value(trees, inner);
      String name = calledName(call);
      Integer n = Constants.asInt(v);
      ReplyCode code = null;
      if ("of".equals(name) && n != null) {
        code = ReplyCode.ofOrNull(n);
      } else if ("parse".equals(name) && v instanceof String) {
        code = ReplyCode.parseOrNull((String) v);
      }
      return code == null ? null : new Nested(code.getValue(), "", inner.getLeaf());
    }

    private @Nullable Nested nestedStatus(TreePath arg) {
      MethodInvocationTree call = factoryCall(arg, STATUS_CODE);
      if (call == null) {
        return null;
      }
      String name = calledName(call);
      List<? extends ExpressionTree> args = call.getArguments();
      if ("parse".equals(name) && args.size() == 1) {
        TreePath inner = arg(arg, args, 0);
        Object v = Constants.value(trees, inner);
        EnhancedStatusCode s =
            v instanceof String ? EnhancedStatusCode.parseOrNull((String) v) : null;
        return s == null ? null : new Nested(0, s.toString(), inner.getLeaf());
      }
      if ("of".equals(name) && args.size() == 3) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3; i++) {
          Integer n = Constants.asInt(Constants.value(trees, arg(arg, args, i)));
          if (n == null) {
            return null;
          }
          text.append(i > 0 ? "." : "").append(n);
        }
        EnhancedStatusCode s = EnhancedStatusCode.parseOrNull(text);
        return s == null ? null : new Nested(0, s.toString(), call);
      }
      return null;
    }

    /** The call at {@code arg} (parentheses aside) if it is a static factory of {@code owner}. */
    private @Nullable MethodInvocationTree factoryCall(TreePath arg, String owner) {
      if (!(arg.getLeaf() instanceof MethodInvocationTree)) {
        return null;
      }
      Element e = trees.getElement(arg);
      if (e instanceof ExecutableElement
          && e.getEnclosingElement() instanceof TypeElement
          && ((TypeElement) e.getEnclosingElement()).getQualifiedName().contentEquals(owner)) {
        return (MethodInvocationTree) arg.getLeaf();
      }
      return null;
    }

    // ---- @Replies the processors are not offered ----

    private void checkDeclaredReplies(Element e, ModifiersTree modifiers, TreePath declaration) {
      List<AnnotationMirror> mirrors = repliesOf(e);
      if (mirrors.isEmpty()) {
        return;
      }
      List<AnnotationTree> written =
          writtenReplies(modifiers, new TreePath(declaration, modifiers));
      String command = command(declaration);
      for (int i = 0; i < mirrors.size(); i++) {
        AnnotationMirror mirror = mirrors.get(i);
        AnnotationValue code = RepliesProcessor.member(mirror, RepliesProcessor.CODE);
        AnnotationValue status = RepliesProcessor.member(mirror, RepliesProcessor.STATUS);
        if (code == null
            || status == null
            || RepliesProcessor.isErroneous(code)
            || RepliesProcessor.isErroneous(status)
            || !(code.getValue() instanceof Integer)
            || !(status.getValue() instanceof String)) {
          continue; // the compiler's own error
        }
        AnnotationTree tree = written.size() == mirrors.size() ? written.get(i) : null;
        Tree fallback = tree != null ? tree : declaration.getLeaf();
        Tree codeAt = tree == null ? fallback : memberTree(tree, RepliesProcessor.CODE, fallback);
        Tree statusAt =
            tree == null ? fallback : memberTree(tree, RepliesProcessor.STATUS, fallback);
        report(
            RepliesProcessor.engineCheck(
                command, (Integer) code.getValue(), (String) status.getValue()),
            codeAt,
            statusAt,
            declaration,
            false);
      }
    }

    private List<AnnotationTree> writtenReplies(ModifiersTree modifiers, TreePath modifiersPath) {
      List<AnnotationTree> out = new ArrayList<>();
      for (AnnotationTree a : modifiers.getAnnotations()) {
        String name = annotationName(new TreePath(modifiersPath, a), a);
        if (RepliesProcessor.REPLIES.equals(name)) {
          out.add(a);
        } else if (RepliesProcessor.REPLIES_LIST.equals(name)) {
          for (ExpressionTree arg : a.getArguments()) {
            ExpressionTree value =
                arg instanceof AssignmentTree ? ((AssignmentTree) arg).getExpression() : arg;
            if (value instanceof NewArrayTree && ((NewArrayTree) value).getInitializers() != null) {
              for (ExpressionTree inner : ((NewArrayTree) value).getInitializers()) {
                if (inner instanceof AnnotationTree) {
                  out.add((AnnotationTree) inner);
                }
              }
            } else if (value instanceof AnnotationTree) {
              out.add((AnnotationTree) value);
            }
          }
        }
      }
      return out;
    }

    private @Nullable String annotationName(TreePath path, AnnotationTree a) {
      Element type = trees.getElement(new TreePath(path, a.getAnnotationType()));
      return type instanceof TypeElement
          ? ((TypeElement) type).getQualifiedName().toString()
          : null;
    }

    // ---- reporting ----

    /**
     * Prints the findings, each on the tree its rule targets; {@code inBody}: findings about code,
     * which the rule's tag or "smtp-status" silences, errors included.
     */
    private void report(
        List<Finding> findings, Tree codeAt, Tree otherAt, TreePath context, boolean inBody) {
      for (Finding f : findings) {
        if (suppressed(context, f.getTag(), f.isError(), inBody)) {
          continue;
        }
        Tree at = f.getRule().getTarget() == Rule.Target.REPLY_CODE ? codeAt : otherAt;
        trees.printMessage(
            Message.findingKind(f.isError(), strict),
            Message.findingText(f.getTag(), f.getMessage(), strict && !f.isError()),
            at,
            unit);
      }
    }

    private TreePath arg(TreePath call, List<? extends ExpressionTree> args, int i) {
      return new TreePath(call, args.get(i));
    }
  }

  /** A nested factory call's valid value and the tree a finding about it points at. */
  private static final class Nested {
    final int code;
    final String status;
    final Tree at;

    Nested(int code, String status, Tree at) {
      this.code = code;
      this.status = status;
      this.at = at;
    }
  }

  // ---- shared by the scans ----

  /**
   * True if annotation processing never offers the element to a processor: it is, or is inside, a
   * local or anonymous class (an enum constant's body is one).
   */
  static boolean notOfferedToProcessors(Element e) {
    for (Element x = e; x != null; x = x.getEnclosingElement()) {
      if (x instanceof TypeElement) {
        NestingKind k = ((TypeElement) x).getNestingKind();
        if (k == NestingKind.LOCAL || k == NestingKind.ANONYMOUS) {
          return true;
        }
      }
    }
    return false;
  }

  /** The {@code @Replies} on the element, those in a container included, in order. */
  static List<AnnotationMirror> repliesOf(Element e) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      String name = RepliesProcessor.qualifiedName(m);
      if (RepliesProcessor.REPLIES.equals(name)) {
        out.add(m);
      } else if (RepliesProcessor.REPLIES_LIST.equals(name)) {
        AnnotationValue value = RepliesProcessor.member(m, "value");
        if (value != null && value.getValue() instanceof List) {
          for (Object inner : (List<?>) value.getValue()) {
            Object v =
                inner instanceof AnnotationValue ? ((AnnotationValue) inner).getValue() : null;
            if (v instanceof AnnotationMirror
                && RepliesProcessor.REPLIES.equals(
                    RepliesProcessor.qualifiedName((AnnotationMirror) v))) {
              out.add((AnnotationMirror) v);
            }
          }
        }
      }
    }
    return out;
  }

  private static Tree memberTree(AnnotationTree a, String member, Tree fallback) {
    for (ExpressionTree arg : a.getArguments()) {
      if (arg instanceof AssignmentTree) {
        ExpressionTree variable = ((AssignmentTree) arg).getVariable();
        if (variable instanceof IdentifierTree
            && ((IdentifierTree) variable).getName().contentEquals(member)) {
          return ((AssignmentTree) arg).getExpression();
        }
      }
    }
    return fallback;
  }

  /** A declared pair as the engine's {@code checkDeclared} reads it, or null if unresolved. */
  private static @Nullable Replies declaredPair(AnnotationMirror m) {
    AnnotationValue code = RepliesProcessor.member(m, RepliesProcessor.CODE);
    AnnotationValue status = RepliesProcessor.member(m, RepliesProcessor.STATUS);
    if (code == null
        || status == null
        || !(code.getValue() instanceof Integer)
        || !(status.getValue() instanceof String)) {
      return null;
    }
    int c = (Integer) code.getValue();
    String s = (String) status.getValue();
    // The engine reads code() and status() only; a proxy keeps the processor off the user's class.
    return (Replies)
        Proxy.newProxyInstance(
            Replies.class.getClassLoader(),
            new Class<?>[] {Replies.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "code":
                  return c;
                case "status":
                  return s;
                case "annotationType":
                  return Replies.class;
                case "toString":
                  return "@Replies(code = " + c + ", status = \"" + s + "\")";
                case "hashCode":
                  return System.identityHashCode(proxy);
                case "equals":
                  return args != null && args.length == 1 && args[0] == proxy;
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }

  /** The method whose @Replies a call at {@code path} is checked against, or null. */
  private @Nullable TreePath handler(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree) {
        Element e = trees.getElement(p);
        if (e != null && !repliesOf(e).isEmpty()) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The command named by the innermost {@code @RepliesTo} on a method or class around {@code path};
   * null if none, or if its value did not resolve.
   */
  private @Nullable String command(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (!(leaf instanceof MethodTree) && !(leaf instanceof ClassTree)) {
        continue;
      }
      Element e = trees.getElement(p);
      if (e == null) {
        continue;
      }
      AnnotationMirror m = RepliesProcessor.repliesTo(e);
      if (m != null) {
        return RepliesProcessor.commandName(m);
      }
    }
    return null;
  }

  /**
   * True if a declaration around {@code path} suppresses the finding: in a body, the tag or {@code
   * "smtp-status"} silence errors and warnings and {@code "all"} warnings; on {@code @Replies}, as
   * {@link RepliesProcessor#isSuppressed}: warnings only.
   */
  private boolean suppressed(TreePath path, String tag, boolean error, boolean inBody) {
    if (error && !inBody) {
      return false;
    }
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (!(leaf instanceof ClassTree)
          && !(leaf instanceof MethodTree)
          && !(leaf instanceof VariableTree)) {
        continue;
      }
      Element e = trees.getElement(p);
      if (e == null) {
        continue;
      }
      for (AnnotationMirror m : e.getAnnotationMirrors()) {
        if (!"java.lang.SuppressWarnings".equals(RepliesProcessor.qualifiedName(m))) {
          continue;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v :
            m.getElementValues().entrySet()) {
          if (names(v.getValue().getValue(), tag, error)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean names(@Nullable Object value, String tag, boolean error) {
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (item instanceof AnnotationValue
            && names(((AnnotationValue) item).getValue(), tag, error)) {
          return true;
        }
      }
      return false;
    }
    return RepliesProcessor.SUPPRESSION.equals(value)
        || tag.equals(value)
        || (!error && RepliesProcessor.SUPPRESS_ALL.equals(value));
  }

  /**
   * The handler as a reader knows it: {@code Type.method} for members, the local class's name, or
   * for an anonymous class the field, variable or enum constant it initialises ({@code
   * Handler.GREETING.reply}), else {@code anonymous Supertype}.
   */
  private String handlerName(TreePath method) {
    String m = ((MethodTree) method.getLeaf()).getName().toString();
    TreePath type = method.getParentPath();
    return (type == null ? "?" : typeName(type)) + "." + m;
  }

  private String typeName(TreePath path) {
    Tree leaf = path.getLeaf();
    if (!(leaf instanceof ClassTree)) {
      return "?";
    }
    ClassTree c = (ClassTree) leaf;
    TreePath parent = path.getParentPath();
    if (c.getSimpleName().length() == 0) {
      // Anonymous: new X() { … }, perhaps the value of a field, a variable or an enum constant.
      TreePath holder = parent == null ? null : parent.getParentPath();
      if (holder != null && holder.getLeaf() instanceof VariableTree) {
        String variable = ((VariableTree) holder.getLeaf()).getName().toString();
        TreePath outer = enclosingClass(holder);
        return outer == null ? variable : typeName(outer) + "." + variable;
      }
      String supertype =
          parent != null && parent.getLeaf() instanceof NewClassTree
              ? ((NewClassTree) parent.getLeaf()).getIdentifier().toString()
              : "class";
      return "anonymous " + supertype;
    }
    if (parent != null && parent.getLeaf() instanceof ClassTree) {
      return typeName(parent) + "." + c.getSimpleName();
    }
    return c.getSimpleName().toString();
  }

  private static @Nullable TreePath enclosingClass(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        return p;
      }
    }
    return null;
  }

  private static @Nullable String calledName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree) {
      return ((MemberSelectTree) select).getIdentifier().toString();
    }
    return select instanceof IdentifierTree ? ((IdentifierTree) select).getName().toString() : null;
  }

  private static boolean allInt(List<? extends VariableElement> params) {
    for (VariableElement p : params) {
      if (p.asType().getKind() != TypeKind.INT) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClass(int n) {
    return n == 2 || n == 4 || n == 5;
  }

  private static boolean inRange(int n) {
    return n >= 0 && n <= 999;
  }
}
