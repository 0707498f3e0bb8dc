# factdiff: `make report` and `make test` are all a new machine with a JDK 17+ needs.
#
#   make report [CASE=name]  build the tool, write reports/<name>/ from inputs/<name>/case.yaml
#                            (an unknown name stops make with the list of cases)
#   make reports             rebuild every case with a report file missing, or older than its inputs,
#                            the templates or the tool
#   make check-reports       rebuild every case into a temporary folder; fail if a committed report differs,
#                            naming the input that changed when the reports' recorded SHA-256 tell it
#   make test                run the whole test suite
#   make bench               print speed figures of the pipeline
#   make fuzz                fuzz the case-file loader and the text pipeline longer (FUZZ_TIME=10m each)
#   make golden              regenerate the golden files of the tests (review the diff!)
#   make screenshot          regenerate docs/report-page-1.png, page one of the example report (needs pdftoppm)
#   make textconv            let 'git diff' and 'git log -p' show findings.json finding by finding (sets git config)

SHELL := /bin/bash
CASE ?= at-tanf-2017
JAVA ?= java
MVN := ./mvnw -B -ntp
JAR := target/factdiff.jar
TOOL_SOURCES := pom.xml $(shell find src/main templates -type f 2>/dev/null)
CASES := $(patsubst inputs/%/case.yaml,%,$(wildcard inputs/*/case.yaml))
OUTPUTS := report.html report.pdf findings.json

.PHONY: report reports check-reports test bench fuzz golden screenshot textconv jar clean

# Goals that read inputs/$(CASE) (report is also the default goal): an unknown case stops make
# with the list of cases before anything is built.
ifneq ($(filter report bench,$(or $(MAKECMDGOALS),report)),)
ifeq ($(wildcard inputs/$(CASE)/case.yaml),)
$(error no case '$(CASE)' in inputs/; the cases are: $(or $(CASES),none))
endif
endif

report: $(JAR)
	$(JAVA) -jar $(JAR) report inputs/$(CASE)/case.yaml -o reports/$(CASE)

jar: $(JAR)

$(JAR): $(TOOL_SOURCES)
	$(MVN) -q -DskipTests package
	@touch $@

reports: $(foreach c,$(CASES),$(addprefix reports/$(c)/,$(OUTPUTS)))

# A case is rebuilt when any of its three files is missing or older than its folder's files or
# the tool (the jar, which holds the templates: TOOL_SOURCES covers templates/). A pattern rule
# with several targets makes them all in one run of its recipe, so a deleted report.pdf
# rebuilds the case once, in any version of GNU make.
.SECONDEXPANSION:
$(addprefix reports/%/,$(OUTPUTS)): $(JAR) $$(shell find inputs/$$* -type f)
	$(JAVA) -jar $(JAR) report inputs/$*/case.yaml -o reports/$*

# The reason for a difference comes from 'factdiff stale', which compares the SHA-256 of the
# inputs and the tool version the committed report records with those of the fresh build.
check-reports: $(JAR)
	@tmp=$$(mktemp -d); status=0; \
	for c in $(CASES); do \
	  if ! $(JAVA) -jar $(JAR) report inputs/$$c/case.yaml -o $$tmp/$$c >/dev/null; then \
	    echo "check-reports: inputs/$$c/case.yaml does not build"; status=1; continue; fi; \
	  why=; asked=; \
	  for f in $(OUTPUTS); do \
	    if [ ! -f reports/$$c/$$f ]; then \
	      echo "check-reports: reports/$$c/$$f is missing (run 'make reports' and commit it)"; status=1; \
	    elif ! cmp -s $$tmp/$$c/$$f reports/$$c/$$f; then \
	      if [ -z "$$asked" ]; then asked=1; \
	        why=$$($(JAVA) -jar $(JAR) stale reports/$$c $$tmp/$$c --case inputs/$$c/case.yaml) || why=; fi; \
	      echo "check-reports: reports/$$c/$$f differs from a fresh build$${why:+: $$why} (run 'make reports' and commit it)"; status=1; \
	    fi; \
	  done; \
	done; \
	rm -rf $$tmp; \
	if [ $$status -eq 0 ]; then echo "check-reports: $(words $(CASES)) case(s) up to date"; fi; \
	exit $$status

test:
	$(MVN) test

# The bench is test code, not part of the shipped jar: built with the tests, run on their class path.
bench: $(JAR)
	$(MVN) -q test-compile
	$(JAVA) -Xmx2g -cp "target/test-classes:$(JAR):target/lib/*" org.factdiff.cli.Bench inputs/$(CASE)/case.yaml

FUZZ_TIME ?= 10m
fuzz:
	$(MVN) test-compile surefire:test@fuzz -Dfuzz.duration=$(FUZZ_TIME)

golden:
	$(MVN) test -Dgolden.update=true -Dtest='*GoldenTest'
	git --no-pager diff --stat -- src/test/resources

screenshot: reports/at-tanf-2017/report.pdf
	@mkdir -p docs
	pdftoppm -r 80 -png -f 1 -l 1 -singlefile reports/at-tanf-2017/report.pdf docs/report-page-1

# .gitattributes names findings.json's diff driver; this clone's git config says how to run it.
textconv: $(JAR)
	git config diff.factdiff.textconv "$(JAVA) -Dfile.encoding=UTF-8 -jar $(JAR) textconv"

clean:
	$(MVN) -q clean
