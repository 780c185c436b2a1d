import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
// -V prints the real version, from the jar's manifest.
assert log.contains("smtp-status $projectVersion"), 'java -jar smtp-status-cli.jar -V'
assert !log.contains('(development build)')
assert log.contains('4.2.2  Mailbox full'), 'java -jar smtp-status-cli.jar explain'

// The licence travels with the jar, with a notice for every third-party library bundled in it.
def jar = new ZipFile(new File(basedir, 'target/smtp-status.jar'))
try {
  ['META-INF/LICENSE', 'META-INF/NOTICE', 'META-INF/THIRD-PARTY-NOTICES'].each {
    assert jar.getEntry(it) != null, "missing $it"
  }
  def notices = jar.getInputStream(jar.getEntry('META-INF/THIRD-PARTY-NOTICES')).text
  def thirdParty = jar.entries().toList()*.name.findAll {
    it.endsWith('.class') && !it.startsWith('dev/smtpstatus/') && !it.startsWith('META-INF/')
  }.collect {
    it.startsWith('org/apache/james/mime4j/') ? 'mime4j'
        : it.startsWith('org/apache/commons/io/') ? 'commons-io' : it.split('/')[0]
  }.unique().sort()
  assert thirdParty == ['commons-io', 'mime4j', 'picocli'], "bundled: $thirdParty: update THIRD-PARTY-NOTICES"
  assert notices.contains('picocli') && notices.contains('Apache License, Version 2.0')
  assert notices.contains('Apache James Mime4j') && notices.contains('Apache Commons IO')
} finally {
  jar.close()
}
return true
