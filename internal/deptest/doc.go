// Package deptest holds the module's architecture rules as tests (in the spirit of tailscale's
// tstest/deptest): which packages may import which and which dependencies the engines never pull in
// (TestDependencies, from `go list -deps -json`), and how long a production function may be
// (TestFunctionSize). It has no code of its own; docs/ARCHITECTURE.md states the same rules in words.
package deptest
