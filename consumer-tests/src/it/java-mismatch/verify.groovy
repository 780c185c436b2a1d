// The build failed because of the pair, on its line, and for no other reason.
def log = new File(basedir, 'build.log').text
assert log.contains('QuotaHandler.java:[7,'), 'no error on line 7'
assert log.contains('[smtp-status/ClassMismatch] reply code 452 is a transient failure (4xx) but status 5.3.4 is a permanent failure')
assert log.contains('COMPILATION ERROR')
return true
