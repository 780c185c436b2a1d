// The processor ran (strict mode, good pairs): the class exists and javac printed no warning.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/classes/example/QuotaHandler.class').isFile()
assert !log.contains('[WARNING] COMPILATION WARNING')
assert !log.contains('No processor claimed')
return true
