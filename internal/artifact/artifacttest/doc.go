// Package artifacttest is the conformance suite every artifact.Store backend passes: round trips of
// artifacts from empty to several manifest levels, the CIDs IPFS would compute, idempotence, refusal
// of blocks that do not hash to their CID, and not-found errors. Backend packages call Run from their
// tests; corruption of stored bytes is backend-specific and tested beside each backend.
package artifacttest
