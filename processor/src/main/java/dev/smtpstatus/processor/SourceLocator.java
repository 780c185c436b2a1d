package dev.smtpstatus.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Finds the source of repeated {@code @Replies} that javac wrapped in a container the source never
 * wrote. javac's {@code Messager} cannot map such an annotation back to its tree (it falls back to
 * the annotated element), so the processor reads the element's tree itself. Only the JDK's public
 * {@code com.sun.source} API is used; where it is unavailable (a compiler other than javac, or a
 * processing environment wrapped by a build tool) {@link #create} returns null and diagnostics
 * point at the element.
 */
final class SourceLocator {
  private final Trees trees;

  private SourceLocator(Trees trees) {
    this.trees = trees;
  }

  /** A locator for javac's environment, or null where the compiler tree API is unavailable. */
  static @Nullable SourceLocator create(ProcessingEnvironment env) {
    try {
      return new SourceLocator(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }

  /**
   * True if the annotation appears in the source as written (not synthesized by javac). javac
   * answers a mirror it cannot match with the element's own tree.
   */
  boolean isWritten(Element element, AnnotationMirror mirror) {
    Tree annotation = trees.getTree(element, mirror);
    TreePath declaration = trees.getPath(element);
    return annotation != null && (declaration == null || annotation != declaration.getLeaf());
  }

  /**
   * Prints a diagnostic on {@code member} of the {@code index}-th {@code @Replies} written on the
   * element (or on the annotation, if the member is not written); false if it is not found.
   */
  boolean print(Diagnostic.Kind kind, String message, Element element, int index, String member) {
    TreePath path = trees.getPath(element);
    if (path == null) {
      return false;
    }
    ModifiersTree modifiers = modifiers(path.getLeaf());
    if (modifiers == null) {
      return false;
    }
    TreePath modifiersPath = new TreePath(path, modifiers);
    int i = 0;
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      TreePath annotationPath = new TreePath(modifiersPath, annotation);
      if (!isReplies(annotationPath, annotation) || i++ != index) {
        continue;
      }
      Tree at = annotation;
      for (ExpressionTree argument : annotation.getArguments()) {
        if (argument instanceof AssignmentTree) {
          AssignmentTree assignment = (AssignmentTree) argument;
          ExpressionTree variable = assignment.getVariable();
          if (variable instanceof IdentifierTree
              && ((IdentifierTree) variable).getName().contentEquals(member)) {
            at = assignment.getExpression();
          }
        }
      }
      trees.printMessage(kind, message, at, path.getCompilationUnit());
      return true;
    }
    return false;
  }

  private boolean isReplies(TreePath annotationPath, AnnotationTree annotation) {
    Element type = trees.getElement(new TreePath(annotationPath, annotation.getAnnotationType()));
    if (type instanceof TypeElement) {
      return ((TypeElement) type).getQualifiedName().contentEquals(RepliesProcessor.REPLIES);
    }
    String written = annotation.getAnnotationType().toString();
    return written.equals("Replies") || written.endsWith(".Replies");
  }

  private static @Nullable ModifiersTree modifiers(Tree declaration) {
    if (declaration instanceof MethodTree) {
      return ((MethodTree) declaration).getModifiers();
    }
    if (declaration instanceof ClassTree) {
      return ((ClassTree) declaration).getModifiers();
    }
    if (declaration instanceof VariableTree) {
      return ((VariableTree) declaration).getModifiers();
    }
    return null;
  }
}
