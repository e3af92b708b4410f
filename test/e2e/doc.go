// Package e2e holds Cohort's end-to-end tests: real `cohort` processes on loopback, configured by
// files as an operator would configure them, checked from outside over their HTTP APIs.
package e2e
