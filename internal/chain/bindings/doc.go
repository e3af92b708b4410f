// Package bindings holds the abigen v2 bindings of the contract suite, generated from
// contracts/artifacts/combined.json by contracts/build.sh. Do not edit bindings.go by hand: change the
// Solidity sources and rebuild (CI fails when the committed files differ from a fresh build).
package bindings
