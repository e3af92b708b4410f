// Package oraclefixture loads the committed InferenceOracle test models (internal/chain/testdata,
// written by internal/chain/testdata/genverifier: circuit, test proving key and the verifier solc
// compiled), which the oracle benchmark and the incentive simulation's miner prove with. The binary
// does not carry test proving keys, so both need the source tree.
package oraclefixture

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/zk"
)

// Dir is where the fixtures live, relative to the repository root.
const Dir = "internal/chain/testdata"

// Model is one fixture model, ready to prove: its compiled circuit, proving key, model id and the
// verifier's creation bytecode.
type Model struct {
	C        *zk.Compiled
	PK       *zk.ProvingKey
	ID       [32]byte
	Verifier []byte
}

// Load reads the fixture key directory dir.
func Load(dir string) (*Model, error) {
	cf, pk, _, err := zk.LoadKeys(dir, true)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, "verifier.json"))
	if err != nil {
		return nil, err
	}
	code, err := chain.ReadVerifierBytecode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: verifier.json: %w", dir, err)
	}
	c, err := zk.CompileWith(cf.Model, cf.Options())
	if err != nil {
		return nil, err
	}
	return &Model{C: c, PK: pk, ID: cf.ModelID, Verifier: code}, nil
}

// Find returns Dir under repo, or, when repo is empty, under the working directory or the nearest
// directory enclosing it that holds the fixtures (cohort.ENotFound when none does).
func Find(repo string) (string, error) {
	if repo != "" {
		return filepath.Join(repo, Dir), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, Dir)
		if _, err := os.Stat(filepath.Join(p, "logreg3", "verifier.json")); err == nil {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", cohort.Errorf(cohort.ENotFound, "oracle fixtures %s not found above %s (run from the source tree)", Dir, wd)
		}
	}
}
