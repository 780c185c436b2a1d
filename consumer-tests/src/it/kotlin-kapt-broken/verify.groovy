// The build failed on the processor's errors, one for each annotation of Broken.kt marked "expect:
// error", on its line or its declaration's (kapt places a member's diagnostics there), and nothing
// else: no diagnostic elsewhere, no exception, no internal error.
def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/kotlin/example/Broken.kt').readLines()
def spans = []
source.eachWithIndex { line, i ->
  if (line.contains('// expect: error') && !line.trim().startsWith('//')) {
    int end = i + 1
    while (end < source.size() && source[end].trim() ==~ /^(@|Replies\(|\)).*/) end++
    spans << ((i + 1)..(end + 1))
  }
}
def got = [] as Set
log.eachLine { line ->
  if (line.contains('[smtp-status/')) {
    def m = line =~ /Broken\.kt:\[?(\d+)/
    assert m.find(), "a diagnostic without a Broken.kt line: " + line
    assert line.contains('ERROR') || line.contains('error:'), "not an error: " + line
    got << (m.group(1) as int)
  }
}
got.each { n -> assert spans.any { it.contains(n) }, "an error on line " + n + ", not a marked form" }
spans.each { s -> assert got.any { s.contains(it) }, "no error for the form on lines " + s }
// Maven reports the failed compilation with its own exceptions (-e); any other exception, or a
// stack frame of smtp-status, is the processor failing.
def maven = /LifecycleExecutionException|MojoFailureException|MojoExecutionException|KotlinCompilationFailureException|CompilationFailureException/
def stray = log.readLines().findAll {
  it.contains('Exception') && !(it =~ maven) && !it.trim().startsWith('at ') && !it.trim().startsWith('[ERROR] ')
}
assert stray.isEmpty(), 'an exception in the build: ' + stray
assert !log.contains('at dev.smtpstatus.'), 'a stack frame of smtp-status in the build'
assert !log.toLowerCase().contains('internal error'), 'an internal error'
assert log.contains('BUILD FAILURE')
return true
