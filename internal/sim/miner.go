package sim

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/oraclefixture"
	"github.com/cohort-net/cohort/internal/zk"
)

// playMiner: requesters post paid inference requests on InferenceOracle; an honest miner proves each
// (Groth16, bound to the request's nonce and its own address) and fulfils it. Before it does, the
// replaying miner submits the proof of the previous request (a replay) and the honest miner's proof of
// this one, seen in the mempool (a copy), from its own address. The oracle's verifier is the judge.
func playMiner(ctx context.Context, cfg Config) (Result, error) {
	dir, err := oraclefixture.Find(cfg.Repo)
	if cohort.Code(err) == cohort.ENotFound {
		return Result{Role: "miner", Note: "skipped: " + err.Error()}, nil
	}
	if err != nil {
		return Result{}, err
	}
	m, err := oraclefixture.Load(filepath.Join(dir, "logreg3"))
	if err != nil {
		return Result{}, err
	}
	s, err := chain.NewSimulated(ctx, 4, nil)
	if err != nil {
		return Result{}, err
	}
	defer s.Close()
	admin, req, honest, cheat := s.Accounts[0], s.Accounts[1], s.Accounts[2], s.Accounts[3]
	if err := deploySuite(ctx, s.Conn, admin, chain.DeployParams{}); err != nil {
		return Result{}, err
	}
	o, err := s.Conn.DeployOracle(ctx, admin, [20]byte{})
	if err != nil {
		return Result{}, err
	}
	verifier, err := s.Conn.DeployVerifier(ctx, admin, m.Verifier)
	if err != nil {
		return Result{}, err
	}
	if _, err := o.RegisterModel(ctx, admin, m.ID, verifier, m.C.Model.Outputs(), m.C.Model.OutputBits(), admin.Addr); err != nil {
		return Result{}, err
	}
	if _, err := s.Conn.Transfer(ctx, admin, req.Addr, chain.Tokens(int64(10*cfg.Epochs))); err != nil {
		return Result{}, err
	}
	start := map[int]*big.Int{}
	for i, a := range []*chain.Account{honest, cheat} {
		if start[i], err = s.Conn.TokenBalance(ctx, a.Addr); err != nil {
			return Result{}, err
		}
	}
	attempts, refused, err := minerRequests(ctx, cfg, s.Conn, o, m, req, honest, cheat)
	if err != nil {
		return Result{}, err
	}
	var gain [2]float64
	for i, a := range []*chain.Account{honest, cheat} {
		b, err := s.Conn.TokenBalance(ctx, a.Addr)
		if err != nil {
			return Result{}, err
		}
		gain[i] = tokens(new(big.Int).Sub(b, start[i]))
	}
	return Result{Role: "miner", Attempts: attempts, Caught: refused, DetectionRate: float64(refused) / float64(attempts),
		Mechanism: "InferenceOracle: a Groth16 proof bound to the request's nonce and the miner's address, checked by the on-chain verifier",
		Profit:    gain[1], HonestProfit: gain[0], Earned: gain[1],
		Target: "a copying or replaying miner earns 0", TargetMet: met(gain[1] == 0),
		Note: "each request: a replay of the previous request's proof, then a copy of the honest miner's proof of this one, both sent first"}, nil
}

func minerRequests(ctx context.Context, cfg Config, c *chain.Conn, o *chain.InferenceOracle, m *oraclefixture.Model, req, honest, cheat *chain.Account) (attempts, refused int, err error) {
	x := []int64{256, -512, 1024, -128}[:m.C.Model.Inputs()]
	var lastOut []int64
	var lastProof []byte
	for range cfg.Epochs {
		salt := zk.NewSalt()
		id, nonce, _, err := o.Request(ctx, req, chain.InferenceRequest{ModelID: m.ID, InputCommit: m.C.Model.InputCommitment(x, salt), Fee: chain.Tokens(1)})
		if err != nil {
			return 0, 0, err
		}
		st, proof, err := m.C.Prove(m.PK, zk.Element(m.ID), &zk.Request{ModelID: zk.Element(m.ID), Nonce: zk.Element(nonce),
			Prover: cohort.NodeID(honest.Addr), Input: x, Salt: salt})
		if err != nil {
			return 0, 0, err
		}
		sp, err := zk.SolidityProof(zk.Groth16, proof)
		if err != nil {
			return 0, 0, err
		}
		tries := [][2]any{{st.Outputs, sp}}
		if lastProof != nil {
			tries = append([][2]any{{lastOut, lastProof}}, tries...)
		}
		taken := false
		for _, t := range tries {
			attempts++
			_, err := o.Fulfil(ctx, cheat, id, t[0].([]int64), t[1].([]byte))
			if err == nil {
				taken = true
				break
			}
			if chain.RevertName(err) == "" {
				return 0, 0, err
			}
			refused++
		}
		if taken {
			continue
		}
		if _, err := o.Fulfil(ctx, honest, id, st.Outputs, sp); err != nil {
			return 0, 0, fmt.Errorf("honest fulfil: %w", err)
		}
		lastOut, lastProof = st.Outputs, sp
	}
	return attempts, refused, nil
}
