// Package protocol defines what Cohort nodes say to each other over HTTP and how it is authenticated.
//
// Every request between nodes is signed. The signature covers a digest of the chain id, the HTTP method
// and path, the task id, the round, a random nonce, an expiry time and the SHA-256 of the body; the
// fields travel in X-Cohort-* headers. A receiver recovers the signer, refuses expired messages and
// replayed nonces (a bounded guard), and only then decodes the body. Bodies are compact binary: a small
// JSON header for metadata, and float vectors as little-endian float32 ("tensors"), never JSON floats.
// Every decoder takes a size limit and has a fuzz target.
//
// The package is pure: it opens no sockets and does not import net/http (a request's header is the
// small Header interface, which http.Header satisfies).
package protocol
