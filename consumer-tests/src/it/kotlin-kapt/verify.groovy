def log = new File(basedir, 'build.log').text
assert log.contains('[smtp-status/UnlistedReplyCode]'), 'kapt did not run the processor'
assert new File(basedir, 'target/classes/example/HandlerKt.class').isFile()
return true
