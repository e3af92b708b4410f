package sim

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/zk"
)

// oracleFixture is the committed test model internal/chain/testdata/logreg3 (written by
// internal/chain/testdata/genverifier): its circuit, test proving key and compiled Solidity verifier.
// The binary does not carry test proving keys, so the replaying miner needs the source tree.
const oracleFixture = "internal/chain/testdata/logreg3"

func findFixture(repo string) (string, error) {
	if repo != "" {
		return filepath.Join(repo, oracleFixture), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, oracleFixture)
		if _, err := os.Stat(filepath.Join(p, "verifier.json")); err == nil {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", cohort.Errorf(cohort.ENotFound, "oracle fixture %s not found above %s (run from the source tree)", oracleFixture, wd)
		}
	}
}

type minerModel struct {
	c        *zk.Compiled
	pk       *zk.ProvingKey
	id       [32]byte
	verifier []byte
}

func loadMinerModel(dir string) (*minerModel, error) {
	cf, pk, _, err := zk.LoadKeys(dir, true)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, "verifier.json"))
	if err != nil {
		return nil, err
	}
	var v struct {
		Bin string `json:"bin"`
	}
	if err := json.Unmarshal(b, &v); err != nil || v.Bin == "" {
		return nil, fmt.Errorf("%s: verifier.json: %v", dir, err)
	}
	code, err := hex.DecodeString(strings.TrimPrefix(v.Bin, "0x"))
	if err != nil {
		return nil, err
	}
	c, err := zk.CompileWith(cf.Model, cf.Options())
	if err != nil {
		return nil, err
	}
	return &minerModel{c: c, pk: pk, id: cf.ModelID, verifier: code}, nil
}

// playMiner: requesters post paid inference requests on InferenceOracle; an honest miner proves each
// (Groth16, bound to the request's nonce and its own address) and fulfils it. Before it does, the
// replaying miner submits the proof of the previous request (a replay) and the honest miner's proof of
// this one, seen in the mempool (a copy), from its own address. The oracle's verifier is the judge.
func playMiner(ctx context.Context, cfg Config) (Result, error) {
	dir, err := findFixture(cfg.Repo)
	if cohort.Code(err) == cohort.ENotFound {
		return Result{Role: "miner", Note: "skipped: " + err.Error()}, nil
	}
	if err != nil {
		return Result{}, err
	}
	m, err := loadMinerModel(dir)
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
	verifier, err := s.Conn.DeployVerifier(ctx, admin, m.verifier)
	if err != nil {
		return Result{}, err
	}
	if _, err := o.RegisterModel(ctx, admin, m.id, verifier, m.c.Model.Outputs(), m.c.Model.OutputBits(), admin.Addr); err != nil {
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

func minerRequests(ctx context.Context, cfg Config, c *chain.Conn, o *chain.InferenceOracle, m *minerModel, req, honest, cheat *chain.Account) (attempts, refused int, err error) {
	x := []int64{256, -512, 1024, -128}[:m.c.Model.Inputs()]
	var lastOut []int64
	var lastProof []byte
	for range cfg.Epochs {
		salt := zk.NewSalt()
		id, nonce, _, err := o.Request(ctx, req, chain.InferenceRequest{ModelID: m.id, InputCommit: m.c.Model.InputCommitment(x, salt), Fee: chain.Tokens(1)})
		if err != nil {
			return 0, 0, err
		}
		st, proof, err := m.c.Prove(m.pk, zk.Element(m.id), &zk.Request{ModelID: zk.Element(m.id), Nonce: zk.Element(nonce),
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
