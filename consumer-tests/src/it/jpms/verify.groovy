def log = new File(basedir, 'build.log').text
assert log.contains('jpms consumer: ok, smtp-status read from module dev.smtpstatus')
return true
