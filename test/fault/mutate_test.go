package fault

import (
	"bytes"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/zk"
)

// mutationCounts are the sizes: 10,000 mutated values against 1,000 valid ones.
func mutationCounts() (valid, mutated int) { return size(1000, 50), size(10000, 500) }

// TestMutatedProofsAndStatements proves valid inferences with a tiny model, then verifies mutated
// proofs (bit flips, truncation, extension, another statement's proof) and mutated statements (every
// public input changed, the binary form bit-flipped): every mutation must be rejected, every valid proof
// accepted.
func TestMutatedProofsAndStatements(t *testing.T) {
	f := tinyZK(t)
	nValid, nMut := mutationCounts()
	rng := rand.New(rand.NewPCG(14, 6))
	type proved struct {
		st    *zk.Statement
		proof []byte
	}
	valid := make([]proved, nValid)
	for i := range valid {
		x := make([]int64, 4)
		for j := range x {
			x[j] = rng.Int64N(2001) - 1000
		}
		var prover cohort.NodeID
		for j := range prover {
			prover[j] = byte(rng.UintN(256))
		}
		st, proof, err := f.c.Prove(f.pk, f.id, &zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: prover, Input: x, Salt: zk.NewSalt()})
		if err != nil {
			t.Fatal(err)
		}
		valid[i] = proved{st, proof}
	}
	falseRejects := 0
	for _, v := range valid {
		if err := zk.Verify(f.vk, v.st, v.proof); err != nil {
			falseRejects++
		}
	}
	accepted := map[string]int{}
	for i := range nMut {
		v := valid[i%nValid]
		st, proof, kind := mutateProved(rng, v.st, v.proof, valid[(i+1)%nValid].proof)
		if st == nil {
			continue // the mutated binary statement did not decode: rejected
		}
		if err := zk.Verify(f.vk, st, proof); err == nil {
			accepted[kind]++
		}
	}
	t.Logf("%d valid proofs (%d rejected), %d mutated proofs and statements (accepted by kind: %v)", nValid, falseRejects, nMut, accepted)
	if falseRejects > 0 || len(accepted) > 0 {
		t.Fatalf("%d of %d valid proofs rejected; mutations accepted: %v", falseRejects, nValid, accepted)
	}
}

// mutateProved returns a changed copy of a statement or its proof (other is a proof of another
// statement); a nil statement means the mutated encoding was refused while decoding.
func mutateProved(rng *rand.Rand, st0 *zk.Statement, proof0, other []byte) (*zk.Statement, []byte, string) {
	st := *st0
	st.Outputs = append([]int64(nil), st0.Outputs...)
	proof := append([]byte(nil), proof0...)
	flip := func(e *zk.Element) { e[31-rng.IntN(16)] ^= 1 << rng.IntN(8) } // low bytes: stays below the modulus
	switch k := rng.IntN(11); k {
	case 0:
		proof[rng.IntN(len(proof))] ^= 1 << rng.IntN(8)
		return &st, proof, "proof bit flip"
	case 1:
		return &st, proof[:rng.IntN(len(proof))], "proof truncated"
	case 2:
		return &st, append(proof, byte(rng.UintN(256))), "proof extended"
	case 3:
		return &st, append([]byte(nil), other...), "another statement's proof"
	case 4:
		st.Outputs[rng.IntN(len(st.Outputs))] += 1 + rng.Int64N(1<<20)
		return &st, proof, "output changed"
	case 5:
		st.Outputs = append(st.Outputs, 0)
		return &st, proof, "output added"
	case 6:
		flip(&st.Nonce)
		return &st, proof, "nonce changed"
	case 7:
		flip(&st.ModelID)
		return &st, proof, "model id changed"
	case 8:
		flip(&st.InputCommit)
		return &st, proof, "input commitment changed"
	case 9:
		st.Prover[rng.IntN(len(st.Prover))] ^= 1 << rng.IntN(8)
		return &st, proof, "prover changed"
	default:
		b, _ := st.MarshalBinary()
		b[rng.IntN(len(b))] ^= 1 << rng.IntN(8)
		dec, err := zk.UnmarshalStatement(b)
		if err != nil {
			return nil, nil, "statement encoding"
		}
		return dec, proof, "statement encoding bit flip"
	}
}

