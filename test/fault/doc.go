// Package fault is Cohort's fault suite: real `cohort` processes on loopback killed with SIGKILL at
// seeded failpoints (internal/failpoint), networks run through a fault proxy (test/faultproxy), servers
// fed hostile requests while their memory is watched, and mutated proofs, signatures and statements.
//
// `go test -short ./test/fault` runs small sizes (CI); without -short, or with COHORT_FAULT_FULL=1, it
// runs the sizes: 100 kill points, 1,000 hostile requests per server, 10,000 mutations
// (`go test ./test/fault -timeout 60m`).
package fault
