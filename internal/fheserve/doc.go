// Package fheserve is the HTTP face of encrypted inference: a client uploads the evaluation keys its
// model needs once per session (POST /v1/fhe/keys), then sends ciphertexts and gets ciphertexts back
// (POST /v1/fhe/infer); GET /v1/fhe/models lists the served models with the layout a client needs to
// encrypt for them. The server never holds a secret key and never sees a plaintext.
//
// Requests are signed by a client key (protocol.Sign for Task; Client signs, with a fresh key when it
// is given none). A server with Config.Clients or AllowClient admits only those clients (an
// allow-list, a paying client); without, any key. Admission is checked from the signed header before
// the request takes a slot or its body is read. A session belongs to the key that opened it: no other
// key can use it or evict it. Each client holds at most MaxClientSessions sessions (its own least
// recently used goes first) and MaxClientInflight requests; when the store is full of other
// clients' live sessions a new one is refused (503) rather than made by evicting theirs.
//
// Every body has a size limit, every evaluation a timeout and a concurrency bound, and the session
// key store is bounded in count and bytes. Bad input
// (wrong parameters or level, oversized or malformed keys and ciphertexts, missing evaluation keys,
// an unknown model or session) is a 4xx JSON error with the reason.
//
// Client is the matching Go client (used by `cohort fhe infer`).
package fheserve
