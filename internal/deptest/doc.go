// Package deptest holds the module's architecture rules as one test (in the spirit of tailscale's
// tstest/deptest): which packages may import which, and which dependencies the engines never pull
// in. It has no code of its own; docs/ARCHITECTURE.md states the same rules in words.
package deptest
