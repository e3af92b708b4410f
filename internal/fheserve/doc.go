// Package fheserve is the HTTP face of encrypted inference: a client uploads the evaluation keys its
// model needs once per session (POST /v1/fhe/keys), then sends ciphertexts and gets ciphertexts back
// (POST /v1/fhe/infer); GET /v1/fhe/models lists the served models with the layout a client needs to
// encrypt for them. The server never holds a secret key and never sees a plaintext.
//
// Every body has a size limit, every evaluation a timeout and a concurrency bound, and the session
// key store is bounded in count and bytes (least recently used sessions go first). Bad input
// (wrong parameters or level, oversized or malformed keys and ciphertexts, missing evaluation keys,
// an unknown model or session) is a 4xx JSON error with the reason.
//
// Client is the matching Go client (used by `cohort fhe infer`).
package fheserve
