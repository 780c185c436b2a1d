// Both runs passed (else the invoker reports the failed run): check they ran the tests, on the
// JUnit versions asked for, and that the display names carry the seeds.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 700, Failures: 0, Errors: 0'), 'not every property ran'
assert log.contains('smtp-status-testkit: ReplyPropertiesTest.anyReplyReadsBackAsWritten draws with seed ')
assert !log.contains('aMismatchedReplyCannotBeBuilt draws with seed') // a written seed is not announced
return true
