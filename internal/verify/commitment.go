package verify

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"golang.org/x/crypto/sha3"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
)

// CommitmentDomain prefixes a commitment's digest; TrainingDispute.sol uses the same bytes.
const CommitmentDomain = "cohort/verify/commitment/v1\x00"

// Commitment is what a trainer commits to with its update in one round of a task.
type Commitment struct {
	Task        [32]byte      // the market's task id, as a 32-byte big-endian word
	Round       uint64        // the round
	Trainer     cohort.NodeID // the trainer's node address
	Root        [32]byte      // checkpoint Merkle root
	Checkpoints uint32        // leaves under Root: blocks + 1
	GlobalHash  [32]byte      // ModelHash of the round's global model
	DataRoot    [32]byte      // Merkle root of the trainer's rows
	UpdateHash  [32]byte      // ModelHash of the update it sent
	Rows        uint32
	Steps       uint32
	BlockSteps  uint32
}

// Digest is SHA-256 of CommitmentDomain followed by the fields in declaration order, packed as
// Solidity's abi.encodePacked packs bytes32, uint64, address, bytes32, uint32, bytes32 x3, uint32 x3.
func (c Commitment) Digest() [32]byte {
	b := make([]byte, 0, 256)
	b = append(b, CommitmentDomain...)
	b = append(b, c.Task[:]...)
	b = binary.BigEndian.AppendUint64(b, c.Round)
	b = append(b, c.Trainer[:]...)
	b = append(b, c.Root[:]...)
	b = binary.BigEndian.AppendUint32(b, c.Checkpoints)
	b = append(b, c.GlobalHash[:]...)
	b = append(b, c.DataRoot[:]...)
	b = append(b, c.UpdateHash[:]...)
	b = binary.BigEndian.AppendUint32(b, c.Rows)
	b = binary.BigEndian.AppendUint32(b, c.Steps)
	b = binary.BigEndian.AppendUint32(b, c.BlockSteps)
	return sha256.Sum256(b)
}

// Claim is the part of c that fl checks disclosures against.
func (c Commitment) Claim() fl.ChainClaim {
	return fl.ChainClaim{Root: c.Root, DataRoot: c.DataRoot, Rows: int(c.Rows), Steps: int(c.Steps), BlockSteps: int(c.BlockSteps)}
}

// Validate checks the commitment's shape: a chain the contract and the engine can handle.
func (c Commitment) Validate() error {
	switch {
	case c.BlockSteps < 1 || c.BlockSteps > fl.MaxBlockSteps:
		return cohort.Errorf(cohort.EInvalid, "commitment: block of %d steps", c.BlockSteps)
	case c.Steps < 1 || c.Rows < 1:
		return cohort.Errorf(cohort.EInvalid, "commitment: %d steps on %d rows", c.Steps, c.Rows)
	case int(c.Checkpoints) != fl.Blocks(int(c.Steps), int(c.BlockSteps))+1:
		return cohort.Errorf(cohort.EInvalid, "commitment: %d checkpoints for %d steps in blocks of %d", c.Checkpoints, c.Steps, c.BlockSteps)
	case int(c.Checkpoints) > fl.MaxCheckpointBlocks:
		return cohort.Errorf(cohort.EInvalid, "commitment: %d checkpoints, limit %d", c.Checkpoints, fl.MaxCheckpointBlocks)
	}
	return nil
}

// ModelHash is the hash a commitment names a parameter vector by: SHA-256("cohort/verify/model\x00"
// || float64 bits, big-endian).
func ModelHash(params []float64) [32]byte {
	h := sha256.New()
	h.Write([]byte("cohort/verify/model\x00"))
	var b [8]byte
	for _, v := range params {
		binary.BigEndian.PutUint64(b[:], math.Float64bits(v))
		h.Write(b[:])
	}
	return [32]byte(h.Sum(nil))
}

// Commit builds the commitment of a checkpoint chain for task, round and trainer: global is the
// round's starting model, update what the trainer sends (fl.WireDelta of its final parameters).
func Commit(task [32]byte, round uint64, trainer cohort.NodeID, c *fl.CheckpointChain, global, update []float64) Commitment {
	return Commitment{
		Task: task, Round: round, Trainer: trainer, Root: c.Root(), Checkpoints: uint32(len(c.States)),
		GlobalHash: ModelHash(global), DataRoot: c.Data.Root(), UpdateHash: ModelHash(update),
		Rows: uint32(c.Rows), Steps: uint32(c.Steps), BlockSteps: uint32(c.BlockSteps),
	}
}

// SignedHash is what a trainer's key signs for c: the Ethereum signed-message hash of its digest,
// keccak256("\x19Ethereum Signed Message:\n32" || Digest()), which TrainingDispute.open recovers.
func (c Commitment) SignedHash() [32]byte {
	d := c.Digest()
	h := sha3.NewLegacyKeccak256()
	h.Write([]byte("\x19Ethereum Signed Message:\n32"))
	h.Write(d[:])
	return [32]byte(h.Sum(nil))
}

// Signer signs digests with a node key (identity.Key satisfies it).
type Signer interface {
	ID() cohort.NodeID
	Sign(digest [32]byte) ([]byte, error)
}

// Sign signs c with the trainer's key; the signature's v is 27 or 28, as Solidity's ecrecover wants.
func Sign(s Signer, c Commitment) ([]byte, error) {
	if s.ID() != c.Trainer {
		return nil, cohort.Errorf(cohort.EInvalid, "sign commitment: key %s is not the trainer %s", s.ID(), c.Trainer)
	}
	sig, err := s.Sign(c.SignedHash())
	if err != nil {
		return nil, fmt.Errorf("sign commitment: %w", err)
	}
	if len(sig) == 65 && sig[64] < 27 {
		sig[64] += 27
	}
	return sig, nil
}

// CheckSignature checks that sig (from Sign) is the trainer's; recover returns a digest's signer from
// a signature whose v is 0 or 1 (identity.Recover).
func CheckSignature(c Commitment, sig []byte, recover func(digest [32]byte, sig []byte) (cohort.NodeID, error)) error {
	if len(sig) != 65 || sig[64] < 27 {
		return cohort.Errorf(cohort.EUnauthorized, "commitment signature: want 65 bytes with v 27 or 28")
	}
	raw := append([]byte(nil), sig...)
	raw[64] -= 27
	id, err := recover(c.SignedHash(), raw)
	if err != nil {
		return cohort.Errorf(cohort.EUnauthorized, "commitment signature: %v", err)
	}
	if id != c.Trainer {
		return cohort.Errorf(cohort.EUnauthorized, "commitment signed by %s, not the trainer %s", id, c.Trainer)
	}
	return nil
}
