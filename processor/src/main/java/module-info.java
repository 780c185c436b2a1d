/**
 * The {@code @Replies} annotation processor of smtp-status. It reads the annotation by name and
 * needs only the JDK's {@code java.compiler} and the rule engine {@code dev.smtpstatus}.
 */
module dev.smtpstatus.processor {
  requires java.compiler;
  requires jdk.compiler; // com.sun.source: repeated annotations' places, the body scan
  requires dev.smtpstatus;
  requires static org.jspecify;
  requires static com.google.auto.service;

  exports dev.smtpstatus.processor;

  provides javax.annotation.processing.Processor with
      dev.smtpstatus.processor.RepliesProcessor,
      dev.smtpstatus.processor.BodyScanProcessor;
}
