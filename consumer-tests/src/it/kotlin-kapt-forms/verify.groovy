// Each annotation of Forms.kt marked "expect: warning" got the UnlistedReplyCode warning, on its
// own line or on its declaration's (the first line after it that is not an annotation: kapt places
// a member's diagnostics there); no other line got any diagnostic; no error, no exception.
def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/kotlin/example/Forms.kt').readLines()
def spans = []
source.eachWithIndex { line, i ->
  if (line.contains('// expect: warning') && !line.trim().startsWith('//')) {
    int end = i + 1
    while (end < source.size() && source[end].trim() ==~ /^(@|Replies\(|\)).*/) end++
    spans << ((i + 1)..(end + 1))
  }
}
def got = [] as Set
log.eachLine { line ->
  if (line.contains('[smtp-status/')) {
    def m = line =~ /Forms\.kt:\[?(\d+)/
    assert m.find(), "a diagnostic without a Forms.kt line: " + line
    assert line.contains('[smtp-status/UnlistedReplyCode]'), "not the expected rule: " + line
    assert line.contains('WARN'), "not a warning: " + line
    got << (m.group(1) as int)
  }
}
got.each { n -> assert spans.any { it.contains(n) }, "a warning on line " + n + ", not a marked form" }
spans.each { s -> assert got.any { s.contains(it) }, "no warning for the form on lines " + s }
assert !log.contains('Exception'), 'an exception in the build'
assert !log.toLowerCase().contains('internal error'), 'an internal error'
assert new File(basedir, 'target/classes/example/FormsKt.class').isFile()
return true
