// Package sealed encrypts data client-side before it goes into a shared artifact store, so that only
// the nodes selected for a task can read it.
//
// A random 256-bit data key encrypts the data with AES-256-GCM in segments of 1 MiB (the STREAM
// construction: nonce = 8 random bytes || 32-bit segment counter || a last-segment flag; every segment
// authenticates the envelope header's hash, so segments cannot be reordered, truncated, dropped or
// moved to another envelope). The data key is wrapped to each authorized node's secp256k1 public key
// with identity.Seal (ECIES: an ephemeral secp256k1 key, ECDH, HKDF-SHA256 bound to both public keys
// and the node's address, and AES-256-GCM), the node's address as associated data; a node opens it
// with its *identity.Key. A node not among the recipients, or holding another key, gets a clear
// EForbidden refusal and no plaintext.
//
// Envelope layout: "COHORTSEALED1\n", a 4-byte big-endian header length, the JSON header, then the
// segments (each ciphertext || 16-byte tag).
package sealed
