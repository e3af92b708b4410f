// Command genverifier writes the test model of the InferenceOracle tests into internal/chain/testdata:
// a logistic regression on 3 features compiled to a Groth16 circuit (internal/zk), its keys, and its
// Solidity verifier (vk.ExportSolidity) compiled with solc-js from contracts/node_modules. Tests and the
// oracle benchmark (internal/bench, run from the source tree) read the committed files and need no node
// at run time; the binary does not embed them. Run from the repository root:
//
//	go run ./internal/chain/testdata/genverifier [DIR...]
//
// (only the named directories, all without arguments).
//
// It writes one key directory per variant: logreg3 (binary range checks, no Pedersen commitment: the
// default variant and the cheaper verifier the oracle tests use) and logreg3c (lookup range checks
// with a commitment), mlp10 and mlp10p (an MLP 4-6-10 in the default variant with public and with
// private weights: the public interface of the MLP 784-128-10, ten outputs, for its on-chain gas) and
// lstm2 (an LSTM of two cells of 2 units over 5 steps with 2 outputs, in its default variant, lookup:
// the public interface of the co2 LSTM), each with circuit.json, pk.bin, vk.bin, Verifier.sol and
// verifier.json ({"abi": ..., "bin": ...}). On-chain gas depends on the public inputs and the
// commitments only, not on the circuit's size, so the small models measure the large ones'.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/zk"
)

const solcScript = `
const fs = require('fs');
const path = require('path');
const solc = require(path.join(process.argv[1], 'node_modules', 'solc'));
const src = fs.readFileSync(process.argv[2], 'utf8');
const input = {language: 'Solidity', sources: {'Verifier.sol': {content: src}},
  settings: {evmVersion: 'cancun', optimizer: {enabled: true, runs: 200},
    outputSelection: {'*': {'*': ['abi', 'evm.bytecode.object']}}}};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
for (const e of out.errors || []) { if (e.severity === 'error') { console.error(e.formattedMessage); process.exit(1); } }
const c = out.contracts['Verifier.sol']['Verifier'];
fs.writeFileSync(process.argv[3], JSON.stringify({abi: c.abi, bin: c.evm.bytecode.object, solc: solc.version()}, null, 1) + '\n');
`

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "genverifier:", err)
		os.Exit(1)
	}
}

func run() error {
	m := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 3, Classes: 2}, Params: []float64{0.75, -1.5, 0.375, 0.25}}
	q, err := zk.FromFL(m, zk.QuantOptions{})
	if err != nil {
		return err
	}
	m10 := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindMLP, Inputs: 4, Classes: 10, Hidden: []int{6}}}
	m10.Params = make([]float64, m10.Spec.NumParams())
	for i := range m10.Params {
		m10.Params[i] = float64(i%7-3) / 8
	}
	q10, err := zk.FromFL(m10, zk.QuantOptions{})
	if err != nil {
		return err
	}
	q10p, err := zk.FromFL(m10, zk.QuantOptions{WBits: 8})
	if err != nil {
		return err
	}
	salt := zk.NewSalt()
	q10p.WeightsSalt = &salt
	ml, err := fl.NewModel(fl.ModelSpec{Kind: fl.KindLSTM, Inputs: 5, Steps: 5, Classes: 2, Hidden: []int{2, 2}}, 3)
	if err != nil {
		return err
	}
	ql, err := zk.FromFL(ml, zk.QuantOptions{InFrac: 8, WBits: 12, ActBits: 16, TableBits: 6}) // small tables: a small key
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, a := range os.Args[1:] {
		want[a] = true
	}
	for _, v := range []struct {
		dir string
		q   *zk.QModel
		opt zk.Options
	}{{"logreg3", q, zk.Options{Variant: zk.VariantBinary}}, {"logreg3c", q, zk.Options{Variant: zk.VariantLookup}},
		{"mlp10", q10, zk.Options{}}, {"mlp10p", q10p, zk.Options{Private: true}}, {"lstm2", ql, zk.Options{}}} {
		if len(want) > 0 && !want[v.dir] {
			continue
		}
		if err := variant(v.q, filepath.Join("internal", "chain", "testdata", v.dir), v.opt); err != nil {
			return fmt.Errorf("%s: %w", v.dir, err)
		}
	}
	return nil
}

func variant(q *zk.QModel, dir string, o zk.Options) error {
	c, err := zk.CompileWith(q, o)
	if err != nil {
		return err
	}
	pk, vk, err := c.Setup()
	if err != nil {
		return err
	}
	id, err := c.ModelID(vk)
	if err != nil {
		return err
	}
	if err := zk.SaveKeys(dir, zk.CircuitFileOf(c, id), pk, vk); err != nil {
		return err
	}
	var sol bytes.Buffer
	if err := vk.ExportSolidity(&sol); err != nil {
		return err
	}
	solPath := filepath.Join(dir, "Verifier.sol")
	if err := os.WriteFile(solPath, sol.Bytes(), 0o644); err != nil {
		return err
	}
	contracts, err := filepath.Abs("contracts")
	if err != nil {
		return err
	}
	cmd := exec.Command("node", "-e", solcScript, contracts, solPath, filepath.Join(dir, "verifier.json"))
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("solc: %w", err)
	}
	// Sanity: the file parses.
	b, err := os.ReadFile(filepath.Join(dir, "verifier.json"))
	if err != nil {
		return err
	}
	var v struct {
		Bin string `json:"bin"`
	}
	if err := json.Unmarshal(b, &v); err != nil || v.Bin == "" {
		return fmt.Errorf("verifier.json: no bytecode (%v)", err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d constraints, model id %s, verifier %d bytes\n", dir, c.Constraints(), id, len(v.Bin)/2)
	return nil
}