// TestMutatedSignedRequests signs valid requests with protocol's scheme, then changes one thing of
// each (the body, method or path, any signed header, the signature) and verifies it with an
// Authenticator: every mutation must be refused, every valid request accepted once, and its replay
// refused.
func TestMutatedSignedRequests(t *testing.T) {
	nValid, nMut := mutationCounts()
	rng := rand.New(rand.NewPCG(14, 7))
	auth := &protocol.Authenticator{ChainID: faultChainID, Recover: identity.Recover, Guard: protocol.NewReplayGuard(1 << 20)}
	type signed struct {
		h            http.Header
		method, path string
		body         []byte
	}
	paths := []string{protocol.PathJoin, protocol.PathUpdate, protocol.PathTrain, "/v1/infer"}
	valid := make([]signed, nValid)
	for i := range valid {
		key, _ := identity.Generate()
		s := signed{h: http.Header{}, method: http.MethodPost, path: paths[rng.IntN(len(paths))], body: make([]byte, 1+rng.IntN(512))}
		for j := range s.body {
			s.body[j] = byte(rng.UintN(256))
		}
		if err := protocol.Sign(s.h, s.method, s.path, s.body, key, faultChainID, "task-"+string(rune('a'+rng.IntN(26))), rng.Uint64N(100), time.Minute); err != nil {
			t.Fatal(err)
		}
		valid[i] = s
	}
	// Mutations first: were a valid request verified before its mutations, they would be refused as
	// replays without their signatures being tested.
	accepted := map[string]int{}
	for i := range nMut {
		v := valid[i%nValid]
		h, method, path, body, kind := mutateSigned(rng, v.h, v.method, v.path, v.body)
		if _, err := auth.Verify(h, method, path, body); err == nil {
			accepted[kind]++
		}
	}
	falseRejects, replays := 0, 0
	for _, v := range valid {
		if _, err := auth.Verify(v.h, v.method, v.path, v.body); err != nil {
			if falseRejects++; falseRejects <= 5 {
				t.Logf("valid request refused: %v", err)
			}
		}
		if _, err := auth.Verify(v.h, v.method, v.path, v.body); err != nil && cohort.Code(err) == cohort.EConflict {
			replays++
		}
	}
	t.Logf("%d valid signed requests (%d refused, %d replays refused), %d mutated (accepted by kind: %v)", nValid, falseRejects, replays, nMut, accepted)
	if falseRejects > 0 || len(accepted) > 0 || replays != nValid {
		t.Fatalf("%d of %d valid requests refused, %d of %d replays refused, mutations accepted: %v", falseRejects, nValid, replays, nValid, accepted)
	}
}

// mutateSigned changes one signed thing of a request.
func mutateSigned(rng *rand.Rand, h0 http.Header, method, path string, body0 []byte) (http.Header, string, string, []byte, string) {
	h := h0.Clone()
	body := append([]byte(nil), body0...)
	headers := []string{protocol.HeaderSigner, protocol.HeaderChain, protocol.HeaderTask, protocol.HeaderRound,
		protocol.HeaderNonce, protocol.HeaderExpiry, protocol.HeaderSignature}
	switch k := rng.IntN(5 + len(headers)); {
	case k == 0:
		body[rng.IntN(len(body))] ^= 1 << rng.IntN(8)
		return h, method, path, body, "body bit flip"
	case k == 1:
		return h, method, path, append(body, 0), "body extended"
	case k == 2:
		return h, http.MethodPut, path, body, "method changed"
	case k == 3:
		return h, method, path + "x", body, "path changed"
	case k == 4:
		name := headers[rng.IntN(len(headers))]
		h.Del(name)
		return h, method, path, body, "header removed: " + name
	default:
		name := headers[k-5]
		h.Set(name, changeChar(rng, h.Get(name)))
		return h, method, path, body, "header changed: " + name
	}
}

// changeChar replaces one character of s with another of the same kind (digit, hex digit, letter) that
// reads as a different value (hex is case-insensitive).
func changeChar(rng *rand.Rand, s string) string {
	b := []byte(s)
	start := 0
	if strings.HasPrefix(s, "0x") {
		start = 2
	}
	i := start + rng.IntN(len(b)-start)
	alphabet := "0123456789abcdef"
	if !strings.ContainsRune(alphabet, rune(bytes.ToLower(b[i : i+1])[0])) {
		alphabet = "abcdefghijklmnopqrstuvwxyz"
	}
	for {
		c := alphabet[rng.IntN(len(alphabet))]
		if c != bytes.ToLower(b[i : i+1])[0] {
			b[i] = c
			return string(b)
		}
	}
}
