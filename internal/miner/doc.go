// Package miner is the prover role of the inference subnet. A Miner holds the proving key of one
// registered model and serves POST /v1/infer: a validator sends a signed request (protocol.Sign)
// carrying the model id, a fresh nonce, the miner's own address and a quantized input, in zk's
// request encoding (zk.DecodeRequest: JSON, at most MaxBodyBytes here). The miner runs the model
// and answers with the output and a Groth16 proof whose public inputs bind the model id, the request
// nonce, the miner's address and the input commitment (zk.Response).
//
// The miner refuses, with a coded error and never a crash: unsigned or replayed messages (the
// protocol.Authenticator), signers outside its validator list (from the signed header, before the
// body is read or the nonce recorded), oversized or malformed bodies, a
// request for another model or another miner, an input out of the model's range, and a request
// nonce it has already answered (a bounded guard of recent nonces). A panic in the prover (a model or
// key it cannot handle) is an internal error for that request and frees its proving slot.
//
// Concurrency: up to MaxInflight proofs run at once (default GOMAXPROCS), all on one compiled circuit
// and one proving key, loaded once and only read (zk.ProverPool; circuits gnark cannot share, those
// with lookup tables, get a copy per running proof). At most MaxQueue more requests wait for a slot;
// the next one is refused from its signed header, before its body is read or its nonce recorded, with
// 503 and a Retry-After (BusyError), so a burst never grows the miner's memory and the refused request
// can be sent again as it was.
//
// LoadRegistered recompiles a key directory's circuit with the options its circuit.json records
// (zk.CircuitFile.Options), so keys made without gnark's commitment, the format the on-chain verifier
// takes, prove as they were set up.
//
// For tests and the devnet a miner can be dishonest (Mode): ModeWrongOutput proves the true output
// and then claims another class, so its proof fails; ModeReplay proves once and answers every later
// request with that first proof, patched to the new nonce and input, which fails as well because
// the proof is bound to the request it was made for.
//
// Call is the client side a validator uses: it signs the request, bounds the answer's size and
// decodes it with zk.DecodeResponse.
package miner
