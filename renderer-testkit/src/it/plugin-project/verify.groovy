// The kit ran its checks on the plugin (a count above zero, all passed) and failed the renderer
// that drops the status reasons, saying which string is missing.
def report = { name -> new XmlSlurper().parse(new File(basedir, "target/surefire-reports/TEST-com.example.text.${name}.xml")) }

def passing = report('TextReportRendererContractTest')
int run = passing.@tests.toInteger()
assert run > 0 : "the contract kit ran no tests on the plugin"
assert passing.@failures.toInteger() == 0 && passing.@errors.toInteger() == 0 :
        "the kit failed a complete renderer: " + passing.testcase.failure*.@message

def failing = report('ReasonlessTextRendererContractTest')
assert failing.@tests.toInteger() == run
def messages = failing.testcase.failure*.@message*.toString()
assert !messages.isEmpty() : "the kit passed a renderer that drops the status reasons"
assert messages.any { it.contains('is missing in the extracted text') && it.contains('deadline30Mar2023passed216days') } :
        "the kit failed the reasonless renderer for another reason: " + messages
println "renderer-testkit IT: ${run} checks passed on the plugin; ${messages.size()} failed without status reasons"
return true
