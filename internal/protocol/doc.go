// Package protocol defines what Cohort nodes say to each other over HTTP and how it is authenticated.
//
// Every request between nodes is signed. The signature covers a digest of the chain id, the HTTP method
// and path, the task id, the round, a random nonce, an expiry time and the SHA-256 of the body; the
// fields travel in X-Cohort-* headers, the body's hash too (X-Cohort-Body). A receiver checks a
// request in two steps so that strangers cost it nothing: from the header alone (VerifyHeader) it
// recovers the signer, asks the route whether that signer is admitted, refuses expired messages and
// seen nonces; then it reads the body, checks it against the signed hash and records the nonce
// (Accept) in a replay guard bounded in all and per signer. Only then does it decode the body. Bodies are compact binary: a small
// JSON header for metadata, and float vectors as little-endian float32 ("tensors"), never JSON floats.
// Every decoder takes a size limit and has a fuzz target.
//
// The package is pure: it opens no sockets and does not import net/http (a request's header is the
// small Header interface, which http.Header satisfies).
package protocol
