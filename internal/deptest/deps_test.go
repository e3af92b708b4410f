package deptest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const mod = "github.com/cohort-net/cohort"

// Third-party modules that only their adapter or engine may import directly.
const (
	lattigo     = "github.com/tuneinsight/lattigo" // any major version: lattigo/v6/...
	gnark       = "github.com/consensys/gnark"
	gnarkCrypto = "github.com/consensys/gnark-crypto"
	ethereum    = "github.com/ethereum/go-ethereum"
	prometheus  = "github.com/prometheus/client_golang"
)

// engines are values-in, values-out packages (with their subpackages): they never depend on net/http.
var engines = []string{
	"internal/fl", "internal/dataset", "internal/secagg", "internal/he", "internal/zk",
	"internal/schema", "internal/protocol", "internal/task", "internal/dp", "internal/modelfile",
	"internal/verify",
	"internal/schema", "internal/protocol", "internal/task", "internal/dp", "internal/modelfile", "internal/consensus",
}

// directOnly: the packages (or modules) on the left may be imported directly, in production code or
// tests, only by the packages on the right and their subpackages (and by themselves).
var directOnly = []struct {
	pkg       string
	importers []string
}{
	{lattigo, []string{"internal/he"}},
	{gnark, []string{"internal/zk"}},
	{gnarkCrypto, []string{"internal/zk"}},
	{ethereum, []string{"internal/chain", "internal/identity"}},
	{prometheus, []string{"internal/metrics"}},
	{"internal/node", []string{"internal/cli", "internal/devnet", "internal/bench"}},
	{"internal/bench", []string{"internal/cli"}},
	{"internal/devnet", []string{"internal/cli", "internal/bench"}},
}

// pending are known violations, logged rather than failed while they wait for their fix. An entry
// that no longer occurs fails the test: delete it.
var pending = map[string]bool{}

// neverDeps: the packages on the left (with their subpackages) never depend, even transitively in
// production code, on the package or module on the right, except through the packages in via.
type neverDep struct {
	pkg, dep string
	via      []string // tolerated routes: third-party code outside our control
}

var neverDeps = func() (r []neverDep) {
	for _, e := range engines {
		// lattigo's ckks imports testify (and with it net/http) outside its tests.
		r = append(r, neverDep{e, "net/http", []string{"github.com/stretchr/testify"}})
	}
	return append(r, neverDep{"internal/miner", lattigo, nil}, neverDep{"internal/validator", lattigo, nil})
}()

type pkg struct {
	ImportPath   string
	Standard     bool
	Imports      []string
	TestImports  []string
	XTestImports []string
	Deps         []string
	Module       *struct{ Path string }
	DepOnly      bool
}

// under reports whether path is pattern or a package below it. A pattern that starts with internal/,
// cmd/ or test/ is a path in this module.
func under(path, pattern string) bool {
	if strings.HasPrefix(pattern, "internal/") || strings.HasPrefix(pattern, "cmd/") || strings.HasPrefix(pattern, "test/") {
		pattern = mod + "/" + pattern
	}
	return path == pattern || strings.HasPrefix(path, pattern+"/")
}

func TestDependencies(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool in PATH")
	}
	cmd := exec.Command(goTool, "list", "-deps", "-test=false", "-json=ImportPath,Standard,Imports,TestImports,XTestImports,Deps,Module,DepOnly", mod+"/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.Bytes())
	}
	all := map[string]*pkg{}
	var ours []*pkg
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		p := new(pkg)
		if err := dec.Decode(p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		all[p.ImportPath] = p
		if !p.DepOnly && p.Module != nil && p.Module.Path == mod {
			ours = append(ours, p)
		}
	}
	if len(ours) < 20 {
		t.Fatalf("go list found only %d packages of %s", len(ours), mod)
	}

	seen := map[string]bool{}
	report := func(key, detail string) {
		if pending[key] {
			if !seen[key] {
				t.Logf("pending: %s", key)
			}
		} else {
			t.Errorf("%s%s", key, detail)
		}
		seen[key] = true
	}
	for _, p := range ours {
		imports := slices.Concat(p.Imports, p.TestImports, p.XTestImports)
		slices.Sort(imports)
		imports = slices.Compact(imports)
		for _, r := range directOnly {
			if under(p.ImportPath, r.pkg) || slices.ContainsFunc(r.importers, func(i string) bool { return under(p.ImportPath, i) }) {
				continue
			}
			for _, imp := range imports {
				if under(imp, r.pkg) {
					report(short(p.ImportPath)+" imports "+short(imp), ": only "+strings.Join(r.importers, ", ")+" may")
				}
			}
		}
		for _, r := range neverDeps {
			if !under(p.ImportPath, r.pkg) {
				continue
			}
			if path := chain(all, p.ImportPath, r.dep, r.via); path != "" {
				report(short(p.ImportPath)+" depends on "+r.dep, ": "+path)
			}
		}
	}
	for key := range pending {
		if !seen[key] {
			t.Errorf("pending violation %q no longer occurs: delete it from pending", key)
		}
	}
}

// chain returns the shortest import path from from to a package under to that enters no package under
// any of avoid, as "a -> b -> c"; "" if there is none.
func chain(all map[string]*pkg, from, to string, avoid []string) string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if under(cur, to) {
			var path []string
			for p := cur; p != ""; p = prev[p] {
				path = append(path, short(p))
			}
			slices.Reverse(path)
			return strings.Join(path, " -> ")
		}
		p := all[cur]
		if p == nil {
			continue
		}
		for _, next := range p.Imports {
			if _, seen := prev[next]; seen || slices.ContainsFunc(avoid, func(a string) bool { return under(next, a) }) {
				continue
			}
			prev[next] = cur
			queue = append(queue, next)
		}
	}
	return ""
}

func short(path string) string {
	if s, ok := strings.CutPrefix(path, mod+"/"); ok {
		return s
	}
	return path
}
