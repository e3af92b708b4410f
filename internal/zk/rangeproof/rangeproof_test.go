package rangeproof

import (
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/logger"
	"github.com/consensys/gnark/test"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/schema"
)

func TestMain(m *testing.M) {
	logger.Disable()
	os.Exit(m.Run())
}

// small: 4 rows x 3 columns: [-1, 1], [0, 100], [2, 2] (a constant column) with 8 fraction bits.
func small(t *testing.T) *Spec {
	s, err := NewSpec(4, 8, []string{"a", "b", "c"}, []int64{-256, 0, 512}, []int64{256, 25600, 512})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var testSalt = big.NewInt(0x5a17)

func assignment(s *Spec, offs [][]uint64, count int, com *big.Int) *Circuit {
	w := NewCircuit(s)
	w.Commitment, w.Count, w.Salt = com, count, testSalt
	for i := range s.Rows {
		w.Active[i] = 0
		if i < count {
			w.Active[i] = 1
		}
		for j := range s.Columns() {
			w.Offsets[i][j] = 0
			if i < len(offs) {
				w.Offsets[i][j] = offs[i][j]
			}
		}
	}
	return w
}

func TestCircuitValidAndInvalid(t *testing.T) {
	s := small(t)
	rows := [][]float64{{-1, 0, 2}, {0.5, 99.9, 2}, {1, 100, 2}}
	offs, err := s.Offsets(rows)
	if err != nil {
		t.Fatal(err)
	}
	com, _ := s.Commit(rows, testSalt)
	good := assignment(s, offs, 3, com)

	over := [][]uint64{offs[0], {offs[1][0], 25601, 0}, offs[2]} // b above max (the commitment matches)
	overCom := s.commitOffsets(over, testSalt)
	padded := append(append([][]uint64{}, offs...), []uint64{1, 0, 0}) // a 4th row hidden past Count
	wrongCount := assignment(s, offs, 2, com)                          // row 3 becomes nonzero padding
	otherCom := new(big.Int).Add(com, big.NewInt(1))
	otherSalt := assignment(s, offs, 3, com)
	otherSalt.Salt = 1

	assert := test.NewAssert(t)
	assert.CheckCircuit(NewCircuit(s),
		test.WithValidAssignment(good),
		test.WithInvalidAssignment(assignment(s, over, 3, overCom)),
		test.WithInvalidAssignment(assignment(s, padded, 3, s.commitOffsets(padded[:3], testSalt))),
		test.WithInvalidAssignment(wrongCount),
		test.WithInvalidAssignment(assignment(s, offs, 3, otherCom)),
		test.WithInvalidAssignment(otherSalt),
		test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoFuzzing(), test.NoSerializationChecks())
}

func TestReference(t *testing.T) {
	s := small(t)
	if err := s.Check([][]float64{{1.01, 0, 2}}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("above max: %v", err)
	}
	if err := s.Check([][]float64{{0, 0, 2}, {0, 0, 2}, {0, 0, 2}, {0, 0, 2}, {0, 0, 2}}); cohort.Code(err) != cohort.ETooLarge {
		t.Fatalf("over capacity: %v", err)
	}
	a, _ := s.Commit([][]float64{{0, 1, 2}}, testSalt)
	b, _ := s.Commit([][]float64{{0, 1, 2}, {-1, 0, 2}}, testSalt)
	c, _ := s.Commit([][]float64{{0, 1, 2}, {-1, 0, 2}}, testSalt)
	if a.Cmp(b) == 0 || b.Cmp(c) != 0 {
		t.Fatal("commitments do not separate or do not repeat")
	}
	// A shard of one row of minimum values differs from an empty shard (the count is committed).
	e, _ := s.Commit(nil, testSalt)
	m, _ := s.Commit([][]float64{{-1, 0, 2}}, testSalt)
	if e.Cmp(m) == 0 {
		t.Fatal("the empty shard and a shard of min values share a commitment")
	}
}

func TestProveVerify(t *testing.T) {
	s := small(t)
	k, err := Setup(s)
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]float64{{-1, 0, 2}, {0.25, 42, 2}}
	p, err := k.Prove(rows, testSalt)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(k.VK, s, p); err != nil {
		t.Fatalf("verify: %v", err)
	}
	// Other public inputs do not verify.
	bad := *p
	bad.Count = 3
	if err := Verify(k.VK, s, &bad); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("wrong count: %v", err)
	}
	bad = *p
	bad.Commitment = new(big.Int).Add(p.Commitment, big.NewInt(1))
	if err := Verify(k.VK, s, &bad); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("wrong commitment: %v", err)
	}
	bad = *p
	bad.Proof = append([]byte{}, p.Proof...)
	bad.Proof[10] ^= 1
	if err := Verify(k.VK, s, &bad); err == nil {
		t.Fatal("a corrupted proof verified")
	}
	// Out-of-range rows are refused by the reference before proving, and a forced witness fails.
	if _, err := k.Prove([][]float64{{2, 0, 2}}, testSalt); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("prove out of range: %v", err)
	}
	forced := [][]uint64{{600, 0, 0}}
	if _, err := k.prove(forced, testSalt, s.commitOffsets(forced, testSalt), 1); err == nil {
		t.Fatal("proved an out-of-range offset")
	}
}

func TestFromSchemaBreastCancer(t *testing.T) {
	sc, err := schema.Load("../../../datasets/breast_cancer.schema.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := FromSchema(sc, 8, 0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Columns() != 31 {
		t.Fatalf("%d columns", s.Columns())
	}
	row := make([]float64, 31)
	row[3] = 2501 // mean_area
	if err := s.Check([][]float64{row}); err != nil {
		t.Fatal(err)
	}
	row[3] = -1
	if err := s.Check([][]float64{row}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("negative area: %v", err)
	}
}

// FuzzVerify feeds arbitrary proof bytes and public inputs to Verify: it must refuse them without
// panicking (the proof bytes come from the network).
func FuzzVerify(f *testing.F) {
	s, err := NewSpec(2, 4, []string{"a"}, []int64{0}, []int64{15})
	if err != nil {
		f.Fatal(err)
	}
	k, err := Setup(s)
	if err != nil {
		f.Fatal(err)
	}
	p, err := k.Prove([][]float64{{0.5}}, testSalt)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(p.Proof, p.Commitment.Bytes(), 1)
	f.Add([]byte{}, []byte{1}, 0)
	f.Add(p.Proof[:len(p.Proof)/2], p.Commitment.Bytes(), 2)
	f.Fuzz(func(t *testing.T, proof, com []byte, count int) {
		q := &Proof{Commitment: new(big.Int).SetBytes(com), Count: count, Proof: proof}
		err := Verify(k.VK, s, q)
		if err == nil && (q.Commitment.Cmp(p.Commitment) != 0 || count != 1) {
			t.Fatalf("verified a proof for other public inputs")
		}
	})
}
