package zk

import (
	"fmt"

	"github.com/consensys/gnark/constraint"
	csbn254 "github.com/consensys/gnark/constraint/bn254"
)

// Concurrent reports whether Prove may run on c from several goroutines at once, sharing its
// constraint system and one proving key (checked against gnark v0.16.0's sources):
//
//   - Groth16's prover (backend/groth16/bn254.Prove) reads the proving key only (the MSM bases, the
//     FFT domain with its twiddles precomputed when the key is built or decoded, the Pedersen keys)
//     and keeps every per-proof value (solution, wire vectors, commitments, hash state) in locals.
//   - The solver starts each Solve with fresh wire values, but first calls Reset on every stateful
//     blueprint of the constraint system, without a lock: constraint.BlueprintLookupHint (the tables
//     of std/lookup/logderivlookup, as the LSTM's sigmoid and tanh use) caches the resolved table
//     entries in the shared constraint system, so two solves at once race on that cache.
//
// So a Groth16 circuit without stateful blueprints (logistic regression and MLPs, whose range checks
// are not lookups of that kind) is safe to share; an LSTM is not, nor a PLONK circuit (whose prover
// was not audited for this): prove those through a ProverPool, which gives each concurrent proof a
// copy of its own.
func (c *Compiled) Concurrent() bool {
	if c.Scheme != Groth16 {
		return false
	}
	sys, ok := c.CCS.(*csbn254.R1CS)
	if !ok {
		return false
	}
	for _, b := range sys.Blueprints {
		if _, stateful := b.(constraint.BlueprintStateful[constraint.U64]); stateful {
			return false
		}
	}
	return true
}

// Copy compiles c's circuit again: the same constraint system (compilation is deterministic, so c's
// proving key proves with it), with solver state of its own.
func (c *Compiled) Copy() (*Compiled, error) {
	cc, err := CompileWith(c.Model, c.Options)
	if err != nil {
		return nil, fmt.Errorf("copy %s circuit: %w", c.Model.Kind, err)
	}
	if cc.Constraints() != c.Constraints() {
		return nil, fmt.Errorf("copy %s circuit: %d constraints, the original has %d", c.Model.Kind, cc.Constraints(), c.Constraints())
	}
	return cc, nil
}

// ProverPool proves with one circuit from up to n goroutines at once. A circuit that is Concurrent is
// shared by every call; otherwise each call borrows a copy (Compiled.Copy, made when first needed, at
// most n of them, the original being the first) and calls beyond n wait for one to be returned. Proving
// keys are always shared: Prove only reads them. It is safe for concurrent use.
type ProverPool struct {
	c      *Compiled
	shared bool
	idle   chan *Compiled // copies not in use
	made   chan struct{}  // one token per copy that exists (the original included)
}

// NewProverPool returns a pool of at most n provers of c (n < 1 counts as 1).
func NewProverPool(c *Compiled, n int) *ProverPool {
	n = max(n, 1)
	p := &ProverPool{c: c, shared: c.Concurrent()}
	if !p.shared {
		p.idle = make(chan *Compiled, n)
		p.made = make(chan struct{}, n)
		p.made <- struct{}{}
		p.idle <- c
	}
	return p
}

// Shared reports whether every call proves with the one constraint system (no copies).
func (p *ProverPool) Shared() bool { return p.shared }

// Copies returns the number of constraint systems the pool holds (1 when shared).
func (p *ProverPool) Copies() int {
	if p.shared {
		return 1
	}
	return len(p.made)
}

// Prove is Compiled.Prove on a circuit no other call is solving (the shared one when that is safe).
func (p *ProverPool) Prove(pk *ProvingKey, modelID Element, req *Request) (*Statement, []byte, error) {
	if p.shared {
		return p.c.Prove(pk, modelID, req)
	}
	c, err := p.get()
	if err != nil {
		return nil, nil, err
	}
	defer func() { p.idle <- c }()
	return c.Prove(pk, modelID, req)
}

// get takes an idle copy, makes one while fewer than n exist, or waits for one.
func (p *ProverPool) get() (*Compiled, error) {
	select {
	case c := <-p.idle:
		return c, nil
	default:
	}
	select {
	case c := <-p.idle:
		return c, nil
	case p.made <- struct{}{}:
		c, err := p.c.Copy()
		if err != nil {
			<-p.made
			return nil, err
		}
		return c, nil
	}
}
