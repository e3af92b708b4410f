// Command genverifier writes the test model of the InferenceOracle tests into internal/chain/testdata:
// a logistic regression on 3 features compiled to a Groth16 circuit (internal/zk), its keys, and its
// Solidity verifier (vk.ExportSolidity) compiled with solc-js from contracts/node_modules. Tests and the
// oracle benchmark (internal/bench, run from the source tree) read the committed files and need no node
// at run time; the binary does not embed them. Run from the repository root:
//
//	go run ./internal/chain/testdata/genverifier
//
// It writes one key directory per variant: logreg3 (binary range checks, no Pedersen commitment: the
// default variant and the cheaper verifier the oracle tests use) and logreg3c (lookup range checks
// with a commitment), each with
// circuit.json, pk.bin, vk.bin, Verifier.sol and verifier.json ({"abi": ..., "bin": ...}).
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
	for _, v := range []struct {
		dir string
		opt zk.Options
	}{{"logreg3", zk.Options{Variant: zk.VariantBinary}}, {"logreg3c", zk.Options{Variant: zk.VariantLookup}}} {
		if err := variant(q, filepath.Join("internal", "chain", "testdata", v.dir), v.opt); err != nil {
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
