// The kit ran its checks on the plugin (a count above zero, all passed) and failed the renderer
// that drops the status reasons, saying which string is missing. Plain DOM: no Groovy XML module.
import javax.xml.parsers.DocumentBuilderFactory

def report = { name ->
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new File(basedir, "target/surefire-reports/TEST-com.example.text.${name}.xml")).documentElement
}
def failures = { suite ->
    def nodes = suite.getElementsByTagName('failure')
    (0..<nodes.length).collect { nodes.item(it).getAttribute('message') }
}

def passing = report('TextReportRendererContractTest')
int run = passing.getAttribute('tests').toInteger()
assert run > 0 : "the contract kit ran no tests on the plugin"
assert failures(passing).isEmpty() && passing.getAttribute('errors') == '0' :
        "the kit failed a complete renderer: " + failures(passing)

def failing = report('ReasonlessTextRendererContractTest')
assert failing.getAttribute('tests').toInteger() == run
def messages = failures(failing)
assert !messages.isEmpty() : "the kit passed a renderer that drops the status reasons"
assert messages.any {
    it.contains('is missing in the extracted text') && it.contains('deadline 30 Mar 2023 passed 216 days')
} :
        "the kit failed the reasonless renderer for another reason: " + messages
println "renderer-testkit IT: ${run} checks passed on the plugin; ${messages.size()} failed without status reasons"
return true
