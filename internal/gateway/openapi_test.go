package gateway_test

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/gateway"
)

// nodeRoutes are served by every node's listener (internal/node), the gateway's included.
var nodeRoutes = []gateway.Route{{"GET", "/livez"}, {"GET", "/readyz"}, {"GET", "/metrics"}}

type openapiDoc struct {
	OpenAPI string `json:"openapi"`
	Info    struct {
		Title   string `json:"title"`
		Version string `json:"version"`
	} `json:"info"`
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components map[string]map[string]json.RawMessage `json:"components"`
}

type operation struct {
	OperationID string `json:"operationId"`
	Parameters  []struct {
		Name     string `json:"name"`
		In       string `json:"in"`
		Required bool   `json:"required"`
	} `json:"parameters"`
	Responses map[string]json.RawMessage `json:"responses"`
}

var methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// TestOpenAPIDocument validates the embedded OpenAPI 3 document structurally (version, info, paths
// and their operations, unique operation ids, declared path parameters, status codes, every $ref
// resolving) and checks that it describes exactly the routes the gateway serves: each route in
// gateway.Routes (and the node-wide ones) is in the document, and each operation in the document is
// a route served.
func TestOpenAPIDocument(t *testing.T) {
	raw := gateway.OpenAPI()
	var doc openapiDoc
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !regexp.MustCompile(`^3\.\d+\.\d+$`).MatchString(doc.OpenAPI) || doc.Info.Title == "" || doc.Info.Version == "" {
		t.Fatalf("openapi %q, info %+v", doc.OpenAPI, doc.Info)
	}
	var all any
	json.Unmarshal(raw, &all)
	checkRefs(t, all, all, "#")

	ids := map[string]bool{}
	var documented []gateway.Route
	for path, item := range doc.Paths {
		if !strings.HasPrefix(path, "/") {
			t.Errorf("path %q does not start with /", path)
		}
		params := regexp.MustCompile(`\{([^}]+)\}`).FindAllStringSubmatch(path, -1)
		for m, body := range item {
			if !slices.Contains(methods, m) {
				if m != "parameters" && m != "summary" && m != "description" {
					t.Errorf("%s: unknown key %q", path, m)
				}
				continue
			}
			var op operation
			if err := json.Unmarshal(body, &op); err != nil {
				t.Fatalf("%s %s: %v", m, path, err)
			}
			if op.OperationID == "" || ids[op.OperationID] {
				t.Errorf("%s %s: operationId %q missing or repeated", m, path, op.OperationID)
			}
			ids[op.OperationID] = true
			if len(op.Responses) == 0 {
				t.Errorf("%s %s: no responses", m, path)
			}
			for status := range op.Responses {
				if !regexp.MustCompile(`^([1-5][0-9][0-9]|[1-5]XX|default)$`).MatchString(status) {
					t.Errorf("%s %s: response %q", m, path, status)
				}
			}
			for _, p := range params {
				if !slices.ContainsFunc(op.Parameters, func(q struct {
					Name     string `json:"name"`
					In       string `json:"in"`
					Required bool   `json:"required"`
				}) bool {
					return q.Name == p[1] && q.In == "path" && q.Required
				}) {
					t.Errorf("%s %s: path parameter %s not declared (in: path, required)", m, path, p[1])
				}
			}
			documented = append(documented, gateway.Route{Method: strings.ToUpper(m), Path: path})
		}
	}
	served := slices.Concat(gateway.Routes, nodeRoutes)
	for _, r := range served {
		if !slices.Contains(documented, r) {
			t.Errorf("%s %s is served but not in openapi.json", r.Method, r.Path)
		}
	}
	for _, r := range documented {
		if !slices.Contains(served, r) {
			t.Errorf("%s %s is in openapi.json but not served", r.Method, r.Path)
		}
	}
}

// checkRefs fails on any $ref that does not resolve inside the document.
func checkRefs(t *testing.T, root, v any, at string) {
	switch x := v.(type) {
	case map[string]any:
		if ref, ok := x["$ref"].(string); ok {
			if !resolves(root, ref) {
				t.Errorf("%s: $ref %q does not resolve", at, ref)
			}
		}
		for k, e := range x {
			checkRefs(t, root, e, at+"/"+k)
		}
	case []any:
		for _, e := range x {
			checkRefs(t, root, e, at+"/[]")
		}
	}
}

func resolves(root any, ref string) bool {
	rest, ok := strings.CutPrefix(ref, "#/")
	if !ok {
		return false
	}
	cur := root
	for _, part := range strings.Split(rest, "/") {
		m, ok := cur.(map[string]any)
		if !ok {
			return false
		}
		if cur, ok = m[part]; !ok {
			return false
		}
	}
	return true
}

// TestRoutesServed: every gateway route answers on the gateway's handler (no 404 or 405 from the
// mux), with a valid request.
func TestRoutesServed(t *testing.T) {
	models(t)
	ts, c := serve(t, gatewayConfig())
	ms, err := c.Models(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range gateway.Routes {
		path := strings.ReplaceAll(r.Path, "{name}", ms[0].Name)
		var body *strings.Reader
		if r.Method == http.MethodPost {
			b, _ := json.Marshal(map[string]any{"inputs": [][]float64{bcTest.Row(0)}})
			body = strings.NewReader(string(b))
		} else {
			body = strings.NewReader("")
		}
		req, _ := http.NewRequest(r.Method, ts.URL+path, body)
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s %s: %s", r.Method, path, resp.Status)
		}
	}
}
