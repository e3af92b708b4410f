// Package secagg implements SecAgg+ secure aggregation (Bell et al. 2020, after Bonawitz et al. 2017)
// as pure state machines: values in, values out, no sockets and no clocks, and nothing the caller must
// run on a goroutine (the server's final unmasking spreads over its own bounded set of goroutines).
// The transport moves the messages' bytes and decides the deadlines; this package decides what is
// valid.
//
// A round has five stages. The server (the coordinator) closes each stage when the caller says so
// (a deadline passed or every expected message arrived) and whatever is missing counts as a dropout:
//
//  1. advertise keys: every client sends two fresh X25519 public keys, signed (AdvertiseMsg);
//     the server broadcasts the roster (RosterMsg).
//  2. share keys: every client Shamir-shares its self-mask seed and its mask private key among its k
//     ring neighbours, encrypted to each with AES-GCM (SharesMsg); the server routes them (ShareInbox).
//  3. masked input: every client quantizes its update and its sample weight (one more element), adds
//     its self mask and the pairwise masks with its neighbours in Z_2^32 or Z_2^64 (MaskedMsg);
//     the server announces the survivors (SurvivorsMsg).
//  4. consistency check: the survivors sign the survivor set (ConsistencyMsg); the server shows each
//     client at least t of its neighbours' signatures over that set (UnmaskRequest).
//  5. unmask: each client reveals, per neighbour, the self-mask share of a survivor or the key share of
//     a dropped client, never both (UnmaskMsg); the server reconstructs, removes the masks and returns
//     the de-quantized sum with the summed weight as the last element (Result).
//
// The neighbour graph is a ring permuted by public randomness: Params.Seed and, with Params.Beacons,
// every client's revealed leaf of the beacon tree it committed to before the round (beacon.go), so
// that the server learns the ring only after it fixed the clients and cannot grind for one that
// surrounds a victim with colluders; Params.Bind carries the caller's other session values into the
// session id. PlanParams chooses k and t for n clients, a corrupt fraction γ and a dropout
// fraction δ so that a round fails (privacy or correctness) with probability at most 2^-40, following
// Bell et al. 2020. Every
// client message is signed through the Signer interface and checked through Verifier; every decoder
// has size limits and a fuzz target. Each dealer commits to every share it deals (a hash in its signed
// SharesMsg) and to its self-mask seed, so the server checks each revealed share and each
// reconstruction: a forged, replayed, truncated, misrouted or out-of-order message is refused with a
// coded error, and a round that cannot be completed aborts with the reason rather than returning a
// wrong sum.
//
// A client that masks inconsistently leaves a uniformly random error in the sum; the server refuses
// an unmasked sum with any element outside [0, m*L] (m inputs of at most L each), which catches that
// in all but a (m*L/2^32)^Dim fraction of cases. What it does not do: a malicious client can still
// send a bogus but well-formed update, and the protocol protects the honest clients' privacy, not
// the model from poisoning; robust aggregation rules that need individual updates cannot run on top
// of it.
//
// Wiring it into the nodes (Simulate is the reference, in memory):
//
//   - Coordinator and trainers build the same Params for the round (the selected trainers sorted, k, t,
//     bits, clip, dim, task, round, Seed and Bind; protocol.SecAggConfig builds them); any difference
//     changes Config.Session and every message is refused as "for another session".
//   - Coordinator: srv := NewServer(cfg, verifier, 0). For each stage it decodes each trainer's message
//     with UnmarshalBinary and hands it to AddAdvertise, AddShares, AddConsistency or AddUnmask (for
//     masked inputs, AddMaskedBytes on the raw body); when Pending() is empty or the deadline passes it
//     calls the closing method and sends the result: Roster and Survivors to everyone, Inboxes and
//     UnmaskRequests to each trainer its own. Finish returns the Result; a coded error names why not.
//   - Trainer: c := NewClient(cfg, signer, verifier), then AdvertiseKeys, ShareKeys(roster),
//     MaskedInput(inbox, update, weight), ConsistencyCheck(survivors), Unmask(request), each message
//     sent with MarshalBinary.
//   - Signer and Verifier adapt the node's secp256k1 identity key: Sign the 32-byte digest (65-byte
//     signature), Verify by recovering the address and comparing it with the NodeID.
//   - FedAvg: send the weighted update (weight x delta, with ClipRange sized for it) and the weight; the
//     average is Sum[:Dim] / Sum[Dim].
//
// `cohort bench secagg` (bench.RunSecAgg) measures a round through Simulate and its SimStats.
package secagg
