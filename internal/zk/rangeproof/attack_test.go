package rangeproof

import (
	"math/big"
	"testing"
)

// bruteForce is the attacker on a published shard commitment: it knows the spec (public: it is the
// verifying key's statement) and tries every shard the spec admits, of every count, hashing each
// candidate with the salt it guesses. It returns the shard it found and how many hashes it took.
func bruteForce(s *Spec, com, guess *big.Int) (found [][]uint64, tries int) {
	var rec func(rows [][]uint64, left int) bool
	rec = func(rows [][]uint64, left int) bool {
		tries++
		if s.commitOffsets(rows, guess).Cmp(com) == 0 {
			found = rows
			return true
		}
		if left == 0 {
			return false
		}
		// every row of offsets in range (boolean columns: 0 or 1)
		row := make([]uint64, s.Columns())
		for {
			if rec(append(append([][]uint64{}, rows...), append([]uint64{}, row...)), left-1) {
				return true
			}
			j := 0
			for ; j < len(row); j++ {
				if row[j] < uint64(s.Max[j]-s.Min[j]) {
					row[j]++
					break
				}
				row[j] = 0
			}
			if j == len(row) {
				return false
			}
		}
	}
	rec(nil, s.Rows)
	return found, tries
}

// TestBruteForceShard: a 3-row shard of two boolean columns has 85 possible contents. With an unsalted
// commitment (salt known to be zero, as format 1 was) the attacker finds the shard by hashing
// candidates; with the owner's random salt, every candidate misses.
func TestBruteForceShard(t *testing.T) {
	s, err := NewSpec(3, 0, []string{"smoker", "diabetic"}, []int64{0, 0}, []int64{1, 1})
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]float64{{1, 0}, {0, 1}, {1, 1}}
	offs, err := s.Offsets(rows)
	if err != nil {
		t.Fatal(err)
	}
	zero := new(big.Int)

	// Without a salt (format 1's commitment, reproduced with salt zero): the shard falls.
	unsalted := s.commitOffsets(offs, zero)
	found, tries := bruteForce(s, unsalted, zero)
	if found == nil {
		t.Fatal("the attacker did not recover an unsalted shard: the attack test is broken")
	}
	t.Logf("unsalted shard recovered after %d hashes: %v", tries, found)

	// With the salt: the published commitment matches no candidate the attacker can hash.
	salt := NewSalt()
	com, err := s.Commit(rows, salt)
	if err != nil {
		t.Fatal(err)
	}
	for _, guess := range []*big.Int{zero, big.NewInt(1)} {
		if found, tries := bruteForce(s, com, guess); found != nil {
			t.Fatalf("salted shard recovered after %d hashes: %v", tries, found)
		}
	}
	// The salt is a field element from crypto/rand: two draws differ, and zero is refused.
	if NewSalt().Cmp(salt) == 0 {
		t.Fatal("two salts are equal")
	}
	if _, err := s.Commit(rows, zero); err == nil {
		t.Fatal("an unsalted commitment was made")
	}
}
