FUZZTIME ?= 60

.PHONY: fuzz
# fuzz runs every fuzz target in the module for FUZZTIME seconds each (scripts/fuzz.sh).
fuzz:
	scripts/fuzz.sh $(FUZZTIME)
